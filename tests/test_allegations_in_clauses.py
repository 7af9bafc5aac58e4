"""Allegations said of a clause's subject (events/coder.py, cues.tsv ``allegation``): the subject named
right after إن/أن past an apposition, and no accusation between two organs of one state."""

from __future__ import annotations

import pytest

import hadath
from tests.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # CN-internationalNews-104-20180312: the subject before the verb, past a quoted adverb
        (
            'قالت تيريزا ماي، رئيسة الوزراء البريطانية، الاثنين، إن موسكو "على الأغلب" تقف وراء تسميم'
            " الجاسوس الروسي السابق، سيرغي سكريبال وابنته جوليا باستخدام عنصر كيماوي يستهدف الأعصاب.",
            "2018-03-12",
            ("GBR", "RUS"),
        ),
        # CN-middleEast-306-20180319: the subject past a second name for it; the state accuses a party
        (
            "قال محمود عباس، رئيس السلطة الوطنية الفلسطينية، الاثنين، إن حركة المقاومة الإسلامية أو ما يُعرف"
            ' بـ"حماس،" تقف وراء ما محاولة اغتيال رئيس الوزراء، رامي الحمدالله.',
            "2018-03-19",
            ("PSE", "PSE"),
        ),
    ],
)
def test_allegation_of_the_subject_after_that(sentence: str, date: str, dyad: tuple[str, str]) -> None:
    assert dyad in dyads(sentence, date, "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # SK-internationalNews-230-20180302: the Kremlin rejects Washington's charge against Moscow
        (
            'وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين، الجمعة، إن "روسيا لا تنوي خوض سباق تسلح"،'
            " رافضا اتهامات واشنطن بأن موسكو تنتهك التزاماتها الدولية عبر تطوير هذه الأسلحة الجديدة.",
            "2018-03-02",
            ("RUS", "RUS"),
        ),
        # SK-internationalNews-926-20180413: Lavrov tells of Britain's claim against Russia
        (
            "وكان وزير الخارجية الروسي سيرغي لافروف قال، الجمعة، إن تقريرا جديدا بشأن تسميم الجاسوس السابق لم"
            " يقدم أي شيء، يدعم ادعاء بريطانيا بأن روسيا تقف وراء الهجوم.",
            "2018-04-13",
            ("RUS", "RUS"),
        ),
    ],
)
def test_no_allegation_against_own_state(sentence: str, date: str, dyad: tuple[str, str]) -> None:
    assert dyad not in dyads(sentence, date, "ACCUSE")


def test_journalist_may_accuse_own_government() -> None:
    # SK-internationalNews-3265-20181001: a Turkish journalist on the Erdogan government's involvement
    sentence = (
        'وقال الصحفي التركي، عبدالله بوزكورت، إن قرار المحكمة لا "يثير الدهشة، على اعتبار أن أردوغان دائما'
        ' ما يقف إلى جانب المجرمين والإرهابيين ويستخدمهم للقيام بعملياته في تركيا وخارجها"، مضيفا أن الوثائق'
        " التي يتوفر عليها تثبت تورط حكومة أردوغان في التعاون مع المتطرفين لسنوات."
    )
    assert ("TUR", "TUR") in dyads(sentence, "2018-10-01", "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # BB-internationalNews-435-20180429
        (
            'وأكد بومبيو في لقاء مع شبكة إية بي سي نيوز، إن كوريا الشمالية يجب أن تأخذ "خطوات حاسمة"'
            " للتخلي عن برنامج الأسلحة النووية.",
            "2018-04-29",
            ("USA", "PRK"),
        ),
        # BB-middleEast-505-20180516
        (
            "وقال السفير الإسرائيلي إلى بريطانيا مارك ريجيف في حوار خاص مع بي بي سي إن الفلسطينيين يجب أن"
            ' يتحملوا المسؤولية عن وضعهم الحالي ونقمتهم في الذكرى السبعين لما يطلقون عليه " النكبة" لأنهم'
            " يرفضون إنشاء دولة تعيش جنبا إلى جنب مع إسرائيل على حد وصفه.",
            "2018-05-16",
            ("ISR", "PSE"),
        ),
    ],
)
def test_demand_of_the_subject_before_must(sentence: str, date: str, dyad: tuple[str, str]) -> None:
    demands = dyads(sentence, date, "REQUEST")
    assert dyad in demands


def test_no_demand_of_own_state_before_must() -> None:
    # SK-middleEast-2657-20180629: what one's own state must do is no demand of another
    sentence = (
        "من جانبه، قال وزير الطاقة الإسرائيلي، يوفال شتاينتز، إن إسرائيل يجب أن تمنع دخول النازحين الفارين"
        " من القتال في سوريا."
    )
    assert not [e for e in hadath.extract(sentence, date="2018-06-29").events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # SK-middleEast-2040-20180530: the Security Council meets at the United States' request
        (
            'ويجتمع مجلس الأمن الدولي، الأربعاء، لبحث "الهجمات الفلسطينية بالصواريخ والقذائف على إسرائيل"،'
            " بطلب من الولايات المتحدة.",
            "2018-05-30",
            ("USA", "IGO"),
        ),
        # BB-middleEast-1105-20181015: the Saudis allow a search at the Turkish authorities' request
        (
            "وسمحت السلطات السعودية الأسبوع الماضي بتفتيش قنصليتها في إسطنبول، بطلب من السلطات التركية.",
            "2018-10-15",
            ("TUR", "SAU"),
        ),
        # SK-internationalNews-2086-20180611: "بناء على طلب" with the one who asks right after it
        (
            "قليلة تلك الدول التي ترفض الانصياع لضغوط الولايات المتحدة، حتى الصين وافقت أخيرا على إعادة ثلاثة"
            " لاعبين أميركيين بناء على طلب ترامب رغم إدانتهم بالسرقة.",
            "2018-06-11",
            ("USA", "CHN"),
        ),
    ],
)
def test_who_acts_at_a_request_was_asked(sentence: str, date: str, dyad: tuple[str, str]) -> None:
    requests = dyads(sentence, date, "REQUEST")
    assert dyad in requests


def test_an_invitation_names_no_one_asked() -> None:
    # SK-internationalNews-1259-20180430: a visit at a host's invitation is no request of the host's state
    sentence = (
        "وذكرت الخارجية الصينية في بيان مقتضب أن وانغ سيزور كوريا الشمالية يومي الأربعاء والخميس بدعوة من"
        " نظيره الكوري الشمالي، وهذه المرة الأولى التي يزور فيها وزير خارجية صيني كوريا الشمالية"
        " منذ عام 2007."
    )
    requests = [e for e in hadath.extract(sentence, date="2018-04-30").events if e.type == "REQUEST"]
    assert all(e.target is None or e.target.country != "PRK" for e in requests)
