"""Who did what to whom (events/roles.py): parties that were misread, on real 2018 corpus sentences."""

from __future__ import annotations

import hadath
from hadath.model import Event
from hadath.pipeline import candidates


def _coded(sentence: str, event_type: str) -> Event:
    """The coder's reading of a sentence's first candidate of a type, before acceptance."""
    return next(c.event for c in candidates(sentence, "2018-08-13") if c.event.type == event_type)


def test_an_actor_owning_the_noun_after_a_target_preposition_is_no_subject() -> None:
    # BB-middleEast-885-20180813: Iran owns the purchases sanctioned ("على مشتريات إيران"), the
    # sanctions' target - not their subject (Washington, before the verbal noun, re-imposes them).
    sanction = _coded(
        "وقد أعادت واشنطن، هذا الأسبوع، فرض عقوبات على مشتريات إيران من الدولار وتحويلاتها المالية"
        " وتجارتها بالذهب والمعادن الثمينة ومعادن الغرافيت والألمنيوم والحديد، فضلا عن البرمجيات"
        " المستخدمة في الصناعة.",
        "SANCTION",
    )
    assert sanction.target.country == "IRN" and (sanction.source is None or sanction.source.country != "IRN")
    # BB-middleEast-115-20180228: a demonstrative alone holds no genitive - the name is the subject.
    agreed = _coded("فقد وافق على ذلك هاشم الشيخ الذي قاد جناحا في الحركة.", "AGREE")
    assert agreed.source.text == "هاشم الشيخ"


def test_the_object_follows_an_aside_on_the_subject() -> None:
    # CN-middleEast-1281-20180903: the coalition is the spokesman's, the Houthis are accused.
    accusation = _coded(
        "اتهم العقيد الركن تركي المالكي، المتحدث باسم التحالف العربي الذي تقوده المملكة العربية"
        ' السعودية في اليمن، الحوثيين بأنهم يتجارون بالمخدرات بالتعاون مع جماعة "حزب الله" اللبنانية.',
        "ACCUSE",
    )
    assert accusation.source.text == "العقيد الركن تركي المالكي"
    assert (accusation.target.country, accusation.target.sector) == ("YEM", "REB")
    # CN-middleEast-976-20180520: Sadr's office is an aside; the prime minister is whom he received.
    meeting = _coded(
        "استقبل مقتدى الصدر، زعيم التيار الصدري الشيعي في العراق، رئيس الوزراء العراقي حيدر العبادي في"
        " مكتبه ببغداد صباح الأحد لمناقشة تشكيل الحكومة الجديدة.",
        "CONSULT",
    )
    assert meeting.target.text == "رئيس الوزراء العراقي حيدر العبادي"


def test_a_missile_launched_from_a_place_is_that_sides() -> None:
    # FR-internationalNews-2287-20180714: Israel's Iron Dome intercepted rockets fired from Gaza.
    rockets = _coded(
        "وأوضح أنّ نظام القبة الحديدية اعترض ست قذائف صاروخية أطلقت من غزة، بينما بلغ عدد القذائف التي"
        " استهدفت الأراضي الإسرائيلية 31.",
        "ASSAULT",
    )
    assert rockets.source.country == "PSE"
    # AL-internationalNews-2009-20180721: Israel reports them, Gaza fired them.
    reported = _coded("وقالت إسرائيل إن صواريخ أُطلقت من غزة على أراضيها.", "ASSAULT")
    assert reported.source.country == "PSE"


def test_an_aside_of_circumstance_after_the_subject_holds_no_object() -> None:
    # BB-middleEast-140-20180306: the BBC is where Jubeir spoke; the Houthis are accused.
    accusation = _coded(
        "واتهم الجبير، في مقابلة مع بي بي سي، الحوثيين في اليمن بتجنيد أطفال في سن التاسعة للمشاركة في"
        " المعارك، وبسرقة المساعدات الإنسانية.",
        "ACCUSE",
    )
    assert (accusation.target.country, accusation.target.sector) == ("YEM", "REB")
    # CN-middleEast-1044-20180529: an aside opening with the verb's complement (بتدخل) is none.
    request = _coded(
        'طالبت الحكومة الفلسطينية، بتدخل دولي فوري لوقف "العدوان" الإسرائيلي على قطاع، غزة، بعد التصعيد'
        " العسكري الذي شهده القطاع ومحيطه الثلاثاء.",
        "REQUEST",
    )
    assert request.target.country == "ISR"


def test_the_launch_of_a_missile_from_a_place_is_that_sides() -> None:
    # FR-middleEast-195-20180405: Saudi air defence spotted the launch from Saada; Yemen's side fired.
    missile = _coded(
        "وصرح المتحدث الرسمي لقوات التحالف العسكري في اليمن العقيد الركن تركي المالكي أن قوات الدفاع الجوي"
        " السعودية رصدت عملية إطلاق الصاروخ من صعدة في شمال اليمن باتجاه جازان عند الساعة 21,31 ت غ"
        " بالتوقيت المحلي.",
        "ASSAULT",
    )
    assert missile.source.country == "YEM" and missile.target.country == "SAU"


def test_two_subjects_meet_and_what_follows_ala_is_the_topic() -> None:
    # AL-internationalNews-515-20180317: North Korea's and Sweden's foreign ministers talk about the
    # peninsula - it is no party.
    talks = _coded(
        "اختتم وزير خارجية #كوريا_الشمالية ونظيرته السويدية، اليوم السبت، مناقشات استمرت ثلاثة أيام ركزت"
        " على التوصل لحل سلمي للأزمة النووية على شبه الجزيرة الكورية.",
        "CONSULT",
    )
    assert (talks.source.country, talks.target.country) == ("PRK", "SWE")


def test_whoever_intercepts_a_missile_its_launcher_named_was_its_target() -> None:
    # SK-middleEast-1139-20180420: the Houthis fired it at Saudi Arabia, whose air defence intercepted it.
    missile = _coded(
        "اعترض الدفاع الجوي السعودي، الجمعة، صاروخا باليستيا أطلقته ميليشيات الحوثي الإيرانية باتجاه"
        " المملكة، في وقت أحبطت القوات الشرعية اليمنية هجوما شنته الميليشيات على موقع للدفاع الجوي بتعز.",
        "ASSAULT",
    )
    assert (missile.source.country, missile.target.country) == ("YEM", "SAU")


def test_a_time_aside_opened_by_khilal_keeps_the_subject_before_it() -> None:
    # SK-middleEast-2357-20180613: "، خلال الساعات الماضية،" is a time aside; the joint forces attack
    sentence = (
        "وصعّدت القوات المشتركة، خلال الساعات الماضية، من هجماتها على مواقع وتجمعات الحوثيين في الحديدة،"
        " وذلك في إطار الاستعدادات لحسم معركة تحرير المدينة الواقعة على الساحل الغربي في اليمن."
    )
    sources = {
        c.event.source.text
        for c in candidates(sentence, "2018-06-13")
        if c.event.type == "ASSAULT" and c.event.source is not None
    }
    assert "القوات" in sources


# SK-internationalNews-3436-20181012
BRANSON = (
    "بعد نحو عامين قضاهما بين السجن والإقامة الجبرية، قرر القضاء التركي، الجمعة، إطلاق سراح القس "
    "الأميركي أندرو برانسون، مما يمثل انفراجة نسبية في أزمة عكرت العلاقة بين أنقرة وواشنطن، وزادت "
    "عمق الأزمة الاقتصادية التي عرفتها تركيا خلال الأشهر الأخيرة."
)

# BB-middleEast-824-20180802
SEOUL = "وأضاف أن سيول تبذل ما في وسعها لضمان إطلاق سراح مواطنها المخطوف."


def _releases(text: str, date: str) -> list[Event]:
    return [e for e in hadath.extract(text, date=date).events if e.type == "RETREAT"]


def test_the_genitive_of_a_release_is_who_is_set_free() -> None:
    """ "إطلاق سراح القس الأميركي": the American pastor is released (the target), not the releaser."""
    releases = _releases(BRANSON, "2018-10-12")
    assert releases and all(e.target and e.target.country == "USA" for e in releases)
    assert all(e.source is None or e.source.country != "USA" for e in releases)


def test_a_kidnapped_citizen_is_not_the_releaser() -> None:
    """ "إطلاق سراح مواطنها المخطوف": the kidnapped citizen is the one to be freed."""
    releases = _releases(SEOUL, "2018-08-02")
    assert releases and all(e.source is None or e.source.sector != "CVL" for e in releases)
    assert any(e.target and e.target.sector == "CVL" for e in releases)


def test_the_one_after_a_whole_release_phrase_is_freed() -> None:
    # BB-middleEast-21-20180214: "أطلق سراح إيهود أولمرت" (passive) - Olmert was freed, he freed no one
    # (the sentence's "في العام الماضي" left out: a release of last year is history, no candidate)
    sentence = (
        "فقد أطلق سراح إيهود أولمرت، الذي تولى رئاسة الوزراء بين عامي 2006 و2009، بعد أن"
        " قضى 16 شهرا في السجن."
    )
    (release,) = [c.event for c in candidates(sentence, "2018-02-14") if c.event.type == "RETREAT"]
    assert release.target is not None and release.target.text == "إيهود أولمرت"
    assert release.source is None or release.source.text != "إيهود أولمرت"
