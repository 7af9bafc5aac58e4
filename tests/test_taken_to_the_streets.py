"""Session 18 (gold18): protesters who take to the streets are the protest's report."""

from __future__ import annotations

from hadath.events.acceptance import participant_mention, reportable
from hadath.pipeline import candidates, extract


def test_protesters_taking_to_the_streets_are_the_report() -> None:
    """BB-middleEast-806-20180728: the only PROTEST candidate is the participant noun after خرج
    (and a count); it is judged, and the protest is found (before: no event)."""
    sentence = (
        "وخرج مئات المحتجين في الولاية الصحراوية الغنية بالنفط استجابة لدعوة ناشطين على مواقع"
        " التواصل الاجتماعي بهدف منع إقامة الحفل."
    )
    (protest,) = [c for c in candidates(sentence, "2018-07-28") if c.event.type == "PROTEST"]
    assert not participant_mention(protest) and reportable(protest)
    assert [e.type for e in extract(sentence, "2018-07-28").events] == ["PROTEST"]


def test_protesters_after_another_verb_stay_participants() -> None:
    """What befell protesters is no protest report: a count between does not make the arrest's
    object a protest (the rule reads through a count only after a verb of taking to the streets)."""
    arrest = "اعتقلت الشرطة الروسية أكثر من 800 متظاهر بينما تعرض آخرون للضرب بالعصي."
    found = [c for c in candidates(arrest, "2018-09-10") if c.event.type == "PROTEST"]
    assert found and all(participant_mention(c) for c in found)
