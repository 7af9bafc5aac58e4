"""Statements coded from what is said (events/statements.py, cues.tsv ``pejorative``): session 15."""

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
        # AL-economy-716-20180601: "مرفوضة" - rejected, as "غير مقبولة"
        (
            "وأعلن رئيس الوزراء الكندي، جاستن ترودو، في مؤتمر صحافي أن الرسوم الجمركية الأميركية"
            ' "مرفوضة تماما".',
            "2018-06-01",
            ("CAN", "USA"),
        ),
        # SK-middleEast-277-20180313: "غير مبررة" - unjustified
        (
            "قال وزير الخارجية الفرنسي، جان إيف لو دريان، الثلاثاء، إن العملية العسكرية التركية ضد المسلحين"
            " الأكراد بمنطقة عفرين السورية غير مبررة.",
            "2018-03-13",
            ("FRA", "TUR"),
        ),
        # FR-middleEast-255-20180411: "ذريعة" - a pretext
        (
            'وقال ظريف "يبدو أن الحكومة الأمريكية تبحث عن ذريعة للتدخل في سوريا".',
            "2018-04-11",
            ("IRN", "USA"),
        ),
        # BB-internationalNews-371-20180420: "استخفافا" - contempt
        (
            'وحينها قال أنتونيو غوتيريش، الأمين العام للأمم المتحدة إن بيونغيانغ أظهرت "استخفافا كاملا لرأي'
            ' المجتمع الدولي الموحد".',
            "2018-04-20",
            ("IGO", "PRK"),
        ),
        # CN-middleEast-924-20180514: "إبادة" - genocide
        (
            "من جهة أخرى، قال الرئيس التركي رجب طيب إردوغان خلال حديث له في لندن، إن إسرائيل دولة إرهاب،"
            " وكل ما تقوم به من قتل للفلسطينيين هو إبادة جماعية.",
            "2018-05-14",
            ("TUR", "ISR"),
        ),
        # SK-middleEast-273-20180314: "متواطئة" - complicit
        (
            'وأضاف المتحدث باسم البنتاغون إريك باهون "روسيا متواطئة أخلاقيا ومسؤولة عن فظائع نظام الأسد'
            ' لتمكينه من ممارسة أساليبه الوحشية".',
            "2018-03-14",
            ("USA", "RUS"),
        ),
    ],
)
def test_a_speakers_verdict_on_another_states_act_is_an_accusation(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert _accusations(sentence, date) == [dyad]


def test_a_state_organ_accuses_a_party_of_its_own_state() -> None:
    # SK-middleEast-1314-20180429: the Palestinian security forces' spokesman of Hamas (a party: PTY),
    # as of a rebel or an opposition group of one's own state
    sentence = (
        "قال الناطق الرسمي لقوات الأمن الفلسطيني اللواء عدنان ضميري إن رواية حركة حماس المرتبكة في محاولة"
        " إعفاء نفسها من المسؤولية عن تفجير موكب رئيس الوزراء ورئيس المخابرات العامة لم تأت بجديد سوى"
        " أكاذيب جديدة وإصرار على الانقسام."
    )
    assert _accusations(sentence, "2018-04-29") == [("PSE", "PSE")]
