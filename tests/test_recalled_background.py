"""Background told as history is no news of the day (events/timing.py): a pluperfect ("وكان ... قد"
+ verb) its own clause dates three months or more before publication, and a past event whose clause
says "then" (آنذاك، حينذاك، في ذلك الوقت)."""

from __future__ import annotations

from hadath.pipeline import extract


def _types(sentence: str, published: str) -> list[str]:
    return [e.type for e in extract(sentence, published).events]


def _triggers(sentence: str, published: str) -> list[str]:
    return [e["trigger"]["text"] for e in extract(sentence, published).to_dict()["events"]]


def test_a_pluperfect_dated_months_back_is_background() -> None:
    # SK-internationalNews-2886-20180803: the December sanctions, recalled in August
    sentence = (
        "وكان مجلس الأمن الدولي شدّد في 22 ديسمبر العقوبات على بيونغ يانغ في قرار أميركي تبناه بالإجماع"
        " ويستهدف النفط والعاملين الكوريين الشماليين في الخارج."
    )
    assert "SANCTION" not in _types(sentence, "2018-08-03")


def test_a_pluperfect_cancellation_of_january_is_background_in_august() -> None:
    # BB-internationalNews-910-20180801: Trump called off his January visit to the new embassy
    sentence = (
        "وكان الرئيس الأمريكي دونالد ترامب ألغى زيارته للمقر الجديد للسفارة في يناير/ كانون الثاني،"
        " قائلا إنها صفقة عقارية سيئة."
    )
    assert "REJECT" not in _types(sentence, "2018-08-01")


def test_a_pluperfect_visit_of_last_july_is_background() -> None:
    # FR-internationalNews-308-20180307: Modi's visit to Israel in July of the year before
    sentence = (
        "وكان رئيس الوزراء الهندي ناريندرا مودي أعلن خلال زيارته لإسرائيل في تموز/يوليو الماضي عن المسار"
        " الجديد بين إسرائيل والهند."
    )
    assert "CONSULT" not in _types(sentence, "2018-03-07")


def test_a_pluperfect_with_no_time_stays_news() -> None:
    # FR-internationalNews-611-20180408: a pluperfect undated ("مؤخرا") is recent context the
    # annotators often code
    sentence = "وكان ولي العهد السعودي قد زار بريطانيا مؤخرا، كما أنه أمضى ثلاثة أسابيع في الولايات المتحدة."
    assert "CONSULT" in _types(sentence, "2018-04-08")


def test_a_time_before_the_pluperfect_clause_dates_it_not() -> None:
    # AL-internationalNews-490-20180316: Mueller's indictments of February, not of the 2016 election
    # the clause before names
    sentence = (
        "وكانت إدارة الرئيس دونالد ترمب، قد فرضت عقوبات على 19 روسياً بزعم تدخلهم في انتخابات عام 2016،"
        " من بينهم 13 شخصاً وكياناً كان المحقق الخاص روبرت مولر قد وجه اتهامات إليهم."
    )
    assert "ACCUSE" in _types(sentence, "2018-03-16")


def test_a_pardon_by_the_president_then_is_background() -> None:
    # BB-internationalNews-106-20180306: Medvedev's 2010 pardon of Skripal, in a story of his poisoning
    sentence = (
        "وأطلق سراح سكريبال في اطار أكبر صفقة تبادل جواسيس بين الغرب وروسيا منذ نهاية الحرب الباردة عام"
        " 2010 بعد أن أصدر الرئيس الروسي حينذاك ديميتري ميدفيديف عفوا عنه."
    )
    assert "أصدر" not in _triggers(sentence, "2018-03-06")


def test_a_ramming_told_as_then_is_background() -> None:
    # FR-internationalNews-2680-20180812: the Charlottesville ramming of the year before, on its
    # anniversary (its toll, past the comma, is still read as an attack)
    sentence = (
        "ودهس أحد المتظاهرين المؤيدين للنازيين الجدد حينذاك بسيارته حشدا من المتظاهرين ضد العنصرية، ما"
        " أدى إلى مقتل امرأة في الثانية والثلاثين من العمر تدعى هيذر هاير وجرح 19 شخصا آخرين."
    )
    assert "ودهس" not in _triggers(sentence, "2018-08-12")


def test_an_accusation_of_the_deputy_then_is_background() -> None:
    # SK-internationalNews-2461-20180703: Kiir's 2013 accusation of Machar
    sentence = (
        "واندلع النزاع في جنوب السودان اواخر عام 2013، بعد نحو سنتين من حصوله على الاستقلال من السودان"
        " مع اتهام كير نائبه آنذاك رياك مشار بالتخطيط لانقلاب."
    )
    assert "ACCUSE" not in _types(sentence, "2018-07-03")
