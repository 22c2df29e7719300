"""Which channel reaches a ghost or dormant user."""

from __future__ import annotations

from typing import Literal

__all__ = ["CHANNELS", "Channel", "channel"]

Channel = Literal["mobile_push", "email", "esn_post"]
CHANNELS: tuple[Channel, ...] = ("mobile_push", "email", "esn_post")

_WHY = {
    "mobile_push": "field team: a push notification on their phone",
    "email": "an e-mail: a ghost does not read the social network",
    "esn_post": "a post mentioning them on the social network they once used",
}


def channel(state: str, field_team: bool) -> tuple[Channel, str]:
    """The channel for a ghost or dormant user, and why.

    Field teams work away from a desk and read their phone: a mobile push (an SMS-like
    notification), whatever their state. Office ghosts never or almost never opened the
    enterprise social network: an e-mail. Office dormant users once used it: a post that
    mentions them on it (their feed and notifications bring them back where they worked).

    Examples
    --------
    >>> [channel(state, field)[0] for state, field in
    ...  [("ghost", True), ("ghost", False), ("dormant", False)]]
    ['mobile_push', 'email', 'esn_post']
    """
    name: Channel = "mobile_push" if field_team else "email" if state == "ghost" else "esn_post"
    return name, _WHY[name]
