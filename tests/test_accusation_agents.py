"""A pejorative word in what a named speaker says accuses the party that a cause or agent word right
after it names (events/statements.py _cause_after): "هجوما متهورا من قبل بشار الأسد", "لهجمة شرسة جراء
الإجراءات الإسرائيلية"، "الجرائم التي ترتكبها سلطات الاحتلال" - that party, not a victim named before the
word, is the one accused; such an agent makes a definite pejorative word an accusation, no label. And
"ألقى ... بالمسؤولية" (triggers.tsv) is blame."""

from __future__ import annotations

import pytest

import hadath
from tests.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "date", "pair"),
    [
        # BB-middleEast-952-20180907: Trump's tweet on Idlib
        (
            'وغرد ترامب في حسابه على موقع تويتر قائلا إن هجوما "متهورا" من قبل بشار الأسد وحلفائه الروس'
            ' والإيرانيين "سيكون خطأ إنسانيا جسيما"، مشيرا إلى أنه قد "يسفر عن مقتل مئات الآلاف من الأشخاص".',
            "2018-09-07",
            ("USA", "SYR"),
        ),
        # BB-middleEast-1039-20180923: Iran's foreign ministry on the EU
        (
            'وقال المتحدث باسم وزارة الخارجية الإيرانية، بهرام قاسمي: "من غير المقبول ألا تُصنّف تلك الجماعات'
            ' كمنظمات إرهابية من قبل الاتحاد الأوروبي طالما أنها لم تتفذ أي هجوم إرهابي في أوروبا".',
            "2018-09-23",
            ("IRN", "IGO"),
        ),
    ],
)
def test_pejorative_word_accuses_its_agent_after_it(sentence: str, date: str, pair: tuple[str, str]) -> None:
    assert pair in dyads(sentence, date, "ACCUSE")


def test_agent_after_the_word_is_accused_not_the_victim_before_it() -> None:
    # Adapted from AL-internationalNews-845-20180408 ("تتعرض ... لهجمة شرسة جراء الإجراءات الإسرائيلية")
    # with a pejorative word cues.tsv has (بشعة) and an agent (على أيدي): the Yemeni people suffer the
    # crimes, the coalition is accused.
    sentence = (
        "وقال المتحدث باسم الخارجية الإيرانية إن الشعب اليمني يتعرض لجرائم بشعة على أيدي التحالف السعودي."
    )
    pairs = dyads(sentence, "2018-04-08", "ACCUSE")
    assert ("IRN", "SAU") in pairs
    assert ("IRN", "YEM") not in pairs


def test_throwing_the_responsibility_on_is_blame() -> None:
    # BB-middleEast-876-20180811: "ألقى ... بالمسؤولية" (triggers.tsv, as ألقى باللوم) with its subject
    # between the verb and the rest of the phrase (events/split_phrases.py)
    sentence = (
        "وألقى البنك المركزي الإيراني والقضاء بالمسؤولية عن انخفاض العملة والارتفاع المطرد في أسعار العملة"
        ' الذهبية على من وصفهم "بالأعداء".'
    )
    events = [e for e in hadath.extract(sentence, date="2018-08-11").events if e.type == "ACCUSE"]
    assert [e.source.country for e in events if e.source] == ["IRN"]
    assert sentence[events[0].trigger.start : events[0].trigger.end] == "وألقى"


@pytest.mark.parametrize(
    ("sentence", "date", "pair"),
    [
        # Adapted from SK-middleEast-1816-20180519 (the speaker's name and title from the article's lead): a
        # definite pejorative word is a label, no accusation, unless an agent names who did it
        (
            "وأوضح العقيد الركن تركي المالكي المتحدث باسم التحالف أن هذا العمل العدائي من قبل"
            " المليشيات الحوثية الإرهابية التابعة لإيران يثبت استمرار تورط النظام الإيراني بدعم الجماعة"
            " الحوثية المسلحة.",
            "2018-05-19",
            ("SAU", "YEM"),
        ),
        # Adapted from SK-middleEast-1038-20180414 ("استمرارا لجرائمه البشعة التي يرتكبها منذ سنوات ضد
        # الشعب السوري الشقيق", said by a source of the Saudi foreign ministry)
        (
            "وقال مسؤول في وزارة الخارجية السعودية إن النظام السوري يواصل جرائمه البشعة التي يرتكبها منذ"
            " سنوات ضد الشعب السوري.",
            "2018-04-14",
            ("SAU", "SYR"),
        ),
    ],
)
def test_definite_pejorative_word_with_its_agent_accuses(
    sentence: str, date: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(sentence, date, "ACCUSE")
