"""Three lexicon rows of session 17 (lexicon/data/cues.tsv, triggers.tsv): declining to confirm or to
disclose more is a reporter's formula, no REJECT (no_comment); a speaker's "X تقف خلف ..." accuses X
as "تقف وراء" does (allegation); "طلبات" (requests) is no form of طلبة (students). Real 2018 news."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyad


def test_declining_to_confirm_or_disclose_rejects_nothing() -> None:
    # FR-internationalNews-2140-20180703 (was REJECT USA -> USA)
    sentence = "ورفضت الناطقة باسم البيت الأبيض الاثنين تأكيد أو نفي هذه المعلومات."
    assert [e.type for e in extract(sentence, "2018-07-03").events] == []
    # SK-internationalNews-2597-20180711 (a REJECT BEL -> BEL went; the police raids stay)
    sentence = (
        "ونفذت الشرطة 5 عمليات مداهمة في بلجيكا ترتبط بهذه القضية، التي رفضت السلطات الإفصاح عن مزيد"
        " من التفاصيل بشأنها."
    )
    assert [e.type for e in extract(sentence, "2018-07-11").events] == ["COERCE"]


def test_a_speaker_says_who_stands_behind() -> None:
    # SK-internationalNews-320-20180313 (was nothing)
    sentence = (
        "قال الرئيس الأميركي دونالد ترامب إن إيران تقف خلف كل المشاكل في الشرق الأوسط مشيرا إلى أن"
        " الولايات المتحدة تقوم بالتعامل مع الملف الإيراني بشكل جدي."
    )
    assert [(e.type, dyad(e)) for e in extract(sentence, "2018-03-13").events] == [("ACCUSE", ("USA", "IRN"))]
    # SK-internationalNews-3523-20181016: a man standing behind a crowd accuses no one
    sentence = "يصور رجلا يحمل سكينا يخفيها وراء ظهره، وهو يقف خلف حشد من الجماهير الشابة أثناء حفل موسيقي."
    assert [e.type for e in extract(sentence, "2018-10-16").events] == []


def _students(sentence: str) -> list[str]:
    return [entity.text for entity in extract(sentence, "2018-07-18").entities if entity.sector == "EDU"]


def test_requests_are_no_students() -> None:
    # SK-internationalNews-2712-20180718 (طلبات was an EDU actor)
    sentence = (
        "وفي نفس الوقت تقريباً، ذكرت السلطات في بروكسل ببلجيكا أن عدة مساجد تلقت طلبات من السلطات"
        " التركية للتجسس والإبلاغ عن البلجيكيين من أصل تركي."
    )
    assert _students(sentence) == []
    # the students noun itself stays EDU
    assert _students("واعتقلت الشرطة طلبة جامعيين.") == ["طلبة"]
