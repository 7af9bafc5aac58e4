"""PROTEST candidates weigh their sentence's cues with weights of their own (events/acceptance.py,
_SENTENCE_CUE_TYPES): the shared weights are fitted mostly on attacks, where a toll or an
attribution in the sentence marks the report, while a protest in a toll's sentence is its setting.
ASSAULT candidates see whether their sentence names fighting or arms (_ARMED_CUES). Real 2018 news."""

from __future__ import annotations

from hadath.events.acceptance import acceptance_model, features
from hadath.pipeline import candidates, extract
from tests.conftest import protest_features

# SK-middleEast-3322-20180810: the news is the toll; the protests are where it happened
TOLL = (
    "قتل فلسطينيان برصاص قناصة الجيش الإسرائيلي بينما أصيب 170 آخرون بجروح مختلفة خلال احتجاجات على"
    " طول الخط الفاصل شرقي قطاع غزة، حسبما أفادت وزارة الصحة الفلسطينية."
)
# CN-middleEast-50-20180221: the dervishes' protest is the sentence's news
DERVISHES = (
    "وكان الدراويش قد خرجوا إلى الشارع احتجاجا على توقيف الشرطة لأحد أتباع الفرقة التي تقول إنها تعاني"
    " من استهدافات أمنية من قبل النظام الذي يطبق بصرامة المذهب الشيعي."
)

# FR-internationalNews-2378-20180718: the drone is how the refinery was targeted
DRONE = "وكان الحوثيون قد أعلنوا استهداف المصفاة بطائرة مسيرة."


def test_a_protest_in_a_tolls_sentence_sees_the_toll_as_its_own_cue() -> None:
    (found,) = protest_features(TOLL, "2018-08-10")
    assert found["cue=killed"] == found["PROTEST:cue=killed"] == 1.0
    assert found["PROTEST:cue=attribution"] == 1.0
    events = extract(TOLL, "2018-08-10").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_an_attack_gets_no_protest_cue_copies() -> None:
    attacks = [features(c) for c in candidates(TOLL, "2018-08-10") if c.event.type == "ASSAULT"]
    assert attacks and all(not name.startswith("PROTEST:") for f in attacks for name in f)


def test_a_protest_reported_as_news_is_accepted() -> None:
    assert any(e.type == "PROTEST" for e in extract(DERVISHES, "2018-02-21").events)


def test_an_attack_whose_sentence_names_arms_sees_them() -> None:
    attacks = [features(c) for c in candidates(DRONE, "2018-07-18") if c.event.type == "ASSAULT"]
    assert attacks and all(f["ASSAULT:cue=weapon"] == 1.0 and "ASSAULT:cue=clash" not in f for f in attacks)
    # the shipped model counts the arms for the report (the candidate itself sits near the threshold:
    # 0.40 in session 19's refit, 0.35 in session 20's against 0.37)
    model = acceptance_model()
    unarmed = [{k: v for k, v in f.items() if k != "ASSAULT:cue=weapon"} for f in attacks]
    assert all(model.score(f) > model.score(u) for f, u in zip(attacks, unarmed, strict=True))
