"""Countries of the parties (session 20): a dual or plural verb has its subject before it, so the
actor after it is its object; a nationality after allies ("وحلفاؤها الغربيين") is their adjective,
not a party; Kyrgyzstan's presidents are named in the lexicon."""

from __future__ import annotations

import hadath
from tests.conftest import dyads


def test_dual_verb_keeps_its_object_after_it() -> None:
    # SK-middleEast-1376-20180501: Iran and Hezbollah back the Polisario - not the other way round
    sentence = "وأضاف أن إيران وحليفتها اللبنانية، جماعة حزب الله، تدعمان البوليساريو بتدريب وتسليح مقاتليها."
    assert not any(source == "ESH" for source, _ in dyads(sentence, "2018-05-01", "SUPPORT"))


def test_plural_verb_attacks_the_army_after_it() -> None:
    # SK-internationalNews-1105-20180423: the rebels attack the army units; the army attacks no one
    sentence = (
        "وأوضح نائب قائد شرطة الإقليم، غلام ساروار حيدري، أن عددا كبيرا من المتمردين هاجموا وحدات الجيش"
        " في منطقة أب كاماري، مما أسفر عن مقتل 9 جنود في ذلك الهجوم."
    )
    events = [e for e in hadath.extract(sentence, date="2018-04-23").events if e.type == "ASSAULT"]
    assert events
    assert all(e.source is None or e.source.sector != "MIL" for e in events)


def test_nationality_of_allies_is_no_target() -> None:
    # SK-internationalNews-853-20180407: Britain and its Western allies accuse Moscow
    sentence = (
        "واتهمت بريطانيا وحلفاؤها الغربيين موسكو باستهداف سكريبال وابنته بغاز أعصاب يستخدم لأغراض عسكرية"
        ' ويعرف باسم "نوفيتشوك"، وهو ما تنفيه موسكو.'
    )
    pairs = dyads(sentence, "2018-04-07", "ACCUSE")
    assert ("GBR", "RUS") in pairs
    assert not any(target == "WST" for _, target in pairs)


def test_kyrgyz_former_president() -> None:
    # AL-internationalNews-865-20180410: Turkey accuses Atambayev, Kyrgyzstan's former president
    text = (
        "وكانت العلاقات بين أنقرة وبشكيك تدهورت في ظل حكم الرئيس السابق ألماز بك اتامباييف الذي تتهمه تركيا"
        " بالفشل في اتخاذ موقف صلب ضد الجماعة التابعة للداعية غولن."
    )
    assert ("TUR", "KGZ") in dyads(text, "2018-04-10", "ACCUSE")
