"""Senses of event words read by helper senses3 (session 17) on real 2018 news."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyad


def _typed(sentence: str, date: str) -> list[tuple[str, tuple[str | None, str | None]]]:
    return [(e.type, dyad(e)) for e in extract(sentence, date).events]


def test_an_invitation_a_relative_clause_extends_is_no_call() -> None:
    # SK-internationalNews-2758-20180721 (was REQUEST USA -> RUS): "وجه دعوة" in a relative clause
    sentence = "وعبر دان كوتس عن دهشته لسماع نبأ الدعوة التي وجهها ترامب لبوتين لزيارة واشنطن."
    assert ("AGREE", ("USA", "RUS")) in _typed(sentence, "2018-07-21")
    assert "REQUEST" not in [t for t, _ in _typed(sentence, "2018-07-21")]
