"""نحو right before a number is "about", no preposition: the counted mention after an event noun is
still its genitive ("بعد مقتل نحو 60 فلسطينيا": the dead are the victims, not the attacker's own
people). Real 2018 news."""

from __future__ import annotations

from hadath.pipeline import candidates
from tests.conftest import dyad


def test_about_a_number_keeps_the_counted_victims() -> None:
    # FR-internationalNews-1290-20180517 (was ISR -> ISR: the victims unread, civilians at home)
    sentence = (
        'ندد الرئيس التركي رجب طيب أردوغان بما أسماه صمت المجتمع الدولي إزاء "الطغيان الإسرائيلي" بعد'
        " مقتل نحو 60 فلسطينيا على أيدي القوات الإسرائيلية الاثنين الماضي الذي تزامن مع نقل السفارة"
        " الأمريكية من تل أبيب إلى القدس."
    )
    attacks = [c.event for c in candidates(sentence, "2018-05-17") if c.event.type == "ASSAULT"]
    assert [dyad(e) for e in attacks] == [("ISR", "PSE")]
    assert attacks[0].target is not None and attacks[0].target.text == "فلسطينيا"
