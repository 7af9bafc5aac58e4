"""Calls that consult no one (events/coder.py): a phone call placed to ask for comment or for something
(ل + a request or comment word right after it) is a reporter's or a caller's request, and a private
person's call is private, no CONSULT; a call between leaders stays one. Real 2018 news sentences."""

from __future__ import annotations

from tests.conftest import dyads


def test_a_call_for_comment_consults_no_one() -> None:
    # FR-internationalNews-2001-20180625 (was CONSULT USA -> USA)
    assert dyads("ولم يرد البيت الأبيض على مكالمة هاتفية لطلب التوضيح.", "2018-06-25", "CONSULT") == []
    # SK-middleEast-3159-20180729 (was CONSULT ISR -> ISR)
    sentence = "ولم يرد متحدث باسم الشرطة الإسرائيلية على اتصال هاتفي للتعليق."
    assert dyads(sentence, "2018-07-29", "CONSULT") == []


def test_a_call_between_leaders_stays_a_consultation() -> None:
    # BB-middleEast-284-20180403 (a meeting, whichever side is read as the caller)
    sentence = "وأجرى الرئيس المصري، عبد الفتاح السيسي، اليوم اتصالا هاتفيا بـ أبي أحمد، وجه إليه التهنئة."
    assert [sorted(d) for d in dyads(sentence, "2018-04-03", "CONSULT")] == [["EGY", "ETH"]]


def test_a_private_persons_call_consults_no_one() -> None:
    # BB-internationalNews-983-20180816 (was CONSULT ESP -> AUT)
    sentence = "وتمكن رجل ثالث كان يجري مكالمة هاتفية على سطح الدار من النجاة."
    assert dyads(sentence, "2018-08-16", "CONSULT") == []
    # SK-internationalNews-829-20180406: a family call (was CONSULT RUS -> RUS)
    sentence = (
        "وبث التلفزيون العام الروسي الخميس شريطا مسجلا قدمه على أنه مكالمة هاتفية بين يوليا سكريبال"
        " وقريبتها فيكتوريا."
    )
    assert dyads(sentence, "2018-04-06", "CONSULT") == []
