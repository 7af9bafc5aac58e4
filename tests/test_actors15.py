"""Roles of events whose type is right but whose parties were misread (real 2018 corpus sentences)."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import candidates


def _coded(sentence: str, event_type: str) -> Event:
    """The coder's reading of a sentence's first candidate of a type, before acceptance."""
    return next(c.event for c in candidates(sentence, "2018-08-13") if c.event.type == event_type)


def test_an_actor_owning_the_noun_after_a_target_preposition_is_no_subject() -> None:
    # BB-middleEast-885-20180813: Iran owns the purchases sanctioned ("على مشتريات إيران"), the
    # sanctions' target - not their subject (Washington, before the verbal noun, re-imposes them).
    sanction = _coded(
        "وقد أعادت واشنطن، هذا الأسبوع، فرض عقوبات على مشتريات إيران من الدولار وتحويلاتها المالية"
        " وتجارتها بالذهب والمعادن الثمينة ومعادن الغرافيت والألمنيوم والحديد، فضلا عن البرمجيات"
        " المستخدمة في الصناعة.",
        "SANCTION",
    )
    assert sanction.target.country == "IRN" and (sanction.source is None or sanction.source.country != "IRN")


def test_the_object_follows_an_aside_on_the_subject() -> None:
    # CN-middleEast-1281-20180903: the coalition is the spokesman's, the Houthis are accused.
    accusation = _coded(
        "اتهم العقيد الركن تركي المالكي، المتحدث باسم التحالف العربي الذي تقوده المملكة العربية"
        ' السعودية في اليمن، الحوثيين بأنهم يتجارون بالمخدرات بالتعاون مع جماعة "حزب الله" اللبنانية.',
        "ACCUSE",
    )
    assert accusation.source.text == "العقيد الركن تركي المالكي"
    assert (accusation.target.country, accusation.target.sector) == ("YEM", "REB")
    # CN-middleEast-976-20180520: Sadr's office is an aside; the prime minister is whom he received.
    meeting = _coded(
        "استقبل مقتدى الصدر، زعيم التيار الصدري الشيعي في العراق، رئيس الوزراء العراقي حيدر العبادي في"
        " مكتبه ببغداد صباح الأحد لمناقشة تشكيل الحكومة الجديدة.",
        "CONSULT",
    )
    assert meeting.target.text == "رئيس الوزراء العراقي حيدر العبادي"


def test_a_missile_launched_from_a_place_is_that_sides() -> None:
    # FR-internationalNews-2287-20180714: Israel's Iron Dome intercepted rockets fired from Gaza.
    rockets = _coded(
        "وأوضح أنّ نظام القبة الحديدية اعترض ست قذائف صاروخية أطلقت من غزة، بينما بلغ عدد القذائف التي"
        " استهدفت الأراضي الإسرائيلية 31.",
        "ASSAULT",
    )
    assert rockets.source.country == "PSE"
    # AL-internationalNews-2009-20180721: Israel reports them, Gaza fired them.
    reported = _coded("وقالت إسرائيل إن صواريخ أُطلقت من غزة على أراضيها.", "ASSAULT")
    assert reported.source.country == "PSE"
