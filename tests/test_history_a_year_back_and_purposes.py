"""History and background told as news: an event whose own time lies a year or more back is history
however the time is set off from it."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # CN-internationalNews-3-20180218: an arrest of 2011, the time set off by commas
        (
            "واحتجزت السلطات الإيطالية هارون، في يونيو/ حزيران 2011، على متن سفينة تحمل ألفا و200 لاجئ"
            " من شمال أفريقيا كانوا بطريقهم من جزيرة في البحر الأبيض المتوسط إلى البر الرئيسي الإيطالي،"
            " وفقا لما ذكرته وثيقة المحكمة.",
            "2018-02-18",
            "COERCE",
        ),
        # BB-internationalNews-195-20180320: Chirac's sentence of 2011, the time past a long object
        (
            "وصدر حكم بالسجن عامين مع إيقاف التنفيذ ضد الرئيس الفرنسي السابق جاك شيراك عام 2011 لإساءة"
            " استخدام المال العام والإخلال بالثقة.",
            "2018-03-20",
            "SANCTION",
        ),
        # CN-middleEast-1069-20180601: an arrest of March 2017 in a June 2018 story
        (
            "واعتقلت السلطات الإماراتية الشحي، في مارس/ آذار عام 2017، بموجب قانون مكافحة الجرائم"
            " المعلوماتية الصادر عام 2012.",
            "2018-06-01",
            "COERCE",
        ),
        # SK-middleEast-2959-20180718: a when-clause the time before it dates
        (
            "دخل جنوب السودان في حرب أهلية في أواخر 2013 عندما اتهم الرئيس سلفا كير نائبه السابق رياك"
            " مشار بالتخطيط للانقلاب عليه.",
            "2018-07-18",
            "ACCUSE",
        ),
    ],
)
def test_an_event_its_own_time_dates_a_year_back_is_history(
    sentence: str, published: str, event_type: str
) -> None:
    assert event_type not in {c.event.type for c in candidates(sentence, published)}


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # CN-internationalNews-5-20180218: the recent time of its clause dates the charge, the year the
        # meddling it is about
        (
            "وأعلنت وزارة العدل الأمريكية، الجمعة، توجيهها الاتهام لـ13 مواطناً روسياً وثلاثة كيانات"
            " روسية بالتدخل في الانتخابات الأمريكية عام 2016.",
            "2018-02-18",
            "ACCUSE",
        ),
        # SK-middleEast-3565-20180907: a year ل gives a noun is the money's, not the aid's
        (
            "ويشمل التمويل مليار دولار مساعدات لموازنة السنة المالية الحالية و195 مليون دولار مخصصة"
            " لعام 2017.",
            "2018-09-07",
            "AID",
        ),
    ],
)
def test_a_year_of_another_word_leaves_the_event_news(sentence: str, published: str, event_type: str) -> None:
    assert event_type in {c.event.type for c in candidates(sentence, published)}


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # BB-middleEast-904-20180819: ل before the verbal noun of reaching a truce is "in order to"
        (
            "وجاءت التطورات الأخيرة رغم مساعي مسؤولين مصريين وأمميين، للتوصل إلى هدنة طويلة الأمد بين"
            " الفصائل الفلسطينية وعلى رأسها حركة حماس وإسرائيل.",
            "2018-08-19",
            "RETREAT",
        ),
        # SK-middleEast-3453-20180818
        (
            "وتحاول مصر والأمم المتحدة التوسط للتوصل إلى هدنة شاملة، لمنع تصعيد آخر في القتال.",
            "2018-08-18",
            "RETREAT",
        ),
        # BB-internationalNews-840-20180720: a future verb before the verbal noun of reaching an accord
        (
            'وقال بوتين إنه سيحاول التوصل لاتفاق "وسط" مع الحكومة الأمريكية.',
            "2018-07-20",
            "AGREE",
        ),
    ],
)
def test_an_outcome_sought_through_reaching_it_is_planned(
    sentence: str, published: str, event_type: str
) -> None:
    statuses = {c.event.status for c in candidates(sentence, published) if c.event.type == event_type}
    assert statuses == {"planned"}
