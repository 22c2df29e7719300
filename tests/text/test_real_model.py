"""Text hygiene in front of the real model: what validate_texts lets through embeds well."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.slow


def test_a_megabyte_of_pasted_log_is_truncated_before_it_reaches_the_model(real_embedder):
    question = "Mon dossier partagé ne se synchronise plus depuis ce matin. "
    huge = question + "ERROR sync failed at 0x7f3a " * 40_000  # about 1 MB
    short_question, long_paste = real_embedder.encode([question, huge])
    assert long_paste.shape == (384,)
    assert float(short_question @ long_paste) > 0.3  # the question, kept at the head, still counts


def test_control_characters_and_spacing_do_not_change_the_vector(real_embedder):
    clean, messy = real_embedder.encode(
        ["reset my password", "  reset\u200b my\t\x00password \r\n"]
    )
    np.testing.assert_allclose(clean, messy, atol=1e-6)
