"""«قام X بـNOUN» (cues.tsv carry_out: قام، يقوم، يقم; events/split_phrases.py): the subject of قام -
between it and the noun, or an actor right before it - is the agent of the event the verbal noun after ب
names, the noun's genitive its patient; قام's negation and future stay the event's. Not a visit (the
lexicon's own "قام بزيارة"), nor an actor before وقام, an earlier verb's object. مهاجمة, no trigger row
(as often a verbal attack), is read after قام as هاجم (cues.tsv carried_noun)."""

from __future__ import annotations

import pytest

from hadath.pipeline import extract
from tests.conftest import dyads


def _events(sentence: str, date: str, event_type: str) -> list[tuple[str | None, str | None, str]]:
    """(source text, target text, status) of the sentence's events of one type."""
    return [
        (e.source.text if e.source else None, e.target.text if e.target else None, e.status)
        for e in extract(sentence, date).events
        if e.type == event_type
    ]


@pytest.mark.parametrize(
    ("sentence", "date", "event_type", "source", "target"),
    [
        # FR-internationalNews-2442-20180722: an arrest (a patient noun) - its agent was left to the article
        (
            "وقامت الشرطة الإسرائيلية باعتقال عدد من الفلسطينيين ومنعهم من التوجه إلى الحرم القدسي.",
            "2018-07-22",
            "COERCE",
            "الشرطة الإسرائيلية",
            "الفلسطينيين",
        ),
        # FR-middleEast-156-20180315: the subject with "also" after it
        (
            "وفي خطوة لتوطيد سلطته تجاه منافسيه من العائلة الحاكمة، قام ولي العهد أيضا باحتجاز العديد من"
            " الأمراء ورجال الأعمال الأثرياء الأشهر.",
            "2018-03-15",
            "COERCE",
            "ولي العهد",
            "ورجال الأعمال",
        ),
        # AL-internationalNews-1050-20180507: the actor right before قامت; the genitive was the agent
        (
            "وأضاف المالكي أن ميليشيات الحوثي قامت بقصف مركز لتأهيل الأطفال بصاروخ في مأرب.",
            "2018-05-07",
            "ASSAULT",
            "ميليشيات الحوثي",
            "الأطفال",
        ),
    ],
)
def test_subject_of_qama_is_the_agent(
    sentence: str, date: str, event_type: str, source: str, target: str
) -> None:
    assert (source, target, "occurred") in _events(sentence, date, event_type)


def test_future_of_qama_is_the_events() -> None:
    # CN-internationalNews-130-20180315: "ستقوم بطرد" is planned
    sentence = (
        "قال سيرغي لافروف، وزير الخارجية الروسي، الخميس، إن بلاده ستقوم بطرد دبلوماسيين بريطانيين على"
        " خلفية قضية تسميم العميل الروسي السابق."
    )
    assert [status for *_, status in _events(sentence, "2018-03-15", "SANCTION")] == ["planned"]


def test_verb_row_with_ba_is_its_verbal_noun() -> None:
    # AL-internationalNews-1063-20180508: هدم/تفجير after ب; the houses were read as the agent
    sentence = "كما أكدت المصادر أن الميليشيات قامت بتفجير 5 منازل في القريتين."
    assert ("الميليشيات", "منازل", "occurred") in _events(sentence, "2018-05-08", "ASSAULT")


def test_no_subject_before_wa_qama() -> None:
    # FR-internationalNews-2155-20180704: the media are أسكت's object, not the arrester
    sentence = (
        "واستبعد المنتقدين في هذه القضية من الحكومة وأسكت وسائل الإعلام وقام باعتقال أشخاص تحدثوا عن الفضيحة."
    )
    assert all(source != "وسائل الإعلام" for source, *_ in _events(sentence, "2018-07-04", "COERCE"))


def test_tour_of_a_building_is_no_visit() -> None:
    # SK-internationalNews-2665-20180716
    sentence = 'ثم قام الزعيمان بجولة في المبنى، وفق ما نقلت "رويترز".'
    assert not dyads(sentence, "2018-07-16", "CONSULT")


def test_attacking_after_qama_is_an_attack() -> None:
    # SK-middleEast-248-20180312: مهاجمة (cues.tsv carried_noun: هاجم) - no trigger row of its own
    sentence = (
        "وفي هجوم آخر، وقع في ساعة متأخرة ليل الأحد، قام مسلحون بمهاجمة سيارة مدنية وقتلوا 3 أشخاص ثم"
        " حرقوهم داخل سيارتهم، على طريق رئيسي جنوب كركوك."
    )
    assert ("مسلحون", "أشخاص", "occurred") in _events(sentence, "2018-03-12", "ASSAULT")
