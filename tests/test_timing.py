"""When an event happens and whether it has (events.timing, events.status, resolve.dates), on real
Arabic sentences."""

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


@pytest.mark.parametrize(
    ("sentence", "published", "trigger", "status"),
    [
        # SK-internationalNews-2846-20180731 (articles_dev2): the sanctions' own time is 8 August, ahead;
        # the nearest, 2015, is the deal's
        (
            "وسحب ترامب الولايات المتحدة من الاتفاق النووي الذي وقعته إيران مع القوى النووية الكبرى في 2015،"
            " وسيعيد فرض عقوبات على طهران اعتبارا من 8 أغسطس بسبب دعمها لميليشيات تزعزع الأمن في عدة دول"
            " بالمنطقة.",
            "2018-07-31",
            "فرض عقوبات",
            "planned",
        ),
        # BB-middleEast-493-20180512: the meetings' own time is next Monday
        (
            "وكان من المقرر أن يجري شكري الحوار اليوم بمناسبة انعقاد اجتماعات بين وزراء الخارجية والدفاع من"
            " مصر وروسيا في العاصمة الروسية موسكو الاثنين المقبل.",
            "2018-05-12",
            "اجتماعات",
            "planned",
        ),
        # AL-internationalNews-2014-20180721: the truce's own time is June; next month is the offer's
        (
            "قال متحدث باسم الرئاسة الأفغانية السبت إن الرئيس أشرف غني قد يعرض على حركة طالبان وقفاً لإطلاق"
            " النار خلال عطلة عيد الأضحى الشهر المقبل بعد هدنة مماثلة في عيد الفطر في حزيران/يونيو شهدت"
            " دخول مقاتلين دون أسلحتهم إلى شوارع العاصمة كابول.",
            "2018-07-21",
            "هدنة",
            "occurred",
        ),
    ],
)
def test_the_status_reads_the_time_the_date_is(
    sentence: str, published: str, trigger: str, status: str
) -> None:
    statuses = [c.event.status for c in candidates(sentence, published) if c.event.trigger_text == trigger]
    assert statuses == [status]


def test_a_promise_makes_the_verb_of_its_an_planned() -> None:
    # FR-internationalNews-1334-20180519: the government promised to withdraw the riot police; the
    # withdrawal is ahead, not going on
    sentence = (
        'وتعهدت الحكومة أن تسحب من الشوارع "قوات مكافحة الشغب وقوات الصدم والأنصار" المسؤولة بحسب'
        " المتظاهرين عن سقوط الضحايا."
    )
    statuses = {c.event.status for c in candidates(sentence, "2018-05-19") if c.event.type == "RETREAT"}
    assert statuses == {"planned"}


def test_wa_ada_apart_from_promises_nothing() -> None:
    # FR-internationalNews-1256-20180515: وعدا is "apart from", not وعد "promised"; the demonstration
    # held yesterday is no plan
    sentence = (
        "وعدا المظاهرة التي نظمت أمس الاثنين للتنديد بنقل السفارة الأمريكية من تل أبيب إلى القدس الغربية."
    )
    statuses = {c.event.status for c in candidates(sentence, "2018-05-15") if c.event.type == "PROTEST"}
    assert statuses == {"occurred"}


def test_cannot_makes_a_refusal_hypothetical() -> None:
    # AL-sport-1328-20180414: what the club "cannot" refuse is no refusal going on
    sentence = (
        'وبحسب صحيفة "دياريو غول" الإسبانية فإن إدارة برشلونة باتت في معضلة حقيقة، لأنها تبحث عن بيع'
        " غوميش تحديداً بمبلغ مرتفع، وفي الوقت ذاته لا تستطيع أن ترفض طلبات ليونيل ميسي."
    )
    statuses = {c.event.status for c in candidates(sentence, "2018-04-14") if c.event.type == "REJECT"}
    assert statuses == {"hypothetical"}
