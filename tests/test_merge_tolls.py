"""A later mention of an attack that tells its death toll again is that attack (merge.py), whoever its
sentence seems to name as the attacker (real corpus sentences, doc_id noted)."""

from __future__ import annotations

import hadath


def _attacks(text: str, date: str) -> list:
    return [e for e in hadath.extract(text, date).events if e.type == "ASSAULT"]


def test_the_toll_told_again_with_the_victims_read_as_attackers_is_the_same_attack() -> None:
    # SK-middleEast-248-20180312: "قتل 7 أشخاص في هجوم مسلح", then "وقوع الهجوم ومقتل 7 أشخاص" (its
    # victims read as the attack's subject).
    (attack,) = _attacks(
        "وفي نينوى، التي كانت معقلا لتنظيم داعش، قتل 7 أشخاص في هجوم مسلح في قضاء الحضر الواقع جنوبي "
        "المحافظة.\nبدوره، أكد مدير ناحية القيارة، صالح الجبوري، وقوع الهجوم ومقتل 7 أشخاص، مشيرا إلى أن "
        '"اثنين منهم عناصر في الحشد العشائري".',
        "2018-03-12",
    )
    assert (attack.killed, attack.mentions) == (7, 4)


def test_the_toll_told_again_without_its_attacker_is_the_accused_attack() -> None:
    # FR-middleEast-288-20180415: the Douma attack the regime is accused of, told again with its forty
    # dead and no attacker, is no second attack (nor one by the states that struck Syria after it).
    (attack,) = _attacks(
        "يباشر فريق منظمة حظر الأسلحة الكيميائية عمله الأحد في مدينة دوما بالغوطة الشرقية، وفقا لمعاون "
        "وزير الخارجية السورية، وذلك إثر اتهام نظام الأسد بشن هجوم على المدينة في 7 نيسان/أبريل تسبب "
        "بمقتل أربعين شخصا جراء تنشق غازات سامة وفق ما أفاد مسعفون وأطباء محليون.\nوتعرضت مدينة دوما، "
        "كبرى مدن الغوطة الشرقية قرب دمشق في السابع من الشهر الحالي، لهجوم تسبب بمقتل أربعين شخصا جراء "
        "تنشق غازات سامة، وفق ما أفاد مسعفون وأطباء محليون.",
        "2018-04-15",
    )
    assert (attack.source.country, attack.killed) == ("SYR", 40)


def test_the_toll_told_again_with_its_attacker_names_the_attacker() -> None:
    # FR-internationalNews-1243-20180514: the dead of Gaza, then the same toll "برصاص الجيش الإسرائيلي".
    attacks = _attacks(
        "جاءت الاثنين ردود أفعال الدول الكبرى، بريطانيا وفرنسا وألمانيا وروسيا، على الأحداث في غزة ومقتل "
        'عشرات الفلسطينيين وجرح ألفين آخرين، حاضة إسرائيل على "ضبط النفس" أمام المظاهرات الفلسطينية.'
        "\nتفاوتت الاثنين ردود أفعال العديد من دول العالم على ما يحدث في قطاع غزة الفلسطيني بعد مقتل عشرات "
        "الفلسطينيين وجرح آلاف غيرهم برصاص الجيش الإسرائيلي على السياج الحدودي مع قطاع غزة المحاصر ضمن "
        'فعاليات "مسيرة العودة الكبرى" التي بدأت في 30 مارس/آذار الماضي.',
        "2018-05-14",
    )
    assert [(a.source.country, a.source.text, a.target.country) for a in attacks] == [
        ("ISR", "الجيش الإسرائيلي", "PSE")
    ]


def test_a_sentence_whose_attack_joins_by_its_toll_joins_with_all_its_readings() -> None:
    # FR-internationalNews-233-20180303: the 36 dead of the Turkish strikes told again, its strikes read
    # as aimed at the Kurdish region they fell in; one attack on the regime's forces.
    attacks = _attacks(
        "وعلى جبهة أخرى، استهدفت غارات تركية مواقع لقوات النظام السوري في عفرين أسفرت عن مقتل 36 عنصرا "
        "على الأقل، بحسب المرصد السوري لحقوق الإنسان.\nعلى جبهة أخرى في عفرين شمال سوريا، قتل 36 مقاتلا "
        "على الأقل من قوات النظام السوري جراء غارات تركية استهدفت موقعا تابعا لها في منطقة عفرين ذات "
        "الغالبية الكردية، في حادث هو الثالث من نوعه خلال يومين، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
        "2018-03-03",
    )
    assert [(a.source.country, a.target.country, a.killed) for a in attacks] == [("TUR", "SYR", 36)]


def test_a_toll_joined_by_parties_does_not_anchor_the_occurrence() -> None:
    # FR-internationalNews-428-20180314: Turkey's strikes on pro-Damascus fighters, then the ten of them
    # killed by Turkish strikes at a checkpoint: the toll came to the first occurrence with a mention
    # its parties joined, and is no anchor for the named strikes (kept apart, with their attacker).
    attacks = _attacks(
        "تصعد تركيا عملياتها في منطقة عفرين ذات الغالبية الكردية في شمال سوريا، حيث استهدفت غاراتها "
        "الأربعاء مقاتلين موالين لدمشق في حين أعرب رئيسها رجب طيب أردوغان عن أمله بحصار المدينة بشكل كامل "
        "مساء.\nوقتل عشرة مقاتلين موالين لدمشق الأربعاء جراء غارات تركية استهدفت حاجزا لهم على الطريق "
        "الوحيد المؤدي من عفرين باتجاه مناطق سيطرة قوات النظام، وفق المرصد.",
        "2018-03-14",
    )
    assert ("TUR", "SYR") in {(a.source.country, a.target.country) for a in attacks}
