"""Subjects after عبر and before ب/ل nouns, on real 2018 news sentences (events/attachment.py): عبر before
an actor and a lexicon "عبر عن" noun is the verb "expressed" anywhere in a sentence, not "via"; a
nationality adjective after a definite noun that ب or ل governs qualifies that noun and is no subject."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import extract


def _coded(sentence: str, published: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in extract(sentence, published).events
        if e.type == event_type
    ]


def _types(sentence: str, published: str) -> list[str]:
    return [e.type for e in extract(sentence, published).events]


def test_expressed_after_an_aside_has_its_subject() -> None:
    # AL-internationalNews-1572-20180612: "إلى ذلك، عبر" - a verb after the aside, not "via"
    sentence = "إلى ذلك، عبر #كيم_يونغ_أون عن امتنانه للرئيس ترمب لعقد هذا الاجتماع."
    assert _coded(sentence, "2018-06-12", "SUPPORT") == [("PRK", "USA")]


def test_announced_via_a_ministry_expresses_nothing() -> None:
    # عبر before an actor and an عن that no "عبر عن" phrase goes on with stays "via"
    sentence = "وأعلن الجيش عبر وزارة الدفاع الأمريكية عن مقتل جنديين."
    assert "SUPPORT" not in _types(sentence, "2018-06-12")


def test_adjective_of_a_noun_after_ba_is_no_subject() -> None:
    # FR-internationalNews-1142-20180508: the intervention is Emirati; the UAE denounces nothing
    sentence = (
        "وخرجت مسيرات يمنية عديدة في سقطرى ومدن الجنوب تندد بالتدخل الإماراتي وراجت الاتهامات لأبو"
        " ظبي بأن لها أطماعا اقتصادية وعسكرية في الجزيرة."
    )
    assert _coded(sentence, "2018-05-08", "ACCUSE") == [("YEM", "ARE")]


def test_adjective_of_a_noun_after_lam_is_no_subject() -> None:
    # CN-middleEast-1403-20181003: the plane is the UN's; the UN refuses nothing
    sentence = (
        "وأكد أن الميليشيات الحوثية المدعومة من إيران تعنتت قبل 5 أيام، حيث رفضت السماح للطائرة الأممية"
        " من الهبوط في مطار صنعاء الدولي."
    )
    parties = _coded(sentence, "2018-10-03", "REJECT")
    assert parties and all(source != "IGO" for source, _ in parties)


def test_nationality_after_a_bare_noun_is_still_the_subject() -> None:
    # "ودعا الأمن الأردني": no preposition before the noun, so the adjective is the subject's
    sentence = "ودعا الأمن الأردني المتظاهرين إلى التفرق."
    events: list[Event] = [e for e in extract(sentence, "2018-06-02").events if e.type == "REQUEST"]
    assert [e.source.country for e in events if e.source] == ["JOR"]
