from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from supportml import InvalidInputError, NotFittedError
from supportml.embed import HashingEmbedder
from supportml.knowledge import Answer, KnowledgeBase, choose_decline_threshold

ENTRIES = [
    {
        "entry_id": "password",
        "question": "How do I reset my password?",
        "answer": "Open the sign-in page. Click 'Forgot password' and follow the e-mail.",
        "language": "en",
        "intent": "password_reset",
    },
    {
        "entry_id": "share",
        "question": "How do I share a folder with a colleague?",
        "answer": "Select the folder and click Share. Type your colleague's name.",
        "language": "en",
        "intent": "share_file",
    },
    {
        "entry_id": "partage",
        "question": "Comment partager un dossier avec un collègue ?",
        "answer": "Sélectionnez le dossier et cliquez sur Partager.",
        "language": "fr",
        "intent": "share_file",
    },
    {
        "entry_id": "printer",
        "question": "The printer on my floor does not print",
        "answer": "Check the paper tray, then restart the printer.",
        "language": "en",
        "intent": "hardware",
    },
]
QUESTIONS = [entry["question"] for entry in ENTRIES]


class CountingEmbedder(HashingEmbedder):
    """A hashing embedder that counts its calls and the texts it embeds."""

    def __init__(self, dim: int = 256) -> None:
        super().__init__(dim)
        self.calls: list[int] = []

    def encode(self, texts):
        self.calls.append(len(texts))
        return super().encode(texts)


@pytest.fixture
def kb(hashing_embedder) -> KnowledgeBase:
    return KnowledgeBase(hashing_embedder).fit(ENTRIES)


# ---------------------------------------------------------------------- fit and search
def test_search_returns_arrays_of_ids_and_scores(kb):
    ids, scores = kb.search(QUESTIONS, k=3)
    assert ids.shape == scores.shape == (4, 3)
    assert scores.dtype == np.float64
    assert ids[:, 0].tolist() == ["password", "share", "partage", "printer"]
    assert np.all(np.diff(scores, axis=1) <= 0)


def test_a_single_query_gives_one_dimensional_arrays(kb):
    ids, scores = kb.search("reset my password", k=2)
    assert ids.shape == scores.shape == (2,)
    assert ids[0] == "password"


def test_k_larger_than_the_knowledge_base_returns_every_entry(kb):
    ids, _ = kb.search(["share a folder"], k=10)
    assert ids.shape == (1, 4)
    assert sorted(ids[0]) == sorted(entry["entry_id"] for entry in ENTRIES)


def test_ties_keep_the_order_of_fit(hashing_embedder):
    twins = [
        {"entry_id": i, "question": "How do I share a folder?", "answer": "Click Share."}
        for i in (30, 10, 20)
    ]
    ids, scores = KnowledgeBase(hashing_embedder).fit(twins).search(["share"], k=3)
    assert ids[0].tolist() == [30, 10, 20]
    assert scores[0, 0] == scores[0, 2]


def test_fit_embeds_every_text_once_in_one_batch():
    embedder = CountingEmbedder()
    kb = KnowledgeBase(embedder).fit([*ENTRIES, dict(ENTRIES[0], entry_id="copy")])
    assert len(embedder.calls) == 1
    # Per entry: question, answer, one passage per sentence, the whole entry; the copy adds
    # nothing, and a one-sentence answer's passage is the whole entry itself.
    assert embedder.calls[0] == 4 + 4 + (2 + 2 + 1 + 1) + 4 - 2
    assert kb.n_keys_ == 5 * 2 + (2 + 2 + 1 + 1 + 2)


@pytest.mark.parametrize(
    ("fields", "keys_per_entry"), [("question", 1), ("answer", 1), ("q+a", 1), ("max", 2)]
)
def test_fields_choose_the_texts_compared(hashing_embedder, fields, keys_per_entry):
    kb = KnowledgeBase(hashing_embedder, fields=fields, whole_entry_weight=0).fit(ENTRIES)
    assert kb.n_keys_ == keys_per_entry * len(ENTRIES)


def test_max_field_scores_the_best_of_question_and_answer(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder, fields="max", whole_entry_weight=0, language_boost=0).fit(
        ENTRIES
    )
    query = "my password expired"
    ids, scores = kb.search([query], k=4)
    q = hashing_embedder.encode([query])[0]
    expected = {
        e["entry_id"]: max(
            float(hashing_embedder.encode([e["question"]])[0] @ q),
            float(hashing_embedder.encode([e["answer"]])[0] @ q),
        )
        for e in ENTRIES
    }
    np.testing.assert_allclose(scores[0], [expected[i] for i in ids[0]], rtol=1e-6)


def test_whole_entry_weight_adds_the_cosine_to_question_and_answer(hashing_embedder):
    query = "share a folder"

    def scores_by_id(weight: float) -> dict[str, float]:
        kb = KnowledgeBase(hashing_embedder, whole_entry_weight=weight).fit(ENTRIES)
        ids, scores = kb.search(query, k=len(ENTRIES))
        return dict(zip(ids.tolist(), scores.tolist(), strict=True))

    plain, weighted = scores_by_id(0.0), scores_by_id(0.5)
    wholes = hashing_embedder.encode([f"{e['question']} {e['answer']}" for e in ENTRIES])
    cosines = wholes @ hashing_embedder.encode([query])[0]
    for entry, cosine in zip(ENTRIES, cosines, strict=True):
        entry_id = entry["entry_id"]
        assert weighted[entry_id] == pytest.approx(plain[entry_id] + 0.5 * cosine, rel=1e-6)


def test_precomputed_query_vectors_skip_the_embedder():
    embedder = CountingEmbedder()
    kb = KnowledgeBase(embedder).fit(ENTRIES)
    queries = ["reset my password", "partager un dossier"]
    vectors = HashingEmbedder().encode(queries)
    n_calls = len(embedder.calls)
    with_vectors = kb.search(queries, k=2, query_embeddings=vectors)
    assert len(embedder.calls) == n_calls
    by_text = kb.search(queries, k=2)
    np.testing.assert_array_equal(with_vectors[0], by_text[0])
    np.testing.assert_allclose(with_vectors[1], by_text[1])
    answer = kb.answer(queries[0], query_embeddings=vectors[0])
    assert answer.entry_id == "password"


def test_vectors_alone_rank_without_the_language_boost(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder, language_boost=0).fit(ENTRIES)
    queries = ["reset my password", "printer broken"]
    vectors = hashing_embedder.encode(queries)
    ids, scores = kb.search(vectors, k=4)
    expected_ids, expected_scores = kb.search(queries, k=4)
    np.testing.assert_array_equal(ids, expected_ids)
    np.testing.assert_allclose(scores, expected_scores)
    assert kb.answer(vectors[0]).entry_id == "password"


def test_a_dataframe_fits_like_a_list_of_dicts(hashing_embedder, kb):
    from_frame = KnowledgeBase(hashing_embedder).fit(pd.DataFrame(ENTRIES))
    np.testing.assert_allclose(from_frame.search(QUESTIONS)[1], kb.search(QUESTIONS)[1])
    assert from_frame.entry_languages_.tolist() == ["en", "en", "fr", "en"]


# ---------------------------------------------------------------------------- language
TWINS = [  # the same texts, labelled in two languages: only the boost tells them apart
    {"entry_id": "en", "question": "partager un dossier", "answer": "Share.", "language": "en"},
    {"entry_id": "fr", "question": "partager un dossier", "answer": "Share.", "language": "fr"},
]


def test_language_boost_puts_the_entry_in_the_query_language_first(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder).fit(TWINS)
    ids, scores = kb.search(["comment partager mon dossier", "how do I share the folder"], k=2)
    assert ids[:, 0].tolist() == ["fr", "en"]
    np.testing.assert_allclose(scores[:, 0] - scores[:, 1], kb.language_boost)


def test_language_boost_zero_disables_it(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder, language_boost=0).fit(TWINS)
    ids, scores = kb.search(["comment partager mon dossier"], k=2)
    assert ids[0].tolist() == ["en", "fr"]  # a tie, kept in the order of fit
    assert scores[0, 0] == scores[0, 1]


# ----------------------------------------------------------------------------- intent
def test_intent_boost_lifts_the_entries_of_the_predicted_intent(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder, intent_boost=0.3).fit(ENTRIES)
    query = ["my printer cannot share the folder"]
    plain_ids, plain = kb.search(query, k=4)
    ids, scores = kb.search(query, k=4, intents=["password_reset"])
    assert ids[0, 0] == "password"
    boosted = dict(zip(ids[0], scores[0], strict=True))
    for entry_id, score in zip(plain_ids[0], plain[0], strict=True):
        lift = 0.3 if entry_id == "password" else 0.0
        assert boosted[entry_id] == pytest.approx(score + lift)
    assert kb.answer(query[0], intents="password_reset").entry_id == "password"


def test_intents_change_nothing_without_a_boost_or_unknown_intents(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder).fit(ENTRIES)  # intent_boost=0
    query = ["how do I share a folder"]
    np.testing.assert_array_equal(kb.search(query)[1], kb.search(query, intents=["hardware"])[1])
    boosted = KnowledgeBase(hashing_embedder, intent_boost=0.3).fit(ENTRIES)
    np.testing.assert_array_equal(
        boosted.search(query)[1], boosted.search(query, intents=[None])[1]
    )


def test_intents_must_give_one_per_query(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder, intent_boost=0.3).fit(ENTRIES)
    with pytest.raises(InvalidInputError, match="intents has 1 entries but there are 2 queries"):
        kb.search(["a folder", "a password"], intents=["share_file"])


def test_french_query_finds_the_french_entry(kb):
    assert kb.answer("comment partager un dossier avec mon équipe").entry_id == "partage"
    assert kb.answer("how can I share my folder").entry_id == "share"


def test_entries_without_language_get_no_boost(hashing_embedder):
    entries = [dict(TWINS[0], language=None), dict(TWINS[1], language=float("nan"))]
    kb = KnowledgeBase(hashing_embedder).fit(entries)
    assert kb.entry_languages_.tolist() == [None, None]
    _, scores = kb.search(["comment partager mon dossier"], k=2)
    assert scores[0, 0] == scores[0, 1]


# ----------------------------------------------------------------------------- decline
def test_answer_returns_the_entry_when_not_declining(kb):
    answer = kb.answer("I forgot my password")
    assert isinstance(answer, Answer)
    assert (answer.entry_id, answer.intent, answer.declined) == (
        "password",
        "password_reset",
        False,
    )
    assert answer.question == ENTRIES[0]["question"] and answer.reason is None
    assert answer.threshold == -np.inf


def test_answer_declines_below_the_threshold_with_the_reason_and_the_score(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder, decline_threshold=2.0).fit(ENTRIES)
    answer = kb.answer("I forgot my password")
    assert answer.declined
    assert answer.entry_id is None and answer.question is None and answer.answer is None
    assert answer.candidate_id == "password"
    assert 0 < answer.score <= answer.decline_score < 2.0
    assert "below the threshold 2.000" in answer.reason


def test_decline_score_adds_the_margin_to_the_second_entry(hashing_embedder):
    kb = KnowledgeBase(hashing_embedder, margin_weight=0.5).fit(ENTRIES)
    _, scores = kb.search("my folder", k=2)
    answer = kb.answer("my folder")
    assert answer.score == pytest.approx(scores[0])
    assert answer.decline_score == pytest.approx(scores[0] + 0.5 * (scores[0] - scores[1]))


def test_answer_of_a_batch_is_a_list(kb):
    answers = kb.answer(["reset my password", "printer does not print"])
    assert [a.entry_id for a in answers] == ["password", "printer"]


def test_fit_decline_threshold_declines_unrelated_queries(kb):
    dev = [*QUESTIONS, "quelle heure est-il", "recipe for pancakes"]
    gold = [e["entry_id"] for e in ENTRIES] + [None, None]
    kb.fit_decline_threshold(dev, gold)
    assert np.isfinite(kb.decline_threshold_)
    assert [a.declined for a in kb.answer(dev)] == [False] * 4 + [True] * 2


def test_fit_decline_threshold_applies_the_rules_to_the_decline_scores(kb):
    dev = ["reset password", "share folder", "printer jam", "weather today", "book a flight"]
    gold = ["password", "share", "printer", None, None]
    answers = kb.answer(dev)
    scores = [a.decline_score for a in answers]
    correct = [a.candidate_id == g for a, g in zip(answers, gold, strict=True)]
    answerable = [g is not None for g in gold]
    for rule in ("balanced", "keep_answers", "min_accuracy"):
        kb.fit_decline_threshold(dev, gold, rule=rule, min_accuracy=0.6)
        expected = choose_decline_threshold(
            scores, correct, answerable, rule=rule, min_accuracy=0.6
        )
        assert kb.decline_threshold_ == expected


def test_refit_resets_the_threshold_to_the_parameter(kb):
    kb.fit_decline_threshold([*QUESTIONS, "weather"], [e["entry_id"] for e in ENTRIES] + [None])
    assert kb.fit(ENTRIES).decline_threshold_ == -np.inf


# ------------------------------------------------------------------------------ errors
def test_an_empty_knowledge_base_is_refused(hashing_embedder):
    with pytest.raises(InvalidInputError, match="at least one entry; entries is empty"):
        KnowledgeBase(hashing_embedder).fit([])
    with pytest.raises(InvalidInputError, match="entries is empty"):
        KnowledgeBase(hashing_embedder).fit(pd.DataFrame(columns=["entry_id", "question"]))


def test_duplicate_ids_are_named(hashing_embedder):
    entries = [*ENTRIES, dict(ENTRIES[1], question="Another question")]
    with pytest.raises(InvalidInputError, match=r"duplicate id 'share' \(positions 1 and 4\)"):
        KnowledgeBase(hashing_embedder).fit(entries)


def test_a_missing_column_lists_the_columns_present(hashing_embedder):
    frame = pd.DataFrame(ENTRIES).rename(columns={"answer": "reply"})
    with pytest.raises(InvalidInputError) as error:
        KnowledgeBase(hashing_embedder).fit(frame)
    message = str(error.value)
    assert "lacks the column 'answer'" in message
    assert "['entry_id', 'question', 'reply', 'language', 'intent']" in message


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"entry_id": None}, r"entries\['entry_id'\]\[2\] is missing"),
        ({"entry_id": 1.5}, r"entries\['entry_id'\]\[2\] must be a str or int"),
        ({"question": "   "}, r"entries\['question'\]\[2\] is empty"),
        ({"answer": None}, r"entries\['answer'\]\[2\] is None"),
        ({"language": "de"}, r"entries\['language'\]\[2\] must be 'fr', 'en' or missing"),
        ({"intent": 3}, r"entries\['intent'\]\[2\] must be a str or missing"),
    ],
)
def test_bad_entries_are_named_by_position(hashing_embedder, change, message):
    entries = [dict(entry) for entry in ENTRIES]
    entries[2].update(change)
    with pytest.raises(InvalidInputError, match=message):
        KnowledgeBase(hashing_embedder).fit(entries)


@pytest.mark.parametrize("entries", ["a question", {"entry_id": [1]}, 42, [("id", "q", "a")]])
def test_entries_of_the_wrong_type_are_refused(hashing_embedder, entries):
    with pytest.raises(TypeError, match="must be a"):
        KnowledgeBase(hashing_embedder).fit(entries)


def test_bad_query_texts_name_their_position(kb):
    with pytest.raises(InvalidInputError, match=r"queries\[1\] is None"):
        kb.search(["reset password", None])
    with pytest.raises(InvalidInputError, match=r"queries\[0\] is empty"):
        kb.answer(["  "])
    with pytest.raises(TypeError, match=r"queries\[1\] must be str, got bytes"):
        kb.search(["ok", b"bytes"])


def test_bad_query_vectors_are_refused(kb):
    with pytest.raises(InvalidInputError, match=r"shape \(1, 256\); got shape \(1, 3\)"):
        kb.search(["reset password"], query_embeddings=np.ones((1, 3)))
    with pytest.raises(InvalidInputError, match="not both"):
        kb.search(np.ones((1, 256)), query_embeddings=np.ones((1, 256)))
    with pytest.raises(InvalidInputError, match="NaN or infinite"):
        kb.search(np.full((1, 256), np.nan))


def test_bad_k_is_refused(kb):
    with pytest.raises(
        InvalidInputError,
        match=r"'k' parameter of KnowledgeBase\.search must be an int >= 1; got 0",
    ):
        kb.search(["reset password"], k=0)


def test_unknown_gold_ids_are_named(kb):
    with pytest.raises(InvalidInputError, match=r"gold_entry_ids\[1\] is 'vpn', which is not"):
        kb.fit_decline_threshold(["reset password", "vpn down"], ["password", "vpn"])
    with pytest.raises(InvalidInputError, match="different lengths"):
        kb.fit_decline_threshold(["reset password"], ["password", None])


def test_use_before_fit_is_refused():
    kb = KnowledgeBase("hashing")
    for call in (
        lambda: kb.search(["x"]),
        lambda: kb.answer("x"),
        lambda: kb.fit_decline_threshold(["x"], [None]),
    ):
        with pytest.raises(NotFittedError, match="not fitted yet"):
            call()


@pytest.mark.parametrize(
    ("params", "name"),
    [({"fields": "title"}, "fields"), ({"margin_weight": -1}, "margin_weight")],
)
def test_bad_parameters_are_refused_at_fit(params, name):
    with pytest.raises(ValueError, match=f"'{name}' parameter of KnowledgeBase"):
        KnowledgeBase("hashing", **params).fit(ENTRIES)
