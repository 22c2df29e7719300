from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from threadpoolctl import threadpool_limits

from supportml import IntentClassifier, InvalidInputError, NotFittedError, UserProfile
from supportml._demo import DEMO_REQUESTS
from supportml.routing import TIERS, Request, Router, RoutingDecision


def test_every_request_gets_a_complete_decision(router, test_requests):
    decisions = router.route_many(list(test_requests["text"]), users=list(test_requests["user_id"]))
    assert len(decisions) == len(test_requests)
    for decision in decisions:
        assert isinstance(decision, RoutingDecision)
        assert decision.tier in TIERS
        assert 0.0 <= decision.confidence <= 1.0
        assert decision.explanation and decision.rule
        assert [tier for tier, _ in decision.alternatives] != []


def test_payload_matches_the_tier(router, test_requests):
    decisions = router.route_many(list(test_requests["text"]), users=list(test_requests["user_id"]))
    keys = {
        "chatbot": "kb_entry_id",
        "elearning": "content_ids",
        "ambassador": "ambassador_id",
        "support": "priority",
    }
    for decision in decisions:
        assert keys[decision.tier] in decision.payload


def test_incident_wording_goes_to_support_and_says_which_rule(router):
    decision = router.route("Teams is down for everyone on the site, outage since 9am")
    assert decision.tier == "support"
    assert decision.rule.startswith("rule: incident wording")
    assert decision.payload["priority"] in {"high", "normal"}


def test_off_topic_request_never_goes_to_self_service(router):
    router.intents_.threshold_, saved = 0.99, router.intents_.threshold_
    try:
        decision = router.route("blah blah totally unrelated words here")
    finally:
        router.intents_.threshold_ = saved
    assert decision.abstained and decision.tier == "support"
    assert "abstention" in decision.rule


def test_bad_rows_become_support_decisions_and_nothing_is_lost(router):
    decisions = router.route_many(["mon fichier ne se synchronise plus", "", None, 42])
    assert len(decisions) == 4
    assert [d.tier for d in decisions[1:]] == ["support"] * 3
    assert "invalid input" in decisions[2].rule and "None" in decisions[2].rule


@pytest.mark.parametrize(
    ("requests", "users", "error", "message"),
    [
        ("Teams est en panne", None, TypeError, "requests .* got a single str"),
        (pd.DataFrame({"text": ["Teams down"]}), None, ValueError, r"frame\['text'\]"),
        (
            ["Teams down", "share a folder"],
            "u1",
            TypeError,
            "users must be a sequence of user ids or UserProfiles, got a single str",
        ),
    ],
)
def test_route_many_refuses_a_batch_it_would_misread(router, requests, users, error, message):
    with pytest.raises(error, match=message):
        router.route_many(requests, users=users)


@pytest.mark.parametrize("bad", ["", "   ", None, 3])
def test_route_refuses_an_unusable_text(router, bad):
    with pytest.raises((TypeError, ValueError), match="request text"):
        router.route(bad)


def test_unknown_user_and_missing_profile_fields_are_a_documented_fallback(router):
    by_unknown_id = router.route("comment partager un dossier ?", user="nobody-123")
    anonymous = router.route("comment partager un dossier ?")
    assert by_unknown_id.tier == anonymous.tier
    partial = UserProfile.from_dict({"user_id": "x", "digital_maturity": None})
    assert router.route("comment partager un dossier ?", user=partial).tier in TIERS


def test_invalid_profile_field_is_a_clear_error():
    with pytest.raises(InvalidInputError, match="digital_maturity"):
        UserProfile.from_dict({"digital_maturity": 9})


def test_request_object_carries_user_and_id(router):
    request = Request(
        "j'ai oublié mon mot de passe", user=UserProfile(digital_maturity=1), request_id="r-42"
    )
    assert router.route(request).request_id == "r-42"


def test_threads_give_the_decisions_one_thread_gives(router, test_requests):
    texts = list(test_requests["text"]) * 3
    users = list(test_requests["user_id"]) * 3
    router.book_ambassadors = False  # read-only routing: the documented deterministic mode
    try:
        single = [router.route(text, user) for text, user in zip(texts, users, strict=True)]
        with ThreadPoolExecutor(max_workers=8) as pool:
            threaded = list(pool.map(router.route, texts, users))
    finally:
        router.book_ambassadors = True
    assert threaded == single


def test_ambassadors_are_never_booked_beyond_capacity(router, enterprise):
    """200 requests of the kind ambassadors resolved, from their senders: the pool fills up."""
    router = copy.deepcopy(router)  # bookings stay out of the shared router's ledger
    resolved = enterprise.requests[enterprise.requests["tier"] == "ambassador"]
    picks = resolved.sample(200, replace=True, random_state=0)
    already = router.ambassadors_.load()["assigned"].sum()  # booked by earlier tests
    decisions = [router.route(t, u) for t, u in zip(picks["text"], picks["user_id"], strict=True)]
    load = router.ambassadors_.load()
    booked = sum(d.tier == "ambassador" for d in decisions)
    assert booked > 0
    assert (load["assigned"] <= load["capacity"]).all()
    assert booked == load["assigned"].sum() - already
    print("load spread:", router.ambassadors_.load_spread())


def test_router_without_kb_catalogue_or_ambassadors_still_routes(enterprise):
    train = enterprise.requests[enterprise.requests["split"] == "train"]
    bare = Router(embedder="hashing").fit(train, users=enterprise.users)
    decision = bare.route("how do I share a folder with a partner?")
    assert decision.tier in {"support", "elearning"} or decision.tier in TIERS
    assert decision.tier != "chatbot"  # no knowledge base: the chatbot has nothing to say
    assert decision.tier != "ambassador"


def test_unknown_tier_in_training_data_is_refused(enterprise):
    frame = enterprise.requests.head(50).copy()
    frame.loc[0, "tier"] = "helpdesk"
    with pytest.raises(InvalidInputError, match="unknown tiers \\['helpdesk'\\]"):
        Router(embedder="hashing").fit(frame)


def test_missing_column_lists_the_columns_present(enterprise):
    with pytest.raises(InvalidInputError, match=r"lacks the columns \['tier'\]"):
        Router(embedder="hashing").fit(enterprise.requests[["text", "intent"]])


def test_route_before_fit_is_refused():
    with pytest.raises(NotFittedError):
        Router(embedder="hashing").route("hello")


def test_vectors_computed_ahead_give_the_same_decisions(router, test_requests):
    texts = [*test_requests["text"][:40], "", None]  # the two unusable rows come last
    vectors = router.embedder_.encode(texts[:40])
    ahead = np.vstack([vectors, np.zeros((2, vectors.shape[1]), dtype=np.float32)])
    router.book_ambassadors = False  # read-only routing: the documented deterministic mode
    try:
        assert router.route_many(texts, embeddings=ahead) == router.route_many(texts)
    finally:
        router.book_ambassadors = True


def test_vectors_of_another_length_are_refused(router):
    with pytest.raises(InvalidInputError, match="requests and embeddings have different lengths"):
        router.route_many(["how do I share a folder?"], embeddings=np.zeros((2, 8)))


def test_requests_unlike_any_training_request_abstain_and_go_to_support(router, test_requests):
    texts = list(test_requests["text"])
    scores = router.intents_.in_scope_score(texts)
    assert router.novelty_threshold_ > float("-inf")  # the classifier has no threshold of its own
    learnt = router.novelty_threshold_
    # so that a few in-scope ones (score > 0: not taken for off-topic examples) are novel here
    threshold = float(np.quantile(scores[scores > 0], 0.05))
    router.novelty_threshold_ = threshold
    try:
        decisions = router.route_many(texts)
    finally:
        router.novelty_threshold_ = learnt
    novel = scores < threshold
    assert novel.any() and not novel.all()
    for decision, is_novel in zip(decisions, novel, strict=True):
        assert decision.abstained == is_novel or decision.abstained  # novel ones always abstain
        if is_novel:
            assert decision.tier == "support"


def test_novelty_can_be_turned_off_and_is_checked(enterprise):
    train = enterprise.requests[enterprise.requests["split"] == "train"].head(300)
    assert Router(embedder="hashing", novelty_quantile=0).fit(train).novelty_threshold_ == float(
        "-inf"
    )
    with pytest.raises(InvalidInputError, match="novelty_quantile must be in"):
        Router(embedder="hashing", novelty_quantile=1.5).fit(train)


def test_knowledge_base_questions_and_content_titles_teach_the_intents(enterprise):
    train = enterprise.requests[enterprise.requests["split"] == "train"].head(300)
    kb, catalogue = enterprise.knowledge_base, enterprise.catalogue
    made_up = kb.head(1).assign(
        entry_id="kb_new", intent="made_up_intent", question="a need nobody asked about"
    )
    tables = {"knowledge_base": pd.concat([kb, made_up]), "catalogue": catalogue}
    fixed = IntentClassifier(ngram_weight=1.0, neighbor_weight=0.2, max_iter=200)  # faster
    settings = {
        "embedder": "hashing",
        "novelty_quantile": 0,
        "intent_classifier": fixed,
        "off_topic_examples": False,
    }
    taught = Router(**settings).fit(train, **tables)
    plain = Router(**settings, reference_examples=False).fit(train, **tables)
    assert set(taught.intents_.classes_) == set(train["intent"])  # unknown intents are skipped
    known = kb[kb["intent"].isin(set(train["intent"]))]
    questions, intents = list(known["question"]), known["intent"].to_numpy()
    taught_accuracy = (taught.predict_intents(questions) == intents).mean()
    assert taught_accuracy > 0.9
    assert taught_accuracy > (plain.predict_intents(questions) == intents).mean() + 0.1


def test_off_topic_demo_request_abstains_and_goes_to_support(router):
    decision = router.route(DEMO_REQUESTS[-1])
    assert "tarte tatin" in DEMO_REQUESTS[-1].text
    assert router.intents_.unknown_label in router.intents_.classes_  # the off-topic examples
    assert decision.abstained and decision.intent == "unknown"
    assert decision.tier == "support" and "abstention" in decision.rule


@pytest.mark.slow
def test_default_router_sends_the_off_topic_demo_request_to_support():
    decision = Router.default().route(DEMO_REQUESTS[-1])
    assert decision.abstained and decision.tier == "support"


def test_router_is_a_scikit_learn_estimator(router):
    assert repr(Router(n_folds=5, book_ambassadors=False)) == (
        "Router(book_ambassadors=False, n_folds=5)"
    )
    fresh = clone(router)
    assert fresh.get_params(deep=False) == router.get_params(deep=False)
    assert not hasattr(fresh, "tier_model_")
    assert fresh.set_params(novelty_quantile=0.01).novelty_quantile == 0.01


def test_an_ambassador_listing_the_intent_is_proposed_on_the_intent_alone(router, enterprise):
    """A request whose wording is unlike an ambassador's expertise (cosine 0) still reaches them
    when they list its intent: the router's relevance threshold is below the intent bonus."""
    pool = router.ambassadors_
    ambassador = enterprise.ambassadors.iloc[0]
    intent = ambassador["expertise"].split(";")[0]
    position = list(pool.ambassador_ids_).index(ambassador["ambassador_id"])
    expertise = pool.expertise_vectors_[position]
    request = np.random.default_rng(0).normal(size=expertise.shape)
    request -= (request @ expertise) * expertise
    request /= np.linalg.norm(request)
    everyone, free_week = len(pool.ambassador_ids_), date(2100, 1, 4)
    ids, _ = pool.match(request, intent=intent, k=everyone, at=free_week)
    assert ambassador["ambassador_id"] in ids
    strict = copy.copy(pool)
    strict.min_similarity = 0.3  # AmbassadorPool's own default turns them away
    ids, _ = strict.match(request, intent=intent, k=everyone, at=free_week)
    assert ambassador["ambassador_id"] not in ids


def _about(table: pd.DataFrame, column: str) -> dict[str, set[str]]:
    """Each row id's intents (``;``-joined in ``column``)."""
    key = "entry_id" if "entry_id" in table.columns else "item_id"
    return {str(k): set(str(v).split(";")) for k, v in zip(table[key], table[column], strict=True)}


def test_the_elearning_tier_offers_content_about_the_predicted_intent(router, enterprise):
    """A new hire's request about an intent the catalogue covers in French is offered French
    items about that intent, whatever the recommender would rank first for the words alone."""
    about = _about(enterprise.catalogue, "intents")
    newcomer = UserProfile(language="fr", adoption_state="new_hire", digital_maturity=1)
    texts = list(enterprise.requests["text"])[:80]
    decisions = [router.route(text, user=newcomer) for text in texts]
    offered = [
        d
        for d in decisions
        if d.tier == "elearning" and router.coverage_.content_items(d.intent, "fr")
    ]
    assert len(offered) >= 10
    for decision in offered:
        assert decision.payload["content_ids"]
        for item in decision.payload["content_ids"]:
            assert decision.intent in about[item], (decision.intent, item)


def test_the_chatbot_answers_with_an_entry_about_the_predicted_intent(router, enterprise):
    about = _about(enterprise.knowledge_base, "intent")
    expert = UserProfile(language="en", adoption_state="power_user", digital_maturity=5)
    texts = list(enterprise.requests["text"])[:80]
    answered = [d for d in (router.route(t, user=expert) for t in texts) if d.tier == "chatbot"]
    assert len(answered) >= 10
    matching = [d.intent in about[d.payload["kb_entry_id"]] for d in answered]
    assert np.mean(matching) >= 0.9


def test_fit_gives_the_same_router_whatever_threads_the_caller_allows(enterprise, test_requests):
    """BLAS sums in another order on another thread count: fit must not depend on it."""
    train = enterprise.requests[enterprise.requests["split"] == "train"]
    texts, users = list(test_requests["text"]), list(test_requests["user_id"])
    decisions = []
    for threads in (1, 2):
        with threadpool_limits(limits=threads):
            router = Router(embedder="hashing", book_ambassadors=False)
            router.fit(train, **enterprise.reference_tables())
        decisions.append(router.route_many(texts, users=users))
    assert decisions[0] == decisions[1]
