"""False events on whole articles (session 20, fp20): real corpus sentences, each with its doc_id."""

from __future__ import annotations

from hadath.pipeline import candidates, extract


def _statuses(text: str, event_type: str, date: str = "2018-07-19") -> list[str]:
    return [c.event.status for c in candidates(text, date) if c.event.type == event_type]


def test_sentence_that_may_be_passed_has_not_been() -> None:
    # FR-middleEast-786-20180719: a modal verb with أن, a present verb, then the verbal noun
    text = "ويمكن أن يصدر بحقه حكم بالسجن لمدة 35 عاما في حال إدانته."
    assert _statuses(text, "SANCTION") == ["hypothetical"]


def test_detention_the_law_allows_is_no_detention() -> None:
    # SK-internationalNews-461-20180320: a modal verb and its ل party right before the event noun
    text = "وبموجب القانون الفرنسي فإن يمكن للشرطة احتجاز الشخص لمدة يومين قبل إطلاق سراحه، أو توجيه اتهام."
    assert _statuses(text, "COERCE", "2018-03-20") == ["hypothetical"]


def test_ban_a_law_may_lead_to_is_still_ahead_but_not_its_cause() -> None:
    # SK-middleEast-2938-20180717: قد + a present verb, then إلى and the event noun
    text = (
        "أقر الكنيست الإسرائيلي (البرلمان)، الثلاثاء، قانونا قد يؤدي إلى حظر بعض الجماعات، التي تنتقد "
        "سياسات الحكومة ضد الفلسطينيين من دخول المدارس الإسرائيلية."
    )
    assert _statuses(text, "COERCE", "2018-07-17") == ["hypothetical"]
    # SK-internationalNews-620-20180327: the noun right after "قد يؤدي" is what may lead to something;
    # BB-internationalNews-706-20180626: "وقد تعرض" is "he has been subjected", not "she may present"
    cause = "وقد يؤدي رفض حزب كامينوس لدعم الاتفاق إلى تهديد استقرار الحكومة اليونانية."
    assert _statuses(cause, "REJECT", "2018-03-27") == ["occurred"]
    criticised = "وقد تعرض لانتقادات بسبب عملية القتل دون محاكمة التي استهدفت تجار المخدرات والمدمنين."
    assert _statuses(criticised, "ACCUSE", "2018-06-26")[0] == "occurred"


def _types(text: str, date: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in extract(text, date).events]


def test_act_an_accusation_charges_is_no_event_of_its_own() -> None:
    # SK-internationalNews-3051-20180816: "تتهمها واشنطن بانتهاك القيود": no coercion
    sanctions = (
        "حذرت روسيا من أن العقوبات الأميركية الأخيرة ضد شركة روسية تتهمها واشنطن بانتهاك القيود الدولية "
        "على كوريا الشمالية يمكن أن تقوض محادثات نزع الاسلحة النووية مع بيونغيانغ."
    )
    assert "COERCE" not in {event_type for event_type, _ in _types(sanctions, "2018-08-16")}


def test_refusal_or_demand_a_relative_clause_describes_is_a_stance() -> None:
    # BB-middleEast-137-20180305: "the states that refuse migrants" - no refusal took place
    text = (
        "وخفض المساعدات للدول التي ترفض قبول المهاجرين، والبحث عن بدائل لعملة اليورو والتحالف مع دول "
        'أوروبا الجنوبية، ومعارضة سياسات التقشف، وحماية منتجات "صنع في إيطاليا".'
    )
    assert "REJECT" not in {event_type for event_type, _ in _types(text, "2018-03-05")}
    # BB-middleEast-764-20180720: the marches' demand is no request of the article
    marches = (
        "ويتظاهر الفلسطينيون بشكل مستمر منذ شهر مارس الماضي على حدود القطاع فيما يسمونه مسيرات العودة "
        "التي تطالب بتمكين الفلسطينيين من حق العودة إلى ديارهم في الضفة الغربية المحتلة."
    )
    assert "REQUEST" not in {event_type for event_type, _ in _types(marches, "2018-07-20")}
    # CN-middleEast-490-20180405: a relative clause of time (فيها) tells an occasion, the demand
    occasion = (
        'ولم تكن هذه هي المرة الأولى التي يطالب فيها ترامب السعودية بأموال مقابل "حمايتها"، على حد تعبيره.'
    )
    assert ("REQUEST", "ongoing") in _types(occasion, "2018-04-05")
