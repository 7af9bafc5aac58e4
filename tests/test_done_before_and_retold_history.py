"""What a party "has done before" (سبق أن، سبق لـ X أن، سبق وأن: cues.tsv ``done_before``) is background
the story recalls (hadath.events.timing._done_before); and history is the first telling of its
occurrence, whose retellings in other words are that history too, not news (hadath.events.merge:
BACKGROUND, _recalls) - but a yardstick منذ measures from is none, and an act its sentence dates
otherwise is news of its own."""

from __future__ import annotations

from hadath.pipeline import extract


def _events(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.status, e.trigger_text) for e in extract(text, published).events]


def test_an_arrest_done_before_is_background() -> None:
    # SK-internationalNews-461-20180320
    sentence = (
        "وسبق أن اعتقلت السلطات البريطانية رجل الأعمال الفرنسي ألكسندر الجوهري لفترة، للاشتباه بأنه كان"
        " ينقل أموالا من القذافي إلى ساركوزي."
    )
    assert [e for e in _events(sentence, "2018-03-20") if e[0] == "COERCE"] == []


def test_an_event_before_the_relative_clause_of_what_was_done_before_stays() -> None:
    # FR-middleEast-697-20180626: the prosecution's demand is news; the doctor's confession (2013) is not
    sentence = (
        "وقد طلبت النيابة العامة السجن 11 عاما للطبيب، الذي سبق أن اعترف أمام قاضي التحقيق في 2013 بأنه"
        ' وقّع "من دون أن يقرأ" الملف الطبي الذي يشير إلى أنه حضر عملية الولادة.'
    )
    assert ("REQUEST", "occurred", "طلبت") in _events(sentence, "2018-06-26")


def test_a_veto_retelling_a_rejection_of_2016_is_background() -> None:
    # BB-internationalNews-245-20180329
    sentence = (
        "لكن الموقف تغير تماما في سبتمبر/أيلول 2016، عندما رفض الكونغرس الأمريكي اعتراض (فيتو) الرئيس"
        " باراك أوباما، وأقر قانون جاستا، الذي سمح برفع مثل هذه الدعاوى."
    )
    assert [e for e in _events(sentence, "2018-03-29") if e[0] == "REJECT"] == []


def test_a_call_joined_to_an_urging_of_2011_is_background() -> None:
    # BB-internationalNews-475-20180507
    sentence = (
        'عند اندلاع "الربيع العربي" عام 2011، حث ماكين الرئيس المصري حسني مبارك على التنحي، ودعا الولايات'
        " المتحدة إلى اتخاذ موقف مؤيد للديمقراطية في المنطقة العربية رغم مخاطر استحواذ الاسلاميين على"
        " السلطة في دول المنطقة."
    )
    assert [e for e in _events(sentence, "2018-05-07") if e[0] == "REQUEST"] == []


def test_protests_of_2016_told_again_later_are_background() -> None:
    # BB-middleEast-672-20180627
    text = (
        "برز اسم ناصر الزفزافي كأحد أبرز وجوه حركة الاحتجاجات الشعبية التي انطلقت شرارتها من منطقة الريف"
        " في تشرين الأول/أكتوبر 2016 مع سحق بائع السمك محسن فكري في عربة جمع القمامة في مدينة الحسيمة في"
        " شمالي المغرب.\nواستمرت الاحتجاجات مدة سبعة أشهر إلى أن ألقي القبض عليه في مايو/آيار 2017."
    )
    assert [e for e in _events(text, "2018-06-27") if e[0] == "PROTEST"] == []


def test_house_arrest_its_sentence_dates_this_year_is_news() -> None:
    # SK-internationalNews-3426-20181011: the 2016 arrest is history, the house arrest of July is not
    sentence = (
        "واعتقلت أنقرة برانسون لدى توجهه إلى مركز الشرطة في مدينة إزمير الساحلية، في 2016، وظل في السجن"
        " لنحو عام ونصف العام، قبل أن يجري وضعه تحت الإقامة الجبرية في يوليو الماضي."
    )
    assert [e[2] for e in _events(sentence, "2018-10-11") if e[0] == "COERCE"] == ["الإقامة الجبرية"]


def test_attacks_measured_against_the_war_since_2011_are_news() -> None:
    # SK-middleEast-1569-20180510
    sentence = (
        "شهدت الجغرافيا السورية فجر الخميس تصعيدا عسكريا غير مسبوق منذ بدء الصراع السوري عام 2011، تمثل في"
        ' هجمات بعشرات الصواريخ طالت "البنية التحتية الإيرانية في سوريا" وفق لتصريحات وزير الدفاع'
        " الإسرائيلي أفيغدور ليبرمان."
    )
    assert ("ASSAULT", "occurred", "هجمات") in _events(sentence, "2018-05-10")
