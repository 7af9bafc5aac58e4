"""A demand retold in other words in another sentence of the article is one record: two requests of
the same countries and sectors whose requested acts share a content word (real corpus text)."""

from __future__ import annotations

import hadath


def _requests(text: str, date: str) -> list:
    return [e for e in hadath.extract(text, date).events if e.type == "REQUEST"]


def test_protesters_demand_for_release_retold_is_one_demand() -> None:
    # FR-internationalNews-2205-20180708: "دعا المحتجون إلى الإفراج عنهم", then the chants "تدعو إلى
    # الإفراج عن المعتقلين السياسيين" of the same march.
    text = (
        "تظاهر آلاف الأشخاص الأحد في الدار البيضاء للتنديد بالأحكام التي صدرت مؤخرا بحق ناشطي حراك "
        "الريف الذي شهده شمال المغرب في 2016 و2017، ودعا المحتجون إلى الإفراج عنهم. وضم الحشد ناشطين "
        "يساريين ونقابيين وبعضا من أقرباء المعتقلين.\nخلال المسيرة التي نظمت بدعوة من منظمات يسارية "
        "ونقابية، ردد المحتجون هتافات تدعو إلى الإفراج عن المعتقلين السياسيين."
    )
    (demand,) = _requests(text, "2018-07-08")
    assert demand.trigger_text == "ودعا" and text[demand.trigger.start : demand.trigger.end] == "ودعا"
    assert demand.mentions == 2


def test_clerics_call_to_fight_retold_is_one_demand() -> None:
    # SK-middleEast-2100-20180602: the preachers' call "النفير إلى دعم جبهات القتال", then "إلى الخروج
    # والمشاركة في القتال".
    text = (
        "وضمن حالة الاستنفار، التي تعيشها الحديدة، وعملية التحشيد للمقاتلين، طالب أئمة وخطباء المساجد "
        "الموالين للحوثيين من المواطنين النفير إلى دعم جبهات القتال التابعة للمتمردين في الساحل الغربي.\n"
        "ودعا خطباء المساجد الناس إلى الخروج والمشاركة في القتال، وهو ما دفع بعض المصلين لمغادرة المساجد "
        "للاحتجاج على تحويلها إلى منابر تحرض على القتل."
    )
    (demand,) = _requests(text, "2018-06-02")
    assert demand.trigger_text == "طالب" and demand.mentions == 2


def test_a_call_to_stay_home_retold_is_one_appeal() -> None:
    # SK-internationalNews-891-20180411 (dev5; the annotator: one record): the authorities urge
    # Auckland's residents "على البقاء في منازلهم", then "أن تطلب من ... ساكن ... البقاء في منازلهم".
    text = (
        "ضربت رياح عاتية أوكلاند، كبرى مدن نيوزيلندا، تاركة الآلاف بدون كهرباء صباح الأربعاء، فيما حثت "
        "السلطات السكان على البقاء في منازلهم.\nوامتلأت الطرق بالأنقاض وتعطلت بعض إشارات المرور مما دفع "
        "السلطات لأن تطلب من أكثر من 1.3 مليون ساكن في العاصمة التجارية لنيوزيلندا البقاء في منازلهم إذا "
        "تيسر ذلك."
    )
    (demand,) = _requests(text, "2018-04-11")
    assert demand.trigger_text == "حثت" and demand.mentions == 2


def test_a_call_for_recruits_retold_with_other_addressees_is_one_demand() -> None:
    # SK-middleEast-381-20180319 (dev2; the annotator: one record): the Houthi leader asks "زعماء قبائل
    # صعدة" to recruit fighters, then "كل قبيلة في صعدة" - those asked read in another sector.
    text = (
        "أفادت مصادر يمنية بأن زعيم المتمردين عبدالملك الحوثي طلب من زعماء قبائل صعدة تجنيد مقاتلين جدد "
        "بعد تكبد ميليشياته خسائر بشرية كبيرة نتيجة الضربات الجوية لمقاتلات التحالف العربي والمواجهات مع "
        "قوات الشرعية.\nوأكدت المصادر ان زعيم المتمردين طلب من كل قبيلة في صعدة تجنيد أكثر من 100 شخص لرفد "
        "جبهات الحوثيين التي تتكبد خسائر فادحة خاصة على جبهات الساحل الغربي ومحاور صعدة حيث تتقدم قوات "
        "الشرعية بثبات."
    )
    (demand,) = _requests(text, "2018-03-19")
    assert demand.source.sector == "REB" and demand.mentions == 2


def test_a_speakers_call_for_new_elections_quoted_again_is_one_demand() -> None:
    # SK-middleEast-2294-20180610: "دعا رئيس مجلس النواب العراقي ... سليم الجبوري ... إلى ضرورة إعادة
    # الانتخابات", then his words "إننا ندعو إلى إعادة الانتخابات" - the people named after them read as
    # those asked.
    text = (
        "دعا رئيس مجلس النواب العراقي المنتهية ولايته سليم الجبوري، الأحد، إلى ضرورة إعادة الانتخابات "
        "البرلمانية التي أجريت في 12 مايو بعد الحريق الذي شب في مخزن لصناديق الاقتراع الأحد، في وقت اعتبر "
        "المتحدث باسم التيار الصدري أن هناك من عمد إلى هذا الحريق وله أسبابه.\nوأضاف الجبوري الذي فقد مقعده "
        'في الانتخابات "إننا ندعو إلى إعادة الانتخابات بعد أن ثبت تزويرها والتلاعب بنتائجها وتزييف إرادة '
        'الشعب العراقي بشكل متعمد وخطير وملاحقة الجهات التي ساهمت في عمليات التزوير والتخريب".'
    )
    (demand,) = _requests(text, "2018-06-10")
    assert demand.trigger_text == "دعا" and demand.mentions == 2


def test_two_bodies_urging_different_acts_stay_two() -> None:
    # SK-internationalNews-891-20180411 (dev5): the authorities urge residents to stay home, the national
    # airline urges travellers to put off trips - two requests.
    text = (
        "ضربت رياح عاتية أوكلاند، كبرى مدن نيوزيلندا، تاركة الآلاف بدون كهرباء صباح الأربعاء، فيما حثت "
        "السلطات السكان على البقاء في منازلهم.\nوحثت شركة طيران نيوزيلندا الوطنية المسافرين على إرجاء "
        "أيرحلات غير عاجلة، بينما تعطلت الرحلات بسبب سوء الأحوال الجوية."
    )
    assert len(_requests(text, "2018-04-11")) == 2
