"""Embassies moved to or opened in Jerusalem (session 20): a move or opening (نقل السفارة، افتتاح
السفارة، ستنقل سفارتها; triggers.tsv mode embassy) is SUPPORT by the mover of the state that claims the
city as its capital (cues.tsv claimed_capital: القدس -> ISR), as the dev annotators code it; the
cities the embassy leaves and enters are no parties, and القدس stays a Palestinian place for every
other event. Real 2018 news sentences."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyad, dyads


def test_a_planned_move_backs_israel() -> None:
    # AL-internationalNews-354-20180305: Guatemala will move its embassy
    sentence = (
        "قال رئيس جواتيمالا جيمي موراليس اليوم الأحد في مؤتمر بواشنطن إن بلاده ستنقل سفارتها في إسرائيل"
        " من تل أبيب إلى القدس في مايو/ أيار بعد يومين من قيام السفارة الأمريكية بنفس الخطوة."
    )
    events = [e for e in extract(sentence, "2018-03-05").events if e.type == "SUPPORT"]
    assert [e.target.country for e in events if e.target] == ["ISR"]
    assert events[0].status == "planned"


def test_the_embassy_adjective_names_the_mover() -> None:
    # FR-middleEast-491-20180517: the move coincided with the killings (was no SUPPORT event)
    sentence = (
        'أردوغان يندد بصمت العالم حيال "الطغيان الإسرائيلي" وقتل الفلسطينيين في غزة ندد الرئيس التركي'
        ' رجب طيب أردوغان بما أسماه صمت المجتمع الدولي إزاء "الطغيان الإسرائيلي" بعد مقتل نحو 60'
        " فلسطينيا على أيدي القوات الإسرائيلية الاثنين الماضي الذي تزامن مع نقل السفارة الأمريكية من تل"
        " أبيب إلى القدس."
    )
    assert ("USA", "ISR") in dyads(sentence, "2018-05-17", "SUPPORT")


def test_an_opening_in_jerusalem_backs_israel() -> None:
    # AL-internationalNews-1185-20180516 (was SUPPORT USA -> USA: the embassy as target)
    sentence = (
        "وفتحت الولايات المتحدة سفارتها في القدس أمس الإثنين في حفل حضرته ايفانكا ابنة الرئيس الأمريكي"
        " دونالد ترمب وزوجها جاريد كوشنر."
    )
    assert dyads(sentence, "2018-05-16", "SUPPORT") == [("USA", "ISR")]
    # SK-middleEast-1840-20180521 (was SUPPORT PRY -> PRY)
    sentence = (
        "افتتحت باراغواي سفارتها في القدس، الاثنين، لتصبح ثاني دولة تقتدي بالولايات المتحدة وتنقل"
        " سفارتها في إسرائيل من تل أبيب."
    )
    assert ("PRY", "ISR") in dyads(sentence, "2018-05-21", "SUPPORT")


def test_a_decision_to_move_names_no_city_as_party() -> None:
    # FR-middleEast-763-20180714: Abbas's concern at the decision (was SUPPORT USA -> PSE, Jerusalem)
    sentence = (
        "وأبلغ عباس الرئيس الروسي بقلقه إزاء قرار ترامب نقل السفارة الأمريكية إلى القدس وكذلك إزاء أنشطة"
        " الاستيطان الإسرائيلية."
    )
    supports = dyads(sentence, "2018-07-14", "SUPPORT")
    assert ("USA", "ISR") in supports
    assert not any("PSE" in pair for pair in supports)


def test_the_embassy_of_a_named_state_is_moved_by_it() -> None:
    # SK-middleEast-1690-20180514: "سفارة الولايات المتحدة" (was no SUPPORT event)
    sentence = (
        "أطلقت القوات الإسرائيلية الرصاص الحي وقنابل الغاز على الفلسطينيين العزل على حدود غزة، تزامنا مع"
        " تدشين سفارة الولايات المتحدة في القدس، الاثنين، فيما أطلقت نداءات استغاثة لدعم المستشفيات"
        " والمركز الطبية مع ارتفاع عدد القتلى والجرحى."
    )
    assert ("USA", "ISR") in dyads(sentence, "2018-05-14", "SUPPORT")


def test_a_refusal_of_the_opening_opposes_the_mover() -> None:
    # AL-internationalNews-1263-20180521: the protests refused the US embassy's opening (the refusal
    # was aimed at the embassy when the embassy was no trigger; it stays aimed at the US, not Jerusalem)
    sentence = (
        "وقتل 62 من هؤلاء في 14 أيار/مايو خلال تظاهرات ومواجهات مع القوات الإسرائيلية، رفضاً لافتتاح"
        " السفارة الأميركية في #القدس."
    )
    events = extract(sentence, "2018-05-21").events
    assert [dyad(e)[1] for e in events if e.type == "REJECT"] == ["USA"]
    assert ("USA", "ISR") in [dyad(e) for e in events if e.type == "SUPPORT"]


def test_a_capital_without_preposition_is_the_mover() -> None:
    # FR-middleEast-282-20180415: Washington's decision (was no SUPPORT event; the cities after من/إلى
    # are no parties, but a bare capital is its state)
    sentence = (
        "أكد القادة العرب في ختام قمة الجامعة العربية السنوية التي احتضنتها الظهران السعودية الأحد، مواصلة"
        " دعم القضية الفلسطينية، منددين بقرار واشنطن نقل سفارتها في إسرائيل إلى القدس."
    )
    assert ("USA", "ISR") in dyads(sentence, "2018-04-15", "SUPPORT")


def test_the_mover_and_the_claimed_state_quote_the_text() -> None:
    # AL-internationalNews-1182-20180515 (a hashtag, hamza on the alef) and
    # SK-internationalNews-2106-20180612 (the city behind ب): the parties point at the exact characters
    for sentence, published in [
        (
            "وقتلت القوات الإسرائيلية 61 فلسطينيا خلال اشتباكات واحتجاجات الاثنين بسبب نقل"
            " #السفارة_الأميركية الى #القدس.",
            "2018-05-15",
        ),
        ("خلال تظاهرات رافضة لافتتاح السفارة الأميركية بالقدس.", "2018-06-12"),
    ]:
        supports = [e for e in extract(sentence, published).events if e.type == "SUPPORT"]
        assert [dyad(e) for e in supports] == [("USA", "ISR")]
        for actor in (supports[0].source, supports[0].target):
            assert actor is not None and actor.text == sentence[actor.start : actor.end]
