"""Trigger words in another sense (events/coder.py, lexicon/data/triggers.tsv): طالب "student",
استدعى "required", سحب القرعة "the draw", أوقف هذا "stop this" (a prayer), مقاطعة "province" and
drones named as what was hit, on real 2018 corpus sentences (doc_id noted)."""

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
