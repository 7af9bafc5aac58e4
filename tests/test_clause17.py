"""Roles inside reported clauses and topics on real Arabic news (session 17, helper clause17)."""

from __future__ import annotations

from hadath.pipeline import candidates


def _meetings(text: str, date: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.event.source and c.event.source.country, c.event.target and c.event.target.country)
        for c in candidates(text, date)
        if c.event.type == "CONSULT"
    ]


def test_discussed_case_is_no_party() -> None:
    # SK-internationalNews-2850-20180731: the pastor is what Pompeo and Cavusoglu discussed.
    text = (
        "وقالت هيذر ناورت، المتحدثة باسم وزارة الخارجية الأميركية، إن وزير الخارجية مايك بومبيو ونظيره "
        "التركي مولود جاويش أوغلو بحثا، السبت، قضية القس الأميركي آندرو برانسون."
    )
    assert _meetings(text, "2018-07-31") == [("USA", "TUR")]


def test_discussed_countries_are_no_parties() -> None:
    # AL-internationalNews-1787-20180627: Syria and Ukraine are the topic of Lavrov and Bolton's talk.
    text = (
        "وقالت الخارجية الروسية في بيان الأربعاء إن الوزير سيرغي لافروف ومستشار الأمن القومي الأميركي "
        "ناقشا الوضع في سوريا وأوكرانيا والعلاقات الروسية الأميركية."
    )
    assert ("SYR", "UKR") not in _meetings(text, "2018-06-27")
