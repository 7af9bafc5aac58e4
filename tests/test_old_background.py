"""Background dated months or years back: a relative clause describing an actor, with its own time a
month or more before publication, recalls; an event after بعد that follows a time a year or more back
came before it."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # SK-internationalNews-3101-20180902: the withdrawal of May told of Trump in a September story
        (
            "وكان الرئيس الأميركي، دونالد ترامب، الذي انسحب في مايو من الاتفاق النووي المبرم عام 2015 بين"
            " إيران وقوى العالم، قد دعا إلى اتفاق جديد يحد من قدرات طهران الصاروخية وتدخلاتها الإقليمية.",
            "2018-09-02",
            "SANCTION",
        ),
        # FR-middleEast-282-20180415: the Saudi break with Qatar of last June
        (
            "وشارك في القمة 17 زعيما ورئيس حكومة، وثلاثة مسؤولين آخرين مثلوا الجزائر والمغرب وسلطنة عمان،"
            " بينما مثلت قطر التي قطعت السعودية علاقاتها معها في حزيران/يونيو الماضي بمندوبها الدائم في"
            " جامعة الدول العربية.",
            "2018-04-15",
            "SANCTION",
        ),
        # SK-internationalNews-1910-20180602: a relative clause a month or more back is enough
        (
            "وسيحل فيرز محل توم بوسيرت، الذي استقال في أبريل بطلب من مستشار ترامب للأمن القومي جون بولتون.",
            "2018-06-02",
            "RETREAT",
        ),
        # FR-internationalNews-2273-20180712: Puigdemont's arrest in March, in a July story
        (
            "وردا على قرار المحكمة قال المدعون إنهم سيتخذون قرارا قريبا بشأن تسليم بيغديمونت الذي اعتقل في"
            " مارس/ آذار لدى دخوله ألمانيا.",
            "2018-07-12",
            "COERCE",
        ),
        # SK-middleEast-2916-20180715: the battles before the expulsion of August 2016
        (
            "وكانت قوات سوريا الديموقراطية، التي تشكل الوحدات الكردية عمودها الفقري، طردت في أغسطس 2016"
            " تنظيم داعش من منبج بعد معارك عنيفة وبغطاء جوي من التحالف الدولي بقيادة واشنطن.",
            "2018-07-15",
            "ASSAULT",
        ),
    ],
)
def test_background_dated_back_is_no_news(sentence: str, published: str, event_type: str) -> None:
    assert event_type not in {c.event.type for c in candidates(sentence, published)}


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # SK-internationalNews-1566-20180514: the year past the relative clause's comma is the friend's
        # birth, not the arrest's
        (
            "وذكرت مصادر قضائية صديق عظيموف، الذي ألقي القبض عليه في مدينة ستراسبورغ بشرق فرنسا، من مواليد"
            " عام 1997.",
            "2018-05-14",
            "COERCE",
        ),
        # SK-middleEast-3121-20180726: بعد ذلك sets the team's work after the find of a year ago
        (
            "وأشار سعيد إلى أنه عثر على هذا الصندوق في القبو قبل عام مضى وشكل بعد ذلك فريق عمل تعاون مع"
            " مختلف الجامعات وكليات الفنون لتحقيق الوثائق المكتشفة وتحري دقتها.",
            "2018-07-26",
            "COOPERATE",
        ),
        # BB-middleEast-745-20180717: the year ل gives the elections is not Putin's defence's
        (
            "وجاء إعلان اعتقالها بعد ساعات فقط من لقاء الرئيس الأمريكي دونالد ترامب مع نظيره الروسي فلاديمير"
            " بوتين، الذي دافع عن الكرملين ضد مزاعم تدخل بلاده في الانتخابات الرئاسية لعام 2016.",
            "2018-07-17",
            "SUPPORT",
        ),
        # BB-internationalNews-136-20180312: the year of the elections dates neither the question nor the
        # charges of last month after it
        (
            "فلدى سؤاله عن التدخل الروسي في انتخابات عام 2016 بعد الاتهام الذي وجهه المحقق الخاص روبرت مولر"
            ' لـ13 روسيا الشهر الماضي بالتدخل في الانتخابات الأمريكية، قال بوتين: "هؤلاء لا يمثلون"',
            "2018-03-12",
            "ACCUSE",
        ),
    ],
)
def test_what_the_time_does_not_date_stays(sentence: str, published: str, event_type: str) -> None:
    assert event_type in {c.event.type for c in candidates(sentence, published)}
