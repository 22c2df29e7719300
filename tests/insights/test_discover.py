from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from supportml.exceptions import InvalidInputError
from supportml.insights import discover

ROOM = [
    "how do I book a meeting room for tomorrow",
    "how can I book a meeting room in the new building",
    "book a meeting room for ten people",
    "comment réserver une salle de réunion",
    "how do I book the big meeting room",
]


def test_a_planted_need_is_found_named_and_suggested(classifier):
    requests = ROOM + ["How do I share a folder with my team?"] * 3
    needs = discover(requests, classifier, unsure_below=0.99, min_cluster_size=3)
    top = needs.clusters.iloc[0]
    assert top["size"] >= 4
    assert {"meeting", "room"} & set(top["keywords"])
    assert top["gap"] == "learning module"  # "how do I ..." asks to learn a task
    assert len(top["examples"]) == 3 and all(e in requests for e in top["examples"])
    members = needs.requests.query("cluster == 0")["position"]
    assert set(members) <= set(range(len(ROOM)))
    assert "Create a learning module" in top["suggestion"]


def test_trend_from_dates(classifier):
    frame = pd.DataFrame(
        {
            "text": ["share link not working for colleague", *ROOM],
            "created_at": ["2024-01-01"] + ["2024-03-01"] * len(ROOM),
        }
    )
    needs = discover(frame, classifier, unsure_below=0.99)
    room = needs.clusters[needs.clusters["keywords"].map(lambda k: "room" in k)]
    assert room["trend"].tolist() == ["new"]
    assert needs.requests["created_at"].notna().all()


def test_nothing_unsure_gives_empty_tables_and_a_report(classifier):
    needs = discover(["How do I share a folder with my team?"], classifier, unsure_below=0.0)
    assert len(needs.requests) == 0 and len(needs.clusters) == 0
    assert "0 needs found" in needs.to_markdown()
    assert "<img" not in needs.to_html()


def test_report_markdown_html_and_plot(classifier):
    needs = discover([*ROOM, "call me on 06 12 34 56 78 to book a meeting room"], classifier,
                     unsure_below=0.99)  # fmt: skip
    markdown, html = needs.to_markdown(), needs.to_html()
    assert "| # | size | trend |" in markdown
    assert "06 12" not in markdown and "06 12" not in html  # examples are redacted
    assert "data:image/png;base64," in html
    assert needs.plot().axes


def test_hdbscan_leaves_outliers_unclustered(classifier, split_requests):
    _, new = split_requests
    requests = ROOM * 2 + [r["text"] for r in new][:10] + ["zzz qqq xxx www"]
    needs = discover(requests, classifier, unsure_below=0.99, algorithm="hdbscan")
    unclustered = needs.requests["group"] == -1
    assert unclustered.any() and (needs.requests.loc[unclustered, "cluster"] == -1).all()
    assert needs.n_scattered >= unclustered.sum()


def test_precomputed_embeddings_are_used_and_checked(classifier):
    vectors = classifier.embedder_.encode(ROOM)
    with_vectors = discover(ROOM, classifier, embeddings=vectors, unsure_below=0.99)
    assert with_vectors.requests.equals(discover(ROOM, classifier, unsure_below=0.99).requests)
    with pytest.raises(InvalidInputError, match=r"shape \(5, dim\)"):
        discover(ROOM, classifier, embeddings=vectors[:2])
    vectors[1, 0] = np.nan
    with pytest.raises(InvalidInputError, match=r"embeddings\[1\]"):
        discover(ROOM, classifier, embeddings=vectors)


@pytest.mark.parametrize(
    ("requests", "kwargs", "message"),
    [
        ([], {}, "requests is empty"),
        (["ok", None], {}, r"texts\[1\] is None"),
        (pd.DataFrame({"body": ["x"]}), {}, "no 'text' column"),
        ("one text", {}, "sequence of texts"),
        (ROOM, {"unsure_below": 2}, "'unsure_below' parameter"),
        (ROOM, {"algorithm": "kmeans"}, "'algorithm' parameter"),
        (ROOM, {"min_cluster_size": 1}, "'min_cluster_size' parameter"),
    ],
)
def test_bad_input_is_refused_clearly(classifier, requests, kwargs, message):
    with pytest.raises(InvalidInputError, match=message):
        discover(requests, classifier, **kwargs)


def test_a_router_must_be_fitted():
    with pytest.raises(InvalidInputError, match="fitted Router or IntentClassifier"):
        discover(ROOM, object())
