"""Trigger words in another sense (events/coder.py, lexicon/data/triggers.tsv): طالب "student",
استدعى "required", سحب القرعة "the draw", أوقف هذا "stop this" (a prayer), مقاطعة "province" and
drones named as what was hit, وصل إلى as a visit only when an official arrives, فيصل فجر (a footballer),
سيطر على مجريات (a match) and تظاهر بـ "pretended"; on real 2018 corpus sentences (doc_id noted)."""

from __future__ import annotations

import pytest

from hadath.pipeline import extract


def _types(text: str, published: str) -> list[str]:
    return [e.type for e in extract(text, published).events]


def test_talib_without_a_demand_is_a_student() -> None:
    # AL-internationalNews-1772-20180627: a student called out to Macron; nobody demanded anything
    text = (
        'فعندما نادى طالب ماكرون قائلا "كيف الحال يا مانو؟" خلال أحد المراسم في شمال فرنسا الأسبوع'
        ' الماضي، وبخه ماكرون قائلا "لا، لا، لا.'
    )
    assert "REQUEST" not in _types(text, "2018-06-27")


def test_talib_with_its_ba_complement_stays_a_demand() -> None:
    # AL-internationalNews-1861-20180706: the demand's بـ comes after the subject and the day
    text = (
        "طالب وزير الخارجية الفرنسي، جان إيف لودريان، الجمعة، #إيران بالكف عن تهديدها بعم الوفاء"
        " بالتزاماتها إزاء الاتفاق النووي، متحدثاً عن صعوبة وضع حزمة اقتصادية بحلول الشهر المقبل لإنقاذ"
        " الاتفاق."
    )
    assert "REQUEST" in _types(text, "2018-07-06")


@pytest.mark.parametrize(
    ("doc_id", "text"),
    [
        (
            "SK-internationalNews-1583-20180515",
            "وبحسب مصادر في الشرطة فإن تلك الإصابات استدعت نقل الرجل إلى المستشفى.",
        ),
        (
            "SK-middleEast-3151-20180728",
            "وعن شروط المجلس الرئاسي لسوريا الديمقراطية إذا ما استدعت المفاوضات أن يتنازل الأكراد عن"
            ' إدارة مناطق نفوذهم قالت: "لا شروط مسبقة لدينا، المفاوضات ستعتمد على مصلحة الطرفين".',
        ),
    ],
)
def test_istadaa_required_summons_no_one(doc_id: str, text: str) -> None:
    assert not {"ACCUSE", "SANCTION"} & set(_types(text, "2018-07-28")), doc_id


def test_drawing_lots_is_no_withdrawal() -> None:
    # AL-sport-657-20180316: Shevchenko drew the Champions League lots
    text = (
        "وتولى عملية سحب القرعة، الأوكراني أندريه شيفتشينكو، النجم السابق لميلان الإيطالي وتشيلسي"
        " الإنجليزي ودينامو كييف الأوكراني، وسفير نهائي دوري أبطال أوروبا المقرر في كييف في 26 مايو."
    )
    assert "RETREAT" not in _types(text, "2018-03-16")


def test_a_prayer_to_stop_it_detains_no_one() -> None:
    # BB-middleEast-198-20180315: a witness of the 2012 Tahrir assaults recalls her prayer
    assert "COERCE" not in _types("كنت فقط أقول أرجوك ياالله أوقف هذا..", "2018-03-15")


def test_hideouts_for_drones_are_a_target_not_a_drone_strike() -> None:
    # FR-internationalNews-1517-20180530: what Israel's raids on Gaza hit
    text = 'من بين الأهداف ورش لتصنيع الصواريخ ومخابئ لطائرات مسيرة و"منشآت عسكرية".'
    assert "ASSAULT" not in _types(text, "2018-05-30")


@pytest.mark.parametrize(
    ("doc_id", "text", "published"),
    [
        (
            # the province is named in the gazetteer (a region of Mali)
            "FR-internationalNews-2460-20180723",
            "وأوضحت وزارة الدفاع في مالي في بيان نشرته على موقعها الإلكتروني أن جيشها قتل 11 جهاديا صباح"
            ' الأحد في غابة سموني في دائرة ماسينا بمقاطعة سيغو (وسط البلاد) إثر "كمين إرهابي" أسفر عن'
            " مقتل جندي وإصابة آخر بجروح.",
            "2018-07-23",
        ),
        (
            # the District of Columbia (Colombia, the country, is not boycotted here)
            "SK-internationalNews-199-20180301",
            "وقالت وزارة العدل في بيان يوم الأربعاء إن هيئات محلفين كبرى في فلوريدا وجورجيا ومقاطعة"
            " كولومبيا اتهمت كادار الذي يحمل الجنسيتين الأميركية والإسرائيلية بتوجيه تهديدات في الفترة من"
            " يناير حتى مارس 2017.",
            "2018-03-01",
        ),
    ],
)
def test_a_province_before_its_name_is_no_boycott(doc_id: str, text: str, published: str) -> None:
    assert not {"PROTEST", "SANCTION"} & set(_types(text, published)), doc_id


@pytest.mark.parametrize(
    ("doc_id", "text", "published"),
    [
        (
            "FR-internationalNews-524-20180319",
            "وحذر أردوغان من إمكانية ذهابه أبعد من ذلك وتنفيذ عملية ضد الأكراد داخل الأراضي العراقية.",
            "2018-03-19",
        ),
        (
            "SK-middleEast-1183-20180422",
            'وأوضح المتحدث باسم الخارجية المصرية أن "الوزارة كلفت مندوب مصر باليونسكو في باريس بتسليم'
            " سكرتارية المنظمة ملفا كاملا عن مجمل الاتهامات المنسوبة إلى المذكور، وهي تهم ذات طابع جنائي بحت"
            " ليست لها أي دافع سياسي بعكس ما يدعي البعض، ولا تمت بصلة بممارسته لمهنة الصحافة أو حرية التعبير،"
            ' بل هي أبعد ما تكون عما يجب أن يتحلى به أي صحفي حر وشريف يحترم مهنته".',
            "2018-04-22",
        ),
    ],
)
def test_abad_farther_deports_no_one(doc_id: str, text: str, published: str) -> None:
    # أبعد "farther" (أبعد من ذلك، أبعد ما تكون), not أبعد "deported"
    assert "COERCE" not in _types(text, published), doc_id


def _types(text: str, published: str) -> list[str]:
    return [e.type for e in extract(text, published).events]


def test_refugees_arriving_pay_no_visit() -> None:
    # BB-internationalNews-1029-20180828: migrants crossing the sea, no Greek-refugee meeting
    text = (
        "ومنذ ذلك الحين وحتى يوليو/ تموز 2018، ووفقا لأرقام الاتحاد الأوربي، فإن 71645 لاجئا جديدا قد"
        " وصلوا إلى اليونان عبر البحر، بينما أعيد 2224 فقط إلى تركيا."
    )
    assert "CONSULT" not in _types(text, "2018-08-28")


def test_reached_the_point_of_is_no_arrival() -> None:
    # FR-middleEast-575-20180603: the crisis "went as far as" cutting ties; Egypt visited no one
    text = (
        "وعلى خلفية هذه الحادثة، تأزم الوضع مع السعودية والإمارات والبحرين ثم مصر ووصل إلى حد الإعلان"
        " عن قطع العلاقات الدبلوماسية مع قطر في 5 يونيو/حزيران 2017 وغلق جميع الممرات والمعابر البرية"
        " والجوية."
    )
    types = _types(text, "2018-06-03")
    assert "CONSULT" not in types
    assert "SANCTION" in types


def test_a_leader_arriving_still_visits() -> None:
    # CN-middleEast-1396-20181004
    text = (
        "وصلت المستشارة الألمانية، أنجيلا ميركل، إلى إسرائيل، الأربعاء، حسب ما أعلنه المتحدث باسم رئيس"
        " الوزراء الإسرائيلي لشؤون الإعلام العربي، أوفير جندلمان."
    )
    assert "CONSULT" in _types(text, "2018-10-04")


def test_footballer_faycal_fajr_blows_up_nothing() -> None:
    # FR-internationalNews-1879-20180618: فجر is the Moroccan midfielder's name, not "blew up"
    text = (
        'ويستعد "أسود الأطلس" لمواجهة البرتغال في المباراة الثانية ضمن منافسات مجموعتهم (الثانية)'
        ' المقررة الأربعاء المقبل على ملعب "لوجنيكي" في موسكو، وأن الخسارة لا تزال مؤثرة فيهم، كما أقر'
        " به لاعب الوسط فيصل فجر لفرانس 24."
    )
    assert "ASSAULT" not in _types(text, "2018-06-18")


def test_controlling_the_run_of_play_seizes_nothing() -> None:
    # FR-internationalNews-2008-20180625: Russia's team dominated the match against Saudi Arabia
    text = (
        "فسيطرت على مجريات اللقاء رغم أن السعوديين كانوا منتشرين جيدا على الميدان، ساعين من جهتهم إلى"
        " العودة لبلادهم بفوز شرفي يعطي طعم الفرح لمغامرتهم الروسية."
    )
    assert "COERCE" not in _types(text, "2018-06-25")


def test_pretending_to_be_injured_is_no_demonstration() -> None:
    # FR-internationalNews-1647-20180605: تظاهر بـ "pretended", a goalkeeper feigning injury
    text = (
        "أقر مدرب المنتخب التونسي لكرة القدم نبيل معلول بأنه طلب من حارس مرماه معز حسن التظاهر بتعرضه"
        " للإصابة خلال المباراتين أمام البرتغال في 29 أيار/مايو وتركيا في الأول من حزيران/يونيو تحضيرا"
        " لمونديال 2018، وذلاك لأجل السماح للاعبي المنتخب بالإفطار."
    )
    assert "PROTEST" not in _types(text, "2018-06-05")


def test_the_chemical_weapons_watchdogs_name_bans_nothing() -> None:
    # BB-middleEast-359-20180415: منظمة حظر استخدام الأسلحة الكيميائية is the OPCW
    doc = extract(
        "ويدعو القرار أيضا منظمة حظر استخدام الأسلحة الكيميائية، التي أرسلت فريقا من مفتشيها إلى سوريا،"
        " إلى تقديم تقرير.",
        "2018-04-15",
    )
    assert "COERCE" not in {e.type for e in doc.events}


def test_teams_meeting_in_a_match_hold_no_meeting() -> None:
    # FR-internationalNews-1268-20180516: a football final, no diplomatic meeting
    doc = extract(
        "يلتقي مساء الأربعاء مرسيليا الفرنسي وأتلتيكو مدريد الإسباني في المباراة النهائية.", "2018-05-16"
    )
    assert "CONSULT" not in {e.type for e in doc.events}


def test_a_summit_in_a_sentence_about_a_match_stays_a_summit() -> None:
    # SK-internationalNews-2602-20180712: the match excited the leaders at the NATO summit
    doc = extract(
        "أشعلت مباراة كرواتيا وإنجلترا في نصف نهائي مونديال روسيا، حماس الزعماء الذين كانوا يحضرون قمة"
        ' حلف شمال الأطلسي "الناتو" في بروكسل، الأربعاء.',
        "2018-07-12",
    )
    assert "CONSULT" in {e.type for e in doc.events}
