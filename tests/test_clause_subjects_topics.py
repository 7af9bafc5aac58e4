"""Roles inside reported clauses and the topics of discussions on real Arabic news (events/roles.py,
events/relatives.py)."""

from __future__ import annotations

from hadath.pipeline import candidates
from tests.conftest import dyad


def _events(text: str, date: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [dyad(c.event) for c in candidates(text, date) if c.event.type == event_type]


def _meetings(text: str, date: str) -> list[tuple[str | None, str | None]]:
    return _events(text, date, "CONSULT")


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


def test_verb_joined_inside_complement_keeps_its_subject() -> None:
    # FR-internationalNews-906-20180425: Trump, the subject after أن, threatens Tehran.
    text = (
        '"رغم أن ترامب ظل حذرا حول الموضوع ويهدد طهران، إلا أن سلاسة مواقفه المفاجأة طمأنت ماكرون الذي '
        'يتمسك بالاتفاق النووي مع طهران".'
    )
    assert ("USA", "IRN") in _events(text, "2018-04-25", "THREATEN")


def test_verb_joined_inside_complement_is_not_its_objects() -> None:
    # SK-middleEast-383-20180319: Iran, the subject after أن, refuses - not al-Qaeda, the object of the
    # verb before.
    text = (
        "وأضاف أن إيران تحمي عناصر القاعدة وترفض تسليمهم للعدالة وتأوي الزعيم الجديد لتنظيم القاعدة وهو "
        "نجل أسامة بن لادن، مشيرا إلى أن أسامة بن لادن سعى لإحداث شرخ بين السعودية والولايات المتحدة."
    )
    assert [source for source, _ in _events(text, "2018-03-19", "REJECT")] == ["IRN"]
