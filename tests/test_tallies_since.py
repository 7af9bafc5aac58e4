"""History told as a tally: a past event a منذ phrase after it counts since a time a year or more back is
a tally of years, background (hadath.events.timing._tallied_since) - not what a superlative or "first"
ranks, nor the content of a call, nor a time a participle or أنه after the event takes."""

from __future__ import annotations

from tests.conftest import reported


def test_a_tally_since_a_past_year_is_background() -> None:
    # SK-middleEast-491-20180323
    deported = (
        "قال وزير الداخلية الجزائري نور الدين بدوي إن بلاده رحلت 27 ألف مهاجر من منطقة أفريقيا جنوبي"
        " الصحراء إلى بلدانهم منذ عام 2015 وإنها ستواصل ترحيلهم."
    )
    assert [s for s, _, _ in reported(deported, "2018-03-23", "COERCE")] == []
    # FR-internationalNews-2293-20180713
    killed = "وقتل 246 شخصا منذ 2015 في اعتداءات وقعت على الأراضي الفرنسية."
    assert reported(killed, "2018-07-13", "ASSAULT") == []


def test_the_first_since_a_past_year_is_news() -> None:
    # FR-internationalNews-2548-20180731
    sentence = "وهذه أول مرة تقوم فيها سفينة إيطالية بطرد مهاجرين منذ 2009."
    assert reported(sentence, "2018-07-31", "COERCE")


def test_an_accusation_of_what_was_done_since_a_past_year_is_news() -> None:
    # FR-internationalNews-1071-20180503: the time is what the accused did, after بأنه
    sentence = (
        "وفي بيان أرفقه بشكواه، عرض حمزة شهادات أقرباء له واتهم المشير حفتر بأنه أطلق منذ شباط/فبراير 2016"
        ' حملة "شملت قصفا عشوائيا وجرائم وعمليات خطف" في أحياء سكنية في بنغازي.'
    )
    assert reported(sentence, "2018-05-03", "ACCUSE")
