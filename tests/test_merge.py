"""Which mentions merge.py joins into one occurrence: a later event noun with the article that names
no party refers back to the occurrence the article told (real corpus and dev sentences)."""

from __future__ import annotations

import hadath
from hadath.events.merge import merge_events
from hadath.pipeline import candidates


def _of_type(text: str, date: str, event_type: str) -> list:
    return [e for e in hadath.extract(text, date).events if e.type == event_type]


def _merged(text: str, date: str, event_type: str) -> list:
    """The candidates of a type merged, whatever the acceptance model keeps of them."""
    return merge_events([c.event for c in candidates(text, date) if c.event.type == event_type], date)


def test_a_curfew_named_again_without_its_imposer_is_the_same_curfew() -> None:
    # SK-middleEast-3570-20180908
    (curfew,) = _of_type(
        'قال مراسل "سكاي نيوز عربية" إن السلطات العراقية فرضت، السبت، حظرا للتجول في محافظة البصرة '
        "العراقية.\nوذكرت رويترز أن حظر التجوال بدأ تطبيقه السبت في حدود الساعة الرابعة عصرا بالتوقيت "
        "المحلي (الواحدة بتوقيت غرينتش).",
        "2018-09-08",
        "COERCE",
    )
    assert (curfew.mentions, curfew.source.text) == (2, "السلطات العراقية")


def test_the_explosion_told_again_is_the_reported_bombing() -> None:
    # BB-middleEast-593-20180607: "الانفجار" names no party; it is the Sadr City bombing just told.
    (bombing,) = _merged(
        "قالت مصادر أمنية وطبية عراقية إن 16 شخصا قد لقوا مصرعهم وجرح عشرات آخرون في تفجير بالقرب من "
        "مسجد للشيعة بمدينة الصدر في العاصمة العراقية، بغداد.\nوقال شهود عيان إن الانفجار أحدث تلفا "
        "بالغا في الممتلكات القريبة، بينما قالت أم أحمد، إحدى سكان المدينة، إن الانفجار تسبب في أضرار "
        "بالغة في المنازل المحيطة.",
        "2018-06-07",
        "ASSAULT",
    )
    assert bombing.mentions == 4  # the wounding, the bombing and the explosion twice


def test_sanctions_told_again_by_their_content_are_one_sanction() -> None:
    # SK-internationalNews-2863-20180801 (lead, then "تجميد الأصول" of the two ministers).
    sanctions = _of_type(
        "قالت وزارة الخارجية التركية إن تركيا سترد على قرار الولايات المتحدة فرض عقوبات على اثنين من "
        "كبار الوزراء الأتراك بسبب احتجاز القس الأميركي أندرو برانسون.\nوتضمن العقوبات تجميد الأصول "
        "المالية والممتلكات للوزيرين وأدراجهما تحت الأمر التنفيذي الذي أصدره الرئيس ترامب بشأن منتهكي "
        "حقوق الانسان.",
        "2018-08-01",
        "SANCTION",
    )
    assert len(sanctions) == 1


def test_a_purpose_lam_is_no_reference_back() -> None:
    # SK-middleEast-2194-20180606: "تجمعوا للاحتجاج" is another group's protest, not the one before.
    protests = _merged(
        "وفي ذات المدينة، تجمع عمال حدائق البلدية في المنطقة الخامسة من الأحواز للاحتجاج على الأجور "
        "المتأخرة وأقساط التأمين منذ 5 أشهر .\nإلى ذلك، شنت السلطات الأمنية حملة قمع ضد 500 عامل في "
        "مصانع مجموعة الأحواز الوطنية للصلب، تجمعوا للاحتجاج على أوضاعهم الوظيفية.",
        "2018-06-06",
        "PROTEST",
    )
    assert len(protests) == 2


def test_a_possessive_event_noun_may_be_another_persons_arrest() -> None:
    # SK-internationalNews-3538-20181018: Brunson's detention, then Kavala's ("احتجازه").
    arrests = _of_type(
        'يبدو أن تركيا على موعد مع "صفقة أخرى" يطلق على إثرها سراح سجين، بعد أيام من أمر مماثل أدى إلى '
        "تحرير القس الأميركي أندرو برانسون، الذي احتجز في تركيا لعامين.\nواعتقل كافالا في أكتوبر من العام "
        'الماضي بمطار أتاتورك في إسطنبول، دون توضيح أسباب، وقالت الشرطة وقتها إن احتجازه يأتي في إطار "تحقيق '
        'سري".',
        "2018-10-18",
        "COERCE",
    )
    assert len(arrests) >= 2


def test_one_blockade_of_a_party_named_alike_is_one_occurrence() -> None:
    # BB-middleEast-904-20180819: Israel's blockade of the Gaza Strip, then "الحصار المفروض على قطاع غزة".
    (blockade,) = _of_type(
        "وتفرض إسرائيل حصارا جويا وبريا وبحريا على قطاع غزة منذ أكثر من عقد، إلا أنها تأذن لعدد محدود "
        'من الأشخاص بالعبور لأسباب مختلفة.\nوقتل 171 فلسطينيا في غزة برصاص الجيش الإسرائيلي منذ بدء "مسيرات '
        'العودة" في 30 مارس/ آذار، للمطالبة بحق العودة للاجئين الفلسطينيين، وبإنهاء الحصار المفروض على '
        "قطاع غزة.",
        "2018-08-19",
        "COERCE",
    )
    assert (blockade.mentions, blockade.source.text) == (2, "إسرائيل")


def test_an_exchange_of_fire_elsewhere_is_another_occurrence() -> None:
    # SK-internationalNews-728-20180401: "تبادل لإطلاق النار" is indefinite (the lam ends the construct).
    attacks = _of_type(
        "وقتل أيضا مدنيان وأصيب اخرون حين أطلقت الشرطة النار على مئات المتظاهرين رشقوا قوات الأمن بالحجارة، "
        "وأطلقوا شعارات مناهضة للحكم الهندي.\nوقتل آخر، قالت السلطات الهندية إنه مقاتل، في تبادل لإطلاق "
        "النار في منطقة أخرى.",
        "2018-04-01",
        "ASSAULT",
    )
    assert len(attacks) == 2


def test_a_target_named_alike_with_another_proclitic_is_the_same_party() -> None:
    # SK-middleEast-2194-20180606: protests "للنظام الإيراني" in the lead, "ضد النظام الإيراني" at the end.
    protests = _of_type(
        "تواصلت الاحتجاجات العمالية والشعبية في مدن إيرانية عدة هذا الأسبوع، بسبب السياسات الاقتصادية "
        "للنظام الإيراني وتدني الأجور في وقت تزداد فيه الأسعار ارتفاعا، حسبما أورد موقع مجلس المقاومة "
        "الإيرانية.\nوتحولت الاحتجاجات العمالية ضد أرباب العمل إلى غضب شعبي ضد النظام الإيراني، مما يزيد "
        "الضغوط على قادة النظام الذين وعدوا بتحسين الوضع الاقتصادي.",
        "2018-06-06",
        "PROTEST",
    )
    assert len(protests) == 1 and protests[0].mentions == 2
