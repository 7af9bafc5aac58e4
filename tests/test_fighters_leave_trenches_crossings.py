"""Trigger rows for wordings no row covered: fighters leaving under a deal (خروج، مغادرة، إجلاء + مقاتلين،
مسلحين, and إجلاء آخر مقاتلي) are a RETREAT, not aid; militias digging trenches (حفر الخنادق) fortify
(MOBILIZE); a border crossing opened between two states (افتتاح معبر) is economic cooperation."""

from __future__ import annotations

from hadath.pipeline import extract


def _events(sentence: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.type, e.status, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in extract(sentence, published).events
    ]


def test_fighters_leaving_under_a_deal_are_a_retreat() -> None:
    # FR-middleEast-335-20180421
    sentence = "أعلنت وكالة الأنباء السورية (سانا) بدء خروج مقاتلين معارضين من بلدات تقع شمال شرق دمشق السبت."
    assert ("RETREAT", "occurred", "SYR", "SYR") in _events(sentence, "2018-04-21")


def test_the_last_fighters_evacuated_are_a_retreat_not_aid() -> None:
    # FR-middleEast-287-20180415: «آخر» stood between إجلاء and مقاتلي, and the bare إجلاء is AID
    sentence = (
        "وأعلن الجيش السوري السبت سيطرته بالكامل على الغوطة الشرقية بعد إجلاء آخر مقاتلي المعارضة من"
        " مدينة دوما، بعد نحو شهرين من بدئه هجوما على المنطقة."
    )
    events = _events(sentence, "2018-04-15")
    assert ("RETREAT", "occurred", "SYR", "SYR") in events
    assert "AID" not in [e[0] for e in events]


def test_an_evacuation_of_fighters_with_the_article_is_a_retreat() -> None:
    # FR-middleEast-355-20180425
    sentence = (
        "استعاد الجيش السوري السيطرة على منطقة القلمون الشرقي قرب دمشق الأربعاء، بعد انتهاء عملية إجلاء"
        " مقاتلين معارضين، وفق اتفاق يؤمن ممرا آمنا لإجلائهم نحو الشمال."
    )
    assert "RETREAT" in [e[0] for e in _events(sentence, "2018-04-25")]


def test_a_departure_of_fighters_that_was_due_is_a_planned_retreat() -> None:
    # BB-middleEast-246-20180325
    sentence = (
        "وكان من المزمع بدء مغادرة مسلحي المعارضة وأسرهم وغيرهم من السكان من بلدات زملكا وعربين وعين ترما"
        " صباح السبت، ولكن الحافلات وصلت في ساعة متأخرة."
    )
    assert ("RETREAT", "planned", "SYR", "SYR") in _events(sentence, "2018-03-25")


def test_militias_digging_trenches_mobilize() -> None:
    # SK-middleEast-2920-20180716
    sentence = (
        "وفي غضون ذلك، وسعت ميليشيات الحوثي من عمليات حفر الخنادق على طول الطريق السريع بين زبيد ومدينة"
        " الجراحي، لمواجهة تقدم القوات المشتركة باتجاه زبيد."
    )
    assert ("MOBILIZE", "occurred", "YEM", None) in _events(sentence, "2018-07-16")


def test_a_crossing_opened_between_two_states_is_cooperation() -> None:
    # CN-middleEast-1542-20181015
    sentence = (
        "قال أمين عام وزارة النقل الأردنية، أنمار الخصاونة، إن حركة العبور خلال افتتاح معبر (جابر- نصيب)"
        ' بين الأردن وسوريا، الاثنين، كانت "إيجابية" قياسا باليوم الأول بعد انقطاع لسنوات.'
    )
    assert ("COOPERATE", "occurred", "JOR", "SYR") in _events(sentence, "2018-10-15")
