"""Lines that name rather than tell, left inside article bodies: question and exclamation subheadings
and links, news-agency credit lines; and lines that look like them but are the text's."""

from __future__ import annotations

from hadath import extract
from hadath.text.boilerplate import find_boilerplate


def _parts(text: str) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start : p.end]) for p in find_boilerplate(text)]


def test_a_question_link_inside_the_body_codes_no_event() -> None:
    # BB-middleEast-575-20180604 (articles_dev6): BBC Arabic links "Jordan's protests.. what next?"
    # between two paragraphs; it told of no protest of its own (a false PROTEST before).
    text = (
        "يتوقع أن يطلب العاهل الأردني الملك عبد الله الثاني من رئيس الوزراء هاني الملقي الاستقالة في"
        " محاولة لتهدئة الغضب بشأن السياسات الاقتصادية، وذلك حسبما قالت مصادر سياسية.\n"
        "وأدت الزيادة الضريبية إلى انخفاض شعبية الملقي بصورة كبيرة.\n"
        'ملك الأردن يدعو إلى "حوار وطني" مع استمرار الاحتجاجات\n'
        "الاحتجاجات في الأردن.. ماذا بعد؟\n"
        "وتقول الحكومة إنها تهدف إلى جمع تمويل لخدمات عامة."
    )
    link = "الاحتجاجات في الأردن.. ماذا بعد؟"
    assert ("question", link) in _parts(text)
    start = text.index(link)
    events = extract(text, "2018-06-04").events
    assert not [e for e in events if start <= e.trigger.start < start + len(link)]


def test_an_exclamation_subheading_codes_no_event() -> None:
    # FR-internationalNews-675-20180411: France 24 heads its sections with an exclamation; the
    # welcome is told in the paragraph under it.
    text = (
        "وحذرت روسيا التي تنشر قوات في سوريا من مغبة التدخل العسكري الأمريكي في هذا البلد ملوحة بأنه"
        ' سيكون "خطيرا جدا".\n'
        "دمشق ترحب بتفتيش دولي لدوما!\n"
        "ورحبت دمشق الثلاثاء بزيارة منظمة حظر الأسلحة الكيميائية لدوما من أجل التحقيق في التقارير حول"
        " الهجوم الكيميائي."
    )
    heading = "دمشق ترحب بتفتيش دولي لدوما!"
    assert ("exclamation", heading) in _parts(text)
    start = text.index(heading)
    events = extract(text, "2018-04-11").events
    assert not [e for e in events if start <= e.trigger.start < start + len(heading)]


def test_questions_the_text_asks_or_quotes_stay_in_the_body() -> None:
    # BB-internationalNews-621-20180608 (a comma), SK-middleEast-348-20180317 (a quoted question),
    # BB-middleEast-568-20180602 (an unpunctuated line opening with لكن, a heading before).
    text = (
        "وفي النهاية، فإن توفر أفيون أقوى ليس أمراً ضرورياً بالنسبة لأولئك الذين يحاولون الانتشاء.\n"
        "إذاً، لماذا هي منتشرة في نيجيريا؟\n"
        'سأل الناشط: "هل تستطيع أن تقول أمامي وأمام الجميع إنك ضد الإخوان المسلمين"؟\n'
        "ويشهد الأردن احتجاجات، منذ يوم الأربعاء، فقد خرج المئات إلى شوارع العاصمة عمان ومدن أخرى"
        " استجابة لدعوات النقابات التجارية.\n"
        "واعتمدت الحكومة مشروع قانون ضريبة الدخل، الأسبوع الماضي بهدف توسيع قاعدة الضرائب في البلاد"
        " وتوفير 300 مليون دينار (420 مليون دولار) للخزينة كل عام.\n"
        "لكن لم يوافق البرلمان عليه حتى الآن\n"
        "وبحسب ما نقلته وكالة رويترز، فقد رفض رئيس الوزراء هاني الملقي السبت سحب مشروع القانون المثير"
        " للجدل."
    )
    assert _parts(text) == []


def test_a_france24_credit_line_is_a_byline() -> None:
    # FR-internationalNews-1554-20180531 ends with its credit line; "فرانس" in it was read as France.
    text = 'ووافق المجلس الأعلى في البرلمان "البونديسرات" بدوره على النص في 12 أيار/مايو.\nفرانس 24/ أ ف ب'
    assert _parts(text) == [("byline", "فرانس 24/ أ ف ب")]


def test_a_headline_whose_first_word_opens_with_waw_is_a_heading() -> None:
    # BB-middleEast-32-20180212: a link to another story set between two quotes of Trump; "واشنطن" is
    # no conjunction + word ("اشنطن"), unlike "وقال" ("قال"), so the line names another story (an AID
    # before) and the lines around it go on with the text.
    text = (
        "وفي مقتطفات من مقابلة ترامب مع الصحيفة الإسرائيلية، نشرت الجمعة الماضي، قال ترامب إن الاعتراف"
        " بالقدس عاصمة لإسرائيل كان نقطة مهمة، في العام الأول من رئاسته.\n"
        "واشنطن توقف أكثر من نصف تمويلها لوكالة غوث وتشغيل اللاجئين الفلسطينيين\n"
        'وقال: "اعتقد أن القدس كانت نقطة بارزة للغاية، واعتقد أنها كانت نقطة مهمة للغاية".\n'
        'وأضاف: "لقد كان ذلك تعهدا مهما قطعته على نفسي، وها أنا قد أوفيت به".\n'
        "ويعيش أكثر من 600 ألف يهودي، في نحو 140 مستوطنة إسرائيلية، ثنيت منذ الاحتلال الإسرائيلي للضفة"
        " الغربية والقدس الشرقية عام 1967. وتعتبر المستوطنات غير شرعية وفقا للقانون الدولي."
    )
    link = "واشنطن توقف أكثر من نصف تمويلها لوكالة غوث وتشغيل اللاجئين الفلسطينيين"
    assert _parts(text) == [("heading", link)]
    assert "AID" not in {e.type for e in extract(text, "2018-02-12").events}
