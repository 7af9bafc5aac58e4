"""Other stories' leads that CNN Arabic appends to its articles (August to October 2018): the block
is found however its leads open (a verb whose first letter is و, a preposition, CNN's own dateline)
and stops at the article's own paragraphs (a connective, a read-also link, the sixth line up)."""

from __future__ import annotations

from hadath import extract
from hadath.text.boilerplate import body_spans, find_boilerplate
from tests.conftest import corpus_articles


def _leads(text: str) -> list[str]:
    return [text[p.start : p.start + 9] for p in find_boilerplate(text) if p.kind == "related_stories"]


def _body(text: str) -> str:
    return "".join(text[s.start : s.end] for s in body_spans(text, find_boilerplate(text)))


def test_leads_opening_with_a_verb_in_wa_a_preposition_or_a_dateline_are_other_stories() -> None:
    articles = corpus_articles(
        "CN-middleEast-1386-20181001", "CN-economy-237-20180901", "CN-sport-389-20180907"
    )
    # Iran's missiles on the Ahvaz attackers, then five leads: Bahrain's minister meeting Syria's, the
    # coalition's spokesman, the Saudi crown prince, "وصفت الحكومة البحرينية ..." (a verb, not و + verb)
    # and Qatar at the UN. The Ahvaz attack's background above them is the article's.
    text = articles["CN-middleEast-1386-20181001"]
    assert _leads(text) == ["أكد وزير ", "أكد المتح", "غادر ولي ", "وصفت الحك", "رد وفد قط"]
    assert "كانت مدينة الأحواز الإيرانية قد شهدت" in _body(text)
    events = extract(text, "2018-10-01").events
    assert not [e for e in events if e.type == "CONSULT" and e.target.country == "SYR"]
    # Iraq and Iran drop the dollar; the last lead opens with CNN's dateline, which the article's
    # opening shares, and one opens with "وافقت".
    text = articles["CN-economy-237-20180901"]
    assert _leads(text) == ["كشفت وزار", "تسعى الصي", "وافقت الل", "قال الرئي", "دبي، الإم"]
    assert "ولفت إلى أن العراق ثاني أكبر شريك" in _body(text)
    # A lead opening with a preposition ("في سابقة نادرة، هدد النادي الأهلي").
    text = articles["CN-sport-389-20180907"]
    assert _leads(text) == ["نفى رئيس ", "شهدت مدين", "قدم نجم م", "في سابقة ", "أعلن الات"]


def test_the_articles_own_last_paragraphs_are_no_leads() -> None:
    articles = corpus_articles(
        "SK-sport-2373-20180802", "CN-middleEast-1555-20181016", "FR-sport-249-20180711"
    )
    # "أما تشلسي ..." goes on with the match report.
    assert _leads(articles["SK-sport-2373-20180802"]) == []
    # Australia on its embassy; "بدوره قال المتحدث ..." is the article's, the five leads under it not.
    text = articles["CN-middleEast-1555-20181016"]
    assert "بدوره قال المتحدث باسم رئيس الوزراء الإسرائيلي" in _body(text)
    assert len(_leads(text)) == 5
    # The match report's last paragraphs under France 24's read-also link stay.
    assert _leads(articles["FR-sport-249-20180711"]) == []


def test_five_undated_leads_under_a_paragraph_going_on_with_the_text_are_other_stories() -> None:
    # The Saudi-Canada crisis: none of the five leads under "وفي وقت سابق اليوم، قال العقيد تركي المالكي"
    # gives its weekday near its start, and only one is cut off; five in a row under the article's own
    # paragraph are CNN's block all the same.
    text = corpus_articles("CN-middleEast-1168-20180810")["CN-middleEast-1168-20180810"]
    assert _leads(text) == ["نشر سفير ", "وسط تصاعد", "تداول نشط", "رد الفريق", "قال أنور "]
    assert "وفي وقت سابق اليوم، قال العقيد تركي المالكي" in _body(text)


def test_an_op_eds_long_last_paragraphs_are_no_leads() -> None:
    # CNN cuts the leads it appends at 240 characters; an op-ed's paragraphs run longer, open without
    # و and share few words with its disclaimer (Kamelia Entekhabi-Fard on Iran and the oil market).
    text = corpus_articles("CN-economy-123-20180522")["CN-economy-123-20180522"]
    assert _leads(text) == []


def test_leads_of_the_same_topic_are_other_stories_all_the_same() -> None:
    # Saudi Arabia lets Turkey search its consulate; the last lead (Arab states backing the kingdom in
    # the Khashoggi affair) shares a third of its words with the opening - CNN picks leads of the topic.
    text = corpus_articles("CN-middleEast-1538-20181015")["CN-middleEast-1538-20181015"]
    assert _leads(text) == ["شهد جنوب ", "قال مسؤول", "رصدت CNN ", "أجرى العا", "عبّرت دول"]
    assert "ولا يزال من غير الواضح ما إذا كانت عملية البحث الشاملة" in _body(text)
