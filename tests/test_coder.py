"""What the coder reads as no event, or as another type, on whole articles (events/coder.py, triggers.tsv)."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # the occupation's aircraft are Israel's, no occupation of land (FR-internationalNews-2287-20180714)
        (
            'وأوضح مصدر أمني فلسطيني أن "طائرات الاحتلال شنت فجرا غارات جوية عدة استهدفت فيها مواقع'
            ' للمقاومة الفلسطينية وألحقت أضرارا جسيمة"، دون أن يبلغ عن وجود إصابات.',
            "2018-07-14",
        ),
        # "by the occupation": its authorities (AL-internationalNews-1990-20180719)
        (
            "كما تمثّل سياسات التنظيم والبناء المتّبعة من قبل الاحتلال أداةً في المنظومة الإسرائيلية"
            " الساعية إلى التضييق على الفلسطينيين.",
            "2018-07-19",
        ),
    ],
)
def test_the_occupation_as_an_actor_seizes_nothing(sentence: str, published: str) -> None:
    assert not [c.event for c in candidates(sentence, published) if c.event.type == "COERCE"]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # FR-internationalNews-561-20180405
        (
            "وتطرقت الدراسة إلى السير الذاتية لـ137 شخصا من بينهم ست نساء تمت إدانتهن من قبل القضاء"
            " الفرنسي في قضايا تتعلق بالإرهاب بين 2004 ونهاية 2017.",
            "2018-04-05",
        ),
        # SK-middleEast-1304-20180428
        (
            "قضت محكمة النقض المصرية، السبت، بإعدام 6 متهمين مؤيدين للإخوان تمت إدانتهم في قضية تتعلق"
            " بأحداث عنف، وقعت بمحافظة المنيا.",
            "2018-04-28",
        ),
    ],
)
def test_a_passive_condemnation_of_persons_is_a_conviction(sentence: str, published: str) -> None:
    readings = {c.event.type for c in candidates(sentence, published) if "دان" in c.event.trigger_text}
    assert readings == {"SANCTION"}


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # BB-middleEast-533-20180524
        (
            "ويموجب الاتفاق، وافقت طهران على الحد من أنشطتها النووية مقابل رفع العقوبات.",
            "2018-05-24",
            "RETREAT",
        ),
        # AL-internationalNews-1797-20180628
        (
            "والتي مكنت من وقف تدفق اللاجئين من سوريا والعراق وغيرهما، في مقابل مساعدات مالية بلغت 3.3 مليار"
            " يورو في ثلاث سنوات.",
            "2018-06-28",
            "AID",
        ),
    ],
)
def test_what_a_deal_gives_in_exchange_is_no_event(sentence: str, published: str, event_type: str) -> None:
    assert not [c.event for c in candidates(sentence, published) if c.event.type == event_type]


def test_in_turn_is_no_exchange() -> None:
    # في المقابل "in turn" (AL-internationalNews-1585-20180612): the criticism stands
    sentence = "وفي المقابل انتقد النواب سياسات إيران التوسعية."
    assert "ACCUSE" in {c.event.type for c in candidates(sentence, "2018-06-12")}


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # AL-internationalNews-1433-20180603 (occurred on the old engine)
        (
            "قال وزير الدفاع الأميركي، جيم #ماتيس، الأحد إن #كوريا_الشمالية لن تحصل على أي تخفيف للعقوبات،"
            ' حتى تتخذ خطوات "لا رجعة فيها" لنزع الأسلحة النووية.',
            "2018-06-03",
            "RETREAT",
        ),
        # BB-middleEast-1011-20180928
        (
            "أغلقت الولايات المتحدة، الجمعة، قنصليتها في مدينة البصرة العراقية، محذرة من أنها سترد على أي"
            " هجوم تتعرض له منشآتها.",
            "2018-09-28",
            "ASSAULT",
        ),
        # FR-internationalNews-1977-20180623
        (
            "لكن ناطقا باسم البنتاغون اللفتنانت كولونيل جيمي ديفيس أشار إلى أن وزارة الأمن الداخلي الأمريكية"
            " لم تقدم أي طلب رسمي إلى وزارة الدفاع لإيواء مهاجرين.",
            "2018-06-23",
            "REQUEST",
        ),
    ],
)
def test_any_event_of_a_kind_is_no_event(sentence: str, published: str, event_type: str) -> None:
    assert not [c.event for c in candidates(sentence, published) if c.event.type == event_type]


def test_any_protest_stays_a_trigger() -> None:
    # FR-internationalNews-1256-20180515: "أية مظاهرة" is no protest, nor the actor of the condemnation
    sentence = (
        "لم تشهد مدينة القدس اليوم الثلاثاء أية مظاهرة أو تحركات شعبية للتنديد بمقتل أكثر من ستين شخصا"
        " في غزة."
    )
    coded = candidates(sentence, "2018-05-15")
    assert "PROTEST" not in {c.event.type for c in coded}
    assert all(c.event.source is None or "مظاهرة" not in c.event.source.text for c in coded)


@pytest.mark.parametrize(
    ("sentence", "published", "event_type", "target"),
    [
        # the present tense with ت, which the clitic stripper cannot derive (CN-middleEast-401-20180327)
        (
            "قال حمزة بيرقادر المتحدث باسم جيش الإسلام الثلاثاء، إن جماعته في الغوطة الشرقية المحاصرة ما زالت"
            " تتفاوض مع الجيش الروسي للبقاء في مسقط رأسها.",
            "2018-03-27",
            "CONSULT",
            "RUS",
        ),
        # BB-middleEast-479-20180509
        (
            "وخلال مرحلة العنف الطائفي التي ضربت العراق، لعب العامري دورا كبيرا في أعمال العنف"
            ' واتهم بإدارة "فرق الموت" التي كانت تخطف وتقتل على الهوية.',
            "2018-05-09",
            "ASSAULT",
            None,
        ),
    ],
)
def test_present_tense_with_ta_is_a_trigger(
    sentence: str, published: str, event_type: str, target: str | None
) -> None:
    (event,) = [
        c.event
        for c in candidates(sentence, published)
        if c.event.type == event_type and c.event.trigger_text.startswith("ت")
    ]
    assert (event.target.country if event.target else None) == target


def test_a_categorical_denial_is_no_boycott() -> None:
    # AL-internationalNews-297-20180302: نفيا قاطعا is "categorically deny", not قاطع "boycotted"
    sentence = (
        'وقال بيسكوف: "ننفي نفياً قاطعاً كل الاتهامات الموجهة إلى روسيا بانتهاك بنود ومواد القانون الدولي'
        ' حول نزع السلاح".'
    )
    assert "PROTEST" not in {c.event.type for c in candidates(sentence, "2018-03-02")}
