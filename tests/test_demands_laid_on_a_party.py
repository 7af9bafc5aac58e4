"""A speaker's demand told with على, the one who must and a verbal noun, without أن
(events/statements.demand_words; cues.tsv ``knowing`` and ``duty``)."""

from __future__ import annotations

import pytest

from tests.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # SK-middleEast-334-20180316
        (
            "قال الرئيس التركي رجب طيب أردوغان، الجمعة، إن على الولايات المتحدة سحب المقاتلين الأكراد"
            " المتحالفين معها إلى شرق نهر الفرات بسوريا، في حال أرادت التعاون مع أنقرة.",
            "2018-03-16",
            ("TUR", "USA"),
        ),
        # SK-middleEast-2335-20180612
        (
            "قال وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، الثلاثاء، إن على مليشيات الحوثي"
            " الإيرانية إخلاء ميناء الحديدة، مؤكدا على أنه لا يمكن للحوثيين أن يبقوا على هذه المدينة"
            " الاستراتيجية رهينة حتى يمولوا حربهم، ويحولوا دون تدفق المساعدات الإنسانية لليمن.",
            "2018-06-12",
            ("ARE", "YEM"),
        ),
    ],
)
def test_what_a_party_must_do_told_with_a_verbal_noun_is_the_speakers_demand(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert dyad in dyads(sentence, date, "REQUEST")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # SK-middleEast-964-20180412: the Russians must get ready - a warning
        (
            "وكان الرئيس الأميركي قد قال في تغريده له ردا على تصريحات روسية بإسقاط أي صواريخ تطلق على سوريا،"
            " بأن على الروس الاستعداد لأن الصواريخ قادمة وهي ذكية.",
            "2018-04-12",
        ),
        # BB-internationalNews-991-20180817: Washington must expect more measures - a warning
        (
            "وقال وزير التجارة التركي روهسار بيكان إن على واشنطن توقع مزيد من الإجراءات المماثلة.",
            "2018-08-17",
        ),
        # FR-internationalNews-269-20180305: Russia has a special responsibility - a judgement
        (
            'أما عن دور روسيا في الملف السوري قال هولاند "إن على روسيا مسؤولية خاصة لأنها الداعم الرئيس'
            ' لنظام بشار الأسد ولأنها نظمت محادثات ولقاءات للتوصل إلى حل سياسي".',
            "2018-03-05",
        ),
    ],
)
def test_what_a_party_must_expect_or_a_duty_it_has_is_no_demand(sentence: str, date: str) -> None:
    assert not dyads(sentence, date, "REQUEST")
