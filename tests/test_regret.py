"""Regret at what a party of another state did is disapproval (events/statements.py, cues.tsv ``regret``)."""

from __future__ import annotations

import pytest

import hadath


def _accusations(sentence: str, date: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in hadath.extract(sentence, date=date).events
        if e.type == "ACCUSE"
    ]


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # FR-internationalNews-1917-20180620: regret at the US decision
        (
            "في المقابل، أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن أسفه للقرار الأمريكي، معتبرا"
            ' أنه كان "من الأفضل بكثير" لو بقيت واشنطن عضوا في هذه الهيئة الأممية التي تتخذ من جنيف'
            " مقرا لها.",
            "2018-06-20",
            ("IGO", "USA"),
        ),
        # SK-internationalNews-1445-20180508: the regret verb, its subject before it
        (
            'بينما نقل الإليزيه عن الرئيس إيمانويل ماكرون قوله: "فرنسا وألمانيا وبريطانيا تأسف للقرار'
            ' الأميركي بالانسحاب من اتفاق إيران النووي".',
            "2018-05-08",
            ("FRA", "USA"),
        ),
        # FR-internationalNews-1917-20180620: a regret verb, its quoted subject after it
        (
            'من جهتها، أسفت منظمة "هيومن رايتس ووتش" لقرار واشنطن، معتبرة أنه "سيضع البلد على هامش المبادرات'
            ' الدولية المصيرية للدفاع عن حقوق الإنسان".',
            "2018-06-20",
            ("NGO", "USA"),
        ),
        # AL-internationalNews-476-20180315: "معربة عن أسفها" said by the clause's subject before it
        (
            "وأشار بيان الخارجية الباكستانية إلى أنها سلمت الجانب الهندي صورا تحدد هوية الأشخاص الذين أوقفوا"
            " بالقوة والتقطوا صورا لمسؤولين في السفارة الباكستانية في #نيودلهي، معربة عن أسفها لعدم اتخاذ"
            " الجانب الهندي أي إجراء إيجابي بشأن احتجاجاتها حتى الآن.",
            "2018-03-15",
            ("PAK", "IND"),
        ),
    ],
)
def test_regret_at_what_a_party_of_another_state_did_is_disapproval(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _accusations(sentence, date)


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # AL-internationalNews-1869-20180709: regret at a Briton's death is sympathy
        (
            "عبر الكرملين، اليوم الاثنين، عن أسفه لوفاة بريطانية بعد تعرضها لغاز أعصاب، لكنه أكد أن أي إشارة"
            ' إلى تورط روسيا ستكون "سخيفة جدا".',
            "2018-07-09",
            ("RUS", "GBR"),
        ),
        # SK-middleEast-3879-20181015: the kingdom suffers the campaign Kuwait regrets
        (
            "أعرب مجلس الوزراء الكويتي، الاثنين، عن أسفه للحملة الظالمة التي تتعرض لها المملكة العربية"
            " السعودية والمتمثلة بالاتهامات والادعاءات التي توجه لها.",
            "2018-10-15",
            ("KWT", "SAU"),
        ),
    ],
)
def test_regret_at_what_befell_a_party_accuses_no_one(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert dyad not in _accusations(sentence, date)


def test_regret_at_another_states_act_is_no_concession() -> None:
    # FR-internationalNews-1917-20180620: Guterres regrets the US decision; he concedes nothing
    sentence = (
        "في المقابل، أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن أسفه للقرار الأمريكي، معتبرا"
        ' أنه كان "من الأفضل بكثير" لو بقيت واشنطن عضوا في هذه الهيئة الأممية التي تتخذ من جنيف'
        " مقرا لها."
    )
    assert "CONCEDE" not in {e.type for e in hadath.extract(sentence, date="2018-06-20").events}
