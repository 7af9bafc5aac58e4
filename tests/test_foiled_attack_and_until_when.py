"""What a foiled attack's clause tells of it, and history dated by the end of a period.

The mentions after a foiled attack in its clause that tell on it - the weapon the attacker wore, the
aim - are that attack, not done (hadath.events.status._told_of_foiled); the deaths and clashes of the
foiling took place. The time حتى opens ends a period, but dates the when-clause right after it
("حتى عام 1975 عندما وقع ..."; hadath.events.timing._until_when): history there is background."""

from __future__ import annotations

from tests.conftest import reported


def test_the_belt_of_a_foiled_suicide_attack_is_no_attack() -> None:
    # FR-internationalNews-2673-20180811
    sentence = (
        "أفاد التلفزيون المصري ووكالة أنباء الشرق الأوسط الرسمية أن أجهزة الأمن أحبطت السبت محاولة مهاجم"
        " انتحاري يرتدي حزاما ناسفا استهداف كنيسة العذراء في منطقة مسطرد في منطقة شبرا الخيمة الواقعة شمال"
        " القاهرة."
    )
    assert reported(sentence, "2018-08-11", "ASSAULT") == []


def test_the_deaths_of_a_foiling_took_place() -> None:
    # SK-middleEast-1424-20180504
    sentence = (
        "أحبطت قوات الجيش المصري هجوما على إحدى النقاط الأمنية العسكرية في مدينة الشيخ زويد، الجمعة، مما"
        " أسفر عن مقتل 3 مسلحين وجندي في اشتباكات."
    )
    assert [s for s, _, _ in reported(sentence, "2018-05-04", "ASSAULT")] == ["occurred"]


def test_a_foiled_hacking_leaves_the_arrest_that_foiled_it() -> None:
    # SK-internationalNews-3364-20181008
    sentence = (
        "وقالت السلطات الهولندية الأسبوع الماضي إنها أحبطت محاولة اختراق روسية بالقبض على أربعة رجال في"
        " أبريل، يحملون معدات تجسس في فندق قريب من مقر منظمة حظر الأسلحة الكيماوية."
    )
    assert [s for s, _, _ in reported(sentence, "2018-10-08", "COERCE")] == ["occurred"]


def test_the_end_of_a_period_dates_its_when_clause() -> None:
    # BB-middleEast-1041-20180922: a border deal of 1975
    deal = (
        "ورغم ذلك استمر التوتر حتى عام 1975 عندما وقع شاه إيران محمد رضا بهلوي ونائب الرئيس العراقي صدام"
        " حسين اتفاق مصالحة في الجزائر."
    )
    assert reported(deal, "2018-09-22", "AGREE") == []
    # SK-internationalNews-3288-20181003: a release of 2009, past its comma
    release = (
        "وأمضى فايد 10 سنوات في السجن حتى عام 2009، عندما أفرجت السلطات عنه ووضعته قيد المراقبة ثم أقنع"
        ' مراقبيه بأنه "تغير".'
    )
    assert reported(release, "2018-10-03", "RETREAT") == []
