"""An exercise held with another state is the joint exercise the lexicon lists as COOPERATE (military
cooperation, CAMEO 062), not a show of force (MOBILIZE): the partner after بين or مع right after it,
or a second state's adjective ("المناورات العسكرية الأميركية الكورية الجنوبية"). One state's exercise
stays MOBILIZE. Real 2018 news."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyad


def _exercises(sentence: str, date: str) -> list[tuple[str, tuple[str | None, str | None]]]:
    return [(e.type, dyad(e)) for e in extract(sentence, date).events if e.type in ("COOPERATE", "MOBILIZE")]


def test_exercise_between_two_states_is_cooperation() -> None:
    # BB-internationalNews-546-20180522 (was MOBILIZE USA -> KOR)
    sentence = (
        "وتشعر كوريا الشمالية بالغضب أيضا من التدريبات العسكرية الحالية بين الولايات المتحدة وكوريا"
        " الجنوبية وأوقفت المحادثات مع الجنوب ردا على ذلك."
    )
    assert _exercises(sentence, "2018-05-22") == [("COOPERATE", ("USA", "KOR"))]


def test_exercise_with_a_partner_is_cooperation() -> None:
    # CN-internationalNews-706-20181015 (was MOBILIZE USA -> JPN)
    sentence = (
        "شاركت قوات من البحرية الأمريكية في تدريبات عسكرية مع القوات البرمائية اليابانية، الأحد، إذ أن"
        " المناورات كانت تحاكي عملية عسكرية لاستعادة جزر نائية."
    )
    assert ("COOPERATE", ("USA", "JPN")) in _exercises(sentence, "2018-10-15")


def test_two_states_adjectives_name_the_partner() -> None:
    # AL-internationalNews-1192-20180516 (was MOBILIZE USA -> none)
    sentence = (
        'ذكرت وكالة "يونهاب" الكورية الجنوبية أن بيونغ يانغ ألغت محادثات رفيعة مع سيول، بسبب المناورات'
        ' العسكرية الأميركية الكورية الجنوبية "ماكس ثاندر".'
    )
    assert _exercises(sentence, "2018-05-16") == [("COOPERATE", ("USA", "KOR"))]


def test_one_states_exercise_stays_a_show_of_force() -> None:
    # AL-internationalNews-1441-20180603
    sentence = (
        'وقالت قيادة الجيش الأميركي في أوروبا، اليوم الأحد، إن المناورات التي تسمى "سايبر سترايك" ستنظم'
        ' في جميع أنحاء المنطقة حتى 15 يونيو/حزيران "تعبيرا عن التزام وتضامن التحالف" في الوقت الذي تثير'
        " فيه المناورات العسكرية الروسية قلق أعضاء الناتو القريبين."
    )
    assert [kind for kind, _ in _exercises(sentence, "2018-06-03")] == ["MOBILIZE"]
