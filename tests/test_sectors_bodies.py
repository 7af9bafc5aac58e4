"""Actor sectors as the Arabic event gold's annotators give them: real sentences."""

from __future__ import annotations

import hadath
from hadath.entities.mentions import actor_mentions, term_matches
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize


def test_the_unnamed_giver_of_a_conviction_is_the_judiciary() -> None:
    # AL-culture-236-20180407: no one is named as the one who convicted Khan - annotators code the
    # court (JUD), as for "حكم بالإعدام" and "أدين" in plover_dev (read no source before).
    doc = hadath.extract(
        "وأدين خان (52 عاما) بانتهاك قانون الحياة البرية بقتل ظبي أسود من الأنواع المهددة بالانقراض "
        "في قضية ترجع لعام 1998.",
        date="2018-04-07",
    )
    (conviction,) = [e for e in doc.events if e.type == "SANCTION"]
    assert conviction.source is not None and conviction.source.sector == "JUD"


def test_an_air_base_is_no_al_qaeda() -> None:
    # SK-middleEast-799-20180405: "القاعدة الجوية" is an air base (MIL), not al-Qaeda (IMG REB, before).
    sentence = "كما قصفت طائرات التحالف الذي تقوده السعودية، مخازن أسلحة داخل القاعدة الجوية."
    tokens = tokenize(normalize(sentence))
    mentions = actor_mentions(sentence, tokens, term_matches(tokens), None)
    base = next(m.actor for m in mentions if "القاعدة" in m.actor.text)
    assert (base.text, base.country, base.sector) == ("القاعدة الجوية", None, "MIL")


def test_a_member_of_a_body_named_in_quotes_is_of_its_sector() -> None:
    # FR-middleEast-219-20180407 (articles_dev2): the leader is Jaysh al-Islam's (SYR REB); the
    # quote mark before the name split him off as a party official (PTY, no country) before.
    sentence = (
        'وفي هذا السياق، اتهم القيادي في "جيش الإسلام" محمد علوش الجمعة أنصار الحكومة السورية الدوليين.'
    )
    tokens = tokenize(normalize(sentence))
    first = actor_mentions(sentence, tokens, term_matches(tokens), None)[0].actor
    assert (first.country, first.sector) == ("SYR", "REB")


def test_an_official_with_a_qualifier_before_his_body_is_of_the_body() -> None:
    # AL-internationalNews-1710-20180620 and SK-internationalNews-1269-20180430: "بارز" and "أمن"
    # qualify the title, so the official is the German police's (COP) and the security officer the US
    # embassy's - before, "مسؤول" stood alone (GOV, no country) and "ضابط" was a Pakistani soldier.
    for sentence, title, expected in (
        (
            "وقال مسؤول بارز في الشرطة الألمانية اليوم، إن هجوما يزعم أنه تم التخطيط له.",
            "مسؤول",
            ("DEU", "COP"),
        ),
        ("ألقت الشرطة القبض على ضابط أمن في السفارة الأميركية.", "ضابط", ("USA", "GOV")),
    ):
        tokens = tokenize(normalize(sentence))
        mentions = actor_mentions(sentence, tokens, term_matches(tokens), None)
        official = next(m.actor for m in mentions if m.actor.text.startswith(title))
        assert (official.country, official.sector) == expected, sentence


def test_a_second_noun_or_an_indefinite_place_is_no_qualifier() -> None:
    # FR-middleEast-553-20180530, BB-internationalNews-425-20180427: two groups, and a gunman in a shop.
    sentence = "استنكر الاتحاد الأوروبي توقيف معارضين وشخصيات من المجتمع المدني في مصر."
    tokens = tokenize(normalize(sentence))
    texts = [m.actor.text for m in actor_mentions(sentence, tokens, term_matches(tokens), None)]
    assert "معارضين" in texts
    sentence = "قتل شخصان على يد رجل مسلح بسكين في متجر في مدينة شينجين."
    tokens = tokenize(normalize(sentence))
    texts = [m.actor.text for m in actor_mentions(sentence, tokens, term_matches(tokens), None)]
    assert "متجر" in texts
