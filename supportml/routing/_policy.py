"""TierPolicy: the support team's routing rules, read from a TOML file they edit."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from supportml.exceptions import InvalidInputError

__all__ = ["TIERS", "PolicyRule", "Tier", "TierPolicy"]

Tier = Literal["chatbot", "elearning", "ambassador", "support"]
TIERS: tuple[str, ...] = ("chatbot", "elearning", "ambassador", "support")

_CONDITIONS = {
    "intents",
    "text_matches",
    "abstained",
    "adoption_states",
    "field_team",
    "languages",
    "max_maturity",
    "min_maturity",
}
_THRESHOLDS = {
    "min_confidence",
    "support_min_probability",
    "chatbot_min_kb_score",
    "elearning_min_content_score",
}


@dataclasses.dataclass(frozen=True)
class PolicyRule:
    """One rule: when every given condition holds, route to ``route``.

    Examples
    --------
    >>> rule = PolicyRule(name="outages", route="support", intents=("outage",))
    >>> rule.matches(text="teams is down", intent="outage", abstained=False, user=None,
    ...              language="en")
    True
    """

    name: str
    route: str
    intents: tuple[str, ...] | None = None
    text_matches: tuple[re.Pattern, ...] | None = None
    abstained: bool | None = None
    adoption_states: tuple[str, ...] | None = None
    field_team: bool | None = None
    languages: tuple[str, ...] | None = None
    max_maturity: int | None = None
    min_maturity: int | None = None

    def matches(self, *, text: str, intent: str, abstained: bool, user, language: str) -> bool:
        """Whether every condition of the rule holds for this request."""
        checks = [
            self.intents is None or intent in self.intents,
            self.text_matches is None or any(p.search(text) for p in self.text_matches),
            self.abstained is None or abstained == self.abstained,
            self.languages is None or language in self.languages,
        ]
        if user is not None:
            checks += [
                self.adoption_states is None or user.adoption_state in self.adoption_states,
                self.field_team is None or user.field_team == self.field_team,
                self.max_maturity is None or user.digital_maturity <= self.max_maturity,
                self.min_maturity is None or user.digital_maturity >= self.min_maturity,
            ]
        elif any(
            v is not None
            for v in (self.adoption_states, self.field_team, self.max_maturity, self.min_maturity)
        ):
            return False  # a profile condition never holds for an unknown user
        return all(checks)


@dataclasses.dataclass(frozen=True)
class TierPolicy:
    """Rules and thresholds the support team sets; see ``default_policy.toml`` for the format.

    Parameters
    ----------
    rules : tuple of PolicyRule
        Checked in order; the first match decides.
    min_confidence : float
        Below this tier-model confidence the request goes to support.
    support_min_probability : float, default=1.0
        The request goes to support whenever the tier model gives ``support`` at least this
        probability, even if another tier is likelier; 1 leaves the choice to ``costs``.
    chatbot_min_kb_score : float
        The chatbot serves only a knowledge-base answer scoring at least this.
    elearning_min_content_score : float
        E-learning serves only content scoring at least this.
    costs : tuple of tuple of float, default: 0 on the diagonal, 1 elsewhere
        ``costs[i][j]`` is what routing a request whose right tier is ``TIERS[i]`` to
        ``TIERS[j]`` costs; the tier model's choice is the tier of least expected cost under its
        probabilities (:meth:`cheapest_tier`). With the default costs that is the likeliest
        tier; a higher cost on ``support`` routed to ``chatbot`` or ``elearning`` (an incident
        sent to self-service costs more than a how-to question sent to a person) sends doubtful
        requests to people.
    source : str
        The TOML text the policy was read from (saved with a model).

    Examples
    --------
    >>> policy = TierPolicy.default()
    >>> [rule.name for rule in policy.rules][-1]
    'abstention'
    >>> policy.cheapest_tier({"chatbot": 0.7, "support": 0.3})
    'support'
    >>> TierPolicy.from_toml('version = 1\\n[[rules]]\\nname = "x"\\nroute = "helpdesk"\\n')
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: Policy line 4: rule 'x' routes to unknown tier \
'helpdesk'; tiers are ['chatbot', 'elearning', 'ambassador', 'support'].
    """

    rules: tuple[PolicyRule, ...] = ()
    min_confidence: float = 0.4
    support_min_probability: float = 1.0
    chatbot_min_kb_score: float = 0.5
    elearning_min_content_score: float = 0.15
    costs: tuple[tuple[float, ...], ...] = tuple(
        tuple(float(i != j) for j in range(len(TIERS))) for i in range(len(TIERS))
    )
    source: str = ""

    @classmethod
    def default(cls) -> TierPolicy:
        """The policy shipped with supportml (``supportml/routing/default_policy.toml``)."""
        text = (
            resources.files("supportml.routing")
            .joinpath("default_policy.toml")
            .read_text(encoding="utf-8")
        )
        return cls.from_toml(text)

    @classmethod
    def from_file(cls, path: str | Path) -> TierPolicy:
        """Read a policy file; errors name the line."""
        return cls.from_toml(Path(path).read_text(encoding="utf-8"))

    @classmethod
    def from_toml(cls, text: str) -> TierPolicy:
        """Parse a policy from TOML text.

        Raises
        ------
        InvalidInputError
            A syntax error, an unknown tier, condition or threshold, or a bad regular
            expression; the message gives the line.
        """
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise InvalidInputError(f"Policy syntax error: {e}") from e
        lines = text.splitlines()
        thresholds = document.get("thresholds", {})
        unknown = sorted(set(thresholds) - _THRESHOLDS)
        if unknown:
            raise InvalidInputError(
                f"Policy line {_line_of(lines, unknown[0])}: unknown threshold {unknown[0]!r}; "
                f"known: {sorted(_THRESHOLDS)}."
            )
        rules = tuple(_parse_rule(raw, lines) for raw in document.get("rules", []))
        return cls(
            rules=rules,
            costs=_parse_costs(document.get("costs", {}), lines),
            source=text,
            **{k: float(v) for k, v in thresholds.items()},
        )

    def cheapest_tier(self, probabilities: Mapping[str, float]) -> str:
        """The tier of least expected cost under ``probabilities`` (ties: the cheaper tier).

        Parameters
        ----------
        probabilities : mapping of str to float
            Probability that each tier is the right one; a tier left out has probability 0.

        Returns
        -------
        tier : str
        """
        expected = [
            sum(
                probabilities.get(tier, 0.0) * row[j]
                for tier, row in zip(TIERS, self.costs, strict=True)
            )
            for j in range(len(TIERS))
        ]
        return TIERS[expected.index(min(expected))]

    def first_matching_rule(self, **request) -> PolicyRule | None:
        """The first rule that matches the request (keyword arguments of
        :meth:`PolicyRule.matches`), or None."""
        return next((rule for rule in self.rules if rule.matches(**request)), None)


def _line_of(lines: Sequence[str], needle: str, start: int = 0) -> int:
    for number, line in enumerate(lines[start:], start=start + 1):
        if needle in line:
            return number
    return 0


def _parse_costs(raw: Mapping[str, Any], lines: Sequence[str]) -> tuple[tuple[float, ...], ...]:
    """The ``[costs]`` table (``right_tier = {routed_tier = cost, ...}``) over the defaults."""
    costs = [list(row) for row in TierPolicy.costs]
    for right, row in raw.items():
        where = f"Policy line {_line_of(lines, right)}: costs of {right!r}"
        if right not in TIERS or not isinstance(row, Mapping):
            raise InvalidInputError(
                f"{where}: expected a table named after a tier in {list(TIERS)}."
            )
        for routed, cost in row.items():
            if routed not in TIERS:
                raise InvalidInputError(
                    f"{where}: unknown tier {routed!r}; tiers are {list(TIERS)}."
                )
            if isinstance(cost, bool) or not isinstance(cost, int | float) or cost < 0:
                raise InvalidInputError(f"{where}: the cost of {routed!r} must be a number >= 0.")
            costs[TIERS.index(right)][TIERS.index(routed)] = float(cost)
    return tuple(tuple(row) for row in costs)


def _parse_rule(raw: Mapping[str, Any], lines: Sequence[str]) -> PolicyRule:
    name = str(raw.get("name", "unnamed"))
    at = _line_of(lines, f'"{name}"')
    where = f"Policy line {at}: rule {name!r}"
    route = raw.get("route")
    if route not in TIERS:
        route_line = _line_of(lines, "route", start=max(at - 1, 0)) or at
        raise InvalidInputError(
            f"Policy line {route_line}: rule {name!r} routes to unknown tier {route!r}; "
            f"tiers are {list(TIERS)}."
        )
    unknown = sorted(set(raw) - _CONDITIONS - {"name", "route"})
    if unknown:
        raise InvalidInputError(
            f"{where} has unknown condition {unknown[0]!r}; known: {sorted(_CONDITIONS)}."
        )
    fields: dict[str, Any] = {"name": name, "route": route}
    for key in ("intents", "adoption_states", "languages"):
        if key in raw:
            fields[key] = tuple(str(v) for v in raw[key])
    if "text_matches" in raw:
        try:
            fields["text_matches"] = tuple(
                re.compile(p, re.IGNORECASE) for p in raw["text_matches"]
            )
        except re.error as e:
            raise InvalidInputError(f"{where} has a bad regular expression: {e}") from e
    for key in ("abstained", "field_team"):
        if key in raw:
            fields[key] = bool(raw[key])
    for key in ("max_maturity", "min_maturity"):
        if key in raw:
            fields[key] = int(raw[key])
    return PolicyRule(**fields)
