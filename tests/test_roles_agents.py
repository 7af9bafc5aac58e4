"""Parties of session 21: an embassy with a possessive pronoun (نقل سفارتها) is moved by the state named
right before the move ("اعتزام باراغواي نقل سفارتها"), whoever else the clause names; a government body
in ل right after an attack noun made it ("هجوم كيماوي للنظام السوري"). Real 2018 news sentences."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyad, dyads


def test_the_state_before_its_embassy_moves_it() -> None:
    # FR-internationalNews-1126-20180508: Paraguay's intended move (its mover was left unnamed, and
    # the article's home state took it)
    sentence = "رحبت إسرائيل باعتزام باراغواي نقل سفارتها في تل أبيب إلى القدس على غرار الولايات المتحدة."
    events = extract(sentence, "2018-05-08").events
    (move,) = [e for e in events if sentence[e.trigger.start : e.trigger.end] == "نقل سفارتها"]
    assert dyad(move) == ("PRY", "ISR")
    source = move.source
    assert source is not None and sentence[source.start : source.end] == source.text == "باراغواي"


def test_a_decision_taken_by_the_state_before_its_embassy() -> None:
    # AL-internationalNews-1187-20180516: in a story of Gaza the move was given to Palestine
    text = (
        "شيع سكان قطاع غزة اليوم 60 قتيلا سقطوا برصاص الجيش الإسرائيلي خلال تظاهرات على حدود القطاع."
        " وذكر مصدر دبلوماسي أن الاجتماع يهدف لمواجهة العدوان الإسرائيلي على الشعب الفلسطيني والتحرك"
        " لمواجهة القرار الذي وصفه بغير القانوني الذي اتخذته الولايات المتحدة الأمريكية بنقل سفارتها إلى"
        " مدينة القدس."
    )
    assert ("USA", "ISR") in dyads(text, "2018-05-16", "SUPPORT")


def test_the_regime_after_an_attack_made_it() -> None:
    # SK-middleEast-879-20180409: the regime's chemical attack (the regime was its target)
    sentence = (
        "وكان هجوم كيماوي للنظام السوري قد أوقع عشرات القتلى في دوما، فيما نفت الحكومة السورية ضلوعها في"
        " الغارات واصفة اتهامها بالمسرحية."
    )
    events = extract(sentence, "2018-04-09").events
    (attack,) = [e for e in events if sentence[e.trigger.start : e.trigger.end] == "هجوم كيماوي"]
    source = attack.source
    assert source is not None and (source.country, source.sector) == ("SYR", "GOV")
    assert sentence[source.start : source.end] == source.text == "للنظام السوري"
