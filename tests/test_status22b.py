"""What a party "has done before" (سبق أن، سبق لـ X أن، سبق وأن: cues.tsv ``done_before``) is background
the story recalls (hadath.events.timing._done_before)."""

from __future__ import annotations

from hadath.pipeline import extract


def _events(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.status, e.trigger_text) for e in extract(text, published).events]


def test_an_arrest_done_before_is_background() -> None:
    # SK-internationalNews-461-20180320
    sentence = (
        "وسبق أن اعتقلت السلطات البريطانية رجل الأعمال الفرنسي ألكسندر الجوهري لفترة، للاشتباه بأنه كان"
        " ينقل أموالا من القذافي إلى ساركوزي."
    )
    assert [e for e in _events(sentence, "2018-03-20") if e[0] == "COERCE"] == []


def test_an_event_before_the_relative_clause_of_what_was_done_before_stays() -> None:
    # FR-middleEast-697-20180626: the prosecution's demand is news; the doctor's confession (2013) is not
    sentence = (
        "وقد طلبت النيابة العامة السجن 11 عاما للطبيب، الذي سبق أن اعترف أمام قاضي التحقيق في 2013 بأنه"
        ' وقّع "من دون أن يقرأ" الملف الطبي الذي يشير إلى أنه حضر عملية الولادة.'
    )
    assert ("REQUEST", "occurred", "طلبت") in _events(sentence, "2018-06-26")
