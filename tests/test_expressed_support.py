"""Expressing support, solidarity, welcome or relief («عبر/أعرب/يعبر/تعرب عن دعمه/تأييده/تضامنه/ترحيبه/
مساندته/ارتياحه»، «معربا/معربة/معبرا/معبرة عن ...») is SUPPORT (triggers.tsv), aimed at whom the support
is for; and in a relative clause the pronoun on the phrase's noun is the antecedent's own stance - the
antecedent is the subject, not the object (roles._stance_of_subject)."""

from __future__ import annotations

import hadath
from tests.conftest import reported_dyads


def test_relief_at_a_rapprochement() -> None:
    # FR-internationalNews-626-20180408
    text = (
        'أعرب الرئيس اللبناني ميشال عون الأحد عن ارتياحه إزاء "التقارب" بين بلاده والسعودية التي جددت'
        " الجمعة قرضا بقيمة مليار دولار للبنان بعد خمسة أشهر على أزمة استقالة رئيس الوزراء سعد الحريري."
    )
    assert ("LBN", "SAU") in reported_dyads(text, "2018-04-08", "SUPPORT")


def test_solidarity_of_two_with_two() -> None:
    # SK-internationalNews-2823-20180724: France and Europe with Sweden and Greece
    text = (
        'وقال الرئيس الفرنسي إيمانويل ماكرون في تغريدات نُشرت بالفرنسية واليونانية: "خالص المواساة لليونان'
        ' ولضحايا الحرائق المروعة. فرنسا وأوروبا تعبران عن التضامن مع السويد واليونان وتعرضان المساعدة".'
    )
    assert {("FRA", "SWE"), ("FRA", "GRC")} <= set(reported_dyads(text, "2018-07-24", "SUPPORT"))


def test_the_antecedent_expresses_the_support() -> None:
    # BB-internationalNews-451-20180502: the lawyer supports Trump, not the reverse
    text = (
        "وقد نصح ألان دَرشوفيتز، المحامي البارز الذي عبر عن دعمه لترامب في معركته القضائية تلك، بأن لا"
        " يتحدث الرئيس إلى المحقق الخاص."
    )
    events = [e for e in hadath.extract(text, date="2018-05-02").events if e.type == "SUPPORT"]
    assert [(e.source.text, e.target.text) for e in events] == [("المحامي", "لترامب")]


def test_first_person_plural_rows_do_not_make_the_past_first_person() -> None:
    # CN-middleEast-796-20180503: «أعربت ... عن تضامنها» split by its subject stays the League's
    text = (
        "أعربت جامعة الدول العربية، الخميس، عن تضامنها مع قرار السلطات المغربية بقطع العلاقات الدبلوماسية"
        " مع إيران على خلفية قيام طهران بدعم وتدريب جبة البوليساريو الانفصالية عبر حزب الله اللبناني."
    )
    assert reported_dyads(text, "2018-05-03", "SUPPORT") == [("IGO", "MAR")]
