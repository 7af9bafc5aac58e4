"""A person named in full and then by the last words of the name is one party: the mentions of one
arrest or sanction of that person are one record (real corpus text)."""

from __future__ import annotations

import hadath


def _of_type(text: str, date: str, event_type: str) -> list:
    return [e for e in hadath.extract(text, date).events if e.type == event_type]


def test_an_arrest_of_a_person_retold_by_his_surname_is_one_arrest() -> None:
    # SK-internationalNews-1184-20180426: "عباس عدالت" arrested, then "اعتقل عدالت" with the arrester named.
    arrests = _of_type(
        "أكدت وسائل إعلان إيرانية الخميس، أن الجامعي البريطاني (الإيراني الأصل) والناشط من أجل "
        'السلام، عباس عدالت، تم اعتقاله للاشتباه بدوره في "شبكة تسلل".\nوذكر مركز حقوق الإنسان أن '
        "الحرس الثوري الإيراني اعتقل عدالت رافضا أن يتم تحديد كفالة له، الأربعاء.",
        "2018-04-26",
        "COERCE",
    )
    assert len(arrests) == 1 and arrests[0].source.text == "الحرس الثوري الإيراني"
    assert arrests[0].target.text == "عباس عدالت"
