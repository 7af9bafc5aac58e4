"""Condemnations, charges and vows of retaliation on real 2018 news sentences (events/coder.py,
events/split_phrases.py, triggers.tsv)."""

from __future__ import annotations

import pytest

from hadath.model import Event
from hadath.pipeline import extract
from tests.conftest import dyad


def _events(sentence: str, published: str, event_type: str) -> list[Event]:
    return [e for e in extract(sentence, published).events if e.type == event_type]


def test_wa_dana_is_a_condemnation() -> None:
    # FR-internationalNews-2677-20180812: ودان (و + دان) condemns like أدان
    events = _events(
        "ودان رئيس الوزراء عمر الرزاز السبت الهجوم على الدورية الأردنية.", "2018-08-12", "ACCUSE"
    )
    assert [e.source.country for e in events if e.source] == ["JOR"]


def test_sudanese_is_no_condemnation() -> None:
    # AL-internationalNews-795-20180405: سودانين is Sudanese, not س + ودان + ين
    sentence = (
        'أعلن جهاز الأمن والمخابرات السوداني، استعادته 10 سودانين من صفوف تنظيم "داعش" الإرهابي في #ليبيا.'
    )
    assert not _events(sentence, "2018-04-05", "ACCUSE")


def test_a_condemned_attack_aims_at_its_named_doer() -> None:
    # SK-middleEast-641-20180329: the attacks' doer, past the day and the quoted manner
    sentence = (
        'ودان مجلس الأمن الدولي الأربعاء "بأشد العبارات" الهجمات المتعددة التي شنها المتمردون الحوثيون'
        " في اليمن ضد السعودية، قائلا إنها تشكل تهديدا للأمن الإقليمي."
    )
    events = _events(sentence, "2018-03-29", "ACCUSE")
    assert [(e.source.country, e.target.country, e.target.text) for e in events] == [
        ("IGO", "YEM", "المتمردون الحوثيون")
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "source"),
    [
        # BB-middleEast-473-20180509: "also" after the subject
        (
            "وقد تعهدت إيران أيضا بالرد على الغارات الجوية الأخيرة على منشآتها العسكرية في سوريا والتي"
            " نسبت إلى إسرائيل.",
            "2018-05-09",
            "IRN",
        ),
        # BB-middleEast-416-20180428: an apposition after the subject, and revenge
        (
            "وتعهد عبد الملك الحوثي، زعيم أنصار الله، بالانتقام لمقتل الصماد.",
            "2018-04-28",
            "YEM",
        ),
    ],
)
def test_a_vow_to_retaliate_is_a_threat(sentence: str, published: str, source: str) -> None:
    assert [e.source.country for e in _events(sentence, published, "THREATEN")] == [source]
    assert not _events(sentence, published, "AGREE")


def test_also_after_the_subject_of_a_verb_phrase() -> None:
    # BB-internationalNews-646-20180613: اعترض على past "also"
    sentence = "واعترضت اليونان أيضا على انضمام جارتها إلى حلف شمال الأطلسي (ناتو)، والاتحاد الأوروبي."
    assert [dyad(e) for e in _events(sentence, "2018-06-13", "REJECT")] == [("GRC", "IGO")]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # SK-internationalNews-3426-20181011: the accused after إلى, between the subject and the charge
        (
            "ووجهت تركيا إلى القس برانسون تهمة الضلوع في محاولة انقلاب ودعم جماعات إرهابية.",
            "2018-10-11",
            ("TUR", "USA"),
        ),
        # BB-internationalNews-1132-20181004: a count of charges
        (
            "وجه الإدعاء الماليزي 17 تهمة إلى زوجة رئيس الوزراء السابق نجيب رزاق، روسما منصور، تتعلق"
            " بغسيل الأموال والتهرب من الضرائب.",
            "2018-10-04",
            ("MYS", "MYS"),
        ),
    ],
)
def test_charges_brought_by_a_named_subject(sentence: str, published: str, expected: tuple[str, str]) -> None:
    assert expected in [dyad(e) for e in _events(sentence, published, "ACCUSE")]


def test_police_questioning_is_an_investigation() -> None:
    # BB-internationalNews-195-20180320: the present tense of استجوب
    sentence = (
        "تستجوب الشرطة الفرنسية الرئيس السابق نيكولا ساركوزي بشأن مزاعم بأن حملته الانتخابية حصلت على"
        " تمويل من الزعيم الليبي الراحل معمر القذافي."
    )
    events = _events(sentence, "2018-03-20", "ACCUSE")
    assert [(e.source.sector, e.target.text) for e in events] == [("COP", "الرئيس السابق نيكولا ساركوزي")]
