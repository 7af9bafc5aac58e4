"""A first person's future (س + أ-present, spelled like a past-tense row) is planned, and the verb of
ألا (أن لا) is negated, or a duty's hypothetical (events/status.py)."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


def _statuses(text: str, event_type: str, date: str) -> list[str]:
    return [c.event.status for c in candidates(text, date) if c.event.type == event_type]


@pytest.mark.parametrize(
    ("sentence", "published", "event_type", "status"),
    [
        # SK-internationalNews-1006-20180419: Trump's "I will meet"
        (
            'وقال ترامب للصحفيين في منتجع "مارالاغو" بولاية فلوريدا: "كما تعلمون، سألتقي كيم جونع أون'
            " خلال الأسابيع المقبلة لبحث نزع السلاح النووي من شبه الجزيرة الكورية.",
            "2018-04-19",
            "CONSULT",
            "planned",
        ),
        # SK-middleEast-1377-20180501: the British minister "will receive" Iran's chargé d'affaires
        (
            'ومضى يقول: "سفير صاحب الجلالة بطهران غادر إيران اليوم، وسأستقبل القائم بالأعمال بسفارة إيران'
            ' خلال 30 دقيقة من أجل مطالبته مغادرة التراب الوطني حالا".',
            "2018-05-01",
            "CONSULT",
            "planned",
        ),
        # CN-internationalNews-587-20180909: "I will withdraw", as Kerry quotes Trump
        (
            'واردف كيري قائلا: "ما قام به الرئيس ترامب ببساطة هو القول إنني سأنسحب ومهما كانت المخاطر'
            ' الموجودة في السابق"',
            "2018-09-09",
            "RETREAT",
            "planned",
        ),
        # SK-internationalNews-1919-20180602: a promise not to impose sanctions
        (
            "ووعد الرئيس الأميركي، الذي تسلم من الجنرال كيم يونغ شول رسالة من كيم جونغ أون، بألا تفرض"
            " الولايات المتحدة عقوبات جديدة على بيونغ يانغ خلال المفاوضات.",
            "2018-06-02",
            "SANCTION",
            "negated",
        ),
        # SK-internationalNews-2745-20180720: Trump must not meet Putin again (a duty's: hypothetical)
        (
            "وقال زعيم الديمقراطيين في مجلس الشيوخ الأميركي تشاك شومر، إنه يتعين على ترامب ألا يلتقي"
            " بنظيره الروسي في اجتماع ثنائي آخر إلى أن يعلم الأميركيون ماذا دار خلال القمة الأولى بين"
            " الزعيمين في هلسنكي هذا الأسبوع.",
            "2018-07-20",
            "CONSULT",
            "hypothetical",
        ),
    ],
)
def test_first_person_future_and_not_that(
    sentence: str, published: str, event_type: str, status: str
) -> None:
    assert status in _statuses(sentence, event_type, published)


def test_except_before_a_noun_negates_nothing() -> None:
    # SK-middleEast-2520-20180621 (title): إلا before a verbal noun is "but", not ألا
    title = "قرقاش: ليس أمام الحوثي إلا الانسحاب من الحديدة"
    assert "negated" not in _statuses(title, "RETREAT", "2018-06-21")
