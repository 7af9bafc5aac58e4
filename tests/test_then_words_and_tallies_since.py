"""History told without its own date (status23): "then" (حينها، وقتها) and tallies since a year gone by.

A past event whose clause says حينها or وقتها is told from a time gone by, background, as with آنذاك
(cues.tsv ``then``); a past event a منذ phrase after it counts since a time a year or more back is a
tally of years, background (hadath.events.timing._tallied_since) - not what a superlative or "first"
ranks, nor the content of a call, nor a time a participle or أنه after the event takes. A "then" clause
that also tells a time less than a year back is recent context, news (timing._recent_in_clause)."""

from __future__ import annotations

from hadath.pipeline import extract


def _counted(sentence: str, published: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in extract(sentence, published).events
        if e.type == event_type and e.status in ("occurred", "ongoing")
    ]


def test_an_event_told_as_then_is_background() -> None:
    # BB-internationalNews-1028-20180829 (Mosaddegh's nationalisation, 1951)
    sanctions = (
        "حينها فرضت لندن على طهران عقوبات قاسية بهدف إجبارها على التراجع عن القرار، ولما لم يتراجع مصدق"
        ' كانت النتيجة أن قامت بريطانيا والولايات المتحدة بالتخطيط لانقلاب، عرف بـ"عملية أجاكس".'
    )
    assert _counted(sanctions, "2018-08-29", "SANCTION") == []
    # SK-internationalNews-3110-20180901
    refusal = (
        "ورفض رئيس قرغيزستان وقتها ألمظ بك أتامباييف صراحة إغلاق المدارس، وقام بتغيير اسم الشبكة"
        " التعليمية هناك."
    )
    assert _counted(refusal, "2018-09-01", "REJECT") == []


def test_a_tally_since_a_past_year_is_background() -> None:
    # SK-middleEast-491-20180323
    deported = (
        "قال وزير الداخلية الجزائري نور الدين بدوي إن بلاده رحلت 27 ألف مهاجر من منطقة أفريقيا جنوبي"
        " الصحراء إلى بلدانهم منذ عام 2015 وإنها ستواصل ترحيلهم."
    )
    assert [s for s, _ in _counted(deported, "2018-03-23", "COERCE")] == []
    # FR-internationalNews-2293-20180713
    killed = "وقتل 246 شخصا منذ 2015 في اعتداءات وقعت على الأراضي الفرنسية."
    assert _counted(killed, "2018-07-13", "ASSAULT") == []


def test_the_first_since_a_past_year_is_news() -> None:
    # FR-internationalNews-2548-20180731
    sentence = "وهذه أول مرة تقوم فيها سفينة إيطالية بطرد مهاجرين منذ 2009."
    assert _counted(sentence, "2018-07-31", "COERCE")


def test_an_accusation_of_what_was_done_since_a_past_year_is_news() -> None:
    # FR-internationalNews-1071-20180503: the time is what the accused did, after بأنه
    sentence = (
        "وفي بيان أرفقه بشكواه، عرض حمزة شهادات أقرباء له واتهم المشير حفتر بأنه أطلق منذ شباط/فبراير 2016"
        ' حملة "شملت قصفا عشوائيا وجرائم وعمليات خطف" في أحياء سكنية في بنغازي.'
    )
    assert _counted(sentence, "2018-05-03", "ACCUSE")


def test_then_with_a_recent_time_in_the_clause_is_news() -> None:
    # FR-middleEast-322-20180420: the strikes are dated "السبت"; آنذاك is the town's state then
    sentence = (
        "وشنت الدول الغربية الثلاث ضربات استهدفت مواقع للنظام السوري السبت ردا على هجوم مفترض بالأسلحة"
        " الكيميائية اتهمت قوات النظام بشنه في السابع من نيسان/أبريل على المدنيين في مدينة دوما التي كانت"
        ' خاضعة آنذاك لسيطرة المعارضة السورية التي عادة ما تصفها دمشق بـ"الإرهابية".'
    )
    assert ("WST", "SYR") in _counted(sentence, "2018-04-20", "ASSAULT")
    # AL-internationalNews-259-20180228: a request "a few days ago"
    request = (
        "وطلبت السلطات التركية حينها من الحكومة التشيكية قبل أيام، اعتقال القائد السابق لحزب الاتحاد"
        " الديمقراطي السوري الكردي الذي تعتبره أنقره فرعا لحزب العمال الكردستاني."
    )
    assert _counted(request, "2018-02-28", "REQUEST")
