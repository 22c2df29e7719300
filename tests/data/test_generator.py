from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from supportml.data import INTENTS, SCHEMAS, TABLES, generate_enterprise
from supportml.data._requests import _held_out_templates
from supportml.data._templates import TEMPLATES
from supportml.exceptions import InvalidInputError
from supportml.text import normalize_text


def _intent_of_template(requests: pd.DataFrame) -> pd.Series:
    return requests["template_id"].str.split(".").str[0]


# --- determinism ------------------------------------------------------------------------------


def test_same_seed_gives_identical_tables(seed):
    first = generate_enterprise(n_users=80, n_requests=200, random_state=seed)
    second = generate_enterprise(n_users=80, n_requests=200, random_state=seed)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name))
    assert first.as_of == second.as_of


def test_different_seeds_give_different_tables():
    first = generate_enterprise(n_users=80, n_requests=200, random_state=0)
    second = generate_enterprise(n_users=80, n_requests=200, random_state=1)
    for name in ("requests", "users", "catalogue", "ambassadors", "interactions"):
        assert not getattr(first, name).equals(getattr(second, name)), name


def test_users_do_not_depend_on_the_number_of_requests():
    few = generate_enterprise(n_users=80, n_requests=50, random_state=3)
    many = generate_enterprise(n_users=80, n_requests=400, random_state=3)
    columns = [c for c in SCHEMAS["users"] if c != "completed_items"]
    pd.testing.assert_frame_equal(few.users[columns], many.users[columns])


# --- schema -----------------------------------------------------------------------------------

_CHECKS = {
    "str": pd.api.types.is_string_dtype,
    "int": lambda s: s.dtype == "int64",
    "bool": pd.api.types.is_bool_dtype,
    "datetime": lambda s: s.dtype == "datetime64[ns]",
}


@pytest.mark.parametrize("table", TABLES)
def test_tables_follow_their_schema(data, table):
    frame = getattr(data, table)
    assert list(frame.columns) == list(SCHEMAS[table])
    for column, kind in SCHEMAS[table].items():
        assert _CHECKS[kind](frame[column]), (table, column, frame[column].dtype)
        if kind == "str":
            assert frame[column].map(type).eq(str).all(), (table, column)
    assert frame.index.equals(pd.RangeIndex(len(frame)))


def test_sizes_and_ids(data):
    assert len(data.requests) == 1500 and len(data.users) == 300
    for table, key in [
        ("requests", "request_id"),
        ("users", "user_id"),
        ("knowledge_base", "entry_id"),
        ("catalogue", "item_id"),
        ("ambassadors", "ambassador_id"),
    ]:
        assert getattr(data, table)[key].is_unique, table
    assert set(data.requests["user_id"]) <= set(data.users["user_id"])


def test_repr_shows_sizes_not_frames(data):
    assert repr(data).startswith("EnterpriseData(requests=1500, users=300, knowledge_base=")
    assert repr(data).endswith("as_of='2025-01-01')")


# --- languages, intents, splits ----------------------------------------------------------------


def test_at_least_forty_percent_french_overall_and_in_each_split(data):
    requests = data.requests
    assert set(requests["language"]) == {"fr", "en"}
    assert (requests["language"] == "fr").mean() >= 0.4
    for split, part in requests.groupby("split"):
        assert (part["language"] == "fr").mean() >= 0.4, split


def test_request_language_is_the_users(data):
    language = data.users.set_index("user_id")["language"]
    assert data.requests["language"].tolist() == language[data.requests["user_id"]].tolist()


def test_every_intent_in_both_splits(data):
    assert len(INTENTS) >= 30
    for split, part in data.requests.groupby("split"):
        assert set(part["intent"]) == set(INTENTS), split
        assert set(_intent_of_template(part)) == set(INTENTS), split


def test_no_template_shared_between_train_and_test(data):
    requests = data.requests
    train = set(requests.loc[requests["split"] == "train", "template_id"])
    test = set(requests.loc[requests["split"] == "test", "template_id"])
    assert train and test and not train & test
    # A paraphrase is held out in both languages: no translation of a test template in train.
    paraphrase = requests["template_id"].str.replace(r"\.(en|fr)\.", ".", regex=True)
    assert not set(paraphrase[requests["split"] == "train"]) & set(
        paraphrase[requests["split"] == "test"]
    )
    assert 0.3 < (requests["split"] == "test").mean() < 0.55


def test_held_out_templates_are_one_situation_and_one_paraphrase_of_the_others():
    held_out = _held_out_templates(np.random.default_rng(0))
    assert set(held_out) == set(TEMPLATES)
    for intent, situations in TEMPLATES.items():
        chosen = held_out[intent]
        counts = [sum(s == situation for situation, _ in chosen) for s in range(len(situations))]
        whole = [s for s, n in enumerate(counts) if n == len(situations[s])]
        assert len(whole) == 1, intent
        for s, n in enumerate(counts):
            if s != whole[0]:
                assert n == min(1, len(situations[s]) - 1), (intent, s)


def test_most_test_requests_are_new_wordings_of_seen_situations(data):
    requests = data.requests
    parts = requests["template_id"].str.split(".", expand=True)
    situation = parts[0] + "." + parts[2]
    test = requests["split"] == "test"
    assert 0.6 < situation[test].isin(set(situation[~test])).mean() < 0.95


def test_no_text_in_both_splits(data):
    requests = data.requests
    train = set(requests.loc[requests["split"] == "train", "text"])
    assert not train & set(requests.loc[requests["split"] == "test", "text"])


def test_label_noise_is_small_and_goes_to_neighbours(data):
    requests = data.requests
    written = _intent_of_template(requests)
    swapped = written != requests["intent"]
    assert 0.005 < swapped.mean() < 0.07
    for source, label in zip(written[swapped], requests["intent"][swapped], strict=True):
        assert label in INTENTS[source].neighbours


# --- texts --------------------------------------------------------------------------------------


def test_texts_are_normalised_and_varied(data):
    texts = data.requests["text"]
    assert texts.map(lambda t: t == normalize_text(t) and t != "").all()
    words = texts.str.split().str.len()
    assert (words <= 3).any() and (words >= 30).any()  # "sync ko" and pasted error lines
    assert texts.nunique() > 0.6 * len(texts)


def test_texts_carry_real_world_noise(data):
    requests = data.requests
    french = requests.loc[requests["language"] == "fr", "text"]
    assert french.str.contains(r"\b(?:share|folder|file|password|sync|channel)\b").any()
    assert french.str.contains(r"\b(?:reseau|acces|reunion|equipe)\b").any()  # dropped accents
    assert requests["text"].str.contains("Correlation ID|ID de corrélation").any()
    assert requests["text"].str.match(r"(?:Hi|Hello|Bonjour|Salut)\b").any()


def test_no_request_text_equals_a_knowledge_base_question(data):
    def key(text: str) -> str:
        return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())

    questions = {key(question) for question in data.knowledge_base["question"]}
    assert not questions & {key(text) for text in data.requests["text"]}


# --- time -----------------------------------------------------------------------------------------


def test_requests_span_the_year_after_hiring_with_fewer_on_weekends(data):
    requests = data.requests
    created = requests["created_at"]
    assert created.is_monotonic_increasing
    assert created.min() >= pd.Timestamp("2024-01-01") and created.max() < data.as_of
    hired = data.users.set_index("user_id")["hire_date"][requests["user_id"]].to_numpy()
    assert (created.to_numpy() >= hired).all()
    weekend = created.dt.day_of_week >= 5
    assert weekend.any() and weekend.mean() < 0.08  # 2/7 of days, under 8 % of requests
    assert created.dt.month.nunique() == 12


# --- parameters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "low"),
    [
        ("n_users", 10, 50),
        ("n_requests", 0, 1),
        ("random_state", -1, 0),
        ("n_users", 100.0, 50),
        ("n_requests", True, 1),
    ],
)
def test_invalid_parameters_are_refused(name, value, low):
    message = (
        f"The '{name}' parameter of generate_enterprise must be an int in the range "
        f"[{low}, inf). Got {value!r} instead."
    )
    with pytest.raises(InvalidInputError, match=re.escape(message)):
        generate_enterprise(**{name: value})


def test_parameters_are_keyword_only():
    with pytest.raises(TypeError):
        generate_enterprise(100)


def test_split_of_templates_depends_on_the_seed_only():
    small = generate_enterprise(n_users=60, n_requests=600).requests
    large = generate_enterprise(n_users=120, n_requests=1500).requests

    def templates(requests: pd.DataFrame, split: str) -> set[str]:
        return set(requests.loc[requests["split"] == split, "template_id"])

    assert not templates(small, "test") & templates(large, "train")
    assert not templates(small, "train") & templates(large, "test")
