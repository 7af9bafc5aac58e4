"""A withdrawal of forces from a land that its own state declares - with a word of its intent
(cues.tsv intent: نية، رغبة، يعتزم) or in the future of the verb - is a concession made (PLOVER CONCEDE:
"declarations (but not implementations) of ceasefires and withdrawals from territory"), not a
planned RETREAT. A deal left, or a product recalled, is none. Real 2018 news."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyad


def _kinds(sentence: str, date: str) -> list[tuple[str, str, tuple[str | None, str | None]]]:
    return [
        (e.type, e.status, dyad(e))
        for e in extract(sentence, date).events
        if e.type in ("CONCEDE", "RETREAT")
    ]


def test_intended_withdrawal_of_forces_is_a_concession() -> None:
    # FR-middleEast-198-20180404 (was RETREAT planned)
    sentence = (
        "تعتزم الولايات المتحدة سحب قواتها العسكرية بشكل كامل من سوريا، حيث تتواجد في إطار تحالف دولي"
        ' لمحاربة تنظيم "الدولة الإسلامية".'
    )
    assert _kinds(sentence, "2018-04-04") == [("CONCEDE", "occurred", ("USA", "SYR"))]


def test_future_withdrawal_from_a_land_is_a_concession() -> None:
    # CN-middleEast-420-20180330 (was RETREAT planned)
    sentence = (
        "قال الرئيس الأمريكي، دونالد ترامب، مساء الخميس، إن بلاده ستنسحب من سوريا قريبا جدا على حد تعبيره،"
        ' وذلك بعد ساعات فقط على إلقاء وزارة الدفاع أو ما يُعرف بـ"البنتاغون" الضوء على الحاجة لبقاء القوات'
        " الأمريكية في ذلك البلد على المدى القريب."
    )
    assert ("CONCEDE", "occurred", ("USA", "SYR")) in _kinds(sentence, "2018-03-30")


def test_deal_left_is_no_concession() -> None:
    # FR-internationalNews-280-20180306
    sentence = (
        'وأعطى ترامب الأوروبيين مهلة تنتهي في 12 أيار/مايو من أجل إصلاح "الثغرات الخطيرة" في الاتفاق'
        " وإلا فإن الولايات المتحدة ستنسحب منه وستعيد فرض العقوبات على إيران."
    )
    assert all(kind != "CONCEDE" for kind, _, _ in _kinds(sentence, "2018-03-06"))


def test_recall_of_cars_is_no_concession() -> None:
    # FR-internationalNews-2625-20180808
    sentence = (
        "أعلنت عملاق صناعة السيارات الألمانية بي إم دبليو الأربعاء أنها ستسحب 323700 سيارة من أنحاء"
        " أوروبا بسبب خلل في إحدى القطع يمكن أن يؤدي إلى اشتعال حريق في المحرك."
    )
    assert all(kind != "CONCEDE" for kind, _, _ in _kinds(sentence, "2018-08-08"))
