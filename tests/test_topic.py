"""Sports reports: an article dense in sports vocabulary keeps only the events whose sentence names the
state (text/topic.py, lexicon/data/topics.tsv). Real corpus articles (ant-news-2018, doc_ids noted)."""

from __future__ import annotations

from hadath.lexicon import load_table, phrase_key
from hadath.pipeline import extract
from hadath.text.topic import without_sport_events

# AL-sport-1570-20180515 (whole article): a player threatening to leave his club is no THREATEN (the
# second threat's sentence names the club president بيريز, a statesman's surname in people.tsv, and stays).
RONALDO = (
    "هدد البرتغالي كريستيانو رونالدو نجم ريال مدريد الإسباني بمغادرة أسوار القلعة البيضاء "
    "الصيف القادم والعودة إلى فريقه السابق مانشستر يونايتد إذا تعاقدت إدارة نادي العاصمة "
    "الإسبانية مع المصري محمد صلاح هداف ليفربول الإنجليزي.\nوتوج صلاح هدافاً للدوري الإنجليزي "
    "بعدد قياسي من الأهداف، كما حصل على جائزة أفضل لاعب في الموسم بعد أقل من عام على وصوله إلى "
    'الشمال الإنجليزي قادماً من روما الإيطالي.\nوكشفت صحيفة "دون بالون" أن رونالدو ضاق ذرعاً من '
    "الأخبار التي ربطت ريال مدريد بمحمد صلاح وتزايدات حدتها مؤخراً بعدما باتت أيام غاريث بيل "
    "معدودة في ريال مدريد، وهدد إدارة فلورنتينو بيريز بالرحيل عن صفوف الفريق إذا جاء النجم "
    "المصري إلى سانتياغو برنابيو معقل الفريق العاصمي.\nوبحسب الصحيفة فإن رونالدو يخشى أن يؤثر "
    "محمد صلاح على دوره كاللاعب الأهم في قائمة ريال مدريد، ولا يريد النجم البرتغالي الحائز على "
    "جائزة الكرة الذهبية 5 مرات البقاء في ظل أي لاعب آخر.\nوقال رونالدو للمقربين منه في النادي "
    "بأنه مستعد تماماً للعودة إلى مانشستر يونايتد، ناديه السابق الذي تركه عام 2009 لقاء مبلغ "
    "قياسي، خصوصاً مع وجود اهتمام ملحوظ من مواطنه المدرب جوزيه مورينيو الذي يبحث عن تدعيم صفوف "
    "فريقه بعد فشله في الموسم الحالي بالحصول على لقب الدوري الإنجليزي والخروج من ثمن نهائي "
    "دوري أبطال أوروبا أمام إشبيلية الإسباني.\nويلعب رونالدو في صفوف ريال مدريد منذ عام 2009 "
    "واستطاع تحقيق 3 بطولات دوري أبطال أوروبا معه، بالإضافة إلى لقبي الدوري الإسباني، ويستعد "
    "لمواجهة صلاح أواخر الشهر الحالي في كييف بحثاً عن لقب دوري أبطال أوروبا."
)
# BB-middleEast-147-20180307 (first five paragraphs): the arrest of fans by the security forces stays,
# and so does the interior ministry's agreement with the football federation; the club condemning its
# fans goes.
AHLY = (
    'ألقت أجهزة الأمن المصرية القبض على عدد من مشجعي النادي الأهلي من رابطة "ألتراس أهلاوي" '
    "عقب انتهاء مباراة النادي الأهلي مع نظيره الغابوني مونانا مساء الثلاثاء في دوري أبطال "
    "أفريقيا.\nوقال مصدر أمني بوزارة الداخلية إن أجهزة الأمن ألقت القبض علي عدد من أعضاء رابطة "
    '"ألتراس أهلاوي" خارج استاد القاهرة، في ضاحية مدينة نصر شرق العاصمة القاهرة .\nوأضاف المصدر '
    "أن عددا من الألتراس كانوا يحاولون الدخول إلى الاستاد لحضور مباراة الأهلي مع مونانا "
    "الغابوني في الدور الـ 32 لدوري أبطال أفريقيا، بالمخالفة للأعداد التي حددتها الأجهزة "
    "الأمنية بالتنسيق مع الاتحاد المصري لكرة القدم.\nواتفقت وزارة الداخلية واتحاد كرة القدم في "
    "وقت سابق على حضور خمسة آلاف مشجع فقط في ملعب المباراة، الذي تتجاوز سعته 74 ألف متفرج.\n"
    "وأصدر النادي الأهلي بيانا استنكر فيها تصرفات بعض أفراد جماهير النادي خلال المباراة."
)
# BB-middleEast-123-20180302 (first three paragraphs): the title names the state, so the article is no
# sports report however many matches it names.
IRAN_TITLE = "السلطات الإيرانية تعتقل 35 امرأة حاولن حضور مباراة كرة قدم"
IRAN = (
    "اعتقلت السلطات الإيرانية 35 امرأة بعدما حاولن حضور مباراة كرة قدم في ملعب بالعاصمة "
    "طهران.\nوحاولت النساء حضور مباراة فريقي الاستقلال وبيرسيبوليس في طهران الخميس. لكن السلطات "
    "أعلنت احتجازهن بصورة مؤقتة، وقالت إنه سيطلق سراحهن عقب نهاية المباراة.\nووقعت هذه الأحداث "
    "أثناء حضور رئيس الفيفا جياني إنفانتينو في ملعب المباراة على هامش زيارته لإيران، وكان "
    "بصحبته وزير الرياضة الإيراني مسعود سلطاني فر."
)
# BB-middleEast-1002-20180912 (first three paragraphs): a political article.
EGYPT = (
    'أعلنت السلطات المصرية أن بكتيريا "إيكولاي" هي سبب وفاة زوجين من بريطانيا داخل أحد '
    "المنتجعات السياحية على البحر الأحمر.\nوتوفي البريطاني جون كوبر وزوجته، سوزان، في مدينة "
    "الغردقة في 21 أغسطس/آب. وسمحت السلطات المصرية إلى عودة جثتيهما الجمعة بعد انتهاء "
    "التشريح.\nوقال النائب العام المصري إن تشريح جثماني الزوجين أثبت أن بكتيريا إيكولاي هي "
    "السبب وراء وفاة الزوج والسبب المرجح وراء وفاة الزوجة."
)


def types(text: str, date: str, title: str | None = None) -> list[str]:
    return sorted(e.type for e in extract(text, date, title=title).events)


def test_topics_table_loads_with_known_topics() -> None:
    rows = load_table("topics")
    assert {r["topic"] for r in rows} == {"sport", "state"}
    keys = [phrase_key(r["phrase"]) for r in rows]
    assert len(keys) == len(set(keys)), "a phrase listed twice"


def test_sports_report_keeps_no_transfer_threat() -> None:
    assert [e.trigger_text for e in extract(RONALDO, "2018-05-15").events] == ["وهدد"]


def test_sports_report_keeps_the_events_of_the_state() -> None:
    # The ultras' arrest, told in the lead and again by the ministry's source, is one arrest.
    assert types(AHLY, "2018-03-07") == ["AGREE", "COERCE"]


def test_article_whose_title_names_the_state_keeps_its_events() -> None:
    doc = extract(IRAN, "2018-03-02", title=IRAN_TITLE)
    assert doc.events and without_sport_events(doc, doc.events) is doc.events
    assert "COERCE" in {e.type for e in doc.events}


def test_political_article_is_no_sports_report() -> None:
    doc = extract(EGYPT, "2018-09-12")
    assert without_sport_events(doc, doc.events) is doc.events
