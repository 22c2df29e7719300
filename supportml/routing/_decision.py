"""What goes into the router and what comes out."""

from __future__ import annotations

import dataclasses
from typing import Any

from supportml._profile import UserProfile

__all__ = ["Request", "RoutingDecision"]


@dataclasses.dataclass(frozen=True)
class Request:
    """A help request: its text, who sent it, and an optional id for logs and feedback.

    Examples
    --------
    >>> Request("je n'arrive pas à partager un dossier", request_id="r-1").text
    "je n'arrive pas à partager un dossier"
    """

    text: str
    user: UserProfile | None = None
    request_id: str | None = None


@dataclasses.dataclass(frozen=True)
class RoutingDecision:
    """Where a request goes, why, and what the tier should serve.

    Attributes
    ----------
    tier : {"chatbot", "elearning", "ambassador", "support"}
        The tier chosen.
    confidence : float
        The tier model's probability for the tier chosen (0 when a rule forced support
        because the input was unusable).
    intent : str
        The predicted intent, or the classifier's unknown label when it abstained.
    intent_probability : float
        Probability of that intent.
    abstained : bool
        True when the intent classifier declined the request (out of scope or unsure).
    explanation : str
        One line a support agent can read, e.g.
        ``"intent share_file 0.91 · KB #12 0.83 · new_hire → elearning"``.
    rule : str
        What decided: a policy rule's name, ``"tier model"``, or a fallback reason.
    alternatives : tuple of (str, float)
        Every tier with the model's probability, most likely first.
    language : str
        Language of the request ("fr" or "en").
    payload : dict
        What the tier serves: ``kb_entry_id`` and ``kb_score`` (chatbot), ``content_ids`` and
        ``content_scores`` (elearning), ``ambassador_id`` and ``ambassador_score``
        (ambassador), ``priority`` (support).
    request_id : str or None
        The request's id, when it had one.
    """

    tier: str
    confidence: float
    intent: str
    intent_probability: float
    abstained: bool
    explanation: str
    rule: str
    alternatives: tuple[tuple[str, float], ...] = ()
    language: str = "en"
    payload: dict[str, Any] = dataclasses.field(default_factory=dict)
    request_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The decision as a JSON-ready dict."""
        record = dataclasses.asdict(self)
        record["alternatives"] = [list(pair) for pair in self.alternatives]
        return record
