"""Where filled parties come from: the event's place and the story's home country, read on real
2018 articles (resolve.places, pipeline)."""

from __future__ import annotations

import pytest

from hadath.pipeline import extract


def _countries(text: str, published: str, trigger: str, title: str | None = None) -> list[tuple]:
    events = extract(text, published, title=title).to_dict()["events"]
    return [
        ((e["source"] or {}).get("country"), (e["target"] or {}).get("country"))
        for e in events
        if e["trigger"]["text"] == trigger
    ]


@pytest.mark.parametrize(
    ("title", "text", "published", "trigger", "countries"),
    [
        # SK-middleEast-3551-20180907: the provinces that witness the protests, past an aside in
        # commas, place them in Iraq (the story is about Iran's consulate: was IRN)
        (
            "بعد حرق القنصلية.. إيران تطلب من رعاياها مغادرة البصرة فورا",
            "والقنصلية الإيرانية أحدث منشأة يقتحمها المتظاهرون الغاضبون على تردي الأوضاع المعيشية في"
            " المحافظة الغنية بالنفط.\nومنذ مطلع يوليو الماضي، تشهد محافظات جنوبي العراق، وخاصة البصرة،"
            " بصورة يومية احتجاجات"
            " ومواجهات مع قوات الأمن، بسبب تردي الخدمات الأساسية.",
            "2018-09-07",
            "احتجاجات",
            [("IRQ", "IRQ")],
        ),
        # CN-internationalNews-272-20180423: the run-over victims are where the city witnessing it lies
        # (a story from CNN's Atlanta desk: was USA)
        (
            "مقتل 9 أشخاص بحادثة دهس في تورونتو",
            "أتلانتا، الولايات المتحدة الأمريكية (CNN) – شهدت مدينة تورونتو الكندية، حادثة دهس، إذ قامت"
            ' سيارة "فان" بيضاء بصدم مارة في أحد الشوارع.',
            "2018-04-23",
            "دهس",
            [("CAN", "CAN")],
        ),
    ],
)
def test_the_place_witnessing_an_event_is_where_it_happens(
    title: str, text: str, published: str, trigger: str, countries: list[tuple]
) -> None:
    assert _countries(text, published, trigger, title) == countries


def test_fort_is_no_german_city() -> None:
    # BB-internationalNews-1-20180218: "فورت" opens American place names (فورت لودرديل، فورت هود) and is
    # a surname (إريك فورت), never Fürth (the marching students were coded DEU)
    text = (
        "ونظم طلاب وعائلاتهم مسيرة مشحونة عاطفيا شارك فيها سياسيون، يوم السبت، في فورت لودرديل بالقرب"
        " من باركلاند."
    )
    events = extract(text, "2018-02-18").to_dict()["events"]
    assert [(e["location"]["name"], e["source"]["country"]) for e in events] == [("Fort Lauderdale", "USA")]


@pytest.mark.parametrize(
    ("text", "published", "trigger", "countries"),
    [
        # AL-internationalNews-145-20180221: يوبي is Yobe state, Nigeria (was Ube, Japan)
        (
            'وكان عناصر "بوكوحرام" المسلحون قد نفذوا هجوماً الاثنين على قرية دابتشي في منطقة بورساري في'
            " ولاية يوبي بعدما وصلوا على متن شاحنات.",
            "2018-02-21",
            "هجوماً",
            [("NGA", "NGA")],
        ),
        # SK-internationalNews-3212-20180911: hurricane Florence is no Italian city (was ITA police)
        (
            "أعلنت العاصمة الأميركية واشنطن، حالة الطوارئ، الثلاثاء، إثر اقتراب الإعصار فلورنس من"
            " السواحل الشرقية للولايات المتحدة.",
            "2018-09-11",
            "حالة الطوارئ",
            [("USA", "USA")],
        ),
        # SK-internationalNews-3462-20181013: وأديا is "and they led to", not Edéa, Cameroon (was CMR)
        (
            'أعلنت "حركة الشباب" الصومالية المرتبطة بتنظيم القاعدة المتشدد مسؤوليتها عن هجوم مزدوج استهدف'
            " مطعما ومقهى في موقعين بمدينة بيدوة جنوب البلاد، وأديا إلى مقتل ستة أشخاص.",
            "2018-10-13",
            "هجوم",
            [("SOM", "SOM")],
        ),
    ],
)
def test_place_names_read_as_the_news_means_them(
    text: str, published: str, trigger: str, countries: list[tuple]
) -> None:
    assert _countries(text, published, trigger) == countries
