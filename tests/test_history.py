"""History: an event the sentence dates a year or more back, or the start of a period منذ opens, is
no news of the publication day."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # BB-internationalNews-636-20180611: the time adverb takes ف
        (
            "ففي عام 1973، أبرم عقدا مع بلدية نيويورك باعها بموجبه قطعة أرض كان يملكها في مانهاتن.",
            "2018-06-11",
            "SUPPORT",
        ),
        # BB-middleEast-39-20180210: ... or و, past its comma
        (
            "وفي عام 2016، احتجزت امرأة سعودية بعدما نزعت عنها العباءة في أحد شوارع العاصمة الرياض.",
            "2018-02-10",
            "COERCE",
        ),
        # AL-internationalNews-377-20180307: the time opens the verb whose subject the event noun is
        (
            "وفي يونيو/حزيران 2014 اندلعت أعمال عنف بين بوذيين ومسلمين.",
            "2018-03-07",
            "ASSAULT",
        ),
        # FR-internationalNews-873-20180423: the time opening the sentence dates the strike the
        # killing took place in too
        (
            "وفي تشرين الأول/أكتوبر 2016، قتل 140 شخصا في غارة استهدفت قاعة كانت تشهد مراسم عزاء.",
            "2018-04-23",
            "ASSAULT",
        ),
        # BB-middleEast-461-20180507: the event منذ takes is the start of the period, dated after it
        (
            "أعلن حزب النهضة الإسلامي فوزه في أول انتخابات بلدية تجرى في تونس منذ انتفاضة عام 2011، التي"
            ' أشعلت ما يعرف بـ"الربيع العربي".',
            "2018-05-07",
            "PROTEST",
        ),
    ],
)
def test_an_event_dated_years_back_is_history(sentence: str, published: str, event_type: str) -> None:
    assert event_type not in {c.event.type for c in candidates(sentence, published)}


def test_a_time_less_than_a_year_back_is_news() -> None:
    # BB-internationalNews-425-20180427: nine months before publication
    sentence = "وفي يوليو/تموز 2017، قتل شخصان وجرح تسعة آخرون على يد رجل مسلح بسكين في متجر."
    assert "ASSAULT" in {c.event.type for c in candidates(sentence, "2018-04-27")}


def test_only_the_event_since_takes_is_history() -> None:
    # AL-internationalNews-2009-20180721: the war of 2014 is history, the shooting is news
    sentence = (
        "وكان الجندي، الذي قتل بالرصاص، أول إسرائيلي يقتل قرب حدود قطاع غزة برصاص أطلق من القطاع، منذ"
        " حرب عام 2014."
    )
    triggers = {c.event.trigger_text for c in candidates(sentence, "2018-07-21")}
    assert "برصاص" in triggers
    assert "حرب" not in triggers


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # AL-internationalNews-1847-20180707: a month back, background all the same
        (
            "وعلى الرغم من عدم إجراء تجارب نووية أو صاروخية منذ قمة سنغافورة بين ترمب وكيم جونغ أون الشهر"
            " الماضي، تظهر صور بالأقمار الصناعية تطويرا.",
            "2018-07-07",
            "CONSULT",
        ),
        # BB-middleEast-4-20180218: undated
        (
            "وتم رفع تلك العقوبات جزئيا منذ توقيع الاتفاق النووي مع القوى الدولية بقيادة الولايات المتحدة.",
            "2018-02-18",
            "SUPPORT",
        ),
    ],
)
def test_the_event_since_takes_is_background(sentence: str, published: str, event_type: str) -> None:
    assert event_type not in {c.event.type for c in candidates(sentence, published)}


@pytest.mark.parametrize(
    ("sentence", "published", "event_type", "status"),
    [
        # SK-internationalNews-788-20180404: the date is that of the next clause's hope
        (
            'ونقلت "فرانس برس" عن والدن وبالوني قولهما: "نثمن قبول زوكربرغ الإدلاء بشهادته أمام اللجنة،'
            ' ونتطلع للحصول منه على إجابات عن أسئلتنا في 11 أبريل".',
            "2018-04-04",
            "SUPPORT",
            "ongoing",
        ),
        # CN-middleEast-966-20180518: ... and that of what was asked for
        (
            "وفي تغريدة على تويتر، طلبت الإدارة من السيدات تسجيل طلبهن عبر الموقع الإلكتروني sdlp.sa، وذلك"
            " اعتبارا من يوم الاثنين المقبل.",
            "2018-05-18",
            "REQUEST",
            "occurred",
        ),
    ],
)
def test_a_time_past_the_next_clause_sets_no_status(
    sentence: str, published: str, event_type: str, status: str
) -> None:
    event = next(c.event for c in candidates(sentence, published) if c.event.type == event_type)
    assert event.status == status


def test_a_request_verb_with_the_article_is_a_noun_that_reaches_no_event_past_its_time() -> None:
    # BB-middleEast-1071-20181008: the summons came before the request
    sentence = (
        "وجاء الطلب بعد أن استدعت وزارة الخارجية السفير السعودي للمرة الثانية بشأن اختفاء خاشقجي، حسبما"
        " قال التلفزيون التركي."
    )
    summons = next(c.event for c in candidates(sentence, "2018-10-08") if c.event.trigger_text == "استدعت")
    assert summons.status == "occurred"


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # SK-internationalNews-1766-20180525
        (
            "وقوبلت دعوتها بانتقادات واسعة بما في ذلك من الحزب الليبرالي الذي تنتمي إليه.",
            "2018-05-25",
            "ACCUSE",
        ),
        # SK-middleEast-381-20180319
        (
            "وأشارت المصادر إلى أن دعوة الحوثيين حتى اللحظة قوبلت بالرفض من قبل بعض القبائل.",
            "2018-03-19",
            "REJECT",
        ),
    ],
)
def test_what_a_call_was_met_with_took_place(sentence: str, published: str, event_type: str) -> None:
    reaction = next(c.event for c in candidates(sentence, published) if c.event.type == event_type)
    assert reaction.status == "occurred"
