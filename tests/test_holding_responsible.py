""" "حمّل X المسؤولية" (triggers.tsv حمل المسؤولية، يحمل المسؤولية) read across its subject and its first
object whatever their length (cues.tsv second_object; events/split_phrases.py _second_object): an object
with an adjective, an apposition or a relative clause set off by commas, a subject before a present verb
with ت - and not the verbal noun تحمّل ("to bear"), nor a sentence whose one actor is the object."""

from __future__ import annotations

import pytest

from tests.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "date", "pairs"),
    [
        # SK-middleEast-1561-20180509: the object's adjective after its name (فيلق القدس الإيراني)
        (
            "وحمل الجيش فيلق القدس الإيراني مسؤولية الهجمات الصاروخية، وذكر الجيش في بيان إنه يعتبر إطلاق"
            " الصواريخ اعتداء إيرانيا ويؤكد استعداده لكل السيناريوهات.",
            "2018-05-09",
            {("ISR", "IRN")},
        ),
        # SK-middleEast-261-20180313: a relative clause set off by commas on the object
        (
            "وحملت الرئاسة الفلسطينية حركة حماس، التي تسيطر على قطاع غزة منذ 2007، المسؤولية عما وصفته"
            ' "الاستهداف الجبان" لموكب رئيس الوزراء في غزة، وفق ما ذكرت وكالة الأنباء الفلسطينية "وفا".',
            "2018-03-13",
            {("PSE", "PSE")},
        ),
        # BB-middleEast-1032-20180924: three objects joined by و
        (
            "حمّل الجيش الإسرائيلي دمشق وإيران وحزب الله اللبناني المسؤولية الكاملة عن حادث إسقاط الطائرة"
            ' الروسية "إيل-20."',
            "2018-09-24",
            {("ISR", "SYR"), ("ISR", "IRN"), ("ISR", "LBN")},
        ),
        # FR-middleEast-439-20180510: the present with ت after its subjects
        ("إيران وسوريا وروسيا تحمل إسرائيل مسؤولية الغارة.", "2018-05-10", {("IRN", "ISR"), ("RUS", "ISR")}),
        # AL-internationalNews-1947-20180715: the present with ت after و, its subjects after it
        (
            "وتحمل هولندا وأستراليا موسكو مسؤولية نشر الصاروخ ومقتل مواطنيها، علما بأن عددا كبيرا من هؤلاء"
            " كانوا بين الضحايا الـ298.",
            "2018-07-15",
            {("NLD", "RUS"), ("AUS", "RUS")},
        ),
    ],
)
def test_blame_read_across_subject_and_object(sentence: str, date: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= set(dyads(sentence, date, "ACCUSE"))


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # CN-middleEast-538-20180409: the verbal noun تحمّل after ضرورة ("must bear"), no blame
        (
            "شددت رئيسة الوزراء البريطانية، تيريزا ماي، الإثنين، على ضرورة تحمل مرتكبي الهجوم الكيماوي"
            ' "المروع" على الغوطة الشرقية، مسؤولية ما جرى.',
            "2018-04-09",
        ),
        # AL-internationalNews-1471-20180604: the subject (الرابطة) is no actor; the one actor is the object
        (
            "وحملت الرابطة جماعة الحوثي كامل المسؤولية عن حياة أبنائها، وطالبت بإطلاق سراح المختطفين"
            " والمخفيين قسراً دون قيد أو شرط.",
            "2018-06-04",
        ),
    ],
)
def test_no_blame_without_a_verb_and_a_subject(sentence: str, date: str) -> None:
    assert not dyads(sentence, date, "ACCUSE")


def test_adverbial_blame_is_the_main_clause_subjects() -> None:
    # FR-internationalNews-297-20180307: "محملا X المسؤولية" (triggers.tsv, adverbial): the speaker of
    # the main clause blames its one object
    sentence = (
        'وكان وزير الخارجية السعودي عادل الجبير قد اعتبر في تصريحات لهيئة الإذاعة البريطانية "بي بي سي"'
        ' الثلاثاء أن السعودية تخوض "حربا عادلة" في اليمن "بدعم من القانون الدولي"، محملا الحوثيين'
        " المسؤولية عن سقوط ضحايا."
    )
    assert ("SAU", "YEM") in dyads(sentence, "2018-03-07", "ACCUSE")
