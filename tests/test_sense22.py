"""Trigger words read in another sense: a word or phrase that names something else than the event it
is listed for (a fact-finding body, not an investigation)."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # FR-middleEast-288-20180415: the OPCW mission's arrival, named by its mission
        (
            'وقال معاون وزير الخارجية السورية أيمن سوسان لفرانس برس "وصلت لجنة تقصي الحقائق يوم أمس (السبت)'
            ' إلى دمشق ومن المقرر أن تذهب اليوم (الأحد) إلى مدينة دوما لمباشرة عملها".',
            "2018-04-15",
        ),
        # SK-middleEast-2784-20180706: a mission sent to find facts
        (
            "وكانت منظمة حظر الأسلحة الكيماوية أرسلت بعثة لتقصي الحقائق إلى دوما في منتصف أبريل بعد نحو"
            " أسبوع من الهجوم الذي وقع.",
            "2018-07-06",
        ),
    ],
)
def test_a_fact_finding_body_is_no_investigation(sentence: str, published: str) -> None:
    triggers = {c.event.trigger_text for c in candidates(sentence, published) if c.event.type == "ACCUSE"}
    assert not any("تقصي" in t for t in triggers)
