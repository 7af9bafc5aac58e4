"""Dates resolved against the publication date, and casualty counts, on real Arabic sentences."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.casualties import count_casualties
from hadath.lexicon.matchers import cue_matcher
from hadath.pipeline import extract
from hadath.resolve.dates import find_time_expressions
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize

PUBLISHED = date(2017, 11, 29)  # a Wednesday


def _analyse(sentence: str):
    tokens = tokenize(normalize(sentence))
    return tokens, list(cue_matcher().find(tokens))


def _dates(sentence: str) -> list[str]:
    tokens, cues = _analyse(sentence)
    return [t.value for t in find_time_expressions(tokens, cues, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ويوم الجمعة الماضي، وقع هجوم إرهابي على مسجد الروضة", ["2017-11-24"]),
        ("بحثت مصر وروسيا، الأربعاء، سبل تعزيز التعاون", ["2017-11-29"]),
        ("وفي سبتمبر/ أيلول الماضي، انطلقت فعاليات تدريب عسكري مشترك", ["2017-09"]),
        (
            "في يونيو/ حزيران 2014، تنامت العلاقات عقب تحطم طائرة في أكتوبر/ تشرين أول 2015",
            ["2014-06", "2015-10"],
        ),
        ("قتل 18 شخصا في انفجار سيارتين مفخختين في بغداد امس", ["2017-11-28"]),
        ("وقتل ١٢ شخصاً يوم 25 مايو الماضي", ["2017-05-25"]),
        ("يزور الرئيس موسكو الأحد المقبل", ["2017-12-03"]),
        ("وقالت الشرطة إن الحادث وقع أول أمس", ["2017-11-27"]),
        ("يعود التوتر إلى عام 2015", ["2015"]),
        ("والتقى الرئيسان في مارس في هلسنكي", ["2017-03"]),
        # A month name must be a time: Theresa May, Mike Pompeo and "exerted" (مارس) are not.
        ("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها ستفرض عقوبات", []),
        ("وزار وزير الخارجية الأمريكي مايك بومبيو الرياض", []),
        ("ومارس الرئيس ضغوطا على الحكومة", []),
        # A day takes the article: "أحد" is "one of"; "باب" is a gate, not ب + آب (August).
        ("وقال أحد المسؤولين إن الجيش قصف مواقع للمسلحين قرب باب الهوى", []),
    ],
)
def test_dates_resolve_against_publication(sentence: str, expected: list[str]) -> None:
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A day named with أمس/اليوم/غدا is one time, the day named, nearest the day said (the
        # article is dated a day late); not a day to come when it is today.
        (
            "شجب مفوض الأمم المتحدة السامي لحقوق الإنسان اليوم الأربعاء ما وصفه بمناخ الترهيب",
            "2018-03-08",
            ["2018-03-07"],
        ),
        ("هدنة لمدة 12 ساعة حتى الساعة الثانية عشرة ظهراً من اليوم الجمعة", "2018-06-28", ["2018-06-28"]),
        (
            "أن تطلب تيريزا ماي من مجلس الوزراء غدا الخميس الموافقة على مشاركة بريطانيا",
            "2018-04-11",
            ["2018-04-12"],
        ),
    ],
)
def test_relative_day_with_weekday(sentence: str, published: str, expected: list[str]) -> None:
    tokens, cues = _analyse(sentence)
    assert [t.value for t in find_time_expressions(tokens, cues, date.fromisoformat(published))] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # An event set for a bare weekday after it is planned for the next such day.
        (
            "وسوف يعقد الرئيسان الروسي والإيراني قمة في طهران الجمعة يحضرها الرئيس التركي.",
            "2018-09-06",
            "2018-09-07",
        ),
        ("ومن المتوقع حصول تظاهرات جديدة الجمعة.", "2018-04-05", "2018-04-06"),
        # What was to come is past; a weekday before the event dates what was said of it.
        (
            "وكان من المتوقع أن يبدأ فريق تقصي الحقائق التابع لمنظمة حظر الأسلحة الكيميائية عمله الميداني"
            " الأحد.",
            "2018-04-18",
            "2018-04-15",
        ),
        (
            "في المقابل، أكدت الولايات المتحدة، الثلاثاء، أنها مستمرة في التحضير للقمة المرتقبة.",
            "2018-05-16",
            "2018-05-15",
        ),
    ],
)
def test_planned_event_on_a_weekday(sentence: str, published: str, expected: str) -> None:
    (event,) = extract(sentence, published).events
    assert (event.status, event.date) == ("planned", expected)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # "الأسبوع/الشهر/العام المقبل" is the time of what is to come: next week as a day in it.
        (
            "يزور رئيس الوزاء الإسرائيلي بنيامين نتنياهو موسكو في الأسبوع المقبل",
            "2018-05-05",
            ("CONSULT", "planned", "2018-05-12"),
        ),
        (
            "وأوفدت تركيا وروسيا وإيران وزراء خارجيتها إلى أستانا للإعداد لقمة للقادة في اسطنبول"
            " الشهر القادم.",
            "2018-03-16",
            ("CONSULT", "planned", "2018-04"),
        ),
        # ... not of what a past verb reports or an appeal calls for.
        (
            "السراج يدعو لإجراء انتخابات رئاسية وبرلمانية في ليبيا العام المقبل",
            "2018-02-28",
            ("REQUEST", "ongoing", "2018-02-28"),
        ),
    ],
)
def test_next_week_month_year(sentence: str, published: str, expected: tuple[str, str, str]) -> None:
    (event,) = [e for e in extract(sentence, published).events if e.type == expected[0]]
    assert (event.type, event.status, event.date) == expected


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("وأسفر عن وقوع 310 قتلى، وإصابة العشرات، وفق أحدث حصيلة رسمية.", 310, 20),
        ("قتل 18 شخصا وأصيب عشرات آخرون بجروح في انفجار سيارتين مفخختين", 18, 20),
        ("وأفيد بمقتل زهاء 15 مسلحا في اشتباكات عنيفة امس", 15, None),
        ("قتل ١٢ شخصاً وأصيب ثلاثة آخرون", 12, 3),
        ("أسفر الهجوم عن مقتل 1,200 شخص", 1200, None),
        ("أصيب خمسة جنود بجروح في الهجوم", None, 5),
        ("بحثت مصر وروسيا سبل تعزيز التعاون العسكري", None, None),
    ],
)
def test_casualties(sentence: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(*_analyse(sentence)) == (killed, injured)


def test_a_month_takes_the_year_after_it_and_a_past_visit_does_not_date_todays() -> None:
    # CN-middleEast-389-20180327: "في أكتوبر/تشرين أول عام 2015" is October 2015, another visit -
    # history in 2018 (no event), news half a year after it
    text = (
        "واستقبل وزير الخارجية العُماني يوسف بن علوي نظيره السوري وليد المعلم في مسقط. وقد زار وزير"
        " الخارجية العُماني سوريا في أكتوبر/تشرين أول عام 2015."
    )
    (meeting,) = extract(text, date="2018-03-27").events
    assert meeting.date == "2018-03-27"
    visit_sentence = "وقد زار وزير الخارجية العُماني سوريا في أكتوبر/تشرين أول عام 2015."
    (visit,) = extract(visit_sentence, date="2016-03-27").events
    assert visit.date == "2015-10"


def test_theresa_may_is_no_month() -> None:
    # BB-internationalNews-438-20180430 (ماي is May in the Maghreb, and Theresa May)
    (call,) = extract("واتصلت راد بماي هاتفيا مساء الأحد لإبلاغها قرارها.", date="2018-04-30").events
    assert call.date == "2018-04-29"


@pytest.mark.parametrize(
    "sentence",
    [
        # SK-internationalNews-717-20180401, FR-internationalNews-2730-20180815
        "قُتل عشرة أشخاص وأصيب اثنان آخران إثر انهيار فندق مؤلف من أربعة طوابق في منطقة مزدحمة بمدينة اندور.",
        "أعلنت الحكومة الإيطالية حالة الطوارئ في مدينة جنوى بعد انهيار جسر موراندي، ما أسفر عن مقتل 39 شخصا.",
    ],
)
def test_a_toll_of_a_collapse_is_no_attack(sentence: str) -> None:
    assert not [e for e in extract(sentence, "2018-08-15").events if e.type == "ASSAULT"]


def test_a_time_since_opens_starts_a_period_and_dates_no_event_before_it() -> None:
    # AL-internationalNews-1423-20180602: the toll rose today; 30 March is when the marches began
    sentence = (
        "وبمقتل الشابة الممرضة رزان أشرف النجار ارتفعت حصيلة القتلى الفلسطينيين إلى 119 منذ بدء مسيرات"
        " العودة في 30 مارس الماضي شرق قطاع غزة."
    )
    events = {e.type: e for e in extract(sentence, date="2018-06-02").events}
    assert events["ASSAULT"].date == "2018-06-02"
    assert events["PROTEST"].date == "2018-03-30"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day for days (BB-middleEast-423-20180429: "a few days" is this month or the last)
        ("قتل ثلاثة أشخاص قبل يومين في غارة", ["2017-11-27"]),
        ("وأعلنت الكويت قبل أيام عن قرار بطرد السفير الفلبيني لديها", ["2017-11"]),
        # a month for weeks and months (BB-middleEast-1038-20180923)
        ("وكانت قوات كردية قد ألقت القبض على البريطاني أنور ميا قبل نحو شهر.", ["2017-10"]),
        ("وقال حسين دوابشة والد القتيلة التي أحرقها مستوطنون متطرفون قبل ثلاث سنوات", ["2014"]),
        ("بنازانين زغاري-راتكليف، التي اعتقلت قبل سنتين وحكم عليها بالسجن", ["2015"]),
        # counted back from another event, or before a year: no time of its own
        ("من المقرر أن تمثل أمام لجنة برلمانية قبل أيام قليلة من شهادة الرئيس التنفيذي", []),
        ("قبل عام 2015", ["2015"]),
    ],
)
def test_a_time_counted_back_from_publication(sentence: str, expected: list[str]) -> None:
    assert _dates(sentence) == expected
