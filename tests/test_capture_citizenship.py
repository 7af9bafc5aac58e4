"""Missed events of the non-ACCUSE types on real 2018 news sentences (triggers.tsv): fighters captured
(أسرت، أسروا، تأسر) are detained (COERCE), a family (أسرته، أسرتين) and a confidence (أسرت له) are not;
a state that withdraws citizenship (سحب الجنسية) coerces (COERCE restrict), it does not retreat."""

from __future__ import annotations

from tests.conftest import dyads


def test_captured_fighters_are_detained() -> None:
    # SK-middleEast-1170-20180421
    sentence = (
        "أفادت مصادر يمنية بأن القوات الشرعية في اليمن أسرت عددا من ميليشيات الحوثي الإيرانية، من بينهم"
        " قائد ميداني، في محافظة البيضاء، التي حقق فيها الجيش الوطني تقدما كبيرا، السبت."
    )
    assert dyads(sentence, "2018-04-21", "COERCE") == [("YEM", "YEM")]


def test_captors_named_after_the_verb_detain() -> None:
    # SK-internationalNews-2987-20180814
    sentence = "لكن مسؤولا إقليميا أضاف أن طالبان أسرت 40 جنديا، لكن 30 من مسلحيها قتلوا أيضا في المعارك."
    assert len(dyads(sentence, "2018-08-14", "COERCE")) == 1


def test_families_and_confidences_detain_no_one() -> None:
    sentences = [
        # BB-internationalNews-520-20180517
        "فهو تعاقد رمزي بين أسرتين على انتقال ملكية العروس.",
        # BB-middleEast-663-20180627
        "وكانت الأسرتان تمضيان العطلات سوية في دارمشتادت بألمانيا.",
        # FR-internationalNews-2259-20180711
        "وقال الكاتب المنشق لياو ييو الذي يعيش في ألمانيا، إن الشاعرة أسرت له قبل أشهر في اتصال هاتفي"
        " أنها على استعداد للموت.",
        "وقال إن أسرته تعيش في الأردن منذ سنوات.",
    ]
    assert [dyads(s, "2018-06-27", "COERCE") for s in sentences] == [[], [], [], []]


def test_withdrawn_citizenship_is_coercion_not_retreat() -> None:
    # SK-internationalNews-3383-20181009
    sentence = (
        "وكانت الداخلية البريطانية سحبت الجنسية البريطانية من عضوي هذه الخلية، بعدما تأكدت من انتمائهما"
        " لداعش وارتكابهما جرائم قتل."
    )
    assert dyads(sentence, "2018-10-09", "COERCE") == [("GBR", "GBR")]
    assert dyads(sentence, "2018-10-09", "RETREAT") == []
