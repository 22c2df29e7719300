"""What ``make demo`` shows: ten help requests routed for different people."""

from __future__ import annotations

import time

from supportml._profile import UserProfile
from supportml.routing import Request, Router
from supportml.text import redact_pii

__all__ = ["DEMO_REQUESTS", "run_demo"]

_NEW_HIRE = UserProfile(
    user_id="demo-new",
    role="employee",
    department="Sales",
    digital_maturity=2,
    adoption_state="new_hire",
    language="fr",
)
_FIELD = UserProfile(
    user_id="demo-field",
    role="field_worker",
    department="Operations",
    field_team=True,
    digital_maturity=2,
    adoption_state="active",
    language="fr",
)
_POWER = UserProfile(
    user_id="demo-power",
    role="manager",
    department="Finance",
    digital_maturity=5,
    adoption_state="power_user",
    language="en",
)
_DEVELOPER = UserProfile(
    user_id="demo-dev",
    role="developer",
    department="IT",
    digital_maturity=5,
    adoption_state="active",
    language="en",
)
_GHOST = UserProfile(
    user_id="demo-ghost",
    role="employee",
    department="HR",
    digital_maturity=1,
    adoption_state="ghost",
    language="fr",
)

DEMO_REQUESTS = [
    Request("Bonjour, comment partager un dossier avec un collègue ?", _NEW_HIRE),
    Request("How do I share a folder with a colleague?", _POWER),
    Request("je n'arrive pas à ouvrir les fichiers hors ligne sur ma tablette au dépôt", _FIELD),
    Request("my OneDrive shows red crosses and nothing syncs since this morning", _POWER),
    Request("Teams is down for the whole site, error 500, call me at +33 6 12 34 56 78", _POWER),
    Request("our expense-approval Power App fails when we add a workflow step", _DEVELOPER),
    Request("the API token of our integration expires every hour, how to refresh it?", _DEVELOPER),
    Request("j'ai oublié mon mot de passe et mon compte est bloqué", _GHOST),
    Request("comment animer la communauté de mon équipe sur le réseau social ?", _NEW_HIRE),
    Request("quelle est la recette de la tarte tatin ?", _GHOST),
]


def _payload_summary(decision) -> str:
    payload = decision.payload
    if decision.tier == "chatbot":
        return f"FAQ {payload['kb_entry_id']}"
    if decision.tier == "elearning":
        return "content " + ", ".join(payload["content_ids"][:2])
    if decision.tier == "ambassador":
        return f"ambassador {payload['ambassador_id']}"
    return f"priority {payload['priority']}"


def run_demo(*, show=print) -> None:
    """Load (or train once) the default router and route :data:`DEMO_REQUESTS`.

    Parameters
    ----------
    show : callable, default=print
        Where each output line goes.
    """
    start = time.perf_counter()
    router = Router.default()
    show(
        f"Router ready in {time.perf_counter() - start:.1f} s "
        f"({len(router.intents_.classes_)} intents, tiers {list(router.tier_model_.classes_)})\n"
    )
    decisions = router.route_many(DEMO_REQUESTS)
    show(f"{'who':18} {'tier':10} {'conf':>4}  {'intent':24} {'serves':24} request (PII redacted)")
    for request, decision in zip(DEMO_REQUESTS, decisions, strict=True):
        who = f"{request.user.adoption_state}/{request.user.role}"[:18]
        show(
            f"{who:18} {decision.tier:10} {decision.confidence:4.2f}  {decision.intent:24} "
            f"{_payload_summary(decision):24} {redact_pii(request.text)[:70]}"
        )
    show("\nWhy, for the first and the fifth:")
    for decision in (decisions[0], decisions[4]):
        show(f"  {decision.explanation}")
