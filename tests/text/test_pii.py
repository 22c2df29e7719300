from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportml.exceptions import InvalidInputError
from supportml.text import find_pii, redact_pii


def _kinds(text):
    return [kind for kind, _, _ in find_pii(text)]


def _matched(text):
    return [text[start:end] for _, start, end in find_pii(text)]


def test_brief_example():
    text = "Call me at 06 12 34 56 78 or mail jean.dupont@corp.fr"
    assert redact_pii(text) == "Call me at <PHONE> or mail <EMAIL>"


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "01 23 45 67 89",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "+44 20 7946 0958",
        "+1 (415) 555-2671",
        "+49 30 123456",
    ],
)
def test_phones_are_found(phone):
    text = f"appelez le {phone}, merci"
    assert find_pii(text) == [("PHONE", 11, 11 + len(phone))]


@pytest.mark.parametrize(
    "text",
    [
        "release on 2026-11-28",
        "le 28/11/2026 à 14h30",
        "at 12:30 or 12:30:45",
        "version 1.2.3 and 10.0.19041",
        "ticket INC0012345",
        "ticket 1234567",
        "montant 1 234 567,89 €",
        "budget +15 000 €",
        "build 20261128",
        "06 12.34 56 78",  # mixed separators
        "06 12 34 56 78 90",  # twelve digits: not a French number
        "+33 demain",
    ],
)
def test_things_that_are_not_phones(text):
    assert "PHONE" not in _kinds(text)


@pytest.mark.parametrize(
    "iban",
    [
        "FR76 3000 6000 0112 3456 7890 189",
        "FR7630006000011234567890189",
        "fr76 3000 6000 0112 3456 7890 189",
        "DE89 3704 0044 0532 0130 00",
        "GB29 NWBK 6016 1331 9268 19",
        "BE68 5390 0754 7034",
    ],
)
def test_ibans_are_found(iban):
    assert find_pii(f"IBAN : {iban}.") == [("IBAN", 7, 7 + len(iban))]


def test_iban_followed_by_a_word_of_four_letters():
    assert _matched("BE68 5390 0754 7034 BNPA") == ["BE68 5390 0754 7034"]


@pytest.mark.parametrize(
    "text",
    [
        "FR76 3000 6000 0112 3456 7890 188",  # wrong checksum
        "ZZ76 3000 6000 0112 3456 7890 189",  # unknown country
        "AB12CDEFGHIJKLMNOP",
        "FR76 3000",  # too short
    ],
)
def test_invalid_ibans_are_not_found(text):
    assert "IBAN" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("server 192.168.1.10.", "192.168.1.10"),
        ("10.0.0.1:8080", "10.0.0.1"),
        ("host=10.0.0.1/24", "10.0.0.1"),
        ("0.0.0.0", "0.0.0.0"),
        ("255.255.255.255", "255.255.255.255"),
        ("via 2001:db8::1 today", "2001:db8::1"),
        ("fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a"),
        ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        ("::1", "::1"),
        ("::ffff:192.168.1.1", "::ffff:192.168.1.1"),
        ("2001:db8::1: blocked", "2001:db8::1"),
        ("fe80::1%eth0", "fe80::1"),
    ],
)
def test_ips_are_found(text, address):
    assert _matched(text) == [address]
    assert _kinds(text) == ["IP"]


@pytest.mark.parametrize(
    "text",
    [
        "1.2.3.4.5",
        "256.1.1.1",
        "01.02.03.04",
        "v10.0.19041.1",
        "12:30",
        "12:30:45",
        "std::vector",
        "Abc::Def",
        "00:1A:2B:3C:4D:5E",
    ],
)
def test_things_that_are_not_ips(text):
    assert find_pii(text) == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("mail jean.dupont@corp.fr", "jean.dupont@corp.fr"),
        ("<first.last+tag@mail.corp.co.uk>.", "first.last+tag@mail.corp.co.uk"),
        ("écrire à andré.o'neil@société.fr !", "andré.o'neil@société.fr"),
        ("a@x.io,b@y.io", "a@x.io"),
    ],
)
def test_emails_are_found(text, email):
    assert _matched(text)[0] == email
    assert _kinds(text)[0] == "EMAIL"


@pytest.mark.parametrize("text", ["user@localhost", "a@b.c", "@corp.fr", "name@", "x@-corp.fr"])
def test_things_that_are_not_emails(text):
    assert "EMAIL" not in _kinds(text)


def test_a_match_is_a_boundary_for_its_neighbours():
    assert _matched("10.0.0.1+33 6 12 34 56 78") == ["10.0.0.1", "+33 6 12 34 56 78"]
    assert redact_pii("10.0.0.1+33 6 12 34 56 78") == "<IP><PHONE>"


def test_overlaps_keep_the_longest_match():
    # The IPv4 tail of an IPv6 address and a dotted-quad inside an e-mail domain.
    assert find_pii("::ffff:10.0.0.1") == [("IP", 0, 15)]
    assert find_pii("jean@1.2.3.4.fr") == [("EMAIL", 0, 15)]


def test_several_kinds_in_one_text():
    text = (
        "Bonjour, je suis jean.dupont@corp.fr (06 12 34 56 78), VPN 10.1.2.3, "
        "remboursement sur FR76 3000 6000 0112 3456 7890 189."
    )
    assert redact_pii(text) == (
        "Bonjour, je suis <EMAIL> (<PHONE>), VPN <IP>, remboursement sur <IBAN>."
    )


def test_placeholder_format():
    assert redact_pii("mail a@b.fr", placeholder_format="[{kind}]") == "mail [EMAIL]"
    assert redact_pii("mail a@b.fr", placeholder_format="***") == "mail ***"


@pytest.mark.parametrize("placeholder_format", ["{name}", "{0}", "{kind:d}", 42, None])
def test_invalid_placeholder_format(placeholder_format):
    with pytest.raises(InvalidInputError, match="'placeholder_format' parameter of redact_pii"):
        redact_pii("text", placeholder_format=placeholder_format)


@pytest.mark.parametrize("function", [find_pii, redact_pii])
def test_non_str_is_rejected(function):
    with pytest.raises(TypeError, match=f"{function.__name__} expects a str, got bytes"):
        function(b"a@b.fr")


def test_text_without_pii_is_unchanged():
    text = "Je n'arrive pas à partager le dossier depuis la version 2.3.1 (ticket INC0012345)."
    assert redact_pii(text) == text


# --- properties -------------------------------------------------------------------------------


def _iban_check_digits(country: str, bban: str) -> str:
    digits = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


octets = st.integers(min_value=0, max_value=255).map(str)
ipv4s = st.tuples(octets, octets, octets, octets).map(".".join)
french_phones = st.tuples(
    st.integers(min_value=1, max_value=9),
    st.lists(st.integers(min_value=0, max_value=99), min_size=4, max_size=4),
    st.sampled_from([" ", ".", "-", ""]),
).map(lambda t: f"0{t[0]}" + "".join(f"{t[2]}{pair:02d}" for pair in t[1]))
emails = st.tuples(
    st.from_regex(r"[a-z][a-z0-9._+-]{0,10}", fullmatch=True),
    st.from_regex(r"[a-z][a-z0-9-]{0,8}[a-z0-9]", fullmatch=True),
    st.sampled_from(["fr", "com", "co.uk", "io"]),
).map(lambda t: f"{t[0]}@{t[1]}.{t[2]}")
ibans = st.from_regex(r"[0-9A-Z]{23}", fullmatch=True).map(
    lambda bban: f"FR{_iban_check_digits('FR', bban)}{bban}"
)
fragments = st.one_of(
    ipv4s,
    french_phones,
    emails,
    ibans,
    st.sampled_from(["2001:db8::1", "+33 6 12 34 56 78", "v1.2.3", "12:30", "INC0012345"]),
    st.text(alphabet="aé09.:@+-() <>_", max_size=12),
)
texts_with_pii = st.lists(fragments, max_size=8).flatmap(
    lambda parts: st.sampled_from(["", " ", ", "]).map(lambda sep: sep.join(parts))
)


@pytest.mark.parametrize(
    ("strategy", "kind"),
    [(ipv4s, "IP"), (french_phones, "PHONE"), (emails, "EMAIL"), (ibans, "IBAN")],
)
@given(data=st.data())
def test_generated_pii_is_found_exactly(strategy, kind, data):
    value = data.draw(strategy)
    text = f"voir {value} merci"
    assert find_pii(text) == [(kind, 5, 5 + len(value))]


@given(texts_with_pii)
def test_redact_pii_is_idempotent(text):
    once = redact_pii(text)
    assert redact_pii(once) == once


@given(texts_with_pii)
def test_redacted_text_has_no_email_or_ip_left(text):
    assert not {"EMAIL", "IP"} & set(_kinds(redact_pii(text)))


@given(texts_with_pii)
def test_spans_are_sorted_disjoint_and_in_bounds(text):
    spans = find_pii(text)
    ends = [0] + [end for _, _, end in spans]
    for (_, start, end), previous_end in zip(spans, ends, strict=False):
        assert previous_end <= start < end <= len(text)
