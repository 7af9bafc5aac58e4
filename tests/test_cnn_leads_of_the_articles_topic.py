"""CNN Arabic's appended leads of other stories (August to October 2018) are often of the article's
own topic and share its vocabulary: a lead that gives its own story's weekday, above another lead,
is one all the same. Five leads under a paragraph opening with a reporting verb the frequency test
takes for a word of its own ("وأردف") stand under a paragraph going on with the text."""

from __future__ import annotations

from hadath import extract
from hadath.text.boilerplate import body_spans, find_boilerplate
from tests.conftest import corpus_articles


def _leads(text: str) -> list[str]:
    return [text[p.start : p.start + 9] for p in find_boilerplate(text) if p.kind == "related_stories"]


def _body(text: str) -> str:
    return "".join(text[s.start : s.end] for s in body_spans(text, find_boilerplate(text)))


def test_leads_of_the_articles_topic_giving_their_weekday_are_other_stories() -> None:
    # Pompeo in Riyadh on Khashoggi; under the article, five Khashoggi leads: Trump, the Saudi
    # cabinet welcoming Turkey's response, Erdogan "الثلاثاء", Pompeo arriving at the palace
    # "الثلاثاء" and the State Department on Pompeo thanking King Salman "الثلاثاء".
    text = corpus_articles("CN-middleEast-1573-20181016")["CN-middleEast-1573-20181016"]
    assert _leads(text) == ["أكد الرئي", "رحب مجلس ", "أعلن الرئ", "وصل وزير ", "أعلنت وزا"]
    assert "يذكر أن بومبيو يقوم بزيارة للسعودية" in _body(text)
    triggers = {text[e.trigger.start : e.trigger.end] for e in extract(text, "2018-10-16").events}
    assert not triggers & {"رحب", "شكر"}


def test_five_leads_under_a_paragraph_opening_with_wa_ardafa_are_other_stories() -> None:
    # Erdogan on the "hostile forces"; his words go on with "وأردف: ..." and five economy leads follow.
    text = corpus_articles("CN-economy-221-20180818")["CN-economy-221-20180818"]
    assert _leads(text) == ["خفضت وكال", "أعلنت شرك", "تسعى الحك", '"لقد كان ', "شرعت تركي"]
    assert 'وأردف: "قد يكون هناك من لا يرى قيمة' in _body(text)


def test_a_leads_weekday_after_a_long_subject_dates_it() -> None:
    # A car hitting the barriers of the British parliament; under the article, five leads. Two give
    # their weekday only after a long subject ("أعلنت شرطة العاصمة البريطانية، لندن، عن اعتقال رجل بعد
    # أن اصطدمت سيارته ...، الثلاثاء", of the article's own topic, and Khamenei "..., الإثنين"); one
    # is the opening of another article of the day.
    text = corpus_articles("CN-internationalNews-490-20180814")["CN-internationalNews-490-20180814"]
    assert _leads(text) == ["كشف وزير ", "في ظل الا", "أعلنت شرط", "أكد المرش", "أعلنت وزا"]
    assert "يذكر أن بريطانيا شهدت حوادث مشابهة" in _body(text)
