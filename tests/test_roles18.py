"""Parties and countries (session 18): "about N" before the counted victims of an event noun (cues.tsv
``approximate``). Real 2018 news."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import candidates
from tests.conftest import dyad


def _killings(sentence: str, date: str) -> list[Event]:
    """The ASSAULT candidates whose trigger is مقتل."""
    return [c.event for c in candidates(sentence, date) if c.event.trigger_text == "مقتل"]


def test_more_than_a_number_keeps_the_counted_victims() -> None:
    # FR-middleEast-498-20180518 (was the Gaza Strip, PSE GOV: the counted Palestinians unread)
    sentence = (
        'افتتح الرئيس التركي رجب طيب أردوغان قمة "استثنائية" الجمعة لمنظمة المؤتمر الإسلامي في إسطنبول'
        " للتنديد بالانتهاكات الإسرائيلية بحق الشعب الفلسطيني بعد مقتل أكثر من ستين فلسطينيا وإصابة ألفين"
        " بجروح برصاص الجيش الإسرائيلي على الحدود مع قطاع غزة في أحداث تزامنت مع تدشين السفارة الأمريكية"
        " الجديدة في مدينة القدس الشرقية."
    )
    (killing,) = _killings(sentence, "2018-05-18")
    assert dyad(killing) == ("ISR", "PSE")
    assert killing.target is not None and (killing.target.text, killing.target.sector) == ("فلسطينيا", "CVL")


def test_at_least_a_number_keeps_the_counted_victims() -> None:
    # BB-middleEast-924-20180830: "ما لا يقل عن" is "at least", its عن no preposition
    sentence = "أدى هذا الصراع إلى مقتل ما لا يقل عن 6606 مدنيا وإصابة عشرة آلاف و563 آخرون في القتال."
    (killing,) = _killings(sentence, "2018-08-30")
    assert killing.target is not None and killing.target.text == "مدنيا"
