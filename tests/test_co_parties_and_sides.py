"""Three or more parties of one event: the first of a list of meeting or agreeing parties with each
of the others (roles.py assign_roles), the actor after "كل من" heading a list of subjects
(_each_of), and no meeting among a list that is the subject of another event's verb
(_subject_of_other_verb); "الجانب" + a nationality and "جيش الدفاع" (organizations.tsv), and the
object of a present verb describing an indefinite noun (_describes_indefinite)."""

from __future__ import annotations

import pytest

from tests.conftest import dyads, party_codes


@pytest.mark.parametrize(
    ("sentence", "date", "event_type", "pairs"),
    [
        # SK-middleEast-3403-20180814: three subjects before the verb
        (
            "والأسبوع الماضي قال مستشار الأمم المتحدة للشؤون الإنسانية إيان إيغلاند، إن تركيا وروسيا وإيران"
            ' اتفقت على "بذل ما في وسعها لتجنب" وقوع معركة في إدلب.',
            "2018-08-14",
            "AGREE",
            {("TUR", "RUS"), ("TUR", "IRN")},
        ),
        # FR-internationalNews-1746-20180610: the first after "كل من" leads the list
        (
            "تعقد مساء الأحد كل من السعودية والأردن والإمارات العربية المتحدة والكويت اجتماعا في مدينة مكة"
            " المكرمة، لبحث الأزمة الاقتصادية التي يمر بها الأردن وسبل تخطيها.",
            "2018-06-10",
            "CONSULT",
            {("SAU", "JOR"), ("SAU", "ARE"), ("SAU", "KWT")},
        ),
        # SK-middleEast-1160-20180421: "كل من" before the subjects of a strike
        (
            "ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا، فجر السبت الماضي، ضربة صاروخية لمواقع تابعة"
            " للنظام السوري، ردا على هجوم كيماوي مزعوم وقع في مدينة دوما التي كانت آخر جيوب المعارضة"
            " السورية قرب دمشق.",
            "2018-04-21",
            "ASSAULT",
            {("USA", "SYR")},
        ),
    ],
)
def test_each_party_of_a_list(sentence: str, date: str, event_type: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= set(dyads(sentence, date, event_type))


def test_requesters_of_a_session_meet_no_one() -> None:
    # SK-middleEast-869-20180409: the states that called for the session are its requesters, not
    # parties meeting each other
    sentence = (
        "وبعد دقيقة واحدة من هذا الطلب دعت بريطانيا وفرنسا والولايات المتحدة وبولندا وهولندا والسويد"
        " والكويت وبيرو وكوت ديفوار لعقد جلسة للمجلس لبحث هجوم بأسلحة كيماوية في سوريا."
    )
    assert len(dyads(sentence, "2018-04-09", "CONSULT")) <= 1


@pytest.mark.parametrize(
    ("sentence", "date", "pair"),
    [
        # BB-middleEast-5-20180218: "الجانب" + a nationality (organizations.tsv) is that state
        (
            'لكن الجانب الإسرائيلي حمل حركة "حماس" المسؤولية، لأنه يرى أنها تسيطر على الأوضاع الأمنية في'
            " القطاع.",
            "2018-02-18",
            ("ISR", "PSE"),
        ),
        # SK-middleEast-1562-20180510: "جيش الدفاع" alone is the Israeli army, not the Syrian one
        (
            "وشدد البيان على مواصلة الجيش الإسرائيلي تحركه بشكل صارم ضد التموضع الإيراني في سوريا، وحمّل"
            " جيش الدفاع النظام السوري المسؤولية عما يجري على أراضيه.",
            "2018-05-10",
            ("ISR", "SYR"),
        ),
    ],
)
def test_side_and_defence_army_names(sentence: str, date: str, pair: tuple[str, str]) -> None:
    assert dyads(sentence, date, "ACCUSE") == [pair]


def test_present_verb_after_an_indefinite_noun_takes_an_object() -> None:
    # SK-middleEast-868-20180409: "حملة تناشد الجنود": the campaign appeals to the soldiers, who do
    # not appeal (roles.py _describes_indefinite)
    sentence = (
        "في إسرائيل بعدما أطلقت المنظمة غير الحكومية (بتسليم) حملة تناشد الجنود لرفض إطلاق النار على"
        " متظاهري غزة العزل."
    )
    codes = party_codes(sentence, "2018-04-09", "REQUEST")
    assert codes
    assert all(code[1] != "MIL" and code[3] == "MIL" for code in codes)
