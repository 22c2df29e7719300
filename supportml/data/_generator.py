"""The synthetic enterprise: every table, drawn from one seed."""

from __future__ import annotations

import logging
import numbers
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from supportml.data._ambassadors import make_ambassadors
from supportml.data._calendar import AS_OF
from supportml.data._content import make_catalogue, make_knowledge_base
from supportml.data._interactions import completed_items, make_interactions
from supportml.data._profiles import adoption_state, make_users
from supportml.data._requests import make_requests
from supportml.data._schemas import TABLES, conform
from supportml.data._tiers import TierRule
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MIN_USERS", "EnterpriseData", "generate_enterprise"]

logger = logging.getLogger(__name__)

MIN_USERS = 50
"""Fewest users :func:`generate_enterprise` accepts: below, the ambassador network is empty."""


@dataclass(frozen=True, eq=False, repr=False)
class EnterpriseData:
    """The tables of a synthetic organisation, as pandas DataFrames.

    Column names and types are in :data:`SCHEMAS`. Lists (``completed_items``, ``intents``,
    ``expertise``, ``departments``, ``languages``) are ``;``-joined strings.

    Attributes
    ----------
    requests : pandas.DataFrame
        Help requests, sorted by ``created_at``: ``request_id``, ``user_id``, ``created_at``,
        ``text``, ``language`` ('fr' or 'en'), ``intent``, ``tier``, ``split`` ('train' or
        'test') and ``template_id`` (``<intent>.<language>.<situation>.<paraphrase>``, e.g.
        ``share_file.en.04.2``; its first part is the intent the text was written from, which
        differs from ``intent`` for label noise).
    users : pandas.DataFrame
        Profiles as of :attr:`as_of`: ``user_id``, ``role``, ``department``, ``site``,
        ``field_team``, ``language``, ``digital_maturity`` (1-5), ``hire_date``,
        ``registered_at`` (NaT: not registered), ``last_active_at``, ``n_posts_90d``,
        ``n_messages_90d``, ``n_files_90d``, ``completed_items`` and ``adoption_state`` (see
        :func:`adoption_state`).
    knowledge_base : pandas.DataFrame
        FAQ entries: ``entry_id``, ``language``, ``intent``, ``question``, ``answer``.
    catalogue : pandas.DataFrame
        Learning content: ``item_id``, ``title``, ``description``, ``language``, ``format``,
        ``level``, ``duration_min``, ``audience``, ``tool``, ``intents``, ``published_at``.
    ambassadors : pandas.DataFrame
        ``ambassador_id``, ``user_id``, ``expertise`` (intents), ``departments``,
        ``languages``, ``site``, ``weekly_capacity`` (requests per week).
    interactions : pandas.DataFrame
        Learning events, sorted by time: ``user_id``, ``item_id``, ``timestamp``, ``event``
        ('open' or 'complete').
    as_of : pandas.Timestamp
        Date of the snapshot: the end of the twelve months of requests and interactions.

    See Also
    --------
    generate_enterprise : Draw an EnterpriseData.
    write_synthetic : Write its tables as CSV files.

    Examples
    --------
    >>> from supportml.data import generate_enterprise
    >>> data = generate_enterprise(n_users=60, n_requests=100, random_state=1)
    >>> data.users.shape, str(data.as_of.date())
    ((60, 15), '2025-01-01')
    """

    requests: pd.DataFrame
    users: pd.DataFrame
    knowledge_base: pd.DataFrame
    catalogue: pd.DataFrame
    ambassadors: pd.DataFrame
    interactions: pd.DataFrame
    as_of: pd.Timestamp

    def reference_tables(self) -> dict[str, pd.DataFrame]:
        """Every table but ``requests``, by the names ``Router.fit`` takes as keywords.

        Examples
        --------
        >>> from supportml.data import generate_enterprise
        >>> sorted(generate_enterprise(n_users=60, n_requests=50).reference_tables())
        ['ambassadors', 'catalogue', 'interactions', 'knowledge_base', 'users']
        """
        return {name: getattr(self, name) for name in TABLES if name != "requests"}

    def __repr__(self) -> str:
        shapes = ", ".join(f"{name}={len(getattr(self, name))}" for name in TABLES)
        return f"EnterpriseData({shapes}, as_of='{self.as_of.date()}')"


def _check_count(name: str, value: object, low: int) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < low:
        raise InvalidInputError(
            f"The {name!r} parameter of generate_enterprise must be an int in the range "
            f"[{low}, inf). Got {value!r} instead."
        )


def generate_enterprise(
    *, n_users: int = 2000, n_requests: int = 12000, random_state: int = 0
) -> EnterpriseData:
    """Draw a synthetic organisation: users, requests, FAQ, catalogue, ambassadors, interactions.

    Twelve months (2024) of help requests about the organisation's collaboration tools, in
    French (about 60 %) and English, labelled with an intent (34 intents, see :data:`INTENTS`)
    and the tier that solves them (:func:`true_tier`, which depends on the request *and* the
    sender's profile). Texts come from templates with slots, openers, typos, dropped accents,
    French-English code-switching, very short and long variants. About 3 % of intents are
    swapped to a neighbouring intent and 3 % of tiers to another tier, as in real labels.

    Every situation (a need) is written as up to three paraphrases. The ``split`` column holds
    out, for the test split, one whole situation per intent and one paraphrase of every other
    situation (the same in both languages), about 40 % of the requests: test texts come from
    wordings never seen in training, mostly of needs seen in other words.

    Parameters
    ----------
    n_users : int, default=2000
        Number of users, at least 50.
    n_requests : int, default=12000
        Number of requests, at least 1.
    random_state : int, default=0
        Seed; the same seed and sizes give identical tables. The users depend only on
        `n_users` and the seed, not on `n_requests`.

    Returns
    -------
    EnterpriseData

    Raises
    ------
    InvalidInputError
        If a parameter is not an int in its range.

    See Also
    --------
    write_synthetic : Write the tables as small CSV samples.
    true_tier : The tier labelling rule.
    adoption_state : The adoption-state rule.

    Examples
    --------
    >>> from supportml.data import generate_enterprise
    >>> data = generate_enterprise(n_users=100, n_requests=300, random_state=0)
    >>> data
    EnterpriseData(requests=300, users=100, knowledge_base=108, catalogue=..., as_of='2025-01-01')
    >>> sorted(data.requests["split"].unique())
    ['test', 'train']
    >>> set(data.requests["tier"]) <= {"chatbot", "elearning", "ambassador", "support"}
    True
    """
    _check_count("n_users", n_users, MIN_USERS)
    _check_count("n_requests", n_requests, 1)
    _check_count("random_state", random_state, 0)
    import pandas as pd

    logger.info("Generating %d users and %d requests (seed %d)", n_users, n_requests, random_state)
    streams = [
        np.random.default_rng(seed) for seed in np.random.SeedSequence(random_state).spawn(6)
    ]
    users_rng, content_rng, ambassador_rng, request_rng, text_rng, interaction_rng = streams
    as_of = pd.Timestamp(AS_OF)

    users = pd.DataFrame(make_users(users_rng, int(n_users)))
    users["adoption_state"] = adoption_state(users, as_of=as_of)
    knowledge_base = conform(pd.DataFrame(make_knowledge_base()), "knowledge_base")
    catalogue = conform(pd.DataFrame(make_catalogue(content_rng)), "catalogue")
    ambassadors = conform(pd.DataFrame(make_ambassadors(ambassador_rng, users)), "ambassadors")
    rule = TierRule.from_frames(knowledge_base, catalogue, ambassadors)
    columns, true_intents = make_requests(
        request_rng,
        text_rng,
        users,
        rule,
        int(n_requests),
        avoid=knowledge_base["question"],
    )
    requests = conform(pd.DataFrame(columns), "requests")
    interactions = conform(
        pd.DataFrame(make_interactions(interaction_rng, users, catalogue, requests, true_intents)),
        "interactions",
    )
    users["completed_items"] = completed_items(interactions, users["user_id"])
    return EnterpriseData(
        requests=requests,
        users=conform(users, "users"),
        knowledge_base=knowledge_base,
        catalogue=catalogue,
        ambassadors=ambassadors,
        interactions=interactions,
        as_of=as_of,
    )
