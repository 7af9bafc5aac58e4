"""Trigger words in another sense (events/coder.py, lexicon/data/triggers.tsv, cues.tsv): لجنة التحقيق
names a known commission (so does لجنة تحقيق after أمام or من), while one set up to inquire stays an
investigation; مقاطعة before a name a direction places is a province; on real 2018 corpus sentences
(doc_id noted)."""

from __future__ import annotations

import pytest

from hadath.pipeline import extract


def _types(text: str, published: str) -> list[str]:
    return [e.type for e in extract(text, published).events]


@pytest.mark.parametrize(
    ("doc_id", "text"),
    [
        (
            "BB-middleEast-359-20180415",
            "وكان سوسان أكد في مقابلة مع بي بي سي على أن دمشق ستستمر بالتعاون مع لجنة التحقيق الدولية.",
        ),
        (
            "FR-internationalNews-480-20180317",
            'وأعلنت رئيسة لجنة التحقيق النيابية روزا بارترا للصحافيين "الأمر البالغ الأهمية اليوم هو أن'
            " الرئيس يتعاون.",
        ),
        (
            "CN-middleEast-205-20180307",
            "بينما طالب حزب العمال بتعليق مبيعات الأسلحة بانتظار حصول مراجعة من لجنة تحقيق تقودها الأمم"
            " المتحدة حول الأوضاع في اليمن.",
        ),
        (
            "BB-internationalNews-172-20180317",
            'وقال كومي بعدها أمام لجنة تحقيق في مجلس الشيوخ إن الرئيس طلب "ولاءه".',
        ),
    ],
)
def test_a_named_commission_of_inquiry_is_no_investigation(doc_id: str, text: str) -> None:
    assert "ACCUSE" not in _types(text, "2018-04-15"), doc_id


def test_a_commission_set_up_to_inquire_stays_an_investigation() -> None:
    # BB-internationalNews-405-20180425: the government set up an inquiry into the crime
    text = (
        "وشكلت الحكومة لجنة للتحقيق في الجريمة وقدمت اللجنة تقريرها عام 2013 ولم ينظر القضاء في التقرير"
        " حتى الآن."
    )
    assert "ACCUSE" in _types(text, "2018-04-25")


@pytest.mark.parametrize(
    ("doc_id", "text"),
    [
        (
            "SK-internationalNews-188-20180228",
            "لقي خمسة أشخاص مصرعهم إثر تجمدهم حتى الموت بينما كانوا يحاولون العبور إلى مقاطعة هاكارى جنوبي"
            " شرقي تركيا قادمين من العراق، حسبما ذكرت وكالة دوغان التركية، الأربعاء.",
        ),
        (
            "SK-internationalNews-1976-20180605",
            "وأشار يلدرم إلى أن جهود تركيا لحماية حدودها ستستمر حتى يتم تأمين جميع حدودها، من مقاطعة هاتاي"
            " الجنوبية الشرقية إلى مقاطعة إيدر الشرقية.",
        ),
        (
            "SK-internationalNews-226-20180302",
            "وأرسل الجيش 20 جنديا و10 مركبات دفع رباعي إلى مقاطعة شروبشير غربي إنجلترا، وأرسلت قوات المارينز"
            " الملكية معدات إلى مقاطعتي ديفون وكورنوول في بعد أن طلبت الشرطة المساعدة.",
        ),
        (
            "FR-internationalNews-2485-20180727",
            "ويكافح رجال الإطفاء الحرائق بالقرب من فيتشنفالدي جنوب غرب برلين، ومقاطعة ساكسوني-إنهالت"
            " الشمالية.",
        ),
    ],
)
def test_muqataa_before_a_placed_name_is_a_province(doc_id: str, text: str) -> None:
    assert "PROTEST" not in _types(text, "2018-06-05"), doc_id


def test_muqataa_of_goods_stays_a_boycott() -> None:
    # SK-internationalNews-3028-20180815: Erdogan called for a boycott of American electronics
    text = (
        "من جهته، دعا أردوغان إلى مقاطعة المنتجات الإلكترونية الأميركية، فيما زادت تركيا الأربعاء الرسوم"
        " الجمركية على العديد من السلع الأميركية."
    )
    assert "PROTEST" in _types(text, "2018-08-15")
