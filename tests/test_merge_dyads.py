"""One record per dyad: the parties one trigger's conjuncts name are one act each, and one record
when they are of one state (real corpus text)."""

from __future__ import annotations

import hadath


def _sources(text: str, date: str, event_type: str) -> list[str | None]:
    return [e.source.country for e in hadath.extract(text, date).events if e.type == event_type and e.source]


def test_a_joint_strike_is_one_record_per_striking_state() -> None:
    # BB-middleEast-359-20180415: the US, British and French strikes on Syria (kept apart as the
    # accusations of "اتهمت تركيا إسرائيل والولايات المتحدة" are).
    sources = _sources(
        "وكانت الولايات المتحدة وبريطانيا وفرنسا قصفت ثلاثة مواقع حكومية في سوريا في عملية عسكرية بوقت "
        "مبكر من صباح السبت استهدفت ما يقولون إنها منشآت لها علاقة بالأسلحة الكيميائية.",
        "2018-04-15",
        "ASSAULT",
    )
    assert sources == ["USA", "GBR", "FRA"]


def test_a_conjunct_of_no_state_yet_is_not_merged_into_the_first() -> None:
    # SK-middleEast-1261-20180426: the coalition's aircraft, joined to the Yemeni forces, strike too.
    sources = _sources(
        "قصفت قوات الشرعية اليمنية ومقاتلات التحالف العربي، الخميس، مواقع متفرقة لمليشيات الحوثي "
        "الإيرانية في البيضاء والساحل الغربي وصعدة، مما أسفر عن سقوط قتلى وجرحى في صفوف المتمردين.",
        "2018-04-26",
        "ASSAULT",
    )
    assert sources == ["YEM", "SAU"]


def test_conjuncts_of_one_state_are_one_record() -> None:
    # BB-middleEast-876-20180811 (articles_dev4): the central bank and the judiciary, both Iranian.
    (blame,) = [
        e
        for e in hadath.extract(
            "وألقى البنك المركزي الإيراني والقضاء بالمسؤولية عن انخفاض العملة والارتفاع المطرد في أسعار "
            'العملة الذهبية على من وصفهم "بالأعداء".',
            "2018-08-11",
        ).events
        if e.type == "ACCUSE"
    ]
    assert blame.source.text == "البنك المركزي الإيراني" and blame.mentions == 2


def test_a_victim_introduced_then_referred_back_to_is_one_attack() -> None:
    # SK-middleEast-182-20180309: "مقتل شاب فلسطيني", then "إن الشاب أصيب برصاصة" (its shooter unsaid).
    attacks = [
        e
        for e in hadath.extract(
            "أعلنت وزارة الصحة الفلسطينية، الجمعة، مقتل شاب فلسطيني بعد إطلاق النار عليه من قبل الجيش "
            "الإسرائيلي في مدينة الخليل، وفق ما ذكرته وكالة وفا للأنباء.\nهذا وقال مدير مستشفى الخليل "
            "الحكومي إن الشاب أصيب برصاصة في الفم، أطلقها أحد عناصر الجيش الإسرائيلي.",
            "2018-03-09",
        ).events
        if e.type == "ASSAULT"
    ]
    assert [(e.target.text, e.mentions > 1) for e in attacks] == [("شاب فلسطيني", True)]
