"""When an event happens (events.timing, resolve.dates) on real Arabic sentences."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


def test_a_nisba_adjective_is_no_participle_with_a_time_of_its_own() -> None:
    # BB-internationalNews-686-20180623: الماضية is no participle taking the year (الموقع في عام 2015
    # is); the wave of protests that began in 2015 is history
    sentence = (
        "وشهدت اثيوبيا موجة من الاحتجاجات على مدار السنوات الماضية بدأت في عام 2015 بسبب خلاف على ملكية"
        " أراضي بين محتجين من عرقية أورومو والحكومة."
    )
    assert "الاحتجاجات" not in {c.event.trigger_text for c in candidates(sentence, "2018-06-23")}


def test_a_noun_of_place_is_no_participle_taking_the_time() -> None:
    # FR-middleEast-166-20180317: المدينة is no participle (الموقع في عام 2015 is): the date after it is
    # the attack's its relative clause gives
    sentence = (
        "أحيا آلاف السكان في مدينة حلبجة الواقعة ضمن إقليم كردستان العراق الجمعة، الذكرى الثلاثين للهجوم"
        " الكيميائي الذي شنته القوات العراقية بأمر من الرئيس السابق صدام حسين على المدينة في 16 مارس/آذار"
        " 1988، والذي أوقع نحو 5 آلاف قتيل."
    )
    dates = [
        c.event.date for c in candidates(sentence, "2018-03-17") if c.event.trigger_text == "للهجوم الكيميائي"
    ]
    assert dates == ["1988-03-16"]


@pytest.mark.parametrize(
    ("sentence", "published", "trigger", "date"),
    [
        # SK-internationalNews-3538-20181018: the month of last year, with من between
        (
            "واعتقل كافالا في أكتوبر من العام الماضي بمطار أتاتورك في إسطنبول، دون توضيح أسباب، وقالت الشرطة"
            ' وقتها إن احتجازه يأتي في إطار "تحقيق سري".',
            "2018-10-18",
            "واعتقل",
            "2017-10",
        ),
        # BB-middleEast-177-20180312: the same, the month named in both calendars
        (
            "وفي أكتوبر/تشرين الأول من العام الماضي، اجتمع صحفيون في الخدمة الفارسية لبي بي سي في حفل تأبين"
            " شخص لم يلتق به معظمهم، بهدف تقديم الدعم لزميل كان والده قد توفى للتو في إيران.",
            "2018-03-12",
            "اجتمع",
            "2017-10",
        ),
    ],
)
def test_a_month_of_a_year_after_min_is_that_years(
    sentence: str, published: str, trigger: str, date: str
) -> None:
    dates = [c.event.date for c in candidates(sentence, published) if c.event.trigger_text == trigger]
    assert dates == [date]
