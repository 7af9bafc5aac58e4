"""Trigger words read in another sense: a word or phrase that names something else than the event it
is listed for (a fact-finding body, not an investigation)."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # FR-middleEast-288-20180415: the OPCW mission's arrival, named by its mission
        (
            'وقال معاون وزير الخارجية السورية أيمن سوسان لفرانس برس "وصلت لجنة تقصي الحقائق يوم أمس (السبت)'
            ' إلى دمشق ومن المقرر أن تذهب اليوم (الأحد) إلى مدينة دوما لمباشرة عملها".',
            "2018-04-15",
        ),
        # SK-middleEast-2784-20180706: a mission sent to find facts
        (
            "وكانت منظمة حظر الأسلحة الكيماوية أرسلت بعثة لتقصي الحقائق إلى دوما في منتصف أبريل بعد نحو"
            " أسبوع من الهجوم الذي وقع.",
            "2018-07-06",
        ),
    ],
)
def test_a_fact_finding_body_is_no_investigation(sentence: str, published: str) -> None:
    triggers = {c.event.trigger_text for c in candidates(sentence, published) if c.event.type == "ACCUSE"}
    assert not any("تقصي" in t for t in triggers)


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # CN-middleEast-844-20180508: Trump on the deal, an aim out of reach
        (
            'وأضاف الرئيس الأمريكي في كلمته: "من الواضح أننا لن نستطيع منع إيران من تصنيع قنبلة نووية بهذا'
            ' الاتفاق ذو البنية الضعيفة".',
            "2018-05-08",
        ),
        # FR-internationalNews-919-20180425: Macron's goal
        (
            "وتناول ماكرون خلال كلمته الملف النووي الإيراني، مشددا على أن الهدف واضح وهو منع إيران من امتلاك"
            " سلاح نووي.",
            "2018-04-25",
        ),
    ],
)
def test_preventing_a_weapon_is_an_aim_not_a_restriction(sentence: str, published: str) -> None:
    assert "COERCE" not in {c.event.type for c in candidates(sentence, published)}


def test_a_party_kept_from_an_act_is_still_restricted() -> None:
    # FR-internationalNews-1142-20180508: the Emirates kept the Yemeni prime minister on Socotra
    sentence = "وقامت بمنع رئيس الوزراء اليمني بن دغر من مغادرة الجزيرة."
    assert "COERCE" in {c.event.type for c in candidates(sentence, "2018-05-08")}


def test_mutual_wariness_is_no_warning() -> None:
    # SK-internationalNews-3240-20180913: الحذر is wariness, no one warns
    sentence = (
        "ويهيمن الحذر المتبادل على العلاقات بين موسكو وبكين، ويتحدث القوميون في روسيا عن وجوب اتخاذ"
        " احتياطات لمواجهة زحف النفوذ الصيني في المنطقة."
    )
    assert "THREATEN" not in {c.event.type for c in candidates(sentence, "2018-09-13")}
