"""Trigger rows for common 2018 wordings of statements and diplomacy that the lexicon missed
(lexicon/data/triggers.tsv): حض "urged" (REQUEST); سترد، لن تتردد في "will respond, will not hesitate
to" and لن نسمح "will not allow" (THREATEN); جمد أموالا (SANCTION); هنأت "congratulated" (SUPPORT);
حبس "detention" (COERCE); with blockers for the wrong readings."""

from __future__ import annotations

from hadath.pipeline import extract


def _events(sentence: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in extract(sentence, published).events
    ]


def _types(sentence: str, published: str) -> list[str]:
    return [e.type for e in extract(sentence, published).events]


def test_urged_is_a_request() -> None:
    # SK-middleEast-936-20180411
    sentence = (
        'حض رئيس الوزراء التركي، بن علي يلدريم، الأربعاء روسيا والولايات المتحدة على الكف "عن شجارات'
        ' الشوارع" بشأن سوريا.'
    )
    assert ("REQUEST", "TUR", "RUS") in _events(sentence, "2018-04-11")


def test_will_respond_is_a_threat() -> None:
    # BB-internationalNews-112-20180307
    sentence = (
        'وقال وزير الخارجية، بوريس جونسون، في مجلس العموم إن بريطانيا سترد "بقوة" إذا ثبت ضلوع روسيا في'
        " قضية سكريبل."
    )
    assert ("THREATEN", "GBR", "RUS") in _events(sentence, "2018-03-07")


def test_will_not_hesitate_to_use_force_is_a_threat() -> None:
    # SK-middleEast-3544-20180907
    sentence = (
        "لكن إذا تعرضت للهجوم، فإن الولايات المتحدة لن تتردد في استخدام القوة الضرورية والمتناسبة للدفاع"
        ' عن القوات الأميركية أو قوات التحالف".'
    )
    assert "THREATEN" in _types(sentence, "2018-09-07")


def test_frozen_funds_are_a_sanction() -> None:
    # CN-internationalNews-634-20181003
    sentence = (
        "أعلنت الحكومة الفرنسية أنها جمدت أموالاً تعود للمخابرات الإيرانية ومواطنين إيرانيين اثنين بتهمة"
        " التخطيط للهجوم على اجتماع لجماعة معارضة إيرانية في فرنسا."
    )
    assert ("SANCTION", "FRA", "IRN") in _events(sentence, "2018-10-03")


def test_congratulated_is_support() -> None:
    # FR-internationalNews-1511-20180529
    sentence = "فيما هنأت الصين سوريا على رئاسة المؤتمر التي من المقرر أن تستمر شهرا كاملا."
    assert ("SUPPORT", "CHN", "SYR") in _events(sentence, "2018-05-29")


def test_ordered_detention_is_coercion() -> None:
    # BB-middleEast-143-20180306
    sentence = (
        "قررت النيابة العسكرية في مصر حبس مخرج ومؤلف أحد العروض المسرحية لمدة 15 يوما بعد توجيه اتهامات"
        ' بـ"إهانة الجيش المصري".'
    )
    assert "COERCE" in _types(sentence, "2018-03-06")


def test_will_not_allow_an_adversary_is_a_threat() -> None:
    # CN-middleEast-874-20180510
    sentence = (
        'وأضاف نتنياهو: "نحن في خضم معركة مطولة وسياستنا واضحة: لن نسمح لإيران بترسيخ وجودها عسكريا في'
        ' سوريا".'
    )
    assert ("THREATEN", "ISR", "IRN") in _events(sentence, "2018-05-10")
