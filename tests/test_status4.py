"""Statuses on real corpus sentences (session 15, round 4): "في حالة" as a condition or a state."""

from __future__ import annotations

from datetime import date

from hadath.events.timing import status_time
from hadath.lexicon.matchers import cue_matcher, trigger_matcher
from hadath.pipeline import extract
from hadath.resolve.dates import find_time_expressions
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize


def _statuses(text: str, event_type: str) -> list[str]:
    return [e.status for e in extract(text, "2018-10-11").events if e.type == event_type]


def test_if_convicted_is_a_condition() -> None:
    # SK-internationalNews-3426-20181011
    text = "ويواجه القس، الذي ينفي تلك الاتهامات، السجن لمدة تصل إلى 35 عاما في حالة إدانته"
    assert _statuses(text, "ACCUSE") == ["hypothetical"]


def test_withdrawal_among_conditions_has_not_happened() -> None:
    # BB-middleEast-533-20180524: what a list of conditions names has not happened
    text = "وتضمنت شروط بومبيو سحب طهران جميع قواتها من سوريا والتوقف عن دعم الحوثيين في اليمن."
    assert _statuses(text, "RETREAT") == ["hypothetical"]


def test_abandoned_demand_has_not_happened() -> None:
    # FR-internationalNews-2165-20180705
    text = 'قال إنه تخلى عن مطلب إعادة فتح التحقيق في مقتل والده "لغياب العدالة"'
    assert _statuses(text, "ACCUSE") == ["hypothetical"]


def test_time_quoted_after_the_trigger_is_not_its_time() -> None:
    # SK-internationalNews-1308-20180502: the quote's "سيقرره ... يوم 12 مايو" is no time of the meeting
    # (status_time is what coder.py should read a status's time from when the own clause gives none)
    text = (
        "وقال ماكرون للصحفيين في سيدني بعد اجتماع مع رئيس الوزراء الأسترالي مالكولم ترنبول "
        '"لا أعرف ما الذي سيقرره الرئيس الأميركي يوم 12 مايو".'
    )
    tokens = tokenize(normalize(text))
    cues = list(cue_matcher().find(tokens))
    times = find_time_expressions(tokens, cues, date(2018, 5, 2))
    meeting = next(m for m in trigger_matcher().find(tokens) if tokens[m.first].norm == "اجتماع")
    assert times and status_time(tokens, meeting, times) is None


def test_time_after_a_quoted_name_is_still_the_nearest() -> None:
    # SK-middleEast-1690-20180514: the closing mark of the trigger's own quotation opens nothing
    text = 'ليرتفع بذلك عدد قتلى "مسيرة العودة الكبرى" التي انطلقت في 30 مارس 2018.'
    tokens = tokenize(normalize(text))
    cues = list(cue_matcher().find(tokens))
    times = find_time_expressions(tokens, cues, date(2018, 5, 14))
    march = next(m for m in trigger_matcher().find(tokens) if tokens[m.first].norm == "مسيرة")
    assert status_time(tokens, march, times) == times[0]
