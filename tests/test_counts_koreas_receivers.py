"""Parties and countries (session 18): "about N" before the counted victims of an event noun (cues.tsv
``approximate``). Real 2018 news."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import candidates, extract
from tests.conftest import dyad


def _killings(sentence: str, date: str) -> list[Event]:
    """The ASSAULT candidates whose trigger is مقتل."""
    return [c.event for c in candidates(sentence, date) if c.event.trigger_text == "مقتل"]


def test_more_than_a_number_keeps_the_counted_victims() -> None:
    # FR-middleEast-498-20180518 (was the Gaza Strip, PSE GOV: the counted Palestinians unread)
    sentence = (
        'افتتح الرئيس التركي رجب طيب أردوغان قمة "استثنائية" الجمعة لمنظمة المؤتمر الإسلامي في إسطنبول'
        " للتنديد بالانتهاكات الإسرائيلية بحق الشعب الفلسطيني بعد مقتل أكثر من ستين فلسطينيا وإصابة ألفين"
        " بجروح برصاص الجيش الإسرائيلي على الحدود مع قطاع غزة في أحداث تزامنت مع تدشين السفارة الأمريكية"
        " الجديدة في مدينة القدس الشرقية."
    )
    (killing,) = _killings(sentence, "2018-05-18")
    assert dyad(killing) == ("ISR", "PSE")
    assert killing.target is not None and (killing.target.text, killing.target.sector) == ("فلسطينيا", "CVL")


def test_at_least_a_number_keeps_the_counted_victims() -> None:
    # BB-middleEast-924-20180830: "ما لا يقل عن" is "at least", its عن no preposition
    sentence = "أدى هذا الصراع إلى مقتل ما لا يقل عن 6606 مدنيا وإصابة عشرة آلاف و563 آخرون في القتال."
    (killing,) = _killings(sentence, "2018-08-30")
    assert killing.target is not None and killing.target.text == "مدنيا"


def _of_type(sentence: str, date: str, event_type: str) -> list[Event]:
    return [c.event for c in candidates(sentence, date) if c.event.type == event_type]


def test_a_relative_clause_of_receiving_names_its_antecedent_the_receiver() -> None:
    # BB-middleEast-491-20180511 (was SYR -> RUS: the backed government as the backer)
    sentence = (
        "وخلال العام الماضي، حققت الحكومة السورية، التي تتلقى دعما من إيران وروسيا، مكاسب كبيرة في"
        " مواجهة الجماعات المعارضة."
    )
    assert dyad(_of_type(sentence, "2018-05-11", "SUPPORT")[0]) == ("IRN", "SYR")


def test_a_relative_clause_of_suffering_names_its_antecedent_the_victim() -> None:
    # SK-middleEast-170-20180302 (was SAU -> SAU: Saudi Arabia as its own attacker)
    sentence = (
        "والثاني دعم السعودية التي تعرضت لهجوم من الحوثيين المدعومين من إيران والذين أطلقوا صواريخ"
        ' واستهدفوا منشآت مدنية".'
    )
    attack = next(e for e in _of_type(sentence, "2018-03-02", "ASSAULT") if e.trigger_text == "لهجوم")
    assert dyad(attack) == ("YEM", "SAU")


def test_support_received_from_someone_is_theirs() -> None:
    # BB-internationalNews-1160-20181006: "دعما" after يتلقى is its object noun, not "in support of"
    sentence = (
        "وكان كافانو بحاجة إلى الحصول على نصف الأصوات على الأقل، إذ يتلقى مرشح المحكمة العليا دعما من"
        " نائب الرئيس الأمريكي مايك بنس."
    )
    (support,) = _of_type(sentence, "2018-10-06", "SUPPORT")
    assert support.source is not None and support.source.text == "نائب الرئيس الأمريكي مايك بنس"


def test_the_two_koreas_meet_each_other() -> None:
    # SK-internationalNews-1602-20180516 (no meeting was coded: the dual read as South Korea, a venue)
    sentence = (
        "وخلال قمة نادرة بين الكوريتين الشهر الماضي في بانمونجوم، القرية الواقعة في المنطقة المنزوعة"
        ' السلاح التي تقسم شبه الجزيرة الكورية، أكّد كيم والرئيس الكوري الجنوبي مون جي-إن التزامهما "النزع'
        ' التام للسلاح النووي" من شبه الجزيرة.'
    )
    summit = next(e for e in _of_type(sentence, "2018-05-16", "CONSULT") if e.trigger_text == "قمة")
    assert dyad(summit) == ("KOR", "PRK")


def test_the_leaders_of_the_two_koreas_are_two_parties() -> None:
    # SK-internationalNews-1414-20180507 (articles_dev4: KOR -> PRK, the inter-Korean summit)
    sentence = "وهي شهدت القمة التاريخية بين زعيمي الكوريتين في نهاية أبريل."
    (summit,) = _of_type(sentence, "2018-05-07", "CONSULT")
    assert dyad(summit) == ("KOR", "PRK")


def test_an_unnamed_deporter_of_a_foreigner_named_so_is_the_other_state() -> None:
    # BB-internationalNews-870-20180725 (was AFG -> AFG: the Afghan refugee deported by Afghan police)
    text = (
        "لاقت حيلة نفذتها شابة سويدية لوقف ترحيل لاجئ أفغاني، استحسانا كبيرا على وسائل التواصل الاجتماعي.\n"
        "وكانت الطالبة الجامعية إيلين إرسون قد حجزت بطاقة للسفر على نفس الرحلة الجوية التي كان سيسافر اللاجئ"
        " الأفغاني فيها، وحين صعدت للطائرة رفضت الجلوس ما لم يُنزل طاقم الرحلة اللاجئ من الطائرة."
    )
    doc = extract(text, "2018-07-25", title="شابة سويدية تنجح في وقف ترحيل لاجئ أفغاني ببث مباشر على فيسبوك")
    assert [dyad(e) for e in doc.events if e.type == "COERCE"] == [("SWE", "AFG")]


def test_the_occupations_artillery_is_israels() -> None:
    # SK-middleEast-3018-20180720 (was PSE -> PSE: "مدفعية" placed in Gaza)
    sentence = (
        "وفي وقت سابق الجمعة، قتل فلسطينيان وأصيب آخرون بعد أن قصفت مدفعية الاحتلال موقعا شرق بلدة خزاعة شرق"
        " خان يونس، جنوبي القطاع."
    )
    shelling = next(e for e in _of_type(sentence, "2018-07-20", "ASSAULT") if e.trigger_text == "قصفت")
    assert shelling.source is not None and shelling.source.country == "ISR"
