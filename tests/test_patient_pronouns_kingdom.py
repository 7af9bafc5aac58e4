"""Parties of events on real Arabic news: the pronoun of a patient noun, "المملكة" alone, and missiles
fired towards a state (events/roles.py, events/attachment.py, entities/mentions.py)."""

from __future__ import annotations

from hadath.pipeline import candidates, extract
from tests.conftest import dyads

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


def test_the_kingdom_alone_is_the_kingdom_the_article_names() -> None:
    # FR-middleEast-564-20180602 (a story of Jordan): the IMF asked "المملكة" - Jordan - for reforms.
    text = (
        "تواصلت الاحتجاجات في العاصمة عمان ومناطق متفرقة بالأردن ضد مشروع قانون ضريبة الدخل.\n"
        "واتخذت الحكومة إجراءات في السنوات الثلاث الماضية استجابة لتوجيهات صندوق النقد الدولي الذي طالب "
        "المملكة بإصلاحات اقتصادية تمكنها من الحصول على قروض جديدة."
    )
    assert ("IGO", "JOR") in dyads(text, "2018-06-02", "REQUEST")


def test_the_kingdom_the_sentence_names_comes_first() -> None:
    # FR-internationalNews-1746-20180610: in a story of Jordan, the king of Jordan meets the leaders
    # of "المملكة" he has just arrived in - Saudi Arabia.
    text = (
        "تعاني الأردن من أزمة اقتصادية خانقة.\n"
        "وصل العاهل الأردني الملك عبد الله الثاني إلى السعودية حيث من المقرر أن يلتقي مساء الأحد قادة "
        "المملكة والإمارات العربية المتحدة والكويت لمناقشة الأزمة."
    )
    (meeting,) = [
        e for e in extract(text, date="2018-06-10").events if text[e.trigger.start :].startswith("يلتقي")
    ]
    assert (meeting.source.country, meeting.target.country) == ("JOR", "SAU")


def test_missiles_towards_a_state_are_aimed_at_it() -> None:
    # CN-middleEast-378-20180326: "باتجاه المملكة" is whither the missiles flew, not who fired them.
    text = (
        "أعلنت السعودية اعتراض صاروخ باليستي.\n"
        'وكان التحالف قد أعلن بان "الميليشيات الحوثية أطلقت 95 صاروخا باليستيا باتجاه المملكة،" منذ '
        "بدئها العمليات في اليمن."
    )
    (attack,) = [
        c.event for c in candidates(text, "2018-03-26") if text[c.event.trigger.start :].startswith("صاروخا")
    ]
    assert (attack.source.country, attack.target.country) == ("YEM", "SAU")
