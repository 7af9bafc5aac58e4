"""A party carried on a verb as an ending. «حمّل X مسؤولية» (split_phrases._carried_parties): the
object as a pronoun in a relative clause is the antecedent, the accused ("غولن الذي تحمله أنقرة
مسؤولية"); a dual or plural subject ending leaves the actor after the verb to be the object ("حملتا روسيا
... مسؤولية"). A relative clause's object pronoun after a past's ending (attachment.ending_pronoun:
"الذين اعتقلتهم كوريا الشمالية") is the antecedent, the patient."""

from __future__ import annotations

import pytest

from tests.conftest import dyads, party_codes


@pytest.mark.parametrize(
    ("sentence", "date", "pair"),
    [
        # CN-internationalNews-393-20180525: a dual past, its subject named before it
        (
            "دبي، الإمارات العربية المتحدة (CNN)— أصدر كل من هولندا وأستراليا، الجمعة، بيانا مشتركا حملتا"
            " روسيا به وبصورة رسمية مسؤولية اسقاط الطائرة الماليزية برحلتها رقم MH17 فو ق أوكرانيا.",
            "2018-05-25",
            ("NLD", "RUS"),
        ),
        # CN-middleEast-102-20180226: the antecedent of a pronoun object after a feminine past's ending,
        # the subject that of the clause before (the MEK holds the Iranian minister responsible)
        (
            'وكانت منظمة "مجاهدي خلق" الإيرانية المعارضة قد أصدرت بيانا قبل أيام، دعت فيه إلى إلغاء خطاب'
            ' الوزير الإيراني الذي حملته مسؤولية "مجزرة 1988" بحق المعارضين الإيرانيين، وطالبت أيضا باعتقال'
            ' الوزير ومحاكمته عن "جرائم ضد الإنسانية" وفق تعبيرها.',
            "2018-02-26",
            ("IRN", "IRN"),
        ),
        # AL-internationalNews-803-20180405: the antecedent, the subject that of the main clause
        (
            "وتوعدت أنقرة بالقضاء على تأثير حركة غولن التي تحملها مسؤولية الانقلاب الفاشل في 2016، ليس فقط"
            " في #تركيا ولكن كذلك في دول أخرى تمكنت من تعزيز نفوذها فيها خصوصا في قطاع التعليم.",
            "2018-04-05",
            ("TUR", "TUR"),
        ),
    ],
)
def test_a_party_carried_on_the_verb(sentence: str, date: str, pair: tuple[str, str]) -> None:
    assert pair in dyads(sentence, date, "ACCUSE")


def test_the_subject_after_a_pronoun_object_holds_the_antecedent_responsible() -> None:
    # SK-internationalNews-2145-20180615: Washington blames Fazlullah (of the Pakistani Taliban), not
    # the other way round (the present with ت is read as the lexicon's يحمل)
    sentence = (
        "وكانت وزارة الخارجية الأميركية أعلنت في مارس، عن مكافأة بقيمة 5 ملايين دولار، لمن يساعدها في"
        " الكشف عن مكان مولانا فضل الله، الذي تحمّله واشنطن المسؤولية عن اعتداءات كثيرة أدمت باكستان"
        " بالاضافة إلى محاولة تفجير سيارة مفخخة في ميدان تايمز سكوير في نيويورك في 2010."
    )
    pairs = dyads(sentence, "2018-06-15", "ACCUSE")
    assert ("USA", "PAK") in pairs
    assert ("PAK", "USA") not in pairs


@pytest.mark.parametrize(
    ("sentence", "date", "codes"),
    [
        # BB-internationalNews-415-20180426: the pronoun after the feminine past's ت
        (
            "كما يتوقع إدراج مسألة العمال الأجانب الذين اعتقلتهم كوريا الشمالية في قائمة القضايا المطروحة"
            " على طاولة الحوار.",
            "2018-04-26",
            ("PRK", "GOV", None, "CVL"),
        ),
        # SK-middleEast-1629-20180512
        (
            "وتبين تفاصيل الحوارات بين المسؤولين القطريين وزعماء المجموعات الإرهابية المدعومة من إيران أن"
            " الدوحة قد دفعت مئات الملايين من الدولارات – بل أن أحد التقارير ذهب للقول أن مجموع المبالغ"
            " وصل إلى مليار دولار – وذلك كفدية لتأمين عملية إطلاق سراح رهائن احتجزتهم المليشيات الشيعية في"
            " العراق.",
            "2018-05-12",
            ("IRQ", "UAF", "IRQ", "CVL"),
        ),
    ],
)
def test_a_resumptive_object_after_a_past_ending(
    sentence: str, date: str, codes: tuple[str | None, ...]
) -> None:
    # the relative clause's subject holds the antecedent, whose pronoun follows the verb's ending
    assert codes in party_codes(sentence, date, "COERCE")
