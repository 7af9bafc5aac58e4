"""Parties of one act: who one acts alongside («إلى جانب X») is on one's side, on real 2018 corpus
sentences."""

from __future__ import annotations

import hadath
from hadath.model import Event
from hadath.pipeline import candidates


def _coded(sentence: str, date: str, event_type: str) -> Event:
    """The coder's reading of a sentence's first candidate of a type, before acceptance."""
    return next(c.event for c in candidates(sentence, date) if c.event.type == event_type)


def test_those_fought_alongside_are_no_target() -> None:
    # BB-middleEast-12-20180215: Russians fighting alongside Assad's forces do not attack them.
    fight = _coded(
        "وجاء في التقرير أن عام 2016 كان عاما مأساوياً لوحدة روسية كانت تضم نحو 100 روسي كانوا يقاتلون"
        " إلى جانب قوات الرئيس بشار الاسد شمالي سوريا.",
        "2018-02-15",
        "ASSAULT",
    )
    assert fight.target is None or fight.target.text != "قوات الرئيس بشار الاسد"
    # AL-internationalNews-1968-20180717: volunteering to fight alongside the Houthis.
    volunteers = _coded(
        "وكان فصيل في الحشد الشعبي العراقي قد أعلن عن استعداده للتطوع في القتال إلى جانب ميليشيات الحوثي"
        " في اليمن.",
        "2018-07-17",
        "ASSAULT",
    )
    assert volunteers.target is None


def test_soldiers_sent_to_fight_alongside_separatists_are_not_sent_against_them() -> None:
    # BB-middleEast-85-20180224
    sent = _coded(
        "وقالت إن الشركة العسكرية الخاصة التي تعمل لصالحها هذه المجموعة أرسلت جنوداً للقتال إلى جانب"
        " الانفصاليين الأوكرانيين في شرق أوكرانيا.",
        "2018-02-24",
        "MOBILIZE",
    )
    assert sent.target is None


def test_states_that_stood_alongside_britain_expelled_others() -> None:
    # AL-internationalNews-1809-20180629: the Western states expelled Russian diplomats, not Britain.
    doc = hadath.extract(
        "واشتعلت على خلفية ذلك أزمة دبلوماسية بين البلدين، إثر إجراءات عقابية أبرزها تبادل طرد"
        " دبلوماسيين، توسعت لتشمل العديد من الدول الغربية التي وقفت إلى جانب بريطانيا.",
        "2018-06-29",
    )
    assert not any(e.target is not None and e.target.text == "بريطانيا" for e in doc.events)
