"""Venues that give no nationality, first-person speakers, the parties a merge fills in and meetings
on the sidelines of others (events/coder.py, merge.py), on real 2018 corpus sentences (doc_id noted)."""

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


def test_i_call_is_the_speakers_request() -> None:
    # FR-middleEast-740-20180706: "أدعو" (I call) in the UN coordinator's statement: the UN asks Israel
    doc = extract(
        "من جانبه، قال منسق الأمم المتحدة للشؤون الإنسانية في الأراضي الفلسطينية جيمي ماكغولدريك"
        ' "إن عمليات الهدم هذه فاضحة جدا لأنها تؤثر على مجتمع يعيش أصلا في ظروف بالغة الصعوبة".'
        ' وأضاف في بيان "أدعو السلطات الإسرائيلية مجددا إلى وقف عمليات الهدم وغيرها من الإجراءات التي قد'
        ' تؤدي إلى نقل قسري للفلسطينيين".',
        "2018-07-06",
    )
    requests = _events(doc, "REQUEST")
    assert [(_country(e.source), _country(e.target)) for e in requests] == [("IGO", "ISR")]


def test_they_claimed_is_no_call() -> None:
    # SK-internationalNews-1228-20180428: ادعوا "they claimed" is not أدعو "I call"
    doc = extract(
        "وقال التقرير إن حملة ترامب لم يكن ينبغي لها أن تعقد اجتماعا في يونيو 2016 في برج ترامب مع روس"
        " ادعوا أن لديهم معلومات تضر بمنافسته الديمقراطية هيلاري كلينتون.",
        "2018-04-28",
    )
    assert not _events(doc, "REQUEST")


def test_we_will_not_accept_is_the_speakers_rejection() -> None:
    # FR-internationalNews-2326-20180716: "لن نقبل" (we will not accept) - Netanyahu's, of attacks from Gaza
    doc = extract(
        "وأكد رئيس وزراء إسرائيل بنيامين نتنياهو في مستهل اجتماع مجلس الوزراء، أن الجيش كبد حماس"
        ' "أقسى ضربة" منذ 2014.\nوأضاف'
        ' "يقال إن إسرائيل وافقت على وقف لإطلاق النار، يتيح متابعة أعمال الرعب الحارقة باستخدام بالونات'
        ' وطائرات ورقية، هذا خطأ، لن نقبل بشن أي هجوم علينا".',
        "2018-07-16",
    )
    rejections = _events(doc, "REJECT")
    assert rejections
    assert all(_country(e.source) == "ISR" for e in rejections)


def test_a_filled_party_does_not_take_the_other_partys_country() -> None:
    # SK-internationalNews-2087-20180611: the negotiation with Trump (its subject unnamed, read as
    # Trump) merged with Trump's meeting with Kim keeps Kim as the other party, no US-US meeting
    doc = extract(
        "اعتبرت إيران أن على كوريا الشمالية، توخي الحذر خلال التفاوض مع الرئيس الأميركي دونالد"
        " ترامب في أعقاب انسحابه من الاتفاق النووي معها.\nوذكر المتحدث باسم الخارجية الإيرانية،"
        " بهرام قاسمي، يوم الاثنين، أن زعيم كوريا الشمالية كيم جونغ أون، يجب أن يتعامل مع قمة"
        ' ترامب هذا الأسبوع "بوعي" حسب تعبيره.\n وأضاف "إيران تنظر إلى ترامب والولايات المتحدة'
        ' بتشاؤم كبير"، واعتبر أنهما "مشهوران بعدم الوفاء بالمعاهدات والالتزامات."\nوكان ترامب'
        " انسحب من الاتفاق النووي مع إيران الذي أبرم عام 2015، وتوصلت إليه إدارة الرئيس السابق"
        " باراك أوباما بالإضافة إلى إيران وبريطانيا وفرنسا وألمانيا والصين وروسيا.\nوطلب الاتفاق"
        " من إيران الحد من تخصيب اليورانيوم مقابل تخفيف العقوبات الدولية المفروضة عليها.\nوأعلن"
        " ترامب إعادة العقوبات الأميركية، في حين يحاول قادة أوروبيون الالتزام بالاتفاق.\nومن"
        " المقرر أن يلتقي ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة غدا الثلاثاء.",
        "2018-06-11",
    )
    meetings = _events(doc, "CONSULT")
    assert meetings
    assert all({_country(e.source), _country(e.target)} == {"PRK", "USA"} for e in meetings)


def test_a_summit_a_meeting_was_held_on_the_sidelines_of_is_its_occasion() -> None:
    # FR-internationalNews-2516-20180729: Erdogan met Putin on the sidelines of the BRICS summit; the
    # summit is no Brazil-Russia meeting
    doc = extract(
        "والخميس، أجرى أردوغان محادثات في جوهانسبورغ مع نظيره الروسي فلاديمير بوتين على هامش قمة دول"
        " بريكس  (البرازيل وروسيا والهند والصين وجنوب أفريقيا) التي دُعي إليها مع قادة آخرين لدول غير"
        " أعضاء.",
        "2018-07-29",
    )
    meetings = _events(doc, "CONSULT")
    assert meetings
    assert all({_country(e.source), _country(e.target)} == {"TUR", "RUS"} for e in meetings)


def test_what_i_call_for_has_not_happened() -> None:
    # AL-internationalNews-1117-20180511: Lieberman calls on Assad to expel the Iranians; no expulsion yet
    doc = extract(
        'وقال ليبرمان، في بيان أثناء زيارته للقسم الذي تحتله إسرائيل من هضبة الجولان: "أستغل فرصة زيارتي'
        ' اليوم للجولان، لأدعو الأسد إلى طرد الإيرانيين، وطرد قاسم سليماني وفيلق القدس من سوريا".',
        "2018-05-11",
    )
    assert {e.status for e in _events(doc, "SANCTION")} == {"hypothetical"}
