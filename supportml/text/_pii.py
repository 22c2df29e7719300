"""Detection and redaction of personal data (e-mail, phone, IBAN, IP) in request texts."""

from __future__ import annotations

import bisect
import ipaddress
import re
from typing import Literal

from supportml.exceptions import InvalidInputError
from supportml.text._normalize import _require_str

__all__ = ["PIIKind", "find_pii", "redact_pii"]

PIIKind = Literal["EMAIL", "PHONE", "IBAN", "IP"]
"""A kind of personal data found by :func:`find_pii`."""

_Span = tuple[PIIKind, int, int]

# Among overlapping matches of the same length, the first kind here wins.
_KIND_PRIORITY: dict[str, int] = {"EMAIL": 0, "IBAN": 1, "IP": 2, "PHONE": 3}

_EMAIL = re.compile(
    r"(?<![\w.%+'-])[\w.%+'-]+@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}(?![\w-])"
)

# French national numbers: 0 + 9 digits, in pairs, with one separator style throughout.
_FRENCH_PHONE = re.compile(
    r"(?<![\w+.,/-])0[1-9](?P<sep>[ .-]?)\d\d(?:(?P=sep)\d\d){3}(?!\w|[.,/-]\d|(?P=sep)\d)"
)
# International numbers (+33 6 12 34 56 78, +33 (0)6 ..., 0033 6 ..., +1 (415) 555-2671);
# the digit count is checked afterwards.
_INTERNATIONAL_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,5})){1,8}(?!\w)"
)
_MIN_PHONE_DIGITS = 8
_MAX_PHONE_DIGITS = 15  # E.164, plus the trunk "(0)" some people write

# Compact (FR7630006000011234567890189) or in groups of four (FR76 3000 6000 ...).
_IBAN = re.compile(
    r"(?<![\w-])[A-Za-z]{2}\d\d"
    r"(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?)(?![\w-])"
)
_MIN_IBAN_LENGTH = 15
_MAX_IBAN_LENGTH = 34
_IBAN_COUNTRY_CODES = (
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE "
    "GI GL GR GT HN HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT "
    "MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG "
    "XK YE"
)
_IBAN_COUNTRIES = frozenset(_IBAN_COUNTRY_CODES.split())

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4_ADDRESS = rf"{_OCTET}(?:\.{_OCTET}){{3}}"
# Not part of a longer dotted number such as the version 1.2.3.4.5.
_IPV4 = re.compile(rf"(?<![\w.]){_IPV4_ADDRESS}(?!\w|\.\d)")
# Candidates only (two colons at least, so not 12:30); ipaddress decides.
_IPV6 = re.compile(
    rf"(?<![\w:.])(?:[0-9A-Fa-f]{{0,4}}:){{2,7}}"
    rf"(?:{_IPV4_ADDRESS}|[0-9A-Fa-f]{{1,4}})?(?![\w:]|\.\d)"
)
_DIGIT = re.compile(r"\d")


def _find_emails(text: str) -> list[_Span]:
    return [("EMAIL", match.start(), match.end()) for match in _EMAIL.finditer(text)]


def _phone_digit_count(candidate: str) -> int:
    return len(_DIGIT.findall(candidate))


def _find_phones(text: str) -> list[_Span]:
    spans: list[_Span] = [("PHONE", m.start(), m.end()) for m in _FRENCH_PHONE.finditer(text)]
    for match in _INTERNATIONAL_PHONE.finditer(text):
        if _MIN_PHONE_DIGITS <= _phone_digit_count(match.group()) <= _MAX_PHONE_DIGITS:
            spans.append(("PHONE", match.start(), match.end()))
    return spans


def _is_valid_iban(candidate: str) -> bool:
    """Country code, length and ISO 13616 mod-97 checksum of an IBAN (spaces allowed)."""
    iban = candidate.replace(" ", "").upper()
    if iban[:2] not in _IBAN_COUNTRIES:
        return False
    if not _MIN_IBAN_LENGTH <= len(iban) <= _MAX_IBAN_LENGTH:
        return False
    digits = "".join(str(int(char, 36)) for char in iban[4:] + iban[:4])
    return int(digits) % 97 == 1


def _longest_valid_iban(candidate: str) -> str | None:
    """The candidate, or its longest prefix ending at a group boundary, that is a valid IBAN.

    A word of four letters after an IBAN written in groups is matched as one more group.
    """
    while True:
        if _is_valid_iban(candidate):
            return candidate
        boundary = candidate.rfind(" ")
        if boundary < 0:
            return None
        candidate = candidate[:boundary]


def _find_ibans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    for match in _IBAN.finditer(text):
        iban = _longest_valid_iban(match.group())
        if iban is not None:
            spans.append(("IBAN", match.start(), match.start() + len(iban)))
    return spans


def _valid_ipv6(candidate: str) -> str | None:
    """The candidate, or the candidate without a trailing ':' (``2001:db8::1:``), if valid."""
    if not _DIGIT.search(candidate):  # "abc::def", a C++ name rather than an address
        return None
    for address in (candidate, candidate.removesuffix(":")):
        try:
            ipaddress.IPv6Address(address)
        except ValueError:
            continue
        return address
    return None


def _find_ips(text: str) -> list[_Span]:
    spans: list[_Span] = [("IP", match.start(), match.end()) for match in _IPV4.finditer(text)]
    for match in _IPV6.finditer(text):
        address = _valid_ipv6(match.group())
        if address is not None:
            spans.append(("IP", match.start(), match.start() + len(address)))
    return spans


def _span_order(span: _Span) -> tuple[int, int, int]:
    kind, start, end = span
    return (start - end, start, _KIND_PRIORITY[kind])


def _span_start(span: _Span) -> int:
    return span[1]


def _drop_overlaps(spans: list[_Span]) -> list[_Span]:
    """Keep the longest spans first, drop those overlapping a kept one; sort by position."""
    starts: list[int] = []
    kept: list[_Span] = []
    for span in sorted(spans, key=_span_order):
        _, start, end = span
        index = bisect.bisect_right(starts, start)
        overlaps_previous = index > 0 and kept[index - 1][2] > start
        overlaps_next = index < len(kept) and kept[index][1] < end
        if not (overlaps_previous or overlaps_next):
            starts.insert(index, start)
            kept.insert(index, span)
    return kept


def _find_in(text: str, start: int, end: int) -> list[_Span]:
    """Non-overlapping matches in ``text[start:end]`` searched on its own, sorted by position."""
    region = text[start:end]
    candidates = _find_emails(region) + _find_phones(region) + _find_ibans(region)
    candidates += _find_ips(region)
    return [(kind, start + left, start + right) for kind, left, right in _drop_overlaps(candidates)]


def _gaps(spans: list[_Span], start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty stretches of ``[start, end)`` between sorted, disjoint `spans`."""
    bounds = [start]
    for _, span_start, span_end in spans:
        bounds += [span_start, span_end]
    bounds.append(end)
    return [
        (left, right) for left, right in zip(bounds[::2], bounds[1::2], strict=True) if left < right
    ]


def find_pii(text: str) -> list[tuple[PIIKind, int, int]]:
    """Find e-mail addresses, phone numbers, IBANs and IP addresses in a text.

    - ``EMAIL``: ``local@domain.tld``, international letters allowed.
    - ``PHONE``: French numbers (``06 12 34 56 78``, ``06.12.34.56.78``, ``06-12-34-56-78``,
      ``0612345678``, ``+33 6 12 34 56 78``, ``+33 (0)6 12 34 56 78``, ``0033 6 ...``) and
      international ones starting with ``+`` or ``00`` (``+44 20 7946 0958``,
      ``+1 (415) 555-2671``) with 8 to 15 digits. Dates, times, version numbers, amounts and
      ticket numbers such as ``INC0012345`` are not phones.
    - ``IBAN``: country code, two check digits and up to 30 letters or digits, compact or in
      groups of four; the country code and the mod-97 checksum must be valid.
    - ``IP``: IPv4 (octets 0-255, not part of a longer dotted number such as ``1.2.3.4.5``)
      and IPv6 in full or compressed form (``2001:db8::1``); times such as ``12:30`` are not.

    When matches overlap, the longest wins. A match is a boundary for the text around it, as
    its placeholder will be: in ``10.0.0.1+33 6 12 34 56 78`` both the address and the phone
    number are found. This makes :func:`redact_pii` idempotent.

    Parameters
    ----------
    text : str
        Text to search.

    Returns
    -------
    list of tuple of (str, int, int)
        ``(kind, start, end)`` for each match, sorted by position, non-overlapping;
        ``text[start:end]`` is the matched personal data.

    Raises
    ------
    TypeError
        If `text` is not a str.

    See Also
    --------
    redact_pii : Replace what this function finds by placeholders.

    Examples
    --------
    >>> from supportml.text import find_pii
    >>> find_pii("mail jean.dupont@corp.fr from 10.0.0.12")
    [('EMAIL', 5, 24), ('IP', 30, 39)]
    >>> find_pii("version 1.2.3.4.5, released 2026-11-28 at 12:30, ticket INC0012345")
    []
    """
    _require_str(text, "find_pii")
    found: list[_Span] = []
    regions = [(0, len(text))]
    while regions:
        start, end = regions.pop()
        spans = _find_in(text, start, end)
        if spans:
            found += spans
            regions += _gaps(spans, start, end)
    return sorted(found, key=_span_start)


def _check_placeholder_format(placeholder_format: object) -> None:
    valid = isinstance(placeholder_format, str)
    if valid:
        try:
            placeholder_format.format(kind="EMAIL")
        except (AttributeError, IndexError, KeyError, ValueError):
            valid = False
    if not valid:
        raise InvalidInputError(
            "The 'placeholder_format' parameter of redact_pii must be a str whose only "
            f"replacement field is {{kind}}. Got {placeholder_format!r} instead."
        )


def redact_pii(text: str, *, placeholder_format: str = "<{kind}>") -> str:
    """Replace e-mail addresses, phone numbers, IBANs and IP addresses by placeholders.

    Use it before a request text is logged or stored. What counts as personal data is
    described in :func:`find_pii`. With the default placeholders the function is idempotent.

    Parameters
    ----------
    text : str
        Text to redact.
    placeholder_format : str, default="<{kind}>"
        Format string of the placeholder; ``{kind}`` is replaced by ``"EMAIL"``, ``"PHONE"``,
        ``"IBAN"`` or ``"IP"``.

    Returns
    -------
    str
        The text with each match replaced by its placeholder.

    Raises
    ------
    TypeError
        If `text` is not a str.
    InvalidInputError
        If `placeholder_format` is not a str or uses a replacement field other than ``{kind}``.

    See Also
    --------
    find_pii : The matches and their positions.

    Examples
    --------
    >>> from supportml.text import redact_pii
    >>> redact_pii("Call me at 06 12 34 56 78 or mail jean.dupont@corp.fr")
    'Call me at <PHONE> or mail <EMAIL>'
    >>> redact_pii("IBAN FR76 3000 6000 0112 3456 7890 189, VPN from 2001:db8::1")
    'IBAN <IBAN>, VPN from <IP>'
    >>> redact_pii("call +44 20 7946 0958", placeholder_format="[{kind} removed]")
    'call [PHONE removed]'
    """
    _require_str(text, "redact_pii")
    _check_placeholder_format(placeholder_format)
    pieces = []
    position = 0
    for kind, start, end in find_pii(text):
        pieces += [text[position:start], placeholder_format.format(kind=kind)]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
