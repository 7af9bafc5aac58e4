"""دعما "in support of" is the purpose of the act it follows, no SUPPORT event of its own (events/coder.py
the wire-copy line on the Saudi-led coalition is background, and fighters or air raids "in support of" a
government are coded as what they do."""

from __future__ import annotations

import pytest

import hadath


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # BB-middleEast-612-20180613: the coalition line of AFP copy
        ("وتقود السعودية تحالفا عسكريا دعما لحكومة عبد ربه منصور هادي.", "2018-06-13"),
        # SK-middleEast-1058-20180416: militias described, no act of support reported
        (
            "حاول فيها أن يرفع معنويات أنصاره بقوله إن الغارات الغربية لم تدمر سلاح الجو التابع لنظام السوري،"
            " كما لم تدمر مواقع الحرس الثوري الإيراني والميليشيات الطائفية التي تقاتل في سوريا"
            " دعما لنظام الأسد.",
            "2018-04-16",
        ),
        # BB-internationalNews-325-20180411: a base whose jets fly air raids in support of Syrian forces
        (
            "وفي 30 سبتمبر/أيلول من نفس العام أعلنت روسيا أن جاهزية القاعدة للعمل وأنها تأوي 1000 عسكري روسي"
            " و30 طائرة مقاتلة انطلق بعضها لتنفيذ غارات جوية دعما للقوات الحكومية"
            " في مختلف أرجاء سوريا.",
            "2018-04-11",
        ),
    ],
)
def test_in_support_of_is_no_support_event(sentence: str, date: str) -> None:
    assert not [e for e in hadath.extract(sentence, date=date).events if e.type == "SUPPORT"]


def test_expressed_support_is_still_coded() -> None:
    # SK-internationalNews-1856-20180530: Turkey's foreign minister backs activists in France
    events = hadath.extract(
        "وأشار وزير الخارجية التركي مولود تشاوش أوغلو في تغريدة إلى دعمه لناشطين مؤيدين لأردوغان في فرنسا.",
        date="2018-05-30",
    ).events
    assert any(e.type == "SUPPORT" for e in events)
