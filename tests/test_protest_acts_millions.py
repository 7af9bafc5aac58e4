"""What protesters do at a protest - chants, banners - is no protest of its own: the gold sentences
that tell only that are labelled no, and dropping those PROTEST trigger rows (lexicon/data/triggers.tsv)
took the acceptance model's pooled cross-validated PROTEST F1 from 45.0 to 49.6 (mean of five fold
shuffles). Tolls in millions (مليون، ملايين in cues.tsv) are counted. Real 2018 news sentences."""

from __future__ import annotations

from hadath.events.acceptance import reportable
from hadath.pipeline import candidates, extract


def _reported_protests(sentence: str, published: str) -> list[str]:
    return [
        c.event.type for c in candidates(sentence, published) if reportable(c) and c.event.type == "PROTEST"
    ]


def test_banners_and_chants_are_no_protest_of_their_own() -> None:
    # AL-internationalNews-166-20180223 (was a PROTEST candidate at رفع لافتات)
    sentence = 'ورفع المتظاهرون لافتات كتب عليها "أميركا جزء من المشكلة وليس الحل".'
    assert _reported_protests(sentence, "2018-02-23") == []
    # AL-internationalNews-1770-20180625 (was one at هتافات)
    sentence = (
        'وردد المحتجون، الذين كان بعضهم يلف علم اليونان حول جسده، هتافات "مقدونيا يونانية" و"خونة" أثناء'
        " رشقهم لقوات الشرطة بالحجارة."
    )
    assert _reported_protests(sentence, "2018-06-25") == []


def test_the_protest_itself_stays() -> None:
    # SK-internationalNews-1363-20180505: the unlicensed rally is the candidate, its chants are not
    # (the acceptance model scores the rally 0.29 against PROTEST's threshold 0.33: a real protest lost)
    sentence = (
        "وفي مدينة سان بطرسبورغ ثاني أكبر المدن الروسية شارك الآلاف في تظاهرة غير مرخصة وهتفوا"
        ' "روسيا ستكون حرة" و"فليسقط القيصر".'
    )
    assert _reported_protests(sentence, "2018-05-05") == ["PROTEST"]


def test_a_toll_in_millions_is_millions() -> None:
    # BB-internationalNews-2-20180218: three million, not three (and a war's toll, history: no attack)
    sentence = (
        "وقتل نحو ثلاثة ملايين يهودي كانوا يعيشون في بولندا قبل الحرب العالمية الثانية على يد النازيين،"
        " وهو ما يشكل قاربة نصف اليهود الذين قتلوا في المحرقة."
    )
    assert {c.event.killed for c in candidates(sentence, "2018-02-18") if c.event.type == "ASSAULT"} == {
        3_000_000
    }
    assert [e.type for e in extract(sentence, "2018-02-18").events] == []
