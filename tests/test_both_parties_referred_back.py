"""Parties referred back to (session 22): "البلدين"، "الطرفان"، "الجانبين" after a sentence naming two
states are those two states, one party each, in a meeting or deal of both. Real 2018 news."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import extract
from tests.conftest import dyad


def _events(text: str, date: str, event_type: str) -> list[Event]:
    return [e for e in extract(text, date).events if e.type == event_type]


def test_the_two_countries_of_the_sentence_before_cooperate() -> None:
    # SK-internationalNews-1078-20180422 (was no cooperation: both parties Venezuela, one meeting itself)
    text = (
        "أصبح رئيس فنزويلا، نيكولاس مادورو، السبت، أول زعيم أجنبي يجتمع مع رئيس كوبا الجديد، ميغيل دياز-"
        " كانيل، منذ أن أصبح رئيسا للجزيرة الشيوعية الأسبوع الماضي، مما يسلط الضوء على أهمية التحالف بين"
        " البلدين.\nوأدى دياز- كانيل (58 عاما) اليمين، الخميس، ليخلف راؤول كاسترو (86 عاما).\nووصل مادورو"
        " إلى هافانا لتهنئة الرئيس الجديد ولرسم خريطة التعاون بين البلدين المرتبطين بتحالف استراتيجي منذ"
        " عام 2000 مع وصول الزعيم الاشتراكي الراحل هوغو تشافيز إلى السلطة."
    )
    cooperations = _events(text, "2018-04-22", "COOPERATE")
    assert [set(dyad(e)) for e in cooperations] == [{"VEN", "CUB"}]
    assert cooperations[0].source is not None and cooperations[0].source.text == "البلدين"


def test_the_two_sides_agreeing_are_the_two_states_named_before() -> None:
    # BB-internationalNews-1120-20180926 (was the United States agreeing with Palestine)
    text = (
        "وأضاف أنه سيقدم خطة سلام مبنية على حل الدولتين في الشرق الأوسط خلال الأشهر المقبلة، معربا عن ثقته"
        ' في عودة الفلسطينيين إلى المفاوضات بالرغم من دعمه الثابت لإسرائيل.\nوقال ترامب إن لديه "حلما" في'
        ' التوصل إلى حل سلمي للصراع، استعصى على عدد من سابقيه من رؤساء الولايات المتحدة.\nوأضاف: "سأكشف'
        ' عن ذلك خلال شهرين أو ثلاثة أو أربعة".\nوكانت إدارة ترامب قد قالت في السابق إنها تدعم حل الدولتين'
        " إذا وافق الطرفان عليه."
    )
    agreements = [e for e in _events(text, "2018-09-26", "AGREE") if e.trigger_text == "وافق"]
    assert [set(dyad(e)) for e in agreements] == [{"PSE", "ISR"}]


def test_the_two_sides_after_a_news_channel_and_a_government_are_not_its_state() -> None:
    # SK-middleEast-374-20180319: "سكاي نيوز عربية" names a channel, not a party to the deal
    text = (
        "ذكرت مصادر مطلعة لسكاي نيوز عربية بأن لجنة المفاوضات في حرستا بريف دمشق، توصلت لاتفاق مبدئي مع"
        " النظام السوري، يقضي بإخراج مقاتلي حركة أحرار الشام مع عائلاتهم إلى الشمال السوري.\nوكان التفزيون"
        " السوري الرسمي قد نقل عن مراسله في وقت سابق إن قوات النظام السوري قد أمهلت المعارضة في حرستا ساعات"
        " لانسحاب، قبل أن تتواتر أنباء عن اتفاق الخروج بين الطرفين."
    )
    assert all("ARE" not in dyad(e) for e in extract(text, "2018-03-19").events)
