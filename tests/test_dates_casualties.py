"""Dates resolved against the publication date, and casualty counts, on real Arabic sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.evaluate.dates import HISTORY, GoldDate, by_half, engine_date, load_dates, right, score
from hadath.events.casualties import count_casualties
from hadath.lexicon.matchers import cue_matcher
from hadath.pipeline import candidates, extract
from hadath.resolve.dates import find_time_expressions
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize

PUBLISHED = date(2017, 11, 29)  # a Wednesday
DATES_GOLD = str(Path(__file__).parent / "data" / "dates_dev.jsonl")


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
        # What was to come is past: the Wednesday it was to be (BB-middleEast-382-20180421; a
        # fact-finding team's start is no event since its name is no investigation).
        (
            "وكان من المقرر أن يدخلوا المدينة يوم الأربعاء لكن الزيارة تأجلت بعد تعرض فريق تقييم المخاطر"
            " التابع للأمم المتحدة لإطلاق النار أثناء تفقد المواقع يوم الثلاثاء.",
            "2018-04-21",
            "2018-04-18",
        ),
        # The Tuesday a summit still to come was spoken of is not its time: the publication's.
        (
            "في المقابل، أكدت الولايات المتحدة، الثلاثاء، أنها مستمرة في التحضير للقمة المرتقبة.",
            "2018-05-16",
            "2018-05-16",
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
    # the marches are the toll's background (the acceptance model declines them); their date stands
    (protest,) = [c.event for c in candidates(sentence, "2018-06-02") if c.event.type == "PROTEST"]
    assert protest.date == "2018-03-30"


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


@pytest.mark.parametrize(
    ("sentence", "published", "trigger", "expected"),
    [
        # SK-internationalNews-3109-20180901: 2015 is when the deal was concluded (a participle's time)
        (
            "تفاقم التوتر الذي زاد بالفعل بينها وبين واشنطن بعد قرار الرئيس الأميركي دونالد ترامب الانسحاب"
            " من الاتفاق النووي المبرم عام 2015 مع قوى عالمية كبرى.",
            "2018-09-01",
            "الانسحاب",
            "2018-09-01",
        ),
        # FR-internationalNews-1214-20180513: a relative clause right after the attack tells its time;
        # Sunday is when the sources spoke
        (
            "ذكرت مصادر قضائية الأحد أن منفذ الاعتداء الذي وقع مساء السبت وسط العاصمة الفرنسية باريس"
            " بواسطة سكين وأسفر عن مقتل شخص وإصابة أربعة آخرين، هو شاب فرنسي من مواليد الشيشان عام 1997.",
            "2018-05-13",
            "الاعتداء",
            "2018-05-12",
        ),
        # FR-middleEast-222-20180407: the time after the killing, not the report's Saturday before it
        (
            "أفادت مصادر عسكرية السبت بمقتل عشرات  الجنود السودانيين ليل الخميس الجمعة في كمين للمتمردين"
            " الحوثيين قرب مدينة ميدي في اليمن.",
            "2018-04-07",
            "بمقتل",
            "2018-04-05",
        ),
        # SK-internationalNews-3489-20181014: October is when it was announced (أنه between)
        (
            "وأعلن جهاز الاستخبارات الهولندية في بداية أكتوبر أنه طرد في إبريل أربعة من العملاء الروس"
            " كانوا يعدون لهجوم إلكتروني على منظمة حظر الأسلحة الكيميائية في لاهاي.",
            "2018-10-14",
            "طرد",
            "2018-04",
        ),
        # BB-middleEast-892-20180816: a time منذ opens starts the holding, not the release
        (
            "وقد احتجزت هذه الرسائل والطرود، ومن بينها طلبات عبر الإنترنت لم تصل إلى أصحابها، في الأردن"
            " منذ عام 2010، ثم أفرج عنها تطبيقا لاتفاق وقع من قبل.",
            "2018-08-16",
            "أفرج",
            "2018-08-16",
        ),
        # SK-internationalNews-3213-20180911: 2017 is when he left, in a relative clause of his own
        (
            'وانتقد المسؤول السابق، الذي غادر البيت الأبيض في عام 2017، المقال وصحيفة "نيويورك تايمز"،'
            " ودعا إدارة ترامب إلى معرفة الأشخاص الذين يقفون وراء الأمر.",
            "2018-09-11",
            "وانتقد",
            "2018-09-11",
        ),
        # FR-middleEast-539-20180528: ثم sets the criticism after 2014
        (
            "وكان عبد العظيم أحد مسؤولي حملة انتخاب الرئيس عبد الفتاح السيسي الأولى في عام 2014 ثم تحول"
            " لانتقاد سياساته.",
            "2018-05-28",
            "لانتقاد",
            "2018-05-28",
        ),
        # SK-middleEast-429-20180320: Sunday is the capture's; the offensive came before it
        (
            "يذكر أن تركيا أعلنت سيطرتها على مدينة عفرين، الأحد، بعد هجوم شنته على مدى 8 أسابيع لطرد"
            " مقاتلي وحدات حماية الشعب الكردية.",
            "2018-03-20",
            "هجوم",
            "2018-03-20",
        ),
        # SK-internationalNews-2792-20180723: coordinated events and the when-clause share the time
        (
            "قتل شخصان وأُصيب 13 آخرون بجروح عندما فتح مسلح النار، مساء الأحد، على رواد مطعم شرقي تورنتو،"
            " بحسب ما أوردت وسائل إعلام محلية.",
            "2018-07-23",
            "قتل",
            "2018-07-22",
        ),
    ],
)
def test_an_event_takes_the_time_of_its_own_clause(
    sentence: str, published: str, trigger: str, expected: str
) -> None:
    (event,) = [e for e in extract(sentence, published).events if e.trigger_text.startswith(trigger)]
    assert event.date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare year after a word opening a time (SK-middleEast-1526-20180509,
        # FR-internationalNews-1726-20180609)
        ("بعد انسحاب القوات الأميركية في 2011، حيث يسيطر حلفاء طهران على أجهزة الأمن", ["2011"]),
        ("جرائم ارتكبت بحق سوريين منذ اندلاع النزاع في 2011", ["2011"]),
        ("ومطلع 2017 بدأت المفاوضات", ["2017"]),
        # not a number after another word
        ("قتل 2011 شخصا", []),
    ],
)
def test_a_bare_year_after_a_time_word(sentence: str, expected: list[str]) -> None:
    assert _dates(sentence) == expected


def test_the_date_scorer_reads_the_precision_given() -> None:
    gold = GoldDate("d", "dev", "2018-07-25", "s", "t", 0, "ACCUSE", "2018-07")
    assert right(gold, "2018-07-25", exact=False) and not right(gold, "2018-07-25", exact=True)
    assert not right(gold, "2017", exact=False)
    history = GoldDate("d", "dev", "2018-05-09", "s", "t", 0, "RETREAT", "2011")
    assert right(history, HISTORY, exact=True) and not right(gold, HISTORY, exact=False)
    publication = GoldDate("d", "dev", "2018-05-09", "s", "t", 0, "RETREAT", "publication")
    assert score([publication, history], ["2018-05-09", "2011-05"]) == {
        "n": 2,
        "exact": 50.0,
        "precision": 100.0,
        "history": 0,
    }


@pytest.mark.parametrize(("half", "least"), [("dev", 85.0), ("check", 75.0)])
def test_dates_on_the_date_gold(half: str, least: float) -> None:
    # tests/data/dates_dev.jsonl, dates judged from the text: before own-clause times the engine
    # had dev 73.8, check 68.0 exact
    golds = by_half(load_dates(DATES_GOLD))[half]
    assert score(golds, [engine_date(g) for g in golds])["exact"] >= least


def test_a_year_in_a_phrase_since_opens_dates_no_event() -> None:
    # SK-internationalNews-232-20180309: the killings go on since his election, no history
    sentence = "ومنذ انتخابه في 2016، قتلت الشرطة نحو 4100 مهرب ومدمن مفترض للمخدرات."
    (killing,) = [e for e in extract(sentence, "2018-03-09").events if e.type == "ASSAULT"]
    assert killing.date == "2018-03-09"
