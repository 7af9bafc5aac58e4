"""Agents after ل (session 20): a protest's or a mobilisation's noun has no object, so the actor
after ل right after it (or its adjectives) holds it; an attack noun's ل names its agent past an
indefinite relational adjective too ("غارة جوية للتحالف", "قصف عشوائي لميليشيات الحوثي") - but a
blow is dealt to whom its ل names ("ضربة عسكرية قوية للمتمردين")."""

from __future__ import annotations

import hadath
from hadath.model import Event
from hadath.pipeline import candidates


def _events(text: str, date: str, kind: str) -> list[Event]:
    return [e for e in hadath.extract(text, date=date).events if e.type == kind]


def _source_text(event: Event) -> str:
    return event.source.text if event.source else ""


def test_protest_held_by_whom_lam_names() -> None:
    # AL-internationalNews-906-20180413: the Palestinians protest, they are not protested against
    sentence = "وشهد اليوم الجمعة ثالث أكبر تظاهرة للفلسطينيين قرب السياج الحدودي منذ أواخر مارس/آذار الفائت."
    events = _events(sentence, "2018-04-13", "PROTEST")
    assert events
    assert all("للفلسطينيين" in _source_text(e) for e in events)
    assert all(e.target is None or "للفلسطينيين" not in e.target.text for e in events)


def test_reinforcements_of_whom_lam_names() -> None:
    # SK-middleEast-2282-20180610: the Houthis' reinforcements are theirs
    sentence = (
        "ويعتبر خط تعز الحديدة في الرمادة، أحد خطوط التعزيزات المهمة للحوثيين، القادمة عبر مدينة تعز"
        " مرورا بمدينة البرح بمقبنة وصولا الى حيس جنوبي الحديدة."
    )
    events = _events(sentence, "2018-06-10", "MOBILIZE")
    assert events
    assert all(e.source is not None and e.source.sector == "REB" for e in events)


def test_air_raid_of_the_coalition_past_its_adjective() -> None:
    # SK-middleEast-1356-20180430: the coalition raids; the rebels are dealt the blow
    sentence = (
        "قتلت غارة جوية للتحالف العربي الداعم للشرعية في اليمن قائد عسكري كبير في ميليشيات الحوثي"
        " الإيرانية، في ضربة عسكرية قوية للمتمردين تأتي بعد سلسلة هزائم على الأرض وخسائر بشرية على أعلى"
        " المستويات."
    )
    events = _events(sentence, "2018-04-30", "ASSAULT")
    assert events
    assert all(e.source is not None and e.source.country == "SAU" for e in events)
    assert all(e.target is None or e.target.country != "SAU" for e in events)


def test_shelling_of_the_militia_past_its_adjective() -> None:
    # SK-middleEast-3312-20180810: the Houthis shelled the homes; the shelling is no attack on them
    sentence = (
        "ومن جهة أخرى، قتل 5 مدنيين وأصيب 7 آخرون في قصف عشوائي لميليشيات الحوثي، على مناطق سكنية في"
        " قرية المنظر جنوبي مدينة الحديدة، خلال اليومين الماضيين."
    )
    shelling = [c.event for c in candidates(sentence, "2018-08-10") if c.event.trigger_text == "قصف"]
    assert shelling
    assert all(e.source is not None and e.source.sector == "REB" for e in shelling)
    assert all(e.target is None or e.target.sector != "REB" for e in shelling)


def test_criticism_from_whom_min_names() -> None:
    # SK-internationalNews-1937-20180603: Moscow criticises the (Polish) proposal
    sentence = (
        "وأثار الاقتراح انتقادات فورية من موسكو، حيث أصر الكرملين على أن أي تحرك من هذا النوع"
        ' "لن يأتي بأي فائدة لأمن واستقرار القارة".'
    )
    events = _events(sentence, "2018-06-03", "ACCUSE")
    assert events
    assert all("موسكو" in _source_text(e) for e in events)


def test_condemnation_from_the_german_minister() -> None:
    # SK-middleEast-1386-20180502: Germany's foreign minister condemns Abbas's remarks
    sentence = (
        "وقوبلت تصريحات عباس أيضا بإدانة من وزير الخارجية الألماني هايكو ماس، وخدمة العمل الأوروبي"
        " الخارجي التابعة للاتحاد الأوروبي أكبر مانح مساعدات للفلسطينيين."
    )
    events = _events(sentence, "2018-05-02", "ACCUSE")
    assert events
    assert events[0].source is not None and events[0].source.country == "DEU"


def test_missile_attack_from_north_korea() -> None:
    # SK-internationalNews-2250-20180621: North Korea would attack; Tokyo prepares against it
    sentence = (
        "ذكرت وكالة كيودو اليابانية للأنباء، الخميس، أن طوكيو قررت وقف تدريبات تهدف للاستعداد للتصدي"
        " لهجوم صاروخي من كوريا الشمالية."
    )
    attacks = [c.event for c in candidates(sentence, "2018-06-21") if c.event.type == "ASSAULT"]
    assert attacks
    assert all(e.source is not None and e.source.country == "PRK" for e in attacks)
