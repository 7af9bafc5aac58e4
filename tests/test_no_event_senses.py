"""Words that name no event, on real 2018 news sentences (events/coder.py, statements.py, triggers.tsv):
the 2015 Iran deal named (no agreement made), مقاطعة "province" counted or after a government word (no
boycott), the armistice line (no truce), regret at deaths (sympathy, no apology), a trade volume (no
cooperation) and a host greeting guests (no endorsement)."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import extract


def _types(sentence: str, published: str) -> list[str]:
    return [e.type for e in extract(sentence, published).events]


def _coded(event: Event) -> tuple[str, str | None, str | None]:
    return (
        event.type,
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


def test_the_nuclear_deal_named_is_no_agreement() -> None:
    # AL-internationalNews-1097-20180510: keeping the deal in force (was AGREE RUS -> IRN)
    sentence = "قال وزير الخارجية الروسي سيرغي #لافروف، الخميس، إنه يجب المحافظة على الاتفاق النووي مع إيران."
    assert "AGREE" not in _types(sentence, "2018-05-10")
    # BB-internationalNews-144-20180313: an opponent of the deal (was AGREE USA -> IRN)
    sentence = (
        "وكان بومبيو الذي دخل الكونغرس 3 مرات عن ولاية كنساس معارضا شرسا للاتفاق النووي مع إيران"
        " الذي أبرمته إدارة الرئيس السابق باراك أوباما."
    )
    assert "AGREE" not in _types(sentence, "2018-03-13")


def test_a_withdrawal_from_the_nuclear_deal_stays_a_sanction() -> None:
    # BB-internationalNews-900-20180730: the deal named after a withdrawal is still the deal left
    sentence = "وأعلنت الولايات المتحدة انسحابها من الاتفاق النووي مع إيران."
    assert [_coded(e) for e in extract(sentence, "2018-07-30").events] == [("SANCTION", "USA", "IRN")]


def test_counted_provinces_are_no_boycott() -> None:
    # SK-internationalNews-3370-20181009: "في أكثر من 20 مقاطعة" (was PROTEST)
    sentence = (
        "وأعلن حاكم فلوريدا، ريك سكوت، الأحد، حالة الطوارئ في أكثر من 20 مقاطعة في الولاية مما وضع"
        " أكثر من 5 آلاف من جنود الحرس الوطني في حالة تأهب."
    )
    assert "PROTEST" not in _types(sentence, "2018-10-09")


def test_a_provincial_government_is_no_boycott() -> None:
    # BB-internationalNews-1191-20181013: حكومة المقاطعة is Quebec's government (was PROTEST)
    sentence = (
        "وجاءت تصريحات فرانسوا ليغول في وقت تخطط فيه حكومة المقاطعة لحظرارتداء الرموز الدينية كالحجاب"
        " الإسلامي والقلنسوة اليهودية، وهو ما أثار انتقادات واسعة النطاق."
    )
    assert "PROTEST" not in _types(sentence, "2018-10-13")


def test_a_call_to_boycott_stays_a_boycott() -> None:
    # SK-internationalNews-1431-20180508
    sentence = "ودعت المعارضة الفنزويلية إلى مقاطعة الانتخابات وإلى تظاهرة كبرى رفضا لها."
    events = extract(sentence, "2018-05-08").events
    assert any(e.type == "PROTEST" and e.trigger_text == "مقاطعة الانتخابات" for e in events)


def test_regret_at_deaths_is_no_apology() -> None:
    # SK-middleEast-1706-20180515: the Security Council's draft (was CONCEDE IGO -> PSE)
    sentence = (
        'وجاء في مسودة البيان الذي حسب فرانس برس "أن مجلس الأمن يعرب عن غضبه وأسفه لمقتل المدنيين'
        ' الفلسطينيين الذين يمارسون حقهم في الاحتجاج السلمي".'
    )
    assert "CONCEDE" not in _types(sentence, "2018-05-15")


def test_regret_at_what_one_did_stays_a_concession() -> None:
    # SK-middleEast-3793-20181009: Germany's regret to Saudi Arabia
    sentence = (
        "وكانت وزارة الخارجية الألمانية أعربت عن أسفها في سبتمبر الماضي، لما شهدته العلاقات مع المملكة"
        " من سوء فهم الأشهر الماضية."
    )
    assert "CONCEDE" in _types(sentence, "2018-10-09")


def test_a_trade_volume_is_no_cooperation() -> None:
    # AL-internationalNews-1208-20180517 (was COOPERATE ISR -> TUR)
    sentence = (
        "وفِي خصم الأزمة الدبلوماسية الحالية بين البلدين، يشار إلى أن حجم التبادل التجاري بين إسرائيل"
        " وتركيا يصل إلى4.5 مليار دولار سنويا، بواقع 3.5 مليار لصالح تركيا ومليار لصالح #إسرائيل."
    )
    assert "COOPERATE" not in _types(sentence, "2018-05-17")


def test_the_armistice_line_is_no_truce() -> None:
    # FR-middleEast-720-20180701: خط الهدنة with Syria (was RETREAT ISR -> SYR)
    sentence = "ويوم الجمعة، أفاد الجيش الإسرائيلي أنه نفذ عملية ليلية عبر خط الهدنة مع سوريا."
    assert "RETREAT" not in _types(sentence, "2018-07-01")


def test_a_host_greeting_a_delegation_endorses_nothing() -> None:
    # FR-internationalNews-279-20180306: Kim greets the South's delegation (was SUPPORT PRK -> PRK)
    sentence = 'ورحب كيم جونغ أون "بحرارة" بالوفد الجنوبي، كما استمرت المحادثات بينهما أكثر من أربع ساعات.'
    assert "SUPPORT" not in _types(sentence, "2018-03-06")
    # BB-internationalNews-989-20180817: café staff greet Taiwan's president (was SUPPORT TWN -> TWN)
    sentence = (
        "وقد رحب العاملون في المقهى بالرئيسة التايوانية وقدموا لها كيس هدايا، والتقطوا الصور معها"
        " والابتسامات تعلو وجوههم، كما طلبوا توقيعها على علامة المحل."
    )
    assert "SUPPORT" not in _types(sentence, "2018-08-17")


def test_welcoming_a_decision_or_citizens_stays_support() -> None:
    # AL-internationalNews-1075-20180508
    sentence = (
        "رحبت إسرائيل، الثلاثاء، بقرار الرئيس الأميركي دونالد ترمب الانسحاب من الاتفاق النووي مع إيران."
    )
    assert ("SUPPORT", "ISR", "USA") in [_coded(e) for e in extract(sentence, "2018-05-08").events]
    # CN-middleEast-1147-20180808: Qatari pilgrims welcomed during the boycott
    sentence = (
        "جددت المملكة العربية السعودية ترحيبها بالمواطنين القطريين الراغبين بأداء فريضة الحج، وسمحت لهم"
        " بتسجيل بياناتهم الشخصية فور وصولهم إلى مطار الملك عبد العزيز في جدة."
    )
    assert "SUPPORT" in _types(sentence, "2018-08-08")
