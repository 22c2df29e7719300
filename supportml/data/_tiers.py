"""The tier a request should go to, given its intent and the profile of the user who sent it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from supportml.data._intents import INTENTS, Tier
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TierRule", "true_tier"]

_USER_FIELDS = (
    "language",
    "department",
    "site",
    "adoption_state",
    "digital_maturity",
    "field_team",
)
LOW_MATURITY = 2
FIELD_MATURITY = 3


def _split(values: str) -> list[str]:
    return [value for value in values.split(";") if value]


class TierRule:
    """The labelling rule of :func:`true_tier`, with its lookups built once.

    Parameters
    ----------
    faq : set of (intent, language)
        Where the knowledge base has at least one entry.
    content : set of (intent, language)
        Where the catalogue has at least one item.
    ambassadors : set of (intent, language, kind, value)
        What the ambassadors cover: ``kind`` is ``"department"`` or ``"site"``.

    Examples
    --------
    >>> from supportml.data import TierRule, generate_enterprise
    >>> data = generate_enterprise(n_users=100, n_requests=50, random_state=0)
    >>> rule = TierRule.from_frames(data.knowledge_base, data.catalogue, data.ambassadors)
    >>> rule("outage", data.users.iloc[0])
    'support'
    """

    def __init__(
        self,
        faq: frozenset[tuple[str, str]],
        content: frozenset[tuple[str, str]],
        ambassadors: frozenset[tuple[str, str, str, str]],
    ) -> None:
        self.faq = faq
        self.content = content
        self.ambassadors = ambassadors

    @classmethod
    def from_frames(
        cls, knowledge_base: pd.DataFrame, catalogue: pd.DataFrame, ambassadors: pd.DataFrame
    ) -> TierRule:
        """Build the lookups from the ``knowledge_base``, ``catalogue`` and ``ambassadors``."""
        faq = frozenset(zip(knowledge_base["intent"], knowledge_base["language"], strict=True))
        content = frozenset(
            (intent, language)
            for intents, language in zip(catalogue["intents"], catalogue["language"], strict=True)
            for intent in _split(intents)
        )
        reach = set()
        for row in ambassadors.itertuples(index=False):
            for intent in _split(row.expertise):
                for language in _split(row.languages):
                    reach.add((intent, language, "site", row.site))
                    for department in _split(row.departments):
                        reach.add((intent, language, "department", department))
        return cls(faq, content, frozenset(reach))

    def __call__(self, intent: str, user: Mapping[str, Any]) -> Tier:
        """The tier for `intent` asked by `user` (see :func:`true_tier`)."""
        tendency = INTENTS[intent].tier
        language = user["language"]
        if tendency == "support":
            return "support"
        if tendency == "ambassador":
            reached = (intent, language, "department", user["department"]) in self.ambassadors or (
                intent,
                language,
                "site",
                user["site"],
            ) in self.ambassadors
            return "ambassador" if reached else "support"
        has_faq = (intent, language) in self.faq
        learn: Tier = (
            "elearning"
            if (intent, language) in self.content
            else ("chatbot" if has_faq else "support")
        )
        if tendency == "elearning":
            return learn
        maturity = int(user["digital_maturity"])
        if user["adoption_state"] in ("new_hire", "ghost") or maturity <= LOW_MATURITY:
            return learn
        if bool(user["field_team"]) and maturity <= FIELD_MATURITY:
            return learn
        return "chatbot" if has_faq else learn


def true_tier(
    intent: str,
    user: Mapping[str, Any],
    *,
    knowledge_base: pd.DataFrame,
    catalogue: pd.DataFrame,
    ambassadors: pd.DataFrame,
) -> Tier:
    """The tier that really solves a request, from its intent and its sender's profile.

    This is the rule that labels the synthetic data (before ~3 % of tier noise). The intent's
    tier tendency (:attr:`IntentSpec.tier`) selects a row group; the first matching condition
    wins. "Content" means a catalogue item covering the intent in the user's language; "FAQ"
    means a knowledge-base entry for the intent in the user's language.

    ============ ======================================================== ============
    tendency     condition                                                tier
    ============ ======================================================== ============
    support      always (outage, security_incident, account_access,       support
                 licence_request, business_app_bug)
    elearning    always (onboarding_first_steps, training_request)        *learn*
    ambassador   an ambassador with the intent in ``expertise`` speaks    ambassador
                 the user's language and lists the user's department in
                 ``departments`` or works at the user's site
    ambassador   otherwise (nobody can take it: the team does)            support
    chatbot      ``adoption_state`` is new_hire or ghost, or              *learn*
                 ``digital_maturity`` <= 2
    chatbot      ``field_team`` and ``digital_maturity`` <= 3 (short      *learn*
                 mobile formats suit them better than an FAQ answer)
    chatbot      FAQ exists                                               chatbot
    chatbot      otherwise                                                *learn*
    ============ ======================================================== ============

    *learn* is ``elearning`` when content exists, else ``chatbot`` when the FAQ exists, else
    ``support``: a request never goes to a tier that has nothing to offer. Ambassadors'
    ``weekly_capacity`` is not part of the label: the router's policy enforces it at run time.

    Parameters
    ----------
    intent : str
        One of :data:`INTENTS`.
    user : mapping
        A row of :attr:`EnterpriseData.users` (a dict or a pandas Series), with at least
        ``language``, ``department``, ``site``, ``adoption_state``, ``digital_maturity`` and
        ``field_team``.
    knowledge_base, catalogue, ambassadors : pandas.DataFrame
        The frames of the same :class:`EnterpriseData`.

    Returns
    -------
    {"chatbot", "elearning", "ambassador", "support"}

    Raises
    ------
    InvalidInputError
        If the intent is unknown or a profile field is missing.

    Examples
    --------
    >>> from supportml.data import generate_enterprise, true_tier
    >>> data = generate_enterprise(n_users=100, n_requests=200, random_state=0)
    >>> frames = dict(knowledge_base=data.knowledge_base, catalogue=data.catalogue,
    ...               ambassadors=data.ambassadors)
    >>> expert = dict(language="en", department="IT", site="London", adoption_state="active",
    ...               digital_maturity=5, field_team=False)
    >>> newcomer = {**expert, "adoption_state": "new_hire", "digital_maturity": 2}
    >>> true_tier("share_file", expert, **frames), true_tier("share_file", newcomer, **frames)
    ('chatbot', 'elearning')
    >>> true_tier("outage", expert, **frames)
    'support'
    """
    if intent not in INTENTS:
        raise InvalidInputError(f"Unknown intent {intent!r}; valid intents: {sorted(INTENTS)}.")
    missing = [field for field in _USER_FIELDS if field not in user]
    if missing:
        raise InvalidInputError(f"true_tier needs the user fields {missing}, which are missing.")
    return TierRule.from_frames(knowledge_base, catalogue, ambassadors)(intent, user)
