"""Parties in a list of nationalities: one target per nationality joined by و to an indefinite plural
party's adjective ("مع مسؤولين بريطانيين وفرنسيين وألمان": roles.py _fellow_nationals); a bare
definite sector noun of the nationality the article gave it indefinite before ("شركة إيرانية" ...
"الشركة": names.py NameBook.with_nationality)."""

from __future__ import annotations

from hadath.entities.mentions import actor_mentions, term_matches
from hadath.resolve.actors import ActorMention
from hadath.resolve.names import NameBook
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize
from tests.conftest import dyads


def test_each_nationality_of_a_plural_party() -> None:
    # FR-internationalNews-2751-20180817: talks with British, French and German officials - one
    # dyad each, not only the first nationality's
    text = (
        'قال وزير الخارجية الأمريكي مايك بومبيو الخميس إن بلاده شكلت "فريق عمل حول إيران" سيكون بإدارة'
        " المبعوث الخاص لإيران براين هوك. ولم يستبعد هوك الذي أجرى محادثات حول إيران مع مسؤولين بريطانيين"
        " وفرنسيين وألمان الأربعاء في لندن، إجراء مفاوضات مباشرة مع القادة الإيرانيين."
    )
    assert {("USA", "GBR"), ("USA", "FRA"), ("USA", "DEU")} <= set(dyads(text, "2018-08-17", "CONSULT"))


def _named(book: NameBook, sentence: str) -> list[ActorMention]:
    tokens = tokenize(normalize(sentence))
    mentions = book.complete(sentence, tokens, actor_mentions(sentence, tokens, term_matches(tokens), None))
    book.learn(tokens, mentions)
    return book.with_nationality(tokens, mentions)


def test_a_definite_noun_repeats_an_earlier_nationality() -> None:
    # BB-internationalNews-218-20180323: "شركة إيرانية" first, then "الشركة" seven sentences on - the
    # Iranian company, not the home state's (read USA before)
    book = NameBook()
    _named(
        book,
        "فرضت الولايات المتحدة عقوبات على شركة إيرانية وعشرة أفراد آخرين لاتهامهم بالقرصنة الإلكترونية،"
        " بينها هجمات على مواقع لمئات الجامعات.",
    )
    later = _named(book, "وتواجه الشركة اتهامات باختراق مواقع 144 جامعة أمريكية.")
    assert [(m.actor.text, m.actor.country) for m in later][0] == ("الشركة", "IRN")


def test_a_ministry_named_in_construct_is_carried_nowhere() -> None:
    # BB-middleEast-987-20180910: "الوزارة" after "وزارة الخارجية العراقية" keeps its own reading
    book = NameBook()
    _named(book, "استدعت وزارة الخارجية العراقية السفير الجزائري في بغداد.")
    later = _named(book, "واستنكرت الوزارة سلوك بعض المشجعين الجزائريين.")
    assert [(m.actor.text, m.actor.country) for m in later][0] == ("الوزارة", None)


def test_the_company_accused_later_is_the_iranian_one() -> None:
    # BB-internationalNews-218-20180323 (two of its sentences): the accusations the company faces are
    # against Iran's company, not the home state's (USA -> USA before the pipeline carried it)
    text = (
        "فرضت الولايات المتحدة عقوبات على شركة إيرانية وعشرة أفراد آخرين لاتهامهم بالقرصنة الإلكترونية،"
        " بينها هجمات على مواقع لمئات الجامعات. وتواجه الشركة اتهامات باختراق مواقع 144 جامعة أمريكية."
    )
    assert ("USA", "IRN") in dyads(text, "2018-03-23", "ACCUSE")
