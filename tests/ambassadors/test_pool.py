from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from supportml import InvalidInputError, NotFittedError, UserProfile
from supportml.ambassadors import AmbassadorPool, MatchWeights
from supportml.embed import HashingEmbedder

MONDAY = date(2024, 1, 1)  # ISO 2024-W01

AMBASSADORS = [
    {
        "ambassador_id": "a_share",
        "user_id": "u10",
        "expertise": "share_file",
        "departments": "sales;marketing",
        "languages": "fr;en",
        "site": "lyon",
        "weekly_capacity": 3,
    },
    {
        "ambassador_id": "b_password",
        "user_id": "u11",
        "expertise": "password_reset",
        "departments": "it",
        "languages": "en",
        "site": "paris",
        "weekly_capacity": 3,
    },
    {
        "ambassador_id": "c_apps",
        "user_id": "u12",
        "expertise": "business_app_howto;integration_api",
        "departments": "it",
        "languages": "fr",
        "site": "paris",
        "weekly_capacity": 3,
    },
]


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder(dim=256)


@pytest.fixture
def pool(embedder) -> AmbassadorPool:
    return AmbassadorPool(embedder, min_similarity=0.1).fit(AMBASSADORS)


def vector(embedder, text: str) -> np.ndarray:
    return embedder.encode([text])[0]


def same_expertise(n: int, **columns) -> list[dict]:
    return [
        {"ambassador_id": f"amb{i:03d}", "expertise": "share_file", **columns} for i in range(n)
    ]


# ----------------------------------------------------------------------------- fit
@pytest.mark.parametrize("as_frame", [False, True])
def test_missing_required_column_lists_the_columns_present(embedder, as_frame):
    rows = [{"ambassador_id": "a1", "languages": "fr"}]
    with pytest.raises(InvalidInputError, match=r"\['expertise'\].*'ambassador_id', 'languages'"):
        AmbassadorPool(embedder).fit(pd.DataFrame(rows) if as_frame else rows)


def test_duplicate_id_is_named(embedder):
    rows = [*AMBASSADORS, {"ambassador_id": "b_password", "expertise": "share_file"}]
    with pytest.raises(InvalidInputError, match="Duplicate ambassador_id 'b_password'"):
        AmbassadorPool(embedder).fit(rows)


@pytest.mark.parametrize("capacity", [-1, 2.5, "many", True, [3]])
def test_weekly_capacity_must_be_a_non_negative_int(embedder, capacity):
    rows = [{"ambassador_id": "a1", "expertise": "share_file", "weekly_capacity": capacity}]
    with pytest.raises(InvalidInputError, match="weekly_capacity of ambassador 'a1'"):
        AmbassadorPool(embedder).fit(rows)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"ambassador_id": None, "expertise": "share_file"}, "Row 0 .* no ambassador_id"),
        ({"ambassador_id": "a1", "expertise": " ; "}, "'a1' has no expertise"),
        ({"ambassador_id": "a1", "expertise": "x", "languages": [1]}, "languages of ambassador"),
    ],
)
def test_bad_rows_are_refused(embedder, row, message):
    with pytest.raises(InvalidInputError, match=message):
        AmbassadorPool(embedder).fit([row])


@pytest.mark.parametrize(
    ("weights", "error", "message"),
    [
        ({"departement": 0.1}, InvalidInputError, "Unknown MatchWeights"),
        ({"site": -0.1}, InvalidInputError, "MatchWeights.site"),
        ([0.1], ValueError, "'weights' parameter"),
    ],
)
def test_bad_weights_are_refused(embedder, weights, error, message):
    with pytest.raises(error, match=message):
        AmbassadorPool(embedder, weights=weights).fit(AMBASSADORS)


def test_not_a_table_is_refused(embedder):
    with pytest.raises(InvalidInputError, match="DataFrame or a list of dicts"):
        AmbassadorPool(embedder).fit({"ambassador_id": ["a1"], "expertise": ["share_file"]})


def test_missing_optional_columns_and_values_take_defaults(embedder):
    frame = pd.DataFrame(
        {
            "ambassador_id": ["a1", "a2"],
            "expertise": ["share_file", "password_reset"],
            "weekly_capacity": [2, None],  # pandas reads the column as floats
            "extra": ["ignored", "ignored"],
        }
    )
    pool = AmbassadorPool(embedder).fit(frame)
    assert pool.ledger_.capacities.tolist() == [2, 5]
    fr = UserProfile(language="fr", department="unknown")
    ids, _ = pool.match(vector(embedder, "share file"), fr, language="fr")
    assert "a1" in ids.tolist()  # languages unknown: not excluded


def test_expertise_is_embedded_once_in_one_batch(embedder):
    calls = []

    class Counting(HashingEmbedder):
        def encode(self, texts):
            calls.append(list(texts))
            return super().encode(texts)

    rows = [*AMBASSADORS, {"ambassador_id": "d", "expertise": "share_file"}]
    descriptions = {"share_file": "Share a file or a folder with colleagues."}
    pool = AmbassadorPool(Counting(dim=256)).fit(rows, intent_descriptions=descriptions)
    assert len(calls) == 1 and len(calls[0]) == 3  # a_share and d have the same expertise
    assert pool.expertise_texts_[0] == "share file: Share a file or a folder with colleagues."
    assert pool.expertise_texts_[2] == "business app howto. integration api."
    pool.match(vector(embedder, "share a folder"))
    assert len(calls) == 1


def test_bad_descriptions_are_refused(embedder):
    with pytest.raises(InvalidInputError, match=r"intent_descriptions\['share_file'\]"):
        AmbassadorPool(embedder).fit(AMBASSADORS, intent_descriptions={"share_file": 3})


def test_unfitted_pool_refuses_to_match(embedder):
    with pytest.raises(NotFittedError):
        AmbassadorPool(embedder).match(vector(embedder, "share a file"))


def test_is_a_scikit_learn_estimator(pool):
    assert clone(pool).get_params()["min_similarity"] == 0.1
    assert "ledger_" not in vars(clone(pool))


# --------------------------------------------------------------------------- match
def test_ranks_by_expertise(pool, embedder):
    ids, scores = pool.match(vector(embedder, "how can I share a file with my colleagues"))
    assert ids[0] == "a_share"
    assert np.all(np.diff(scores) <= 0)
    ids, _ = pool.match(vector(embedder, "I forgot my password, how to reset it"))
    assert ids[0] == "b_password"
    ids, _ = pool.match(vector(embedder, "how to call the business app API integration"))
    assert ids[0] == "c_apps"


def test_exact_intent_adds_its_bonus(pool, embedder):
    request = vector(embedder, "help me please")
    plain = dict(zip(*pool.match(request, k=3), strict=True))
    with_intent = dict(zip(*pool.match(request, intent="password_reset", k=3), strict=True))
    assert with_intent["b_password"] == pytest.approx(plain["b_password"] + 0.2)
    assert with_intent["a_share"] == pytest.approx(plain["a_share"])


def test_language_mismatch_excludes(pool, embedder):
    request = vector(embedder, "I forgot my password, how to reset it")
    ids, _ = pool.match(request, language="fr")
    assert "b_password" not in ids  # speaks en only
    ids, _ = pool.match(request, UserProfile(language="en"), language="fr")
    assert ids[0] == "b_password"  # the user's own language is accepted too


def test_preferred_language_is_a_bonus(embedder):
    rows = same_expertise(2)
    rows[0]["languages"], rows[1]["languages"] = "en", "fr;en"
    pool = AmbassadorPool(embedder, min_similarity=0.1).fit(rows)
    request = vector(embedder, "share a file")
    ids, scores = pool.match(request, UserProfile(language="fr"), language="en")
    assert ids.tolist() == ["amb001", "amb000"]
    assert scores[0] - scores[1] == pytest.approx(MatchWeights().language)


def test_department_and_site_bonus(embedder):
    rows = same_expertise(3)
    rows[2]["departments"], rows[2]["site"] = "finance;hr", "nantes"
    rows[1]["site"] = "nantes"
    pool = AmbassadorPool(embedder, min_similarity=0.1).fit(rows)
    request = vector(embedder, "share a file")
    user = UserProfile(department="hr", site="nantes")
    ids, scores = pool.match(request, user)
    assert ids.tolist() == ["amb002", "amb001", "amb000"]
    np.testing.assert_allclose(np.diff(scores), [-0.1, -0.05])
    _, unknown = pool.match(request, UserProfile())  # "unknown" is nobody's department
    np.testing.assert_allclose(np.diff(unknown), 0)


def test_nobody_is_their_own_ambassador(pool, embedder):
    ids, _ = pool.match(vector(embedder, "share a file"), UserProfile(user_id="u10"))
    assert "a_share" not in ids


def test_nothing_relevant_gives_empty_arrays(embedder):
    pool = AmbassadorPool(embedder, min_similarity=0.99).fit(AMBASSADORS)
    ids, scores = pool.match(vector(embedder, "quarterly budget spreadsheet"))
    assert ids.shape == scores.shape == (0,)


def test_empty_pool_gives_empty_arrays(embedder):
    pool = AmbassadorPool(embedder).fit([])
    ids, scores = pool.match(vector(embedder, "share a file"))
    assert ids.shape == scores.shape == (0,)
    assert pool.match_and_assign(vector(embedder, "share a file")) is None
    assert pool.load().empty
    assert np.isnan(pool.load_spread()["gini"])


def test_all_full_gives_empty_arrays(pool, embedder):
    for ambassador in AMBASSADORS:
        for _ in range(3):
            pool.assign(ambassador["ambassador_id"], at=MONDAY)
    request = vector(embedder, "share a file")
    ids, scores = pool.match(request, at=MONDAY)
    assert ids.size == scores.size == 0
    assert pool.match_and_assign(request, at=MONDAY) is None


def test_ties_are_broken_by_id(embedder):
    rows = same_expertise(5)[::-1]  # given in reverse order
    pool = AmbassadorPool(embedder, min_similarity=0.1).fit(rows)
    request = vector(embedder, "share a file")
    for _ in range(3):
        ids, scores = pool.match(request, k=5)
        assert ids.tolist() == ["amb000", "amb001", "amb002", "amb003", "amb004"]
        assert np.ptp(scores) == 0
    assert pool.match_and_assign(request, at=MONDAY) == "amb000"


def test_batch_matches_like_one_at_a_time(pool, embedder):
    texts = ["share a file", "reset my password", "business app API", "quarterly budget"]
    users = [UserProfile(department="it"), None, UserProfile(language="fr"), None]
    languages = ["en", None, "fr", None]
    ids, scores = pool.match(embedder.encode(texts), users, language=languages, k=2)
    assert ids.shape == scores.shape == (4, 2)
    for i, text in enumerate(texts):
        one_ids, one_scores = pool.match(
            vector(embedder, text), users[i], language=languages[i], k=2
        )
        assert ids[i, : len(one_ids)].tolist() == one_ids.tolist()
        np.testing.assert_allclose(scores[i, : len(one_scores)], one_scores)
        assert all(pad is None for pad in ids[i, len(one_ids) :])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"request_vector": np.zeros(256)}, "all zeros"),
        ({"request_vector": np.ones(10)}, r"shape \(256,\)"),
        ({"k": 0}, r"The 'k' parameter of AmbassadorPool\.match must be an int >= 1; got 0"),
        ({"user": {"language": "fr"}}, "UserProfile.from_dict"),
        ({"intent": 3}, "intent must be a str"),
        ({"request_vector": np.ones((2, 256)), "language": "fr"}, "one entry per request"),
        ({"request_vector": np.ones((2, 256)), "intent": ["a"]}, "1 entries but there are 2"),
    ],
)
def test_bad_match_arguments_are_refused(pool, kwargs, message):
    kwargs = {"request_vector": np.ones(256), **kwargs}
    with pytest.raises(InvalidInputError, match=message):
        pool.match(**kwargs)


# ------------------------------------------------------------------------ capacity
def test_capacity_is_never_exceeded_over_200_requests(embedder, seed):
    rng = np.random.default_rng(seed)
    rows = [
        {
            "ambassador_id": f"amb{i:02d}",
            "expertise": ["share_file", "password_reset", "business_app_howto"][i % 3],
            "languages": ["fr", "en", "fr;en"][i % 3],
            "weekly_capacity": int(rng.integers(0, 20)),
        }
        for i in range(12)
    ]
    pool = AmbassadorPool(embedder, min_similarity=0.0).fit(rows)
    texts = ["share a file", "reset my password", "business app how to", "sync issue"]
    requests = embedder.encode(texts)
    booked = [
        pool.match_and_assign(
            requests[rng.integers(len(texts))],
            language=["fr", "en"][rng.integers(2)],
            request_id=f"r{n}",
            at=MONDAY,
        )
        for n in range(200)
    ]
    load = pool.load()
    assert (load["assigned"] <= load["capacity"]).all()
    assert sum(b is not None for b in booked) == load["assigned"].sum() <= 200
    counts = pd.Series([b for b in booked if b is not None]).value_counts()
    assert (counts == load.set_index("ambassador_id")["assigned"][counts.index]).all()
    spread = pool.load_spread(MONDAY)
    assert set(spread) == {"max_over_mean", "gini"}
    assert spread["max_over_mean"] >= 1 and 0 <= spread["gini"] < 1
    relative = pool.load_spread(MONDAY, relative_to_capacity=True)
    assert relative["max_over_mean"] >= 1 and 0 <= relative["gini"] < 1


def test_assign_refuses_a_full_ambassador_and_an_unknown_one(pool):
    for _ in range(3):
        pool.assign("a_share", at=MONDAY)
    assert pool.free_capacity("a_share", MONDAY) == 0
    with pytest.raises(InvalidInputError, match="'a_share' has no free capacity in 2024-W01"):
        pool.assign("a_share", at=MONDAY)
    with pytest.raises(InvalidInputError, match="Unknown ambassador_id 'zz'"):
        pool.assign("zz")


def test_a_retried_request_is_booked_once(pool, embedder):
    request = vector(embedder, "share a file")
    first = pool.match_and_assign(request, request_id="r1", at=MONDAY)
    assert pool.match_and_assign(request, request_id="r1", at=MONDAY) == first
    pool.assign(first, request_id="r1", at=MONDAY)
    assert pool.free_capacity(first, MONDAY) == 2
    with pytest.raises(InvalidInputError, match="'r1' is already assigned to ambassador"):
        pool.assign("c_apps", request_id="r1", at=MONDAY)


def test_a_new_iso_week_resets_the_load(pool, embedder):
    friday = datetime(2024, 1, 5, 17, 0, tzinfo=UTC)
    for _ in range(3):
        pool.assign("a_share", at=friday)
    request = vector(embedder, "share a file")
    assert "a_share" not in pool.match(request, at=friday)[0]
    # Sunday 23:30 in UTC, Monday 00:30 in Paris: still the first week
    sunday_night = datetime(2024, 1, 8, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert pool.free_capacity("a_share", sunday_night) == 0
    next_monday = datetime(2024, 1, 8, 8, 0)
    assert pool.free_capacity("a_share", next_monday) == 3
    assert pool.match(request, at=next_monday)[0][0] == "a_share"
    load = pool.load()
    assert list(load.columns) == ["ambassador_id", "period", "assigned", "capacity"]
    assert load["period"].unique().tolist() == ["2024-W01"]
    assert load.set_index("ambassador_id")["assigned"].to_dict() == {
        "a_share": 3,
        "b_password": 0,
        "c_apps": 0,
    }


def test_free_capacity_bonus_spreads_the_load(embedder):
    pool = AmbassadorPool(embedder, min_similarity=0.1).fit(same_expertise(2, weekly_capacity=4))
    request = vector(embedder, "share a file")
    booked = [pool.match_and_assign(request, at=MONDAY) for _ in range(4)]
    assert booked == ["amb000", "amb001", "amb000", "amb001"]
    assert pool.load_spread(MONDAY) == {"max_over_mean": 1.0, "gini": 0.0}


def test_a_copy_keeps_the_load(pool):
    pool.assign("a_share", at=MONDAY)
    copied = copy.deepcopy(pool)
    copied.assign("a_share", at=MONDAY)
    assert copied.free_capacity("a_share", MONDAY) == 1
    assert pool.free_capacity("a_share", MONDAY) == 2
