"""False events (fp23): foiled attacks, and tallies of the years up to now.

A foiled attack did not happen: أحبط (cues.tsv ``fate`` negated, like إحباط) negates the event noun
it takes bare (not one after ب: "بدعم من"), and the weapon with ب right after the foiled attack is that
attack's (hadath.events.status._instrument_of_called_off) - but a killing told with و is an act done."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import reported_dyads


def _events(sentence: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.type, e.status, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in extract(sentence, published).events
    ]


def test_a_foiled_attack_and_its_weapon_are_no_attack() -> None:
    # SK-middleEast-3336-20180811
    church = (
        "أحبطت قوة أمنية هجوما بعبوة ناسفة، حاول مسلح تنفيذه على كنيسة بمنطقة مسطرد شمالي القاهرة، السبت."
    )
    assert reported_dyads(church, "2018-08-11", "ASSAULT") == []
    # CN-middleEast-1029-20180526: the drone it was to be made with is that attack's
    drone = (
        'وذكرت الإخبارية في سلسلة تغريدات نشرتها عبر صفحتها الرسمية على موقع "تويتر"، أن قوات التحالف أحبطت'
        ' محاولة "هجوم إرهابي" بطائرة بدون طيار كانت تستهدف مطار أبها.'
    )
    assert reported_dyads(drone, "2018-05-26", "ASSAULT") == []


def test_the_killing_that_foiled_an_attack_is_an_attack() -> None:
    # AL-internationalNews-430-20180311
    sentence = (
        "أعلنت أجهزة الأمن الروسية، الأحد، أنها أحبطت اعتداء قرب ساراتوف في جنوب غرب روسيا وقتلت"
        ' "إرهابيين" من دون أن تحدد عددهم.'
    )
    events = _events(sentence, "2018-03-11")
    assert ("ASSAULT", "negated") in [e[:2] for e in events]
    assert reported_dyads(sentence, "2018-03-11", "ASSAULT") == [("RUS", "RUS")]


def test_support_after_foiled_is_no_object_of_it() -> None:
    # SK-middleEast-735-20180402
    sentence = (
        "وأحبط الجيش اليمني بدعم من القوات المسلحة الإماراتية محاولة تسلل لميليشيات الحوثي جنوبي الحديدة،"
        " كانت تنوي تنفيذ عمليات إرهابية."
    )
    statuses = [status for kind, status, _, _ in _events(sentence, "2018-04-02") if kind == "SUPPORT"]
    assert statuses == ["occurred"]


# The years up to now (cues.tsv then ``years``: "في السنوات الأخيرة") are a tally's time: a past event
# told of them is background (hadath.events.timing._told_as_then) - not the largest of them, nor an
# event they are past another one or far from.


def test_attacks_in_recent_years_are_background() -> None:
    # BB-internationalNews-425-20180427
    knives = (
        "ووقع عدد من الهجمات بالسكاكين في الصين في السنوات الأخيرة، وأودت هذه الهجمات في الفترة بين 2010"
        " و2012 بحياة 25 شخصا على الأقل وخلفت أكثر من 100 جريح."
    )
    assert reported_dyads(knives, "2018-04-27", "ASSAULT") == []
    # AL-internationalNews-308-20180303
    stepped_up = (
        "وكثّف المتطرفون هجماتهم في مدن رئيسية بمنطقة #غرب_أفريقيا في السنوات الأخيرة ومنها هجمات مميتة في"
        " مالي وبوركينا فاسو وساحل العاج والنيجر."
    )
    assert reported_dyads(stepped_up, "2018-03-03", "ASSAULT") == []


def test_the_largest_protest_in_recent_years_is_news() -> None:
    # SK-middleEast-683-20180331
    sentence = (
        "وقال مسعفون في غزة إن القوات الإسرائيلية التي كانت تواجه واحدة من أكبر المظاهرات الفلسطينية في"
        " السنوات الأخيرة على الحدودبين إسرائيل وغزة يوم الجمعة قتلت ما لا يقل عن 16 فلسطينيا وأصابت"
        " المئات."
    )
    assert ("ISR", "PSE") in reported_dyads(sentence, "2018-03-31", "ASSAULT")
    assert reported_dyads(sentence, "2018-03-31", "PROTEST")


def test_an_accusation_of_deployments_in_recent_years_is_news() -> None:
    # CN-internationalNews-37-20180226: the years date what the accusation is about
    sentence = (
        "واتهم المسؤولون الأميركيون والناتو موسكو بنشر عدد كبير من القوات والمعدات العسكرية في شبه جزيرة"
        " القرم في السنوات الأخيرة."
    )
    assert ("USA", "RUS") in reported_dyads(sentence, "2018-02-26", "ACCUSE")
