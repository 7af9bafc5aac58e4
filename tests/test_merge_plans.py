"""The status of a plan merge.py joins with a later mention (real corpus sentences): an event noun
that tells it again ("المباحثات"، "الزيارة") has no tense and leaves it planned; a verb ("والتقى")
reports it done."""

from __future__ import annotations

import pytest

import hadath


def _consult(text: str, date: str) -> hadath.Event:
    (meeting,) = [e for e in hadath.extract(text, date).events if e.type == "CONSULT"]
    return meeting


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # SK-internationalNews-2591-20180711: the Helsinki summit five days ahead, then "the talks at the
        # summit" whose success would raise security
        (
            "من المقرر أن يجتمع الرئيس الأميركي دونالد ترامب بنظيره الروسي فلاديمير بوتن، يوم 16 يوليو في"
            ' هلسنكي، لبحث العديد من القضايا الهامة وفي مقدمتها "الملف النووي".\nومن شأن نجاح المباحثات في'
            " القمة بين الجانبين، رفع مستوى الأمن بأميركا في حال اتفق ترامب وبوتن على تمديد المعاهدة الآنفة"
            " الذكر.",
            "2018-07-11",
        ),
        # SK-middleEast-2525-20180621: the king's visit next week, then what he will do "during the visit"
        (
            "يستضيف الرئيس الأميركي دونالد ترامب الملك عبد الله الثاني ملك الأردن في البيت الأبيض الأسبوع"
            " المقبل، في زيارة تستغرق عدة أيام.\nوقالت وكالة الأنباء الأردنية إن العاهل الأردني سيلتقي خلال"
            " الزيارة عددا من مسؤولي الإدارة الأميركية، فضلا عن لقاءات يعقدها الملك عبد الله مع لجان الكونغرس"
            " الأميركي بشقيه الشيوخ والنواب.",
            "2018-06-21",
        ),
    ],
)
def test_a_plan_told_again_by_an_event_noun_stays_planned(text: str, published: str) -> None:
    meeting = _consult(text, published)
    assert (meeting.status, meeting.mentions > 1) == ("planned", True)


def test_a_plan_told_again_by_a_past_verb_took_place() -> None:
    # SK-internationalNews-2591-20180711's lead, then a report of the meeting (written for the test)
    meeting = _consult(
        "من المقرر أن يجتمع الرئيس الأميركي دونالد ترامب بنظيره الروسي فلاديمير بوتن، يوم 16 يوليو في"
        ' هلسنكي، لبحث العديد من القضايا الهامة وفي مقدمتها "الملف النووي".\nوالتقى ترامب بوتن في هلسنكي.',
        "2018-07-11",
    )
    assert meeting.status == "occurred"
