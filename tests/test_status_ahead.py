"""Statuses of events told in passing (events/status.py): an event noun موعد (its date), عشية (its eve),
انتظار (the wait for it) or وشك (its brink) takes is still ahead."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


def _statuses(text: str, event_type: str, date: str) -> list[str]:
    return [c.event.status for c in candidates(text, date) if c.event.type == event_type]


def _status_of(text: str, trigger: str, date: str) -> str:
    return next(
        c.event.status
        for c in candidates(text, date)
        if text[c.event.trigger.start : c.event.trigger.end] == trigger
    )


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # FR-middleEast-453-20180512: the embassy's move two days ahead
        (
            "وتزداد تظاهرات الفلسطينيين في قطاع غزة حدة، مع اقتراب موعد نقل مقر السفارة الأمريكية من تل"
            " أبيب إلى القدس الاثنين، وذكرى النكبة الثلاثاء.",
            "2018-05-12",
            "SUPPORT",
        ),
        # SK-internationalNews-914-20180413: the date of the meeting with Kim is being set
        (
            "قال الرئيس الأميركي دونالد ترامب الخميس، إن موعد اجتماعه مع زعيم كوريا الشمالية كيم جونغ أون"
            " قيد التحديد.",
            "2018-04-13",
            "CONSULT",
        ),
        # BB-middleEast-286-20180404: Russia brings forward the delivery of the S-400
        (
            "على صعيد آخر، وافقت روسيا على تقديم موعد تسليم النظام الصاروخي الدفاعي S-400 إلى تركيا.",
            "2018-04-04",
            "COOPERATE",
        ),
        # AL-internationalNews-1458-20180604: hours before the king's meeting with his prime minister
        (
            "قبل ساعات من موعد لقاء العاهل الأردني الملك عبد الله الثاني برئيس الوزراء هاني الملقي الاثنين،"
            " بعد أن استدعاه ليلة الأحد للمثول أمامه، تستمر الاحتجاجات في الشارع الأردني على المستويين"
            " النقابي والشعبي.",
            "2018-06-04",
            "CONSULT",
        ),
        # SK-internationalNews-914-20180413: a definite one ("the date of the meeting between me and Kim")
        (
            'وتابع "يجري الآن تحديد موعد الاجتماع بيني وبين كيم جونغ أون. أعتقد أنه سيكون رائعا".',
            "2018-04-13",
            "CONSULT",
        ),
        # AL-internationalNews-1892-20180711: Trump arrives in Brussels on the eve of the NATO summit
        (
            "ووصل الرئيس الأميركي، مساء الثلاثاء، إلى بروكسل عشية قمة لحلف الناتو تطغى عليها أجواء متوترة"
            " بسبب مواقفه الحادة من حلفاء الولايات المتحدة.",
            "2018-07-11",
            "CONSULT",
        ),
        # FR-internationalNews-955-20180427: on the eve of Merkel's visit to Washington
        (
            "وعشية زيارة ميركل إلى واشنطن، تضاءلت آمال برلين بأن يتم اعفاء الاتحاد الأوروبي من الرسوم"
            " الجمركية.",
            "2018-04-27",
            "CONSULT",
        ),
        # FR-internationalNews-1283-20180517: a definite one, the EU summit on the Balkans
        (
            "وأقيم عشاء غير رسمي مساء الأربعاء لرؤساء دول وحكومات البلدان الـ28 الأعضاء في الاتحاد عشية"
            " القمة الأوروبية التي ستخصص للعلاقات بين الاتحاد ودول البلقان.",
            "2018-05-17",
            "CONSULT",
        ),
        # FR-internationalNews-2715-20180814: the homeless in Lombok waiting for the government's aid
        (
            "فريق فرانس24 زار المنطقة للاطلاع على أحوال المشردين الذين يعيشون في مخيمات مؤقتة بانتظار"
            " المساعدات من الحكومة التي قدرت الخسائر الناجمة عن الكارثة بنحو 350 مليون دولار.",
            "2018-08-14",
            "AID",
        ),
        # BB-middleEast-309-20180408: two girls in Baghdad waiting to be deported
        (
            "أودعت الفتاتان دارا لرعاية الأيتام في بغداد، وهما الآن في انتظار الترحيل إلى بلادهما.",
            "2018-04-08",
            "COERCE",
        ),
        # SK-internationalNews-3426-20181011: Ankara was about to free the pastor months ago, then backed off
        (
            "ذلك أن أنقرة كانت على وشك الإفراج عن القس قبل عدة أشهر، لكنها تراجعت، وفق ما قال أحد المسؤولين"
            " الأميركيين.",
            "2018-10-11",
            "RETREAT",
        ),
    ],
)
def test_an_event_noun_after_its_date_or_eve_is_planned(
    sentence: str, published: str, event_type: str
) -> None:
    assert _statuses(sentence, event_type, published) == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # BB-internationalNews-1084-20180911: Bolton warned of possible sanctions on the ICC
        ("وحذر من احتمال فرض عقوبات إذا مضت المحكمة الجنائية قدما في التحقيقات.", "2018-09-11", "SANCTION"),
        # SK-middleEast-2804-20180708: families fear their sons' arrest
        (
            "وذكر المرصد أن آلاف العائلات لا تزال تخشى العودة للمناطق التي تسيطر عليها النظام، خشية اعتقال"
            " أبنائهم، في حين شهدت بلدات أخرى عودة آلاف المواطنين خلال الساعات القليلة الماضية.",
            "2018-07-08",
            "COERCE",
        ),
        # FR-internationalNews-2425-20180721: Trump fears Cohen may cooperate with the prosecutors
        (
            "وبات ترامب اليوم يخشى احتمال تعاون كوهين مع القضاء، وأن يقوم بكشف معلومات تلحق أضرارا بالرئيس.",
            "2018-07-21",
            "COOPERATE",
        ),
    ],
)
def test_an_event_noun_a_modal_noun_takes_is_hypothetical(
    sentence: str, published: str, event_type: str
) -> None:
    assert _statuses(sentence, event_type, published) == ["hypothetical"]


@pytest.mark.parametrize(
    ("sentence", "published", "trigger"),
    [
        # BB-internationalNews-490-20180510: an inflected verb after the modal noun is no verbal noun
        (
            "هذه المخاوف اقترحت فرنسا وألمانيا تضمينها فى اتفاق يلحق بالاتفاق القائم، وهو ما أعرب عنه زعيما"
            " البلدين.",
            "2018-05-10",
            "اقترحت",
        ),
        # AL-internationalNews-411-20180310: threats joined to the fears by و are no possible ones
        (
            "وحملت الشكوى السلطات الحوثية مسؤولية المخاوف والتهديدات التي تطال موظفي الأمم المتحدة (المقدر"
            " عددهم بـ600 موظف).",
            "2018-03-10",
            "والتهديدات",
        ),
    ],
)
def test_an_event_after_a_modal_noun_not_taken_by_it_stays_occurred(
    sentence: str, published: str, trigger: str
) -> None:
    assert _status_of(sentence, trigger, published) == "occurred"


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # SK-middleEast-3953-20181019: terrorism "has become an imminent danger to the world"
        (
            "كما دعا إلى ضرورة العمل المشترك من أجل مكافحة الإرهاب، الذي بات يشكل خطرا داهما على العالم.",
            "2018-10-19",
        ),
        # AL-internationalNews-1850-20180706: exposing the protester to imminent danger
        (
            "وأثار تعريض المرأة المحتجة لخطر داهم، الحشود الملتفة حول الحافلة، والتابعة لقوات إنفاذ القانون"
            " حول مخالفات الهجرة.",
            "2018-07-06",
        ),
    ],
)
def test_an_imminent_danger_is_no_raid(sentence: str, published: str) -> None:
    # triggers.tsv: خطر داهم blocks داهم "raided"
    assert _statuses(sentence, "COERCE", published) == []
