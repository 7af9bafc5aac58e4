"""Event types that depend on the sentence, on real 2018 news sentences (events/coder.py, triggers.tsv):
an expulsion verb's SANCTION (envoys) or COERCE (private persons) reading, a request that a foreign
envoy leave (an expulsion), a refusal to concede (REJECT), and a warning whose if-clause names the
foreign party it threatens."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import extract


def _events(sentence: str, published: str) -> list[Event]:
    return [e for e in extract(sentence, published).events if e.type in {"SANCTION", "COERCE"}]


def _coded(event: Event) -> tuple[str, str | None, str | None]:
    return (
        event.type,
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


def test_expelled_diplomats_are_a_sanction() -> None:
    # AL-internationalNews-135-20180221: أبعد (deport) of envoys is an expulsion (CAMEO 166)
    sentence = (
        "وسحبت واشنطن في منتصف ايلول/سبتمبر المنصرم أكثر من نصف طاقمها الدبلوماسي في كوبا"
        " وابعدت 15 دبلوماسيا كوبيا عن الاراضي الاميركية."
    )
    assert ("SANCTION", "USA", "CUB") in [_coded(e) for e in _events(sentence, "2018-02-21")]
    assert "COERCE" not in [e.type for e in _events(sentence, "2018-02-21")]


def test_expelled_citizens_are_deported() -> None:
    # FR-middleEast-619-20180611: طرد of private persons is a deportation (COERCE, CAMEO 174)
    sentence = (
        "وفحوى الشكوى طرد أبوظبي المواطنين القطريين من أراضيها في ضوء الأزمة الخليجية التي اندلعت"
        " في حزيران/يونيو 2017."
    )
    assert [_coded(e) for e in _events(sentence, "2018-06-11")] == [("COERCE", "ARE", "QAT")]


def test_expelled_migrants_are_deported() -> None:
    # SK-internationalNews-371-20180315
    sentence = (
        "وتسعى الحكومة الإسرائيلية إلى طرد آلاف السودانيين والإرتيريين الذين دخلوا البلاد بطرق غير"
        " مشروعة، ولم يطلبوا حق اللجوء."
    )
    assert [(*_coded(e), e.status) for e in _events(sentence, "2018-03-15")] == [
        ("COERCE", "ISR", "SDN", "planned")
    ]


def test_expelled_diplomats_stay_a_sanction() -> None:
    # SK-internationalNews-590-20180326: a state's envoys named as such keep the first reading
    sentence = (
        "وطردت بريطانيا 23 دبلوماسيا روسيا في خطوة ردت عليها موسكو بطرد عدد مماثل من الدبلوماسيين"
        " البريطانيين."
    )
    assert ("SANCTION", "GBR", "RUS") in [_coded(e) for e in _events(sentence, "2018-03-26")]


def test_asking_an_envoy_to_leave_expels_him() -> None:
    # BB-middleEast-846-20180806: not a REQUEST but the envoy's expulsion (CAMEO 166)
    sentence = (
        'طلبت السعودية من السفير الكندي مغادرة أراضيها خلال 24 ساعة احتجاجا على "تدخل كندا الصريح'
        ' والسافر في الشؤون الداخلية للمملكة"، حسب بيان لوزارة الخارجية السعودية.'
    )
    events = extract(sentence, "2018-08-06").events
    assert ("SANCTION", "SAU", "CAN") in [_coded(e) for e in events]
    assert "REQUEST" not in [e.type for e in events]


def test_asking_an_envoy_to_leave_a_day_between_expels_him() -> None:
    # FR-internationalNews-1290-20180517: "الثلاثاء" between the verb and من
    sentence = "وطلبت تركيا الثلاثاء من سفير إسرائيل لديها أن يغادر مؤقتا البلاد."
    events = extract(sentence, "2018-05-17").events
    assert [(e.type, e.target.text) for e in events] == [("SANCTION", "سفير إسرائيل")]


def test_asking_citizens_to_leave_stays_a_request() -> None:
    # SK-middleEast-3564-20180908: Tehran's own nationals are no foreign envoys
    sentence = (
        "ورفع المتظاهرون العلم العراقي فوق القنصلية الإيرانية، بينما دعت طهران رعاياها إلى مغادرة"
        " البصرة فورا."
    )
    assert "SANCTION" not in [e.type for e in extract(sentence, "2018-09-08").events]


def test_no_concessions_is_a_rejection() -> None:
    # SK-internationalNews-2853-20180801: لن تقدم تنازلات refuses to yield (REJECT), no negated CONCEDE
    sentence = (
        "وكان الرئيس التركي رجب طيب أردوغان قد صعد من حدة تصريحاته ضد واشنطن، قائلأ إن تركيا لن تقدم"
        " تنازلات فيما يتعلق باستقلال القضاء."
    )
    events = extract(sentence, "2018-08-01").events
    assert [(e.type, e.status, e.source.country if e.source else None) for e in events] == [
        ("REJECT", "occurred", "TUR")
    ]


def _threats(sentence: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [_coded(e) for e in extract(sentence, published).events if e.type == "THREATEN"]


def test_a_warning_threatens_the_party_of_its_condition() -> None:
    # BB-internationalNews-406-20180425
    sentence = (
        'ويوم الثلاثاء، حذر روحاني من أنه ستكون هناك "عواقب وخيمة" إذا أعادت الولايات المتحدة فرض العقوبات.'
    )
    assert _threats(sentence, "2018-04-25") == [("THREATEN", "IRN", "USA")]


def test_a_warning_adverb_threatens_the_party_of_its_condition() -> None:
    # SK-internationalNews-1186-20180426: محذرا من أن ... في حال أقدم الرئيس الأميركي
    sentence = (
        "قال مستشار المرشد الإيراني علي خامنئي، علي أكبر ولايتي، الخميس، إن إيران لن تقبل أي تغيير في"
        " الاتفاق النووي المبرم مع القوى العالمية الست، محذرا من أن طهران ستنسحب منه في حال أقدم الرئيس"
        " الأميركي، دونالد ترامب، على خطوة مماثلة."
    )
    assert _threats(sentence, "2018-04-26") == [("THREATEN", "IRN", "USA")]


def test_a_warning_about_the_own_country_threatens_no_one() -> None:
    # BB-internationalNews-1026-20180829: the Democrats are the speaker's own country's party
    sentence = (
        'حذر الرئيس الأمريكي دونالد ترامب من أن سياساته سوف تنقلب بـ"عنف" إذا فاز الديمقراطيون في'
        " انتخابات التجديد النصفي المقررة في نوفمبر/تشرين الثاني المقبل."
    )
    assert not _threats(sentence, "2018-08-29")


def test_the_warners_office_after_his_name_is_no_addressee() -> None:
    # BB-internationalNews-255-20180330: a warning of what may come, by the UN Secretary-General
    sentence = (
        "وحذر أنطونيو غوتيريز الأمين العام للأمم المتحدة الخميس من أن العالم يخاطر"
        ' "بالوصول إلى موقف مشابه، بصورة كبيرة، لما عشناه أثناء الحرب الباردة".'
    )
    assert not _threats(sentence, "2018-03-30")
