"""Parties and countries (session 18): an army placed in a state with no army of its own
(cues.tsv ``occupier``: Palestine) is the occupier's. Real 2018 news."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import extract


def _event(title: str, text: str, date: str, trigger: str) -> Event:
    return next(e for e in extract(text, date, title=title).events if e.trigger_text == trigger)


def test_a_tank_in_a_gaza_story_is_israels() -> None:
    # FR-internationalNews-1473-20180527 (was PSE MIL: the tank placed at the story's home)
    title = 'مقتل فلسطينيين اثنين في قصف إسرائيلي استهدف موقعا لحركة "الجهاد الإسلامي" بغزة'
    text = (
        'وأصدر الجيش الإسرائيلي بيانا أكد فيه أن دبابة قصفت موقعا لحركة "الجهاد الإسلامي" بعد أن فجر'
        " جنودها عبوة زرعت بالقرب من السياج."
    )
    shelling = _event(title, text, "2018-05-27", "قصفت")
    assert shelling.source is not None
    assert (shelling.source.text, shelling.source.country, shelling.source.sector) == ("دبابة", "ISR", "MIL")


def test_the_army_in_a_west_bank_story_is_israels() -> None:
    # BB-middleEast-774-20180727 (was PSE MIL -> PSE MIL: the army and its troops placed at home)
    title = "مقتل فلسطيني بالرصاص بعد طعن 3 مستوطنين في الضفة الغربية المحتلة"
    text = (
        "قُتل فلسطيني بالرصاص بعدما طعن مستوطنا وأصاب اثنين آخرين بالقرب من مدينة رام الله في الضفة الغربية"
        " المحتلة، بحسب الجيش الإسرائيلي.\nويقول الجيش الإسرائيلي إن المهاجم كان شابا فلسطينيا (17 عاما) من"
        ' قرية "كوبر" القريبة. وقد أرسل الجيش قوات إلى القرية عقب الحادث.'
    )
    sending = _event(title, text, "2018-07-27", "أرسل")
    assert sending.source is not None and (sending.source.text, sending.source.country) == ("الجيش", "ISR")
    assert sending.target is not None and (sending.target.text, sending.target.country) == ("قوات", "ISR")


def test_the_occupiers_target_stays_palestinian() -> None:
    # SK-middleEast-2040-20180530: an Israeli strike's military target is no Israeli one
    title = "إسرائيل: لا وقف إطلاق نار في غزة"
    text = (
        'وقال الجيش الإسرائيلي، الأربعاء، إنه ضرب 25 "هدفا عسكريا" لحماس بغارات جوية في قطاع غزة ليلا،'
        " ردا على إطلاق صواريخ وقذائف هاون على إسرائيل."
    )
    strike = _event(title, text, "2018-05-30", "ضرب")
    assert strike.source is not None and strike.source.country == "ISR"
    assert strike.target is not None and strike.target.country == "PSE"
