"""A past verb joined by و after the complement clause of a word of speech goes on with the speaker as
its subject when the clause names no actor of its own as its subject (roles.speaker_goes_on): the
speaker's pronoun on إن/أن, or a noun that is no actor. An actor right after إن/أن is the subject the
verb shares."""

from __future__ import annotations

import hadath


def _sources(sentence: str, date: str, kind: str) -> list[tuple[str | None, str | None]]:
    events = hadath.extract(sentence, date=date).events
    return [(e.source.text, e.source.country) for e in events if e.type == kind and e.source is not None]


def test_pronoun_on_inna_is_the_speaker() -> None:
    # FR-internationalNews-1143-20180508: the UAE backs the US decision and expresses support - the
    # US, the object inside what is said, is no supporter
    sources = _sources(
        "وقالت دولة الإمارات إنها تؤيد قرار الولايات المتحدة وعبرت عن دعمها لاستراتيجية الرئيس"
        " دونالد ترامب في التعامل مع طهران.",
        "2018-05-08",
        "SUPPORT",
    )
    assert sources and all(country == "ARE" for _, country in sources)


def test_subject_that_is_no_actor_leaves_the_speaker() -> None:
    # BB-middleEast-20-20180214: Syrian media accuse the United States
    sources = _sources(
        "وقالت وسائل إعلام سورية رسمية إن الضربات خلفت عشرات القتلى واتهمت الولايات المتحدة بارتكاب"
        ' "مجزرة وحشية".',
        "2018-02-14",
        "ACCUSE",
    )
    assert sources == [("وسائل إعلام سورية", "SYR")]


def test_actor_after_inna_keeps_the_verb() -> None:
    # BB-middleEast-300-20180406: Jaysh al-Islam refused, not Syrian TV
    sources = _sources(
        "وقال التلفزيون الرسمي السوري إن جيش الإسلام أعاق الاتفاق ورفض إطلاق سراح المختطفين الذين يحتجهزهم.",
        "2018-04-06",
        "REJECT",
    )
    assert sources == [("جيش الإسلام", "SYR")]
