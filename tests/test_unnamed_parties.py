"""The countries of the parties a sentence leaves to its article (session 16, party16)."""

import hadath
from hadath.model import Actor, Event
from hadath.resolve.home import CountryTally, article_party

# SK-middleEast-2241-20180608 (the whole article)
UNHCR_TITLE = "لبنان يوقف طلبات الإقامة المقدمة من مفوضية اللاجئين"
UNHCR_TEXT = (
    "قالت وزارة الخارجية اللبنانية، إن الوزير جبران باسيل أصدر تعليمات بتجميد كل طلبات الإقامة، المقدمة"
    " من مفوضية الأمم المتحدة العليا لشؤون اللاجئين.\n"
    'وأصدر مكتب باسيل بيانا جاء في: "أصدر وزير الخارجية والمغتربين تعليماته إلى مديرية المراسم لإيقاف'
    " طلبات الإقامات المقدمة إلى الوزارة والموجودة فيها لصالح المفوضية العليا لشؤون اللاجئين في لبنان،"
    ' إلى حين صدور تعليمات أخرى".\n'
    'وذكر البيان: "طلب الوزير باسيل دراسة الإجراءات التصاعدية الأخرى الممكن اعتمادها في حق المفوضية وهي'
    ' عديدة، في حال إصرار المفوضية العليا لشؤون اللاجئين على اعتماد السياسة نفسها".\n'
    'ويتهم باسيل المفوضية بعرقلة عودة اللاجئين السوريين لبلادهم، من خلال "تخويفهم عبر طرح أسئلة محددة'
    ' تثير في نفوسهم الرعب من العودة"، وفق ما نقلت "رويترز".'
)


def test_the_unnamed_party_facing_a_state_in_a_story_of_an_organisation_is_the_organisation() -> None:
    # "ويتهم باسيل المفوضية": the sentence's UNHCR is not coded, but the story is of Lebanon and the
    # UN refugee agency - Lebanon's foreign minister does not accuse his own government.
    doc = hadath.extract(UNHCR_TEXT, "2018-06-08", title=UNHCR_TITLE)
    accusation = next(
        e for e in doc.events if e.type == "ACCUSE" and doc.text[e.trigger.start : e.trigger.end] == "ويتهم"
    )
    assert (accusation.source.country, accusation.target.country) == ("LBN", "IGO")


def test_an_organisation_is_never_home_and_no_other_party_of_an_unnamed_one() -> None:
    tally = CountryTally()
    for country in ["IGO"] * 5 + ["LBY"] * 8 + ["ITA"]:
        tally.add(country)
    assert tally.home() == "LBY" and tally.other_state("LBY") is None and tally.other_party("LBY") == "IGO"
    # "توصلت إلى اتفاق لوقف إطلاق النار" in a story of the UN's Libyan ceasefire (BB-middleEast-967-20180905):
    # with neither party named, the sentence gives no sign of the organisation; both sides stay at home.
    truce = article_party("RETREAT", "target", Actor("", None, "LBY", "GOV", 0, 0), tally, 20)
    assert truce.country == "LBY"
    militias = Actor("المليشيات المتناحرة", None, "LBY", "GOV", 0, 19)
    assert article_party("REQUEST", "target", militias, tally, 30).country == "IGO"


def _event(sentence: str, event_type: str) -> Event:
    return next(e for e in hadath.extract(sentence, "2018-03-06").events if e.type == event_type)


def test_a_relative_clause_whose_trigger_noun_carries_the_pronoun_befalls_the_antecedent() -> None:
    # BB-internationalNews-106-20180306: the subject splits "أطلق سراح"; سراحهم refers to the spies.
    release = _event(
        "وكانت آنا تشابمان من بين الجواسيس الروس الذين أطلقت الولايات المتحدة سراحهم في صفقة التبادل.",
        "RETREAT",
    )
    assert (release.source.text, release.target.text) == ("الولايات المتحدة", "الجواسيس الروس")
    # SK-middleEast-3230-20180802: the Guards threaten to close the strait (بإغلاقه), not the reverse.
    threat = _event(
        "وأكدت القيادة المركزية الأميركية أنها رصدت زيادة في الأنشطة الإيرانية بما في ذلك في مضيق هرمز"
        " الاستراتيجي لشحنات النفط الذي هدد الحرس الثوري الإيراني بإغلاقه.",
        "THREATEN",
    )
    assert threat.source.text == "الحرس الثوري الإيراني"
    # BB-internationalNews-870-20180725: the asylum seekers are refused, they refuse nothing.
    refusal = _event(
        "وتشرح أيلين خلال الفيديو للركاب الآخرين ومشاهديها عبر فيسبوك أنها لا تتفق مع سياسة الترحيل"
        " السويدية، التي تصنف أفغانستان كدولة آمنة وتعيد إليها طالبي اللجوء الذين رفض طلبهم.",
        "REJECT",
    )
    assert refusal.target.text == "طالبي اللجوء"
