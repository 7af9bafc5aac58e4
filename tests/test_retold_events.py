"""A story retells its curfew, arrest or refusal in later paragraphs, its parties left unsaid there;
once the article fills them in with the same countries, the retelling is the same occurrence (real
corpus text)."""

from __future__ import annotations

import hadath


def _of_type(text: str, date: str, event_type: str) -> list:
    return [e for e in hadath.extract(text, date).events if e.type == event_type]


def test_a_curfew_retold_in_a_later_paragraph_is_one_curfew() -> None:
    # SK-middleEast-3533-20180906: "إعادة فرض حظر التجول", then "أعادت السلطات فرض حظر للتجول".
    (curfew,) = _of_type(
        "وتزامنت التظاهرات مع إعادة فرض حظر التجول في المحافظة، في الوقت الذي دعا تحالف سائرون الذي "
        "يتزعمه الزعيم الديني مقتدى الصدر إلى عقد جلسة طارئة لمجلس النواب لبحث الأزمة في البصرة.\n"
        "وكان قد أحرق متظاهرون غاضبون مكاتب لأحزاب وميليشيات موالية لإيران في المدينة، فيما أعادت "
        "السلطات فرض حظر للتجول في المحافظة التي تشهد حركة احتجاج بسبب الفساد، وعجز الدولة عن تأمين "
        "الخدمات الأساسية لهذه المنطقة الساحلية الغنية بالنفط.",
        "2018-09-06",
        "COERCE",
    )
    assert curfew.mentions == 2 and curfew.source.country == "IRQ"


def test_a_refusal_told_in_the_lead_and_in_the_statement_is_one_refusal() -> None:
    # FR-middleEast-553-20180530: the Egyptian foreign ministry's "الرفض الكامل", then its spokesman's
    # "رفض مصر الكامل لتلك التصريحات".
    (refusal,) = _of_type(
        "استنكر الاتحاد الأوروبي الأربعاء توقيف معارضين وشخصيات من المجتمع المدني في مصر، ولا سيما في "
        'الأسابيع الأخيرة. من جهتها أكدت الخارجية المصرية الرفض الكامل لهذا الموقف وما تضمنه "من '
        'قراءة غير صحيحة للواقع المصري".\nوفي بيان صدر بعد ظهر الأربعاء، أكد المتحدث باسم وزارة '
        'الخارجية المصرية أحمد أبو زيد "رفض مصر الكامل لتلك التصريحات، وما تضمنته من قراءة غير صحيحة '
        'للواقع المصري".',
        "2018-05-30",
        "REJECT",
    )
    assert refusal.source.text == "الخارجية المصرية" and refusal.mentions == 2


def test_an_arrest_retold_in_another_word_is_one_arrest() -> None:
    # BB-middleEast-834-20180803: "السلطات الإيطالية قبضت عليه", then "بعد ساعات من احتجازه".
    (arrest,) = _of_type(
        "وكان محسوب قد قال الخميس إنه السلطات الإيطالية قبضت عليه وحققت معه دون أن تبلغه بالتهم "
        "الموجهة إليه.\nوأطلقت السلطات الإيطالية سراح محسوب بعد ساعات من احتجازه بمدينة كاتانيا، حسبما "
        "أوضح على حسابه على موقع التواصل الاجتماعي تويتر.",
        "2018-08-03",
        "COERCE",
    )
    assert arrest.mentions == 2 and arrest.source.country == "ITA"
