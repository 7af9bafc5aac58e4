"""The recipient of aid named as a verb of giving's first object, on real Arabic news (events/roles.py)."""

from __future__ import annotations

from hadath.pipeline import candidates
from tests.conftest import dyad


def _parties(text: str, date: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [dyad(c.event) for c in candidates(text, date) if c.event.type == event_type]


def test_double_object_of_giving_names_the_recipient_first() -> None:
    # FR-internationalNews-330-20180308: Paris gives Lebanon military aid, not Lebanon France.
    text = (
        "نقل الخميس عن أوساط مقربة من وزيرة الجيوش الفرنسية فلورانس بارلي أن باريس منحت لبنان مساعدة "
        "عسكرية بقيمة 14 مليون يورو مخصصة للجيش"
    )
    assert _parties(text, "2018-03-08", "AID") == [("FRA", "LBN")]


def test_own_state_before_the_aid_noun_gives() -> None:
    # SK-economy-1245-20180902: "بلاده" is China, the giver; Sudan receives.
    text = "أعلن الرئيس الصيني شي جين بينغ تقديم بلاده منحة للسودان بقيمة 400 مليون يوان"
    assert _parties(text, "2018-09-02", "AID") == [("CHN", "SDN")]
