"""History told without its own date: "then" (حينها، وقتها).

A past event whose clause says حينها or وقتها is told from a time gone by, background, as with آنذاك
(cues.tsv ``then``). A "then" clause that also tells a time less than a year back is recent context,
news (timing._recent_in_clause)."""

from __future__ import annotations

from tests.conftest import reported_dyads


def test_an_event_told_as_then_is_background() -> None:
    # BB-internationalNews-1028-20180829 (Mosaddegh's nationalisation, 1951)
    sanctions = (
        "حينها فرضت لندن على طهران عقوبات قاسية بهدف إجبارها على التراجع عن القرار، ولما لم يتراجع مصدق"
        ' كانت النتيجة أن قامت بريطانيا والولايات المتحدة بالتخطيط لانقلاب، عرف بـ"عملية أجاكس".'
    )
    assert reported_dyads(sanctions, "2018-08-29", "SANCTION") == []
    # SK-internationalNews-3110-20180901
    refusal = (
        "ورفض رئيس قرغيزستان وقتها ألمظ بك أتامباييف صراحة إغلاق المدارس، وقام بتغيير اسم الشبكة"
        " التعليمية هناك."
    )
    assert reported_dyads(refusal, "2018-09-01", "REJECT") == []


def test_then_with_a_recent_time_in_the_clause_is_news() -> None:
    # FR-middleEast-322-20180420: the strikes are dated "السبت"; آنذاك is the town's state then
    sentence = (
        "وشنت الدول الغربية الثلاث ضربات استهدفت مواقع للنظام السوري السبت ردا على هجوم مفترض بالأسلحة"
        " الكيميائية اتهمت قوات النظام بشنه في السابع من نيسان/أبريل على المدنيين في مدينة دوما التي كانت"
        ' خاضعة آنذاك لسيطرة المعارضة السورية التي عادة ما تصفها دمشق بـ"الإرهابية".'
    )
    assert ("WST", "SYR") in reported_dyads(sentence, "2018-04-20", "ASSAULT")
    # AL-internationalNews-259-20180228: a request "a few days ago"
    request = (
        "وطلبت السلطات التركية حينها من الحكومة التشيكية قبل أيام، اعتقال القائد السابق لحزب الاتحاد"
        " الديمقراطي السوري الكردي الذي تعتبره أنقره فرعا لحزب العمال الكردستاني."
    )
    assert reported_dyads(request, "2018-02-28", "REQUEST")
