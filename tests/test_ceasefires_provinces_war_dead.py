"""Words that report no event in their sense of the sentence: "وقع على" (signed) where it is "took
place on" a border; a ceasefire kept, monitored, in force or drawn as a line (only declaring one is
news) and sanctions broken or complied with (only imposing them is); مقاطعة (boycott) as the
province of a town named before it; and the dead of a war, which are its toll, not an attack."""

from __future__ import annotations

import hadath


def _types(sentence: str, date: str) -> list[str]:
    return [e.type for e in hadath.extract(sentence, date=date).events]


def test_took_place_on_a_border_is_no_signing() -> None:
    # FR-middleEast-473-20180515
    sentence = (
        "يخرج الفلسطينيون للتظاهر اليوم الثلاثاء المصادف لذكرى النكبة غداة حمام دم وقع على حدود غزة"
        " وراح ضحيته 59 فلسطينيا بحسب آخر حصيلة لوزارة الصحة في القطاع."
    )
    assert "SUPPORT" not in _types(sentence, "2018-05-15")


def test_signing_on_is_still_a_signing() -> None:
    assert "SUPPORT" in _types("ووقعت مصر على اتفاق مع الأردن.", "2018-05-15")


def test_ceasefire_kept_is_no_ceasefire_declared() -> None:
    # BB-internationalNews-656-20180615
    kept = (
        "وأعلن أشرف غني، رئيس أفغانستان في حديث متلفز الجمعة أن كلا الجانبين احترم وقف إطلاق النار،"
        " داعيا طالبان بتمديد العمل به إلى الأحد المقبل."
    )
    committed = (
        "وقال متحدث باسم القوات الأمريكية في أفغانستان الجمعة إن القوات لا تزال ملتزمة بوقف إطلاق النار"
        ' مع "حركة طالبان الأفغانية".'
    )
    assert "RETREAT" not in _types(kept, "2018-06-15")
    assert "RETREAT" not in _types(committed, "2018-06-15")


def test_ceasefire_line_is_a_place() -> None:
    # SK-middleEast-2854-20180712
    sentence = (
        "وقالت إسرائيل إنها دمرت الموقع ردا على استهداف داعش قوة من الجيش الإسرائيلي قرب خط وقف إطلاق النار."
    )
    assert "RETREAT" not in _types(sentence, "2018-07-12")


def test_province_of_a_town_is_no_boycott() -> None:
    # SK-internationalNews-1824-20180528 (an earthquake in China)
    sentence = (
        "وذكرت الهيئة أن الزلزال وقع عند الساعة 1:50 صباح الاثنين، على عمق 10 كيلومترات بالقرب من مدينة"
        " سونغ يوان بمقاطعة جيلين."
    )
    assert "PROTEST" not in _types(sentence, "2018-05-28")


def test_boycott_after_a_state_with_a_place_word_in_its_name_stays() -> None:
    # BB-middleEast-1098-20181014: "الولايات" is a place word, inside the name of a state
    sentence = "وتعتزم بريطانيا والولايات المتحدة مقاطعة مؤتمر اقتصادي كبير في الرياض، هذا الشهر."
    assert "PROTEST" in _types(sentence, "2018-10-14")


def test_dead_of_a_war_are_no_attack() -> None:
    # FR-internationalNews-2575-20180802, BB-middleEast-480-20180509
    remains = "أعيدت رفات عشرات العسكريين الأمريكيين الذين قتلوا خلال الحرب الكورية."
    toll = (
        "وقتل في الحرب اليمنية 10 آلاف شخص، بينما نزع نحو 3 ملايين عن ديارهم بسبب المعارك"
        " وانعدام أسباب الحياة."
    )
    assert "ASSAULT" not in _types(remains, "2018-08-02")
    assert "ASSAULT" not in _types(toll, "2018-05-09")


def test_dead_of_an_attack_in_a_war_stay_an_attack() -> None:
    sentence = "وقتل ثلاثة جنود في هجوم على موقع للجيش في الحرب الدائرة في اليمن."
    assert "ASSAULT" in _types(sentence, "2018-05-09")


def test_sanctions_broken_or_kept_are_no_sanctioning() -> None:
    # SK-internationalNews-2886-20180803, FR-internationalNews-1293-20180517
    broken = (
        "وقال مسؤولون أميركيون إن الخطوة ربما تنتهك عقوبات الأمم المتحدة الرامية لوقف تدفق الأموال على"
        " كوريا الشمالية، والضغط على بيونغ يانغ للتخلي عن أسلحتها النووية، وفق ما نقلت رويترز."
    )
    kept = (
        "وأعلن الاتحاد الأوروبي تفعيل قانون يمنع الشركات الأوروبية من الالتزام بالعقوبات الأمريكية على إيران."
    )
    assert "SANCTION" not in _types(broken, "2018-08-03")
    assert "SANCTION" not in _types(kept, "2018-05-17")
