"""Standing by a party («يقف/تقف/نقف إلى جانب»، «الوقوف إلى جانب») is SUPPORT (triggers.tsv), aimed at
the party after إلى جانب; standing beside someone in a circumstantial or past-continuous clause («وهو
يقف إلى جانب زوجته»، «عندما كان يقف إلى جانب») is where one stood, no stance."""

from __future__ import annotations

from tests.conftest import dyads


def test_a_state_stands_by_another_in_a_tragedy() -> None:
    # FR-internationalNews-2718-20180815
    text = (
        'وكتب الرئيس الفرنسي إيمانويل ماكرون على تويتر أن فرنسا "تقف إلى جانب إيطاليا في هذه المأساة'
        ' ومستعدة لتقديم كل الدعم الضروري".'
    )
    assert ("FRA", "ITA") in dyads(text, "2018-08-15", "SUPPORT")


def test_a_king_quoted_saying_his_capital_stands_by_another() -> None:
    # FR-middleEast-613-20180610
    text = (
        "ونقل بيان أعلنه القصر الملكي عن الملك عبد الله قوله إن الرياض تقف إلى جانب الأردن في جميع الأحوال."
    )
    assert ("SAU", "JOR") in dyads(text, "2018-06-10", "SUPPORT")


def test_we_stand_by_in_a_quote() -> None:
    # FR-middleEast-933-20180815
    text = (
        'وقال العبادي خلال مؤتمر صحفي مع الرئيس أردوغان الثلاثاء: "نحن نقف إلى جانب تركيا وندعمها خاصة في'
        ' المحنة التي تواجهها عملتها الوطنية".'
    )
    assert ("IRQ", "TUR") in dyads(text, "2018-08-15", "SUPPORT")


def test_standing_next_to_his_wife_is_no_stance() -> None:
    # FR-internationalNews-881-20180423
    text = (
        'وأضاف ماكرون وهو يقف إلى جانب زوجته بريجيت "إن هذه الزيارة مهمة جدا في هذا الإطار المليء بالشكوك'
        ' والاضطرابات وأحيانا بالكثير من المخاطر".'
    )
    assert dyads(text, "2018-04-23", "SUPPORT") == []
