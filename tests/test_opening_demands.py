"""A weak demand verb (طالب، طلب) that opens its sentence with an official, court, legislator or party
as its subject after it is a REQUEST though no addressee is named (acceptance.prior): the article
gives the other party. A student (طالب), a broadcaster's informant and a subject carried over from
the sentence before make no such demand."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import extract


def _requests(text: str, published: str) -> list[Event]:
    return [e for e in extract(text, published).events if e.type == "REQUEST"]


def test_prosecutor_opening_a_sentence_demands() -> None:
    # CN-internationalNews-694-20181012
    sentence = (
        "طالب الادعاء العام التركي، الجمعة، بإلغاء منع السفر والإقامة الجبرية المفروضة على القس الأمريكي"
        " آندرو برونسون."
    )
    events = _requests(sentence, "2018-10-12")
    assert [(e.source.country, e.source.sector) for e in events if e.source] == [("TUR", "JUD")]


def test_official_after_a_time_phrase_demands() -> None:
    # BB-internationalNews-857-20180723
    sentence = (
        "ويوم الأحد، طالب رئيس الوزراء الصيني، لي كه تشيانغ، بفرض عقوبات مشددة على الأشخاص المتورطين"
        " في هذه الفضيحة."
    )
    assert [e.source.country for e in _requests(sentence, "2018-07-23") if e.source] == ["CHN"]


def test_secretary_general_demands_an_inquiry() -> None:
    # BB-middleEast-271-20180331
    sentence = "وطالب الأمين العام للأمم المتحدة أنطونيو غوتيريس بتحقيق مستقل في مقتل الفلسطينيين."
    assert [e.source.country for e in _requests(sentence, "2018-03-31") if e.source] == ["IGO"]


def test_students_informants_and_carried_subjects_demand_nothing() -> None:
    texts = [
        # BB-internationalNews-225-20180325
        'وقال المتحدث ديلاني تار وهو طالب من باركلاند "سنواصل النضال من أجل أصدقائنا الذين لقوا حتفهم".',
        # AL-internationalNews-549-20180320
        'وبحسب إفادة طالب لشبكة "سي إن إن" عبر الهاتف، فإن النيران أطلقت خلال الدروس عند الساعة 8.00.',
        # SK-internationalNews-2087-20180611 (the agreement asked, not Trump of the sentence before)
        "وانسحب الرئيس الأميركي دونالد ترامب من الاتفاق النووي الشهر الماضي. وطلب الاتفاق من إيران الحد من"
        " تخصيب اليورانيوم مقابل تخفيف العقوبات الدولية المفروضة عليها.",
    ]
    for text in texts:
        demands = [e.trigger_text for e in _requests(text, "2018-06-11")]
        assert not [t for t in demands if "طلب" in t or "طالب" in t]
