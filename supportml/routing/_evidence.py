"""The evidence gathered for each request before the tier is chosen."""

from __future__ import annotations

import dataclasses

import numpy as np

__all__ = ["Evidence"]


@dataclasses.dataclass(frozen=True)
class Evidence:
    """What every component found for a batch of ``n`` requests.

    Attributes
    ----------
    intent_proba : ndarray of shape (n, n_intents)
        Intent probabilities, columns in the intent classifier's ``classes_`` order.
    in_scope : ndarray of shape (n,)
        The intent classifier's in-scope score.
    abstained : ndarray of bool of shape (n,)
        Whether the intent classifier declined.
    kb_entry : ndarray of object of shape (n,)
        Best knowledge-base entry id (None when the KB is empty).
    kb_score : ndarray of shape (n,)
        Its score (0 when none).
    content_ids : list of list of str
        Recommended learning content per request, best first.
    content_score : ndarray of shape (n,)
        Score of the best content (0 when none).
    ambassador_id : ndarray of object of shape (n,)
        Best ambassador with free capacity (None when none).
    ambassador_score : ndarray of shape (n,)
        Their match score (0 when none).
    language : ndarray of object of shape (n,)
        "fr" or "en".
    coverage : ndarray of shape (n, 3)
        Expected FAQ, content and local-ambassador coverage of the request's intent (see
        :class:`~supportml.routing._coverage.Coverage`).
    """

    intent_proba: np.ndarray
    in_scope: np.ndarray
    abstained: np.ndarray
    kb_entry: np.ndarray
    kb_score: np.ndarray
    content_ids: list[list[str]]
    content_score: np.ndarray
    ambassador_id: np.ndarray
    ambassador_score: np.ndarray
    language: np.ndarray
    coverage: np.ndarray
