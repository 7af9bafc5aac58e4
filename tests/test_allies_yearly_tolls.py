"""A count of the dead over a year is a statistic, no attack (events/coder.py _yearly_dead,
lexicon/data/cues.tsv statistic rows); the allies named after an accused party are accused with it
(events/statements.py joined_parties, cues.tsv allies rows)."""

from __future__ import annotations

import hadath
from tests.conftest import dyad


def _assaults(text: str, date: str) -> list[str]:
    return [e.trigger_text for e in hadath.extract(text, date=date).events if e.type == "ASSAULT"]


def test_last_years_dead_journalists_are_no_attack() -> None:
    # BB-internationalNews-455-20180503: the journalists killed in 2017, after a day of bombings in Kabul.
    text = (
        "وكان عدد القتلى العام الماضي هو الأقل خلال عقد كامل، وبلغ العدد 82 صحفيا قتيلا، "
        "وفق الاتحاد الدولي للصحفيين."
    )
    assert not _assaults(text, "2018-05-03")


def test_this_years_deaths_in_school_shootings_are_no_attack() -> None:
    # BB-internationalNews-534-20180520: deaths in school shootings this year, compared with the army's.
    text = (
        "وشهد العام الجاري عددا من الوفيات في عمليات إطلاق النار في المدارس الأمريكية، يفوق عدد قتلى "
        "الجيش الأمريكي، وفقا لتحليل أجرته صحيفة واشنطن بوست."
    )
    assert not _assaults(text, "2018-05-20")


def test_police_figures_of_the_year_are_no_attack() -> None:
    # BB-internationalNews-879-20180724: Toronto's gun deaths so far in 2018 against last year's.
    text = (
        "وأظهرت بيانات للشرطة الأسبوع الماضي أن عدد القتلى من أعمال عنف بأسلحة نارية في المدينة ارتفع "
        "بنسبة 53 بالمئة ليسجل 26 قتيلا حتى الآن في 2018 مقارنة بنفس الفترة من العام الماضي فيما زاد عدد "
        "وقائع إطلاق النار بنسبة 13 بالمئة."
    )
    assert not _assaults(text, "2018-07-24")


def test_a_killing_told_before_the_years_count_stays() -> None:
    # SK-internationalNews-1307-20180502: the man killed raises London's count of the year; he is news.
    text = (
        "ويرفع القتيل عدد من لقوا حتفهم في حوادث القتل العمد في لندن منذ بداية العام الجاري، إلى 59، "
        'حسب إحصاء لـ"سكاي نيوز".'
    )
    assert _assaults(text, "2018-05-02") == ["القتيل"]


def test_allies_named_after_the_accused_are_accused_too() -> None:
    # BB-middleEast-952-20180907: Trump's tweet on Idlib - one record per dyad, Assad's and his allies'.
    text = (
        'وغرد ترامب في حسابه على موقع تويتر قائلا إن هجوما "متهورا" من قبل بشار الأسد وحلفائه الروس '
        'والإيرانيين "سيكون خطأ إنسانيا جسيما"، مشيرا إلى أنه قد "يسفر عن مقتل مئات الآلاف من الأشخاص".'
    )
    accused = {dyad(e) for e in hadath.extract(text, date="2018-09-07").events if e.type == "ACCUSE"}
    assert accused == {("USA", "SYR"), ("USA", "RUS"), ("USA", "IRN")}
