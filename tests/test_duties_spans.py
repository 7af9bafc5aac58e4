"""What a duty, a persuasion or an offer governs has not taken place (events/status.py, cues.tsv fate
and offer), and what a span of weeks or more after بعد counts from is background (events/timing.py)."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


def _statuses(text: str, event_type: str, date: str) -> list[str]:
    return [c.event.status for c in candidates(text, date) if c.event.type == event_type]


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # SK-internationalNews-1184-20180426: a release that is owed
        (
            "وأكد المركز إنه برئ ويتعين إطلاق سراحه بدون شروط، مضيفا أن منزل عدالت في طهران تعرض للمداهمة"
            " وصودر حاسوبه إضافة إلى أقراص مدمجة (سي دي) ودفاتر.",
            "2018-04-26",
            "RETREAT",
        ),
        # AL-internationalNews-387-20180307: charges the lawyers say must be dropped
        (
            "وقبل بدء مرافعات الدفاع، قال محامو عنيسي (44 عاماً) إنه يجب إسقاط التهم الخمس الموجهة ضده، لأن"
            " الادعاء لم يقدم أدلة كافية.",
            "2018-03-07",
            "CONCEDE",
        ),
        # FR-middleEast-287-20180415: the verb of the duty's أن and its object
        (
            "وترى فرنسا أن هذه الضربات يجب أن تسمح باستئناف مفاوضات الأمم المتحدة بعد أن تعثرت مختلف"
            " الآليات الدبلوماسية.",
            "2018-04-15",
            "CONSULT",
        ),
        # AL-internationalNews-1039-20180507: what Israel tries to persuade Europe to do
        (
            "في الوقت الذي تبذل فيه إسرائيل جهوداً في إقناع دول أوروبية بالانسحاب من الاتفاق النووي مع"
            " طهران، وسط توقعات بأن هذا ما سيحدث أميركياً.",
            "2018-05-07",
            "SANCTION",
        ),
    ],
)
def test_what_is_owed_or_urged_has_not_taken_place(sentence: str, published: str, event_type: str) -> None:
    statuses = _statuses(sentence, event_type, published)
    assert statuses
    assert "occurred" not in statuses


def test_what_should_not_have_been_was() -> None:
    # SK-internationalNews-1508-20180510: ما كان ينبغي is a counterfactual, the three were held
    text = (
        'وقال شومر في المجلس إنه ما كان ينبغي أصلا احتجاز الأميركيين الثلاثة، وتابع: "ما كان ينبغي'
        " الإشادة بالإفراج عنهم، كان ينبغي توقعه."
    )
    assert _statuses(text, "COERCE", "2018-05-10") == ["occurred"]


def test_talks_offered_are_planned() -> None:
    # SK-internationalNews-2846-20180731: the offer reaches its ب-object past its named subject
    text = (
        "رفض قائد الحرس الثوري الإيراني، محمد علي جعفري، الثلاثاء، عرض الرئيس الأميركي دونالد ترامب"
        " المبدئي بإجراء محادثات مع طهران، قائلا إن إيران ليست كوريا الشمالية."
    )
    assert _statuses(text, "CONSULT", "2018-07-31") == ["planned"]


def test_a_promise_leaves_the_event_of_another_noun_alone() -> None:
    # FR-internationalNews-1300-20180517: the boycott is the crisis's (لأزمة), not the promise's
    text = (
        'وعد رئيس الحكومة المغربية سعد الدين العثماني الخميس بإيجاد "حلول عملية" لأزمة مقاطعة المحروقات'
        " في البلاد بعد أن كشف تقرير برلماني تسجيل موزعي المحروقات أرباحا."
    )
    assert _statuses(text, "PROTEST", "2018-05-17") == ["occurred"]


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # FR-middleEast-209-20180402: the sentencing two months before is what the news is dated by
        (
            "ويأتي هذا الحكم بعد نحو شهرين على الحكم بإعدام 15 امرأة تركية تتراوح أعمارهن بين عشرين وخمسين"
            " عاما.",
            "2018-04-02",
            "SANCTION",
        ),
        # SK-internationalNews-184-20180228: a shooting two weeks before
        (
            "ويأتي الحادث بعد أسبوعين من إطلاق نار في مدرسة ثانوية في فلوريدا.",
            "2018-02-28",
            "ASSAULT",
        ),
    ],
)
def test_what_a_span_after_counts_from_is_background(sentence: str, published: str, event_type: str) -> None:
    assert event_type not in {c.event.type for c in candidates(sentence, published)}


def test_a_span_of_protests_goes_on_to_the_news() -> None:
    # SK-middleEast-2594-20180625: six months of protests, not six months after them
    text = (
        "وبعد 6 أشهر من احتجاجات متواصلة في كافة المدن الإيرانية، أصبحت المظاهرات التي أشعلها ممر علاء"
        " الدين في البازار الكبير هي الأكبر."
    )
    assert "occurred" in _statuses(text, "PROTEST", "2018-06-25")
