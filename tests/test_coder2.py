"""Session 15 round 2 (coder2): venues, first-person speakers, merged sides, side meetings - on real
Arabic news sentences of the 2018 corpus (doc_id noted)."""

from __future__ import annotations

from hadath.model import Document, Event
from hadath.pipeline import extract


def _events(doc: Document, event_type: str) -> list[Event]:
    return [e for e in doc.events if e.type == event_type]


def _country(actor: object) -> str | None:
    return getattr(actor, "country", None)


def test_a_tournament_venue_gives_no_nationality() -> None:
    # FR-internationalNews-2447-20180722: the World Cup in Russia is where Özil played, not his country
    doc = extract(
        'وكان والد اللاعب مسعود أوزيل قد حث نجله على ترك منتخب ألمانيا لكرة القدم بعد أن "تحول إلى كبش'
        ' فداء" عقب الخروج من الدور الأول لكأس العالم في روسيا، في حين أن رئيس الاتحاد الألماني دعاه إلى'
        " توضيح موقفه من مسألة صورته مع الرئيس التركي.",
        "2018-07-22",
    )
    requests = _events(doc, "REQUEST")
    assert requests
    assert all(_country(e.source) != "RUS" for e in requests)


def test_a_conference_venue_gives_no_nationality() -> None:
    # CN-internationalNews-5-20180218: McMaster spoke at the Munich conference in Germany; the
    # indictments are the (US) Justice Department's, not Germany's
    doc = extract(
        "واشنطن، الولايات المتحدة الأمريكية (CNN) -- قال مستشار الأمن القومي الأمريكي في البيت الأبيض،"
        ' هيربيرت ماكماستر، السبت، إن الدليل على التدخل الروسي في انتخابات 2016 "أمر غير قابل للجدل."\n'
        "وذكر ماكماستر أثناء خطابه في مؤتمر ميونيخ للأمن بألمانيا، بعد يوم واحد من إعلان وزارة العدل عدة"
        " لوائح اتهام في تقرير خاص لفريق التحقيق بالتدخل الروسي الذي يقوده روبرت مولر.",
        "2018-02-18",
    )
    accusations = _events(doc, "ACCUSE")
    assert accusations
    assert all(_country(e.source) != "DEU" for e in accusations)
