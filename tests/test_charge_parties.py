"""Parties of charges directed at a pronoun: real corpus sentences, each
with its doc_id."""

from __future__ import annotations

from hadath.pipeline import candidates


def _parties(text: str, date: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            c.event.source.text if c.event.source else None,
            c.event.target.text if c.event.target else None,
        )
        for c in candidates(text, date)
        if c.event.type == "ACCUSE"
    ]


def test_charge_directed_at_a_pronoun_is_no_charge_of_its_content() -> None:
    # BB-internationalNews-580-20180529: the police of the charge "resisting police officers" are
    # what she is charged with, neither accuser nor accused
    text = (
        'كما وجهت إليها "تهمة مقاومة رجال الشرطة أثناء القبض عليها، والاعتداء على رجال الشرطة بالبصق عليهم".'
    )
    assert _parties(text, "2018-05-29") == [(None, None)]


def test_charge_directed_at_a_pronoun_is_made_by_the_subject_before_its_verb() -> None:
    # BB-middleEast-469-20180508: the prosecution charges; what it charges with names no party
    text = (
        "وقالت رولا أبوزيد، شقيقة شادي، على صحفتها بموقع فيسبوك، إن النيابة وجهت له تهمتي نشر أخبار "
        "كاذبة والانضمام لجماعة محظورة."
    )
    assert _parties(text, "2018-05-08")[0][0] == "النيابة"
    # FR-internationalNews-2197-20180706: the Israeli judiciary charged him, "أمن الدولة" is the charge's
    text = (
        "الأمر يتعلق بغونين سيغيف الذي شغل منصب وزير الطاقة والبنى التحتية بين عامي خمسة وتسعين وستة "
        'وتسعين القضاء الإسرائيلي وجه له تهمة "التجسس ومساعدة العدو في وقت الحرب" ونقل معلومات "بِنية '
        'الإضرار بأمن الدولة".'
    )
    assert _parties(text, "2018-07-06") == [("القضاء الإسرائيلي", None)]
