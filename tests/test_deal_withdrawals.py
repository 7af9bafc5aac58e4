"""A state's withdrawal from a deal with its subject (or a date) between the verb and "من الاتفاق" is a
SANCTION (PLOVER withdraw: leaving an agreement), as strong as the rows "انسحب من الاتفاق" that cannot
match there; the place a deal was signed is no post left, the state the deal is named for is the
target (hadath.events.coder._treaty_reading, _deal_party). Forces pulling out of a place stay RETREAT."""

from __future__ import annotations

from hadath.pipeline import extract


def _events(sentence: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.type, e.status, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in extract(sentence, published).events
    ]


def test_a_withdrawal_from_the_deal_with_a_date_between_is_a_sanction() -> None:
    # SK-internationalNews-2482-20180704
    sentence = (
        "وانسحبت الولايات المتحدة مطلع مايو من الاتفاق النووي كونه لا يحقق امتثال إيراني كامل لجهود منع"
        " التسلح النووي، إضافة إلى استمرار الأنشطة الإيرانية الصاروخية وتسليح ميليشيات لزعزعة استقرار"
        " الشرق الأوسط."
    )
    withdrawals = [e for e in extract(sentence, "2018-07-04").events if e.type == "SANCTION"]
    assert [(e.status, e.source.country if e.source else None, e.date) for e in withdrawals] == [
        ("occurred", "USA", "2018-05")
    ]


def test_a_withdrawal_a_critic_calls_a_mistake_is_a_sanction() -> None:
    # CN-middleEast-1426-20181006
    sentence = (
        "واعتبر كيري، الذي قاد الجانب الأمريكي في عهد إدارة الرئيس الأمريكي السابق باراك أوباما، خلال"
        " المفاوضات مع إيران حتى التوصل إلى الاتفاق النووي الإيراني، أن انسحاب الرئيس دونالد ترامب من"
        ' الاتفاق "خطأ هائل" و" سياسة خارجية خطيرة ومدمرة تضع أمتنا تحت التهديد".'
    )
    assert ("SANCTION", "occurred", "USA") in [e[:3] for e in _events(sentence, "2018-10-06")]


def test_an_announced_withdrawal_from_the_nuclear_deal_is_a_sanction() -> None:
    # CN-middleEast-844-20180508
    sentence = (
        "دبي، الإمارات العربية المتحدة (CNN) – أعلن الرئيس الأمريكي، دونالد ترامب، انسحاب الولايات المتحدة"
        " الأمريكية من الاتفاق النووي الإيراني، وذلك في كلمة له من البيت الأبيض، الثلاثاء."
    )
    events = _events(sentence, "2018-05-08")
    assert ("SANCTION", "occurred", "USA") in [e[:3] for e in events]
    assert "RETREAT" not in [e[0] for e in events]
    # FR-internationalNews-33-20180220: forces pulling out of a region stay a RETREAT (read as of
    # 2012: in the 2018 article it is background, dated back six years)
    troops = (
        "وانسحبت القوات الحكومية السورية من المناطق ذات الأغلبية الكردية شمال البلاد في 2012، ما مهد"
        " الطريق أمام الأكراد للتوسع."
    )
    assert [e[0] for e in _events(troops, "2012-08-20")] == ["RETREAT"]


def test_the_city_a_deal_was_signed_in_is_no_target_of_leaving_it() -> None:
    # FR-internationalNews-1665-20180606
    sentence = (
        "والسنة الماضية، رفضت الولايات المتحدة في تاورمين توقيع البيان الختامي بسبب انسحابها من اتفاقية"
        " المناخ الموقعة في باريس."
    )
    withdrawals = [e for e in extract(sentence, "2018-06-06").events if e.type == "SANCTION"]
    assert [e.source.country for e in withdrawals if e.source] == ["USA"]
    assert all(e.target is None or e.target.text != "باريس" for e in withdrawals)


def test_the_state_a_deal_is_named_for_is_the_target_of_leaving_it() -> None:
    # CN-middleEast-884-20180511 (the article's default target was the UAE)
    sentence = (
        "دبي، الإمارات العربية المتحدة (CNN)-- شن خطيب جمعة طهران أحمد خاتمي، الجمعة، هجوما على الولايات"
        " المتحدة وإسرائيل والاتحاد الأوروبي والمملكة العربية السعودية والإمارات والبحرين، في ظل تصاعد"
        " التوتر إثر انسحاب أمريكا من الاتفاق النووي الإيراني والضربة الإسرائيلية لمواقع عسكرية إيرانية"
        " في سوريا."
    )
    assert ("SANCTION", "occurred", "USA", "IRN") in _events(sentence, "2018-05-11")


def test_sanctions_of_two_kinds_between_two_states_are_two_events() -> None:
    # BB-internationalNews-304-20180406: new sanctions on officials, and (later in the article) the
    # expulsion of diplomats after the Skripal poisoning
    text = (
        'هددت روسيا بـ"رد صارم" عقب قرار الولايات المتحدة فرض عقوبات جديدة على مسؤولين وشركات روسية'
        " واتهامهم بالتربح من سياسات موسكو تجاه الغرب. كما طردت الولايات المتحدة عشرات من الدبلوماسيين"
        " الروسي عقب تسميم الجاسوس السابق سيرغي سكريبال في بريطانيا."
    )
    sanctions = [e for e in extract(text, "2018-04-06").events if e.type == "SANCTION"]
    assert sorted(e.mode for e in sanctions if e.mode) == ["discontinue", "expel"]
