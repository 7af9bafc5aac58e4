"""Parties across clause edges: an agent an attack is ascribed to ("نسب إلى") and a subject after إن
that a comma parts from its verb, on real 2018 corpus sentences."""

from __future__ import annotations

import hadath
from hadath.model import Event
from hadath.pipeline import candidates


def _coded(sentence: str, event_type: str, date: str) -> Event:
    """The coder's reading of a sentence's first candidate of a type, before acceptance."""
    return next(c.event for c in candidates(sentence, date) if c.event.type == event_type)


def _extracted(sentence: str, event_type: str, date: str) -> Event:
    """The sentence's first event of a type after merging (a toll takes its attack's agent)."""
    return next(e for e in hadath.extract(sentence, date=date).events if e.type == event_type)


def test_whom_an_attack_is_ascribed_to_after_ila_is_its_agent() -> None:
    # FR-internationalNews-1172-20180510: the strike is ascribed to Israel, its agent - not a victim.
    killed = _extracted(
        "8 أيار/مايو: مقتل 15 مقاتلا أجنبيا يقاتلون مع القوات السورية وبينهم ثمانية إيرانيين في ضربة"
        " ليلية نسبت إلى إسرائيل وفق المرصد واستهدفت مستودع أسلحة للحرس الثوري الإيراني في منطقة"
        " الكسوة جنوب دمشق.",
        "ASSAULT",
        "2018-05-10",
    )
    assert killed.source.country == "ISR" and killed.source.text == "إسرائيل"
    # FR-middleEast-926-20180813: the children were killed in strikes ascribed to the coalition.
    children = _extracted(
        "وقتل 29 طفلا على الأقل تقل أعمارهم عن 15 عاما الخميس في ضربات على حافلاتهم نسب إلى التحالف"
        " العربي، في سوق مكتظ جدا في ضحيان (منطقة يسيطر عليها الحوثيون)، كما ذكر بيان للجنة الدولية"
        " للصليب الأحمر.",
        "ASSAULT",
        "2018-08-13",
    )
    assert children.source.text == "التحالف العربي" and children.target.text == "طفلا"


def test_an_ascribed_agent_is_not_a_verbs_that_takes_no_toll() -> None:
    # BB-middleEast-1034-20180924: the remarks are ascribed to the adviser; Iran warns the UAE.
    warning = _coded(
        'وحذرت إيران دولة الإمارات العربية المتحدة بسبب "تصريحات مهينة" نُسبت إلى مستشار سياسي" إماراتي'
        " في أعقاب الهجوم.",
        "THREATEN",
        "2018-09-24",
    )
    assert (warning.source.country, warning.target.country) == ("IRN", "ARE")


def test_a_comma_between_the_subject_after_inna_and_its_verb() -> None:
    # AL-internationalNews-1735-20180622: the Houthis fire the rockets.
    rockets = _coded(
        "في السياق، قال سكان محليون، الجمعة، إن ميليشيات الحوثي، تواصل إطلاق صواريخ الكاتيوشا والقذائف"
        " باتجاه قرية منظر ومنصة العروض في محيط مطار الحديدة.",
        "ASSAULT",
        "2018-06-22",
    )
    assert rockets.source.text == "ميليشيات الحوثي"
    # AL-internationalNews-160-20180222: Moon meets the Pyongyang delegation, not the other way round.
    meeting = _coded(
        "وأشارت الوكالة نقلا عن مصدر في الرئاسة الكورية الجنوبية، إلى أن الرئيس الكوري الجنوبي، مون جاي"
        " ان، سيلتقي على الأرجح وفد بيونغ يانغ خلال الرحلة.",
        "CONSULT",
        "2018-02-22",
    )
    assert (meeting.source.country, meeting.target.country) == ("KOR", "PRK")
