"""Parties of events on real Arabic news (session 17, helper party17)."""

from __future__ import annotations

from hadath.pipeline import candidates, extract

# SK-middleEast-3614-20180910: a Bahraini cleric held in Iran.
_CLERIC = (
    "في حلقة جديدة من سلسلة الانتهاكات الإيرانية للزائرين، كشف عضو المجلس الأعلى للشؤون الإسلامية في "
    "البحرين، الشيخ محمد ملا أحمد التوبلاني عن ما تعرض عليه من أذى ومتاعب، خلال زيارته الدينية لمدينة "
    "مشهد الإيرانية الأسبوع الماضي.\n"
    "وأفرجت السلطات الإيرانية عن الشيخ محمد التوبلاني السبت بعد اعتقاله بعدة أيام، وبعد تعرضه لهجومين "
    "من قبل عدد من الإرهابيين والمطلوبين في مدينة مشهد الإيرانية."
)


def _arrests(text: str, date: str) -> list[tuple[str | None, str | None, str]]:
    doc = extract(text, date=date)
    return [
        (e.source and e.source.country, e.target and e.target.country, e.target.text if e.target else "")
        for e in doc.events
        if e.type == "COERCE"
    ]


def test_arrest_pronoun_is_the_person_named_before_it() -> None:
    # "بعد اعتقاله": the arrest of the cleric the sentence has just named, a Bahraini - not of some
    # unnamed citizen of Iran.
    assert ("IRN", "BHR", "محمد التوبلاني") in _arrests(_CLERIC, "2018-09-10")


def test_detention_pronoun_names_the_detainee() -> None:
    # FR-middleEast-773-20180716
    text = (
        "وروى عيتاني في شهادته تفاصيل احتجازه وأنه اضطر بسبب التعذيب للتوقيع على محضر الاعتراف بتهم "
        "لم يرتكبها."
    )
    assert [target for *_, target in _arrests(text, "2018-07-16")] == ["عيتاني"]


def test_arrest_pronoun_far_from_a_name_is_not_that_name() -> None:
    # AL-internationalNews-407-20180309: the judge named far before "توقيفها" is not the detainee.
    text = (
        "إلى ذلك، أوضح أنه تقدم بطلب تخليتها أمام مفوض الحكومة لدى المحكمة العسكرية القاضي بيتر جرمانوس "
        "سندا إلى المادتين 47 و107 من قانون أصول المحاكمات الجزائية لكون مدة توقيفها تخطت المدة المنصوص "
        "عنها بالقانون."
    )
    arrests = [c.event for c in candidates(text, "2018-03-09") if c.event.type == "COERCE"]
    assert arrests
    assert all(e.target is None or "جرمانوس" not in e.target.text for e in arrests)
