"""Verbs of wrongdoing and "behind" said of a clause's subject (cues.tsv pejorative rows of value
subject): what a speaker says a party does with them - erring, exploiting, undermining, inciting,
interfering, failing - or is behind is its accusation of that party; negated or said of no subject, none."""

from __future__ import annotations

import pytest

from hadath import extract
from tests.conftest import dyads

REPORTED = ("occurred", "ongoing")


@pytest.mark.parametrize(
    ("sentence", "date", "accused"),
    [
        # CN-middleEast-1238-20180817
        (
            'قال أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إن الحكومة القطرية أخطأت و"ارتبكت"'
            ' حين وضعت نفسها بـ"هذا الموقف".',
            "2018-08-17",
            ("ARE", "QAT"),
        ),
        # CN-middleEast-1145-20180808
        (
            'ففي أعقاب الأزمة التي ضربت العلاقات بين المملكة وكندا، أكد الجبير أن أوتاوا "أخطأت وعليها تصحيح'
            ' ما قامت به تجاه المملكة".',
            "2018-08-08",
            ("SAU", "CAN"),
        ),
        # SK-internationalNews-1700-20180521
        (
            "وقال وزير الخارجية الأميركي مايك بومبيو خلال الإعلان عن الاستراتيجية الجديدة إن إيران استغلت"
            " الاتفاق النووي وما حصلت عليه من أموال لتأجيج الأوضاع في الشرق الأوسط.",
            "2018-05-21",
            ("USA", "IRN"),
        ),
        # SK-internationalNews-501-20180321
        (
            'والأربعاء، قالت موسكو إن بريطانيا إما فشلت في حماية مواطن روسي من ما تصفه بأنه "هجوم إرهابي".',
            "2018-03-21",
            ("RUS", "GBR"),
        ),
        # BB-internationalNews-838-20180719
        (
            "قال الرئيس الأمريكي، دونالد ترامب، إن الاتحاد الأوروبي يستغل الولايات المتحدة، في إشارة إلى"
            " غرامة قياسية، فرضها الاتحاد الأوروبي بقيمة 5 مليارات دولار على شركة غوغل.",
            "2018-07-19",
            ("USA", "IGO"),
        ),
        # SK-internationalNews-974-20180417: "behind" with no verb
        (
            "وأفاد مسؤولون بريطانيون أن الحكومة الروسية وراء الهجوم، مستخدمة نوع مطور سوفيتيا من غاز الأعصاب"
            ' يطلق عليه "نوفيتشوك".',
            "2018-04-17",
            ("GBR", "RUS"),
        ),
        # SK-internationalNews-528-20180322: "behind" past a quoted hedge
        (
            "قال رئيس المجلس الأوروبي دونالد توسك الخميس إن زعماء الاتحاد الاوروبي يعتبرون أن روسيا تقف"
            ' "على الأرجح" وراء تسميم الجاسوس الروسي السابق سيرغي سكريبال.',
            "2018-03-22",
            ("IGO", "RUS"),
        ),
        # SK-middleEast-908-20180410: supporting terrorism said of the clause's subject
        (
            "وقال ولي العهد السعودي، في المؤتمر الصحفي الذي عقد العاصمة الفرنسية باريس الثلاثاء، إن إيران"
            " تدعم الإرهاب عبر تمويل ميليشيات حزب الله في لبنان والحوثيين في اليمن.",
            "2018-04-10",
            ("SAU", "IRN"),
        ),
    ],
)
def test_wrongdoing_said_of_a_party_accuses_it(sentence: str, date: str, accused: tuple[str, str]) -> None:
    assert accused in dyads(sentence, date, "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # BB-internationalNews-416-20180426: Moscow's assurance that it will not interfere
        (
            "وقال قائد الاحتجاجات باشينيان الأربعاء إنه تلقى تطمينات من مسؤولين روس تفيد بأن موسكو لن تتدخل"
            " في الأزمة.",
            "2018-04-26",
        ),
        # SK-middleEast-2756-20180704: talks failed; the parties are the talks' genitive, no subject
        (
            "من جهته، ذكر متحدث باسم المعارضة السورية المسلحة أن المحادثات بين وفدها والضباط الروس فشلت في"
            " التوصل إلى اتفاق لإنهاء القتال في جنوب سوريا.",
            "2018-07-04",
        ),
    ],
)
def test_wrongdoing_denied_or_of_no_subject_accuses_no_one(sentence: str, date: str) -> None:
    assert not [e for e in extract(sentence, date).events if e.type == "ACCUSE" and e.status in REPORTED]
