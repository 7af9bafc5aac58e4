"""A speaker's word that a party is to blame for something or meddled in elections ("إن روسيا مسؤولة عن
الهجوم"، "أن روسيا تدخلت في انتخابات 2016", cues.tsv pejorative) is the speaker's accusation of that party."""

from __future__ import annotations

import pytest

from tests.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "date", "pair"),
    [
        # SK-internationalNews-390-20180316: Theresa May on the Salisbury attack
        (
            "وكانت رئيسة الوزراء البريطانية تيريزا ماي أكدت في وقت سابق أن روسيا مسؤولة عن هجوم بغاز"
            " الأعصاب على سكريبال، الكولونيل السابق في المخابرات العسكرية الروسية الذي وشى بعشرات الجواسيس"
            " الروس لدى بريطانيا.",
            "2018-03-16",
            ("GBR", "RUS"),
        ),
        # SK-middleEast-1114-20180418: Mattis on the inspectors' delay in Douma
        (
            "قال وزير الدفاع الأميركي، جيم ماتيس، الأربعاء، إن الحكومة السورية مسؤولة عن تأخر وصول مفتشي"
            " منظمة حظر الأسلحة الكيماوية لمواقع الهجوم المشتبه به في دوما بغوطة دمشق الشرقية.",
            "2018-04-18",
            ("USA", "SYR"),
        ),
        # CN-middleEast-517-20180408: Trump's tweet after Douma (the plural, and the parties joined by و)
        (
            "واشنطن، الولايات المتحدة الأمريكية (CNN)— قال الرئيس الأمريكي، دونالد ترامب، الأحد، إن الرئيس"
            ' الروسي، فلاديمير بوتين وروسيا وإيران مسؤولون عن دعم "الأسد الحيوان" على حد تعبيره.',
            "2018-04-08",
            ("USA", "IRN"),
        ),
        # FR-internationalNews-2357-20180717: Trump after Helsinki
        (
            'وقال ترامب "أوافق على استخلاصات أجهزة استخباراتنا لجهة أن روسيا تدخلت في انتخابات 2016"، مشددا'
            ' على "احترامه" لهذه الوكالات الفدرالية.',
            "2018-07-17",
            ("USA", "RUS"),
        ),
    ],
)
def test_to_blame_for_is_an_accusation(sentence: str, date: str, pair: tuple[str, str]) -> None:
    assert pair in dyads(sentence, date, "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "date", "pair"),
    [
        # CN-internationalNews-634-20181003: Pompeo on the attacks in Basra and Baghdad
        (
            "وأضاف بومبيو، الأربعاء، أن طهران هي المسؤولة عن الهجمات الأخيرة على القنصلية الأمريكية في البصرة"
            " والهجمات على المنشآت الأمريكية في بغداد، وذلك في تصريحات أدلى بها إلى الصحفيين في وزارة"
            " الخارجية الأمريكية.",
            "2018-10-03",
            ("USA", "IRN"),
        ),
        # BB-internationalNews-159-20180315: Trump on the Salisbury attack
        (
            'وفي العاصمة الأمريكية واشنطن قال الرئيس دونالد ترامب "بالتأكيد يبدو أن الروس هم المسؤولون عن'
            ' الهجوم".',
            "2018-03-15",
            ("USA", "RUS"),
        ),
    ],
)
def test_pronoun_makes_definite_word_predicate(sentence: str, date: str, pair: tuple[str, str]) -> None:
    # "هي المسؤولة": with the article after a pronoun the word is what the party is, no label of it
    assert pair in dyads(sentence, date, "ACCUSE")
