"""Verbs of lying, violating, misleading and arming as allegations (cues.tsv ``allegation``, triggers.tsv
ACCUSE allege): what a speaker says a party of another state does with them is its accusation."""

from __future__ import annotations

import pytest

from tests.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "date", "accused"),
    [
        # CN-middleEast-770-20180430
        (
            "وقال نتنياهو في كلمة ألقاها، الإثنين، وعرض فيها بعض الصور ومقاطع الفيديو التي ذكر أنها تكشف"
            ' تطوير إيران لبرنامجها النووي بشكل سري، إن المسؤولين الإيرانيين "يكذبون بوقاحة"، حين ينفون'
            " نية طهران إنتاج سلاح نووي.",
            "2018-04-30",
            ("ISR", "IRN"),
        ),
        # BB-middleEast-364-20180417
        (
            "وقالت روسيا، التي صوتت ضد الإجراء، إن الولايات المتحدة تضلل المجتمع الدولي بشأن الهجوم.",
            "2018-04-17",
            ("RUS", "USA"),
        ),
        # CN-middleEast-1113-20180605
        (
            "وأكدت منظمة العفو الدولية أن هذه النتائج تعتبر أرضية صلبة للقول إن التحالف بقيادة الولايات"
            " المتحدة الأمريكية يخرق القوانين الدولية وحقوق الإنسان ويمكن اعتبارها جرائم حرب.",
            "2018-06-05",
            ("NGO", "USA"),
        ),
        # SK-middleEast-1460-20180506: arming a party (تزود، يسلح) is alleged as lying is
        (
            "قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو، الأحد، إن إيران تزود سوريا بأسلحة متقدمة، تشكل"
            " خطرا على إسرائيل، ومن الأفضل مواجهة طهران عاجلا وليس آجلا.",
            "2018-05-06",
            ("ISR", "IRN"),
        ),
    ],
)
def test_lying_violating_and_misleading_said_of_a_party_accuse_it(
    sentence: str, date: str, accused: tuple[str, str]
) -> None:
    assert accused in dyads(sentence, date, "ACCUSE")
