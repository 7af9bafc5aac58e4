"""Decades and centuries are times of history (resolve/dates.py, events/timing.py, cues.tsv decade and
century), an age is not; a call to hold or join a protest calls for the protest (events/status.py,
cues.tsv carrier)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.timing import is_history
from hadath.lexicon.matchers import cue_matcher
from hadath.pipeline import candidates, extract
from hadath.resolve.dates import find_time_expressions
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize


def _types(text: str, published: str) -> list[str]:
    return [e.type for e in extract(text, published).events]


def _times(text: str, published: str) -> list[str]:
    tokens = tokenize(normalize(text))
    cues = list(cue_matcher().find(tokens))
    return [t.value for t in find_time_expressions(tokens, cues, date.fromisoformat(published))]


def _statuses(text: str, event_type: str, published: str) -> dict[str, str]:
    return {
        text[c.event.trigger.start : c.event.trigger.end]: c.event.status
        for c in candidates(text, published)
        if c.event.type == event_type
    }


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # AL-internationalNews-1817-20180709: the Ethiopian-Eritrean war of 1998-2000
        ("وخاض البلدان حربا في أواخر التسعينيات قتل فيها نحو 80 ألف شخص.", "2018-07-09", "ASSAULT"),
        # FR-internationalNews-712-20180410: Maurice Audin's arrest in 1957
        (
            "في خمسينيات القرن الماضي، اعتقل الجيش الفرنسي موريس أودان الذي كان يعرف بدعمه لاستقلال الجزائر.",
            "2018-04-10",
            "COERCE",
        ),
        # BB-middleEast-970-20180904: the Sahwa movement's demands of the 1990s
        (
            "وفي التسعينيات من القرن الماضي طالبت حركة الصحوة، التي يعد العودة أحد رموزها، بتطبيق إصلاحات"
            " سياسية، من شأنها إضعاف سلطات العائلة الحاكمة بالسعودية.",
            "2018-09-04",
            "REQUEST",
        ),
    ],
)
def test_a_decade_back_is_history(sentence: str, published: str, event_type: str) -> None:
    assert event_type not in _types(sentence, published)


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # AL-internationalNews-852-20180409: the man's age, not the time of his arrest
        (
            "وذكر متحدث باسم الشرطة البريطانية أن الرجل، وهو في الثلاثينيات، اعتقل للاشتباه في مخالفته النظام"
            " العام بعدما أوقف رجال الشرطة عربة فان بيضاء رأوا أنها تثير الريبة على طريق مواجه للقصر.",
            "2018-04-09",
            "COERCE",
        ),
        # SK-internationalNews-1110-20180423: two men in their early twenties
        (
            "وألقت السلطات القبض على رجلين في مطلع العشرينات من آسيا الوسطى في سان بطرسبرغ، واتهمتهما لاحقا"
            " بالتحضير للمشاركة في عمل إرهابي بالمدينة.",
            "2018-04-23",
            "COERCE",
        ),
    ],
)
def test_an_age_is_no_time(sentence: str, published: str, event_type: str) -> None:
    assert event_type in _types(sentence, published)


def test_decades_and_centuries_resolve_to_their_years() -> None:
    published = "2018-05-09"
    # FR-internationalNews-1148-20180509: an age, with عمره
    assert _times("واعتقل كيم هاك-سونغ (في منتصف الخمسينيات من عمره) في محطة قطارات", published) == []
    # BB-middleEast-731-20180713, SK-internationalNews-3115-20180901, BB-middleEast-549-20180529
    assert _times("وزجت به السلطات في السجن خلال تسعينيات القرن الماضي", published) == ["199"]
    assert _times("أبنائهن الذين اختفوا في الثمانينات والتسعينات", published) == ["198", "199"]
    assert _times("الذي احتل ليبيا بداية القرن الماضي", published) == ["19"]
    assert _times("قاوم الاحتلال البريطاني للعراق في العشرينيات من القرن العشرين", published) == ["192"]
    assert is_history("199", date(2018, 5, 9)) and is_history("19", date(2018, 5, 9))


def test_a_decade_dates_no_event_it_leaves_as_news() -> None:
    # BB-middleEast-731-20180713: a decade is too coarse a date; the release keeps the publication's
    text = "وزجت به السلطات في السجن خلال تسعينيات القرن الماضي لكنها أطلقت سراحه بعدما خفف من انتقاداته."
    assert [e.date for e in extract(text, "2018-07-13").events if e.type == "RETREAT"] == ["2018-07-13"]


@pytest.mark.parametrize(
    ("sentence", "published", "trigger"),
    [
        # BB-middleEast-987-20180910
        (
            'وطالب بعض مشجعي النادي العراقي عبر موقع "تويتر" بتنظيم مظاهرة أمام السفارة الجزائرية في العراق.',
            "2018-09-10",
            "مظاهرة",
        ),
        # AL-internationalNews-1582-20180612
        (
            "ودعا نشطاء على مواقع التواصل الاجتماعي إلى المشاركة في مسيرة تنطلق مساء الأربعاء من وسط رام"
            " الله.",
            "2018-06-12",
            "مسيرة",
        ),
        # SK-middleEast-1084-20180417
        (
            "ووجهت الفصائل الفلسطينية دعوات شعبية للمشاركة في مسيرات جماهيرية تنطلق باتجاه الحواجز العسكرية.",
            "2018-04-17",
            "مسيرات",
        ),
    ],
)
def test_a_call_to_hold_or_join_a_protest_calls_for_it(sentence: str, published: str, trigger: str) -> None:
    assert _statuses(sentence, "PROTEST", published)[trigger] == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "published", "trigger"),
    [
        # FR-internationalNews-1606-20180603: the sit-ins are under way
        (
            "وإضافة إلى غضب الشارع، لعبت مواقع التواصل الاجتماعي دورا هاما في تعبئة المواطنين وحثهم على"
            " المشاركة في الاعتصامات.",
            "2018-06-03",
            "الاعتصامات",
        ),
        # BB-middleEast-265-20180330: a call not to take part in protests that take place
        (
            "واتهمت حركة حماس الفلسطينية إسرائيل بالسعي إلى ترهيب الفلسطينيين بقتل المزارع وحثهم على عدم"
            " المشاركة في الاحتجاجات.",
            "2018-03-30",
            "الاحتجاجات",
        ),
    ],
)
def test_protests_under_way_are_not_called_for(sentence: str, published: str, trigger: str) -> None:
    assert _statuses(sentence, "PROTEST", published)[trigger] == "occurred"


@pytest.mark.parametrize(
    ("sentence", "published", "event_type", "trigger"),
    [
        # AL-internationalNews-804-20180405
        (
            "دعت حملة لمنظمة حقوقية إسرائيلية الخميس الجنود الإسرائيليين إلى رفض إطلاق النار على فلسطينيين"
            " عزّل، وسط تصاعد التوتر قبيل تظاهرات جديدة عند الحدود مع قطاع غزة.",
            "2018-04-05",
            "PROTEST",
            "تظاهرات",
        ),
        # SK-middleEast-654-20180330
        (
            "قتل فلسطيني، صباح الجمعة، بقصف إسرائيلي على قطاع غزة، قبيل احتجاجات يعتزم الفلسطينيون تنظيمها"
            " على امتداد الحدود.",
            "2018-03-30",
            "PROTEST",
            "احتجاجات",
        ),
        # SK-middleEast-3519-20180907
        (
            "وتأتي هذه الغارات قبل قمة يعقدها رؤساء إيران وروسيا وتركيا في طهران لبت مصير محافظة إدلب.",
            "2018-09-07",
            "CONSULT",
            "قمة",
        ),
    ],
)
def test_an_event_still_ahead_of_the_story_is_planned(
    sentence: str, published: str, event_type: str, trigger: str
) -> None:
    assert _statuses(sentence, event_type, published)[trigger] == "planned"


@pytest.mark.parametrize(
    ("sentence", "published", "event_type", "trigger"),
    [
        # CN-middleEast-308-20180320: his own detention, past
        (
            "أكد الوليد دعمه الكلي للمملكة ولحكومتي والملك سلمان، قبل احتجازي وخلاله وبعده.",
            "2018-03-20",
            "COERCE",
            "احتجازي",
        ),
        # SK-internationalNews-3380-20181009: قبل is the verb, "accepted"
        (
            "وقال الرئيس الأميركي إنه قبل استقالة سفيرة بلاده لدى الأمم المتحدة.",
            "2018-10-09",
            "RETREAT",
            "استقالة",
        ),
        # CN-internationalNews-3-20180218: an event its date names
        (
            "وقال إن هارون قد سبق له أن سافر من السعودية إلى افغانستان قبل هجمات 11 سبتمبر وتلقى تدريبا مع"
            " تنظيم القاعدة.",
            "2018-02-18",
            "ASSAULT",
            "هجمات",
        ),
    ],
)
def test_an_event_before_which_something_was_is_not_ahead(
    sentence: str, published: str, event_type: str, trigger: str
) -> None:
    assert _statuses(sentence, event_type, published).get(trigger) != "planned"
