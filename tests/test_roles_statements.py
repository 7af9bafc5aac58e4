"""Who is source and who is target, on real 2018 news sentences (events/roles.py): a title's holder
after ل, the agent of a raid after ل, whom a request asks after what it asks, and the co-doers of a
condemned act."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import dyads


def test_a_title_the_lexicon_does_not_know_with_its_body_and_holder_is_the_subject() -> None:
    # FR-internationalNews-2382-20180719: أمين سر (unknown title) + لمنظمة التحرير ... صائب عريقات
    sentence = (
        "ودان أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية صائب عريقات إقرار الكنيست الإسرائيلي"
        ' "قانون القومية"، مؤكدا أن إسرائيل نجحت في قوننة "الأبارتهيد".'
    )
    assert dyads(sentence, "2018-07-19", "ACCUSE") == [("PSE", "ISR")]


def test_the_dead_fell_to_the_raid_of_whom_its_lam_names() -> None:
    # SK-middleEast-1179-20180422: the coalition's aircraft killed the Houthi fighters, not the reverse
    sentence = (
        "ومن جهة أخرى، أفادت مصادر عسكرية يمنية بمقتل أكثر من 9 مسلحين من ميليشيات الحوثي في غارة"
        " لطائرات تحالف دعم الشرعية، في جبهة صرواح بمحافظة مأرب."
    )
    assert ("SAU", "YEM") in dyads(sentence, "2018-04-22", "ASSAULT")


def test_an_armed_body_after_the_lam_of_an_attack_noun_made_it() -> None:
    # SK-middleEast-18-20180222: the government forces' shelling (a definite adjective between)
    sentence = (
        "يعيش سكان الغوطة الشرقية المحاصرة قرب العاصمة دمشق، أوضاعا مأساوية، من جراء القصف المكثف"
        " للقوات الحكومية خلال الأيام القليلة الماضية، والذي أدى إلى مقتل أكثر من 300 مدنيا منذ بداية"
        " التصعيد الأحد الماضي."
    )
    events = [e for e in extract(sentence, "2018-02-22").events if e.type == "ASSAULT"]
    assert [(e.source.text, e.target.sector) for e in events if e.source and e.target] == [
        ("للقوات الحكومية", "CVL")
    ]


def test_a_blow_to_an_armed_body_is_no_blow_by_it() -> None:
    # SK-middleEast-3190-20180730: توجيه ضربة قوية للميليشيات - a blow to the militias
    sentence = (
        "وتأتي هذه التطورات بعد يوم واحد من توجيه التحالف ضربة قوية للميليشيات الإيرانية في معقلها،"
        " حيث دمّر مواقع صواريخ باليستية تابعة لها."
    )
    events = [e for e in extract(sentence, "2018-07-30").events if e.type == "ASSAULT"]
    assert all(e.source is None or e.source.text != "للميليشيات الإيرانية" for e in events)


def test_a_request_asks_whom_min_names_after_what_is_asked() -> None:
    # SK-internationalNews-1184-20180426: "we" ask the Iranian authorities for information
    sentence = (
        'وقالت متحدثة باسم وزارة الخارجية البريطانية: "نطلب بشكل عاجل معلومات من السلطات الإيرانية في'
        ' أعقاب تقارير عن اعتقال مواطن يحمل الجنسيتين البريطانية والايرانية".'
    )
    assert dyads(sentence, "2018-04-26", "REQUEST") == [("GBR", "IRN")]


def test_a_condemnation_of_strikes_aims_at_each_state_that_made_them() -> None:
    # CN-middleEast-620-20180414: past the subject's aside and the day set off by commas
    sentence = (
        "دبي، الإمارات العربية المتحدة (CNN)— أدان علي خامنئي، المرشد الأعلى في إيران، السبت، الضربات"
        ' التي نفذتها أمريكا وفرنسا وبريطانيا في سوريا، فجر السبت، واصفا ذلك بـ"الجريمة."'
    )
    assert sorted(dyads(sentence, "2018-04-14", "ACCUSE")) == [
        ("IRN", "FRA"),
        ("IRN", "GBR"),
        ("IRN", "USA"),
    ]


def test_the_performers_of_an_event_noun_joined_by_wa_each_make_it() -> None:
    # BB-middleEast-957-20180906: Russian and Syrian aircraft
    sentence = (
        "أما داخل مدينة إدلب نفسها، فيخشى السكان من تهديد الغارات الجوية التي تشنها الطائرات الروسية"
        " والسورية."
    )
    sources = {source for source, _ in dyads(sentence, "2018-09-06", "ASSAULT")}
    assert {"RUS", "SYR"} <= sources


def test_the_issuer_named_before_a_statement_noun_is_the_subject_of_the_verb_with_fihi() -> None:
    # BB-middleEast-1052-20181002: Barzani criticised the choice of the president
    sentence = (
        "وكان مسعود البارزاني زعيم الحزب الديمقراطي الكردستاني قد أصدر بيانا انتقد فيه عملية اختيار رئيس"
        ' الجمهورية قال فيه "ما يجري الآن لاختيار رئيس جمهورية العراق مخالف للأعراف المتبعة".'
    )
    events = [e for e in extract(sentence, "2018-10-02").events if e.type == "ACCUSE"]
    assert [(e.source.text, e.target.text) for e in events if e.source and e.target] == [
        ("مسعود البارزاني زعيم الحزب", "رئيس الجمهورية")
    ]


def test_the_speaker_of_a_tweet_is_the_subject_of_the_verb_with_fiha() -> None:
    # SK-middleEast-3073-20180723 (articles_dev5): Trump's tweet threatening Rouhani
    sentence = (
        'وقال ترامب في تغريدة على صفحته بموقع تويتر يهدد فيها الرئيس الإيراني: " لا تهدد أبدًا'
        ' الولايات المتحدة مرةً أخرى أو أنك ستعاني عقبات وخيمة".'
    )
    assert ("USA", "IRN") in dyads(sentence, "2018-07-23", "THREATEN")


def test_a_place_set_off_by_commas_before_the_day_is_still_the_object() -> None:
    # CN-middleEast-1395-20181004: إلى إسرائيل is whither Merkel came, no aside on her
    sentence = (
        "وصلت المستشارة الألمانية، أنجيلا ميركل، إلى إسرائيل، الأربعاء، حسب ما أعلنه المتحدث باسم رئيس"
        " الوزراء الإسرائيلي لشؤون الإعلام العربي، أوفير جندلمان."
    )
    assert dyads(sentence, "2018-10-04", "CONSULT") == [("DEU", "ISR")]
