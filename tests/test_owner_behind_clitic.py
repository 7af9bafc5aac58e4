"""A bare actor right after a verb's first word, an indefinite noun with ب or ل on it, is that
noun's genitive, marked by the clitic - the verb's target, no subject ("أشاد باستضافة روسيا": the
hosting of Russia is praised, Russia praises nothing). Not an accusation's charge ("تتهمه بتشكيل
جماعة"), an agent ("برصاص الجيش"), a noun with its own pronoun ("بها"، "بموجبها") or a count; attacks
and protests keep their readings. Real 2018 news."""

from __future__ import annotations

from hadath.pipeline import candidates
from tests.conftest import dyad


def _roles(sentence: str, date: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [dyad(c.event) for c in candidates(sentence, date) if c.event.type == kind]


def test_genitive_of_a_praised_noun_is_the_target() -> None:
    # AL-internationalNews-1959-20180716 (was RUS as the one who praises)
    sentence = "كذلك أشاد باستضافة روسيا لبطولة كأس العالم لكرة القدم."
    assert [t for _, t in _roles(sentence, "2018-07-16", "SUPPORT")] == ["RUS"]
    # BB-middleEast-119-20180301 (the Saudi delegation was the one who praises)
    sentence = "لكن بعض الناشطات، مثل لجين الهذلول، التي حضرت الجلسة، أشادت بأجوبة الوفد السعودي."
    assert [t for _, t in _roles(sentence, "2018-03-01", "SUPPORT")] == ["SAU"]


def test_genitive_of_a_threatened_noun_is_the_target() -> None:
    # FR-internationalNews-2413-20180720 (was no target)
    sentence = (
        "ويعتبر ترامب الأوروبيين مشكلة لا تقل أضرارها التجارية على بلاده عن الصين، وهدد بمواجهة الاتحاد"
        " الأوروبي عبر فرض رسوم نسبتها 20 بالمئة."
    )
    assert [t for _, t in _roles(sentence, "2018-07-20", "THREATEN")] == ["IGO"]


def test_a_pronoun_or_a_charge_owns_no_genitive() -> None:
    # FR-internationalNews-1530-20180530: "نددت بها منظمات حقوقية" - the groups condemn
    sentence = "وتتعارض معه حملة الاعتقالات التي شهدتها البلاد مؤخرا والتي نددت بها منظمات حقوقية."
    assert [c.event.source.text for c in candidates(sentence, "2018-05-30") if c.event.type == "ACCUSE"] == [
        "منظمات حقوقية"
    ]
