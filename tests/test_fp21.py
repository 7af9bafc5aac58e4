"""Statuses of events told in passing (events/status.py): an event noun موعد (its date), عشية (its eve),
انتظار (the wait for it) or وشك (its brink) takes is still ahead."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


def _statuses(text: str, event_type: str, date: str) -> list[str]:
    return [c.event.status for c in candidates(text, date) if c.event.type == event_type]


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
