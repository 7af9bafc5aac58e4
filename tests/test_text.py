"""The text layer on real Arabic: normalisation with offsets, sentences, clitic-aware tokens,
boilerplate and language."""

from __future__ import annotations

from hadath import extract
from hadath.text.boilerplate import body_spans, find_boilerplate, from_desk
from hadath.text.language import detect_language
from hadath.text.normalize import normalize, normalize_word
from hadath.text.sentences import split_sentences
from hadath.text.tokens import analyse, tokenize
from tests.conftest import corpus_articles


def test_normalisation_folds_letter_variants_and_keeps_offsets() -> None:
    text = "أعلنَ الرئيـــس إنّ ٣١٠ قتلى سقطوا في الهجوم على مُصلّى"
    norm = normalize(text)
    assert norm.text == "اعلن الرءيس ان 310 قتلي سقطوا في الهجوم علي مصلي"
    # Every normalised character points back at the character it came from.
    for i, ch in enumerate(norm.text):
        original = text[norm.to_original(i)]
        assert normalize_word(original) == ch
    start = norm.text.index("310")
    s, e = norm.span_to_original(start, start + 3)
    assert text[s:e] == "٣١٠"


def test_normalisation_without_deletions_is_identity_mapped() -> None:
    norm = normalize("بحثت مصر وروسيا")
    assert norm.offsets is None and norm.to_original(3) == 3


def test_persian_digits_and_ascii_case() -> None:
    assert normalize_word("۲۰۱۷ CNN") == "2017 cnn"


def test_sentences_split_on_arabic_punctuation_lines_and_respect_quotes() -> None:
    text = (
        "قال المتحدث «لن نتراجع. سنواصل الضغط» في بيان. هل يعود الهدوء؟ لا أحد يعرف!\n"
        "وفي بغداد، قتل 5 أشخاص؛ وأصيب آخرون"
    )
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == [
        "قال المتحدث «لن نتراجع. سنواصل الضغط» في بيان.",
        "هل يعود الهدوء؟",
        "لا أحد يعرف!",
        "وفي بغداد، قتل 5 أشخاص؛",
        "وأصيب آخرون",
    ]


def test_sentence_split_keeps_abbreviations_and_decimals() -> None:
    text = "قال د. محمد إن النمو بلغ 3.5 في المئة. وأضاف أن الوضع مستقر."
    assert len(split_sentences(text)) == 2


def test_clitics_are_peeled_in_every_reading() -> None:
    cases = {
        "وأدان": "ادان",
        "بالقاهرة": "قاهرة",
        "لبحث": "بحث",
        "وقتلوا": "قتل",
        "بنظيره": "نظير",
        "للجيش": "جيش",
        "وسيلتقي": "يلتقي",
        "حكومتها": "حكومة",
        "مظاهرات": "مظاهرة",
        "اعتقلته": "اعتقل",  # a derived verb's ending before its object pronoun
        "واعتقلوهم": "اعتقل",
    }
    for word, stem in cases.items():
        forms = [s.form for s in analyse(normalize_word(word))]
        assert stem in forms, (word, forms)
    # A short stem in ته is as often a noun's ta marbuta: سيطرته is control, not "controlled it".
    assert "سيطر" not in [s.form for s in analyse(normalize_word("سيطرته"))]
    # The literal reading comes first: a word that is itself a stem is not over-stripped.
    assert analyse(normalize_word("بحث"))[0].form == "بحث"


def test_tokens_point_at_original_text() -> None:
    text = "وأدانَ الأمينُ العام الهجومَ، وقُتِل ٣ أشخاص"
    tokens = tokenize(normalize(text))
    surfaces = [text[t.start : t.end] for t in tokens]
    assert surfaces == ["وأدانَ", "الأمينُ", "العام", "الهجومَ", "،", "وقُتِل", "٣", "أشخاص"]
    assert [t.is_word for t in tokens].count(False) == 1


def test_sample_related_headlines_are_boilerplate(sample_text: str) -> None:
    parts = find_boilerplate(sample_text)
    assert [p.kind for p in parts] == ["related_headlines"] * 3
    last_lines = sample_text.strip().split("\n")[-3:]
    assert [sample_text[p.start : p.end] for p in parts] == last_lines
    body = "".join(sample_text[s.start : s.end] for s in body_spans(sample_text, parts))
    assert body.rstrip().endswith("جنوب غربي روسيا.")
    assert not any(line in body for line in last_lines)


def test_datelines_read_also_blocks_and_prompts() -> None:
    text = (
        "القاهرة - الأناضول: أعلنت وزارة الداخلية المصرية مقتل 5 مسلحين في تبادل لإطلاق النار.\n"
        "وقالت الوزارة في بيان إن قوات الأمن داهمت وكرا للمسلحين.\n"
        "اقرأ أيضا\n"
        "مصر تمدد حالة الطوارئ\n"
        "شارك على فيسبوك\n"
        "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من التطبيق."
    )
    kinds = [(p.kind, text[p.start : p.end]) for p in find_boilerplate(text)]
    assert kinds[0] == ("dateline", "القاهرة - الأناضول: ")
    assert ("read_also", "اقرأ أيضا") in kinds and ("read_also", "مصر تمدد حالة الطوارئ") in kinds
    assert ("share", "شارك على فيسبوك") in kinds
    assert kinds[-1][0] == "promo"
    assert not any("وقالت الوزارة" in t for _, t in kinds)


def test_france24_more_links_are_read_also_lines_whatever_their_mark() -> None:
    # FR-middleEast-249-20180410: "للمزيد:" introduces another story's headline, here an air strike
    # the article does not report; CNN's "اقرأ:" likewise.
    text = (
        "وقال غريفو إنه إذا تم تجاوز الخط الأحمر فسيكون هناك رد.\n"
        "للمزيد: ضربات جوية تستهدف مطار التيفور العسكري السوري وواشنطن تنفي تنفيذها\n"
        "للمزيد - مهرجان كان: مرثيات الحب المستحيل\n"
        'اقرأ: البيت الأبيض يربط بين بناء جدار المكسيك وبرنامج "حالمون"\n'
        "وأشار غريفو إلى أن رئيس الجمهورية اتفق على التحدث مجددا مع الرئيس ترامب."
    )
    kinds = [(p.kind, text[p.start : p.end][:7]) for p in find_boilerplate(text)]
    assert kinds == [("read_also", "للمزيد:"), ("read_also", "للمزيد "), ("read_also", "اقرأ: ا")]
    assert "ASSAULT" not in {e.type for e in extract(text, "2018-04-10").events}


def test_short_unpunctuated_lines_inside_a_punctuated_article_are_headings() -> None:
    # BB-internationalNews-167-20180316: BBC Arabic sets links to other stories inside the text; the
    # last one tells of Merkel criticising something else, long ago.
    text = (
        "قال وزير الداخلية الألماني الجديد إنه يعتقد أن الإسلام لا ينتمي لبلاده، في تصريحات تتناقض"
        " مع كلام المستشارة الألمانية أنغيلا ميركل.\n"
        'من هو "البديل من أجل ألمانيا" المعادي للإسلام؟\n'
        "أنغيلا ميركل: عالمة الكيمياء التي تقود ألمانيا للمرة الرابعة\n"
        "أنغيلا ميركل تنتقد حرمان الأجانب في ألمانيا من الطعام المجاني\n"
        "وبعد تشكيل الحكومة الألمانية الجديدة بعد 6 أشهر من المخاض، أدت ميركل اليمين الدستورية لولاية"
        " رابعة كمستشارة يوم الأربعاء 14 مارس/ آذار الجاري.\n"
        "وبموجب اتفاق الائتلاف، وافقت الكتلة المحافظة على الحد من الهجرة"
    )
    headings = [text[p.start : p.end] for p in find_boilerplate(text) if p.kind == "heading"]
    assert headings == [
        "أنغيلا ميركل: عالمة الكيمياء التي تقود ألمانيا للمرة الرابعة",
        "أنغيلا ميركل تنتقد حرمان الأجانب في ألمانيا من الطعام المجاني",
    ]
    assert "ACCUSE" not in {e.type for e in extract(text, "2018-03-16").events}


def test_cnn_style_dateline() -> None:
    text = "دبي، الإمارات العربية المتحدة (CNN)-- أعلن الاتحاد الأفريقي لكرة القدم فرض عقوبة الإيقاف."
    parts = find_boilerplate(text)
    assert parts and parts[0].kind == "dateline" and text[parts[0].end :].startswith("أعلن")


def test_a_newsroom_dateline_is_not_the_story_s_home() -> None:
    """CNN Arabic datelines half its stories from its Dubai desk: an unnamed party is the story's
    state, not the UAE (CN-middleEast-966-20180518, a Saudi traffic authority's call)."""
    text = (
        "دبي، الإمارات العربية المتحدة (CNN) --  في أول رسالة للسيدات بشأن قيادة السيارات في المملكة، دعت"
        " إدارة المرور السعودية كافة المواطنات والمقيمات إلى استبدال رخصهن التي حصلن عليها من دول أخرى برخص"
        " قيادة سعودية."
    )
    (dateline,) = [b for b in find_boilerplate(text) if b.kind == "dateline"]
    assert from_desk(text, dateline)
    (call,) = [e for e in extract(text, "2018-05-18").events if e.type == "REQUEST"]
    assert call.source is not None and call.source.country == "SAU"
    agency = "القاهرة - الأناضول: أعلنت وزارة الداخلية المصرية القبض على خلية."
    assert not from_desk(agency, find_boilerplate(agency)[0])


def test_language_detection() -> None:
    assert detect_language("بحثت مصر وروسيا سبل تعزيز التعاون العسكري") == "ar"
    assert detect_language("Egypt and Russia discussed military cooperation on Wednesday.") == "latin"
    assert detect_language("12345 !!! ---") == "und"
    # Letters are counted, not words: three Arabic letters hold their own against three Latin
    # ones, and lose to six.
    assert detect_language("قال CNN") == "ar"
    assert detect_language("قال CNN BBC") == "latin"


def test_other_stories_leads_after_a_cnn_article_are_boilerplate() -> None:
    articles = corpus_articles("CN-economy-177-20180813", "AL-internationalNews-861-20180410")
    text = articles["CN-economy-177-20180813"]
    leads = [p for p in find_boilerplate(text) if p.kind == "related_stories"]
    # Merkel on the Turkish lira, then five other stories' leads (Arsenal's shirts, a UAE decree ...).
    assert [text[p.start : p.start + 9] for p in leads] == [
        "ظهر شعار ",
        "أصدر الشي",
        "أكد مصدر ",
        "أعلن البن",
        "أعلنت الر",
    ]
    body = "".join(text[s.start : s.end] for s in body_spans(text, find_boilerplate(text)))
    assert "أردوغان في السياسة النقدية" in body and "زوروا رواندا" not in body
    # An analysis whose paragraphs open without و and carry no final stop keeps all of them.
    assert find_boilerplate(articles["AL-internationalNews-861-20180410"]) == []
