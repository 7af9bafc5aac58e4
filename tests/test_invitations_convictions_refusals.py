"""Senses of event words on real 2018 news: an invitation a relative clause extends, war tolls, a
speaker's clause going on past a comma, convictions on charges, refusals of one's own action."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyad


def _typed(sentence: str, date: str) -> list[tuple[str, tuple[str | None, str | None]]]:
    return [(e.type, dyad(e)) for e in extract(sentence, date).events]


def test_an_invitation_a_relative_clause_extends_is_no_call() -> None:
    # SK-internationalNews-2758-20180721 (was REQUEST USA -> RUS): "وجه دعوة" in a relative clause
    sentence = "وعبر دان كوتس عن دهشته لسماع نبأ الدعوة التي وجهها ترامب لبوتين لزيارة واشنطن."
    assert ("AGREE", ("USA", "RUS")) in _typed(sentence, "2018-07-21")
    assert "REQUEST" not in [t for t, _ in _typed(sentence, "2018-07-21")]


def test_battles_that_took_a_war_toll_are_no_attack() -> None:
    # FR-internationalNews-297-20180307 (was ASSAULT GBR -> GBR): a strong noun beside a war's toll
    sentence = (
        "وأوقعت المعارك بين القوات الحكومية المدعومة خصوصا من السعودية والإمارات من جهة والحوثيين من جهة"
        " أخرى، نحو عشرة آلاف قتيل وأوصلت اليمن إلى حافة المجاعة بعد ثلاث سنوات من الحرب الأهلية."
    )
    assert "ASSAULT" not in [e.type for e in extract(sentence, "2018-03-07").events]
    # SK-internationalNews-1131-20180424: the day's clash beside the toll of the conflict stays
    sentence = (
        "قتل عنصران من قوات الأمن الهندي ومسلح، الثلاثاء، خلال تبادل إطلاق النار في الشطر الهندي من كشمير،"
        " في أحدث حلقات الصراع بين نيودلهي وسكان الإقليم الذي خلف 70 ألف قتيل خلال 3 عقود."
    )
    assert [e.type for e in extract(sentence, "2018-04-24").events] == ["ASSAULT"]


def test_a_present_verb_past_the_comma_goes_on_in_the_clause() -> None:
    # AL-internationalNews-1073-20180508 (was SUPPORT USA -> IRN, Trump the supporter)
    sentence = "وأضاف ترمب أن النظام الإيراني يشعل الصراعات في الشرق الأوسط، ويدعم المنظمات الإرهابية."
    supports = [e for e in extract(sentence, "2018-05-08").events if e.type == "SUPPORT"]
    assert [e.source.country if e.source else None for e in supports] == ["IRN"]


def test_a_condemnation_with_charges_is_a_conviction() -> None:
    # BB-middleEast-440-20180502 (was ACCUSE USA -> USA): condemned "of five charges" is convicted
    sentence = "وأدانت الولايات المتحدة الدربي بخمسة اتهامات تتعلق بتفجير ناقلة النفط."
    assert "SANCTION" in [e.type for e in extract(sentence, "2018-05-02").events]
    # SK-internationalNews-3557-20181019 (was ACCUSE): the charge past a time and a comma
    sentence = "وكانت محكمة أدانت تشودري في صيف 2016، بتهم الحث على الالتحاق بداعش."
    types = [e.type for e in extract(sentence, "2018-10-19").events]
    assert "SANCTION" in types and "ACCUSE" not in types
    # a condemnation "strongly" stays one
    sentence = "وأدانت السعودية بشدة الهجوم الإرهابي."
    assert [e.type for e in extract(sentence, "2018-05-02").events] == ["ACCUSE"]


def test_refusing_to_go_or_to_eat_rejects_no_one() -> None:
    # SK-internationalNews-164-20180226 (was REJECT BEL -> BEL): homeless people refusing shelters
    sentence = (
        'وقال مجلس الحي في بيان "أمر رئيس حي إيتربيك باحتجاز المشردين الذين يتصرفون بطريقة تعرضهم للخطر'
        ' برفضهم الذهاب للملاجئ، وذلك في حالة الضرورة القصوى".'
    )
    assert "REJECT" not in [e.type for e in extract(sentence, "2018-02-26").events]
    # BB-internationalNews-776-20180710 (was REJECT THA -> THA)
    sentence = "إذ رفض تناول أي طعام حتى يوفره للأطفال."
    assert [e.type for e in extract(sentence, "2018-07-10").events] == []
