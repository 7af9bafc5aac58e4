""" "وحمّل X Y المسؤولية" whose subject X names no actor but an unnamed speaker or what one says (cues.tsv
speaker_noun, spokesman: المصدر، المتحدث، الشكوى): Y is the held party, the speaker the sentence before
names the accuser (events/split_phrases.py object_after_unnamed_subject, events/roles.py _held_responsible);
and the one party before the phrase's rest is held whatever actors the rest names."""

from __future__ import annotations

import pytest

from tests.conftest import dyads


@pytest.mark.parametrize(
    ("text", "date", "pair"),
    [
        # SK-middleEast-1038-20180414: المصدر, a Saudi official named in the sentence before
        (
            'وأضاف المصدر، في تصريحات نقلتها وكالة الأنباء السعودية (واس)، أن "العمليات العسكرية جاءت ردا'
            " على استمرار النظام السوري في استخدام الأسلحة الكيماوية المحرمة دوليا، ضد المدنيين الأبرياء بمن"
            ' فيهم الأطفال والنساء، استمرارا لجرائمه البشعة التي يرتكبها منذ سنوات ضد الشعب السوري الشقيق".'
            ' وحمل المصدر النظام السوري مسؤولية تعرض سوريا لهذه العمليات العسكرية "في ظل تقاعس المجتمع'
            ' الدولي عن اتخاذ الإجراءات الصارمة ضد النظام السوري".',
            "2018-04-14",
            ("SAU", "SYR"),
        ),
        # SK-middleEast-3337-20180811: المتحدث, the coalition's spokesman named before
        (
            "وفي يوليو الماضي، قال المتحدث باسم التحالف العقيد الركن تركي المالكي إن أكثر من 100 طفل فقدوا"
            " أرواحهم في أرض المعركة، بعد أن جندهم المتمردون الحوثيون. وأكد المالكي أن التحالف يملك بيانات"
            " موثوقة تؤكد تجنيد أطفال في سن الثامنة. وحمّل المتحدث"
            " ميليشيات الحوثي الإيرانية المسؤولية عن تجنيد الأطفال اليمنيين والزج بهم في أرض المعركة، حيث"
            " فقد العشرات منهم أرواحهم خلال المعارك في صفوف المتمردين.",
            "2018-08-11",
            ("SAU", "YEM"),
        ),
        # BB-middleEast-504-20180516: the held party right after the verb, the rest naming another actor
        # (الضحايا الفلسطينيين), the accuser the ministry of the sentence before
        (
            'وقالت وزارة الخارجية السورية في بيان رسمي "إن قتل قوات الجيش الإسرائيلي المُتعمّد للفلسطينيين'
            ' العُزّل "دليلًا على وحشية السلطات الإسرائيلية وانتهاكاتها التي لم تتوقف للقانون الإنساني'
            ' الدولي وقانون حقوق الإنسان". وحمّلت الولايات المتحدة مسؤولية دماء الضحايا الفلسطينيين، بسبب'
            ' "اتخاذها لقرارها الإجرامي واللا شرعي بنقل سفارتها إلى القدس".',
            "2018-05-16",
            ("SYR", "USA"),
        ),
    ],
)
def test_unnamed_speaker_holds_the_party_after_it(text: str, date: str, pair: tuple[str, str]) -> None:
    assert pair in dyads(text, date, "ACCUSE")


def test_held_party_is_no_accuser() -> None:
    # BB-middleEast-504-20180516: not the United States holding the Palestinian victims
    text = (
        'وحمّلت الولايات المتحدة مسؤولية دماء الضحايا الفلسطينيين، بسبب "اتخاذها لقرارها الإجرامي واللا'
        ' شرعي بنقل سفارتها إلى القدس".'
    )
    assert all(source != "USA" for source, _ in dyads(text, "2018-05-16", "ACCUSE"))
