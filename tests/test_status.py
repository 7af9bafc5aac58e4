"""Statuses on real corpus sentences (events/status.py, timing.py): "في حالة" as a condition or a state,
what conditions name, a time quoted after the trigger."""

from __future__ import annotations

from hadath.pipeline import candidates, extract


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
    # SK-internationalNews-1308-20180502: the quote's "سيقرره ... يوم 12 مايو" is no time of the
    # meeting, which took place
    text = (
        "وقال ماكرون للصحفيين في سيدني بعد اجتماع مع رئيس الوزراء الأسترالي مالكولم ترنبول "
        '"لا أعرف ما الذي سيقرره الرئيس الأميركي يوم 12 مايو".'
    )
    assert [(c.event.type, c.event.status) for c in candidates(text, "2018-05-02")] == [
        ("CONSULT", "occurred")
    ]
