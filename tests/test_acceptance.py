"""Event acceptance on real sentences: the 2018 hand-labelled training set, how a gold row is judged,
the status and lexicon fixes found in the gold's errors, and the shipped model on 2018 news."""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from hadath.evaluate.events import load_gold as load_scoring_gold
from hadath.evaluate.events import run_engine, score
from hadath.events.acceptance import (
    acceptance_model,
    accident_toll,
    features,
    participant_mention,
    reportable,
)
from hadath.events.training import _judgements
from hadath.model import Event
from hadath.pipeline import candidates, extract
from hadath.text.vectors import DIMENSIONS
from tests.conftest import shared_path

DATA = Path(__file__).resolve().parent / "data"
TRAINING_SET = DATA / "acceptance_2018.jsonl"
DEV_SET = DATA / "plover_dev.jsonl"
LABELLED = ("ASSAULT", "PROTEST")
STATUSES = {"occurred", "ongoing", "planned", "negated", "hypothetical"}


@cache
def training_rows() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(line) for line in TRAINING_SET.read_text(encoding="utf-8").splitlines())


def test_training_set_is_well_formed() -> None:
    rows = training_rows()
    assert len(rows) >= 200
    for row in rows:
        assert {"doc_id", "date", "text", "labelled_types", "events"} <= row.keys()
        assert tuple(row["labelled_types"]) == LABELLED
        for event in row["events"]:
            assert event["type"] in LABELLED and event["status"] in STATUSES
            assert event["trigger"] in row["text"]
            assert set(event["source"]) == set(event["target"]) == {"country", "sector"}
            assert event.get("background", False) in (True, False)
    happened = [e for row in rows for e in row["events"] if e["status"] in ("occurred", "ongoing")]
    for event_type in LABELLED:
        assert sum(e["type"] == event_type and not e.get("background") for e in happened) >= 15
    assert sum(not row["events"] for row in rows) >= 80  # hard negatives: trigger words, no event


def test_training_set_keeps_away_from_the_evaluation_set() -> None:
    dev_articles = {json.loads(line)["doc_id"] for line in DEV_SET.read_text(encoding="utf-8").splitlines()}
    assert not dev_articles & {row["doc_id"] for row in training_rows()}


def test_training_sentences_are_quoted_exactly_from_the_corpus() -> None:
    corpus = shared_path("corpora", "ant-news-2018.jsonl.gz")
    wanted: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in training_rows():
        wanted[row["doc_id"]].append(row)
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            for row in wanted.pop(article["doc_id"], ()):
                assert row["text"] in article["text"] and row["date"] == article["date"]
    assert not wanted


def _row(*events: tuple[str, str, bool]) -> dict[str, Any]:
    return {
        "text": "وقتل 53 فلسطينيا على يد القوات الإسرائيلية خلال الاحتجاجات.",
        "labelled_types": list(LABELLED),
        "events": [
            {"type": t, "status": status, "background": background} for t, status, background in events
        ],
    }


def test_judgements_of_a_hand_labelled_row() -> None:
    row = _row(("ASSAULT", "occurred", False), ("PROTEST", "ongoing", True))
    # The killing is the news; the protests are context, which the gold and news readers judge
    # differently, so that type is left out of training.
    assert list(_judgements(row, LABELLED)) == [("ASSAULT", True)]
    assert list(_judgements(_row(("PROTEST", "planned", False)), LABELLED)) == [
        ("ASSAULT", False),
        ("PROTEST", False),
    ]
    assert list(_judgements(_row(), ("ASSAULT",))) == [("ASSAULT", False)]
    benchmark = {"event_type": "PROTEST", "label": "ambiguous"}
    assert list(_judgements(benchmark, LABELLED)) == []


def _candidate_events(sentence: str, date: str = "2008-06-01") -> list[Event]:
    return [c.event for c in candidates(sentence, date)]


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("كما قتل اربعة اشخاص، بينهم عنصران من الشرطة، في انفجار سيارة مفخخة", "قتل", "occurred"),
        ("ولم يقتل أحد في الانفجار", "يقتل", "negated"),
        ("وكانت حركة طالبان قد خطفت 23 من الكوريين الجنوبيين", "خطفت", "occurred"),
        ("ويتظاهر آلاف العمال في باريس احتجاجا على قانون العمل", "احتجاجا", "ongoing"),
        ("وتظاهر آلاف العمال في باريس أمس احتجاجا على قانون العمل", "احتجاجا", "occurred"),
    ],
)
def test_status_particles_names_and_purpose(sentence: str, trigger: str, status: str) -> None:
    """كما is not the negation ما, طالبان is not طالب "demanded" (an appeal), and "احتجاجا على"
    shares the tense of the verb it gives the purpose of."""
    event = next(e for e in _candidate_events(sentence) if e.trigger_text == trigger)
    assert event.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد الرئيس رفضه القاطع لاشتراط نظيره التركي",
        "كانت هيئة النقل في مقاطعة لوس أنجلوس تختبر ماسحات الجسم",
        "محادثات سرية تحضيرا لقمة تجمع بين الرئيس الأمريكي وقائد كوريا الشمالية",
        "في ثالث انتخابات رئاسية تشهدها البلاد منذ ثورة 25 يناير",
        "وقال ترامب للصحفيين لدى وصوله للمشاركة في تجمع انتخابي",
        "أن يكلل الله جهود الدولة في استكمال مسيرة التطور والإنجاز",
    ],
)
def test_collocations_are_not_protests(sentence: str) -> None:
    assert [e.trigger_text for e in _candidate_events(sentence) if e.type == "PROTEST"] == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("وتجمع مئات من الأقباط أمام الكاتدرائية", "وتجمع"),
        ("ودعا منتقدو الاتفاق إلى مقاطعة الانتخابات", "مقاطعة الانتخابات"),
    ],
)
def test_the_protest_readings_remain(sentence: str, trigger: str) -> None:
    assert trigger in [e.trigger_text for e in _candidate_events(sentence) if e.type == "PROTEST"]


def test_participants_are_not_the_protest() -> None:
    """Arrested protesters are news of an arrest: the participant noun is not judged (and never
    accepted), while the protest verb of the same sentence still is."""
    sentence = (
        "وجرت مظاهرات أخرى في شوارع ومدن بلدات الشرق الأقصى الروسي وسيبيريا، واعتقل العشرات من "
        "المتظاهرين بحسب فريق نافالني ومجموعة مراقبة مستقلة."
    )
    found = {c.event.trigger_text: c for c in candidates(sentence, "2018-05-05") if c.event.type == "PROTEST"}
    assert participant_mention(found["المتظاهرين"]) and not reportable(found["المتظاهرين"])
    assert found["المتظاهرين"].event.confidence == 0.0
    assert reportable(found["مظاهرات"])
    arrest = "اعتقلت الشرطة الروسية أكثر من 800 متظاهر بينما تعرض آخرون للضرب بالعصي."
    assert [e.type for e in extract(arrest, "2018-09-10").events if e.type == "PROTEST"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "واحتشد المتظاهرون في ساحة جورج في غلاسكو قبيل وصول ترامب إلى إسكتلندا.",
        "وتجمع متظاهرون في العاصمة عمّان مساء الاثنين، للضغط من أجل سحب مشروع قانون ضريبة الدخل.",
    ],
)
def test_protesters_after_a_protest_verb_are_its_report(sentence: str) -> None:
    """The coder folds "احتشد" into the noun after it; the noun then stands for the report."""
    (protest,) = [c for c in candidates(sentence, "2018-07-14") if c.event.type == "PROTEST"]
    assert not participant_mention(protest) and reportable(protest)


def test_assault_candidates_see_their_whole_sentence() -> None:
    """An ASSAULT candidate carries every word of its sentence (what the sentence is about: here a
    trial), a PROTEST candidate only the words next to its trigger."""
    sentence = (
        "واتهم الأهدل بالضلوع في الهجوم الانتحاري على المدمرة الاميركية كول، "
        "فيما تظاهر مئات من أنصاره أمام المحكمة."
    )
    found = {c.event.type: features(c) for c in candidates(sentence, "2006-11-19") if reportable(c)}
    assert "word=ضلوع" in found["ASSAULT"] and "word=محكمة" in found["ASSAULT"]
    assert not any(name.startswith("word=") for name in found["PROTEST"])


def test_candidates_carry_the_vectors_of_their_context() -> None:
    """Each candidate gets the mean corpus vector of the words around its trigger, as features of
    its own type (a protest beside a parliament and one beside a massacre's anniversary differ);
    an ASSAULT candidate that of its whole sentence too."""
    report = "تظاهر آلاف الطلاب أمس أمام مقر البرلمان في العاصمة"
    history = "وكانت قوات الأمن قد قتلت عشرات المتظاهرين في ذكرى مظاهرات يناير"
    contexts = []
    for sentence in (report, history):
        by_type = {c.event.type: features(c) for c in candidates(sentence, "2018-03-01") if reportable(c)}
        protest = by_type["PROTEST"]
        assert sum(name.startswith("PROTEST:context") for name in protest) == DIMENSIONS
        assert "PROTEST:sentence0" not in protest and not any(name.startswith("ASSAULT:") for name in protest)
        contexts.append([protest[f"PROTEST:context{d}"] for d in range(DIMENSIONS)])
    assert contexts[0] != contexts[1]
    assault = by_type["ASSAULT"]
    assert sum(name.startswith("ASSAULT:sentence") for name in assault) == DIMENSIONS


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("قتل تسعة أشخاص في حادث تحطم طائرة نقل عسكرية في ولاية جورجيا الأمريكية.", "2018-05-03"),
        ("لقي رجل مصرعه وأصيب أربعة من رجال الإطفاء في حريق شب في برج ترامب بمدينة نيويورك.", "2018-04-08"),
        (
            "قالت الوكالة الوطنية للكوارث في إندونيسيا إن 832 شخصا على الأقل قتلوا جراء الزلزال المدمر "
            "وتسونامي اللذين ضربا جزيرة سولاوسي.",
            "2018-09-30",
        ),
    ],
)
def test_an_accident_toll_is_no_assault(sentence: str, date: str) -> None:
    """2018 news (BBC Arabic): the dead of a crash, a fire or a quake are no attack's victims."""
    assert [e for e in extract(sentence, date).events if e.type == "ASSAULT"] == []


def test_an_attack_that_starts_a_fire_is_still_one() -> None:
    sentence = "قتل خمسة أشخاص في هجوم انتحاري أدى إلى اندلاع حريق في السوق المركزي أمس."
    found = [c for c in candidates(sentence, "2018-05-05") if c.event.type == "ASSAULT"]
    assert found and not any(accident_toll(c) for c in found)
    assert any(e.type == "ASSAULT" for e in extract(sentence, "2018-05-05").events)


def test_dawn_is_not_a_bombing() -> None:
    sentence = "وذكرت مصادر أن طائرة بدون طيار أطلقت فجر أمس صاروخا على مجموعة من المسلحين"
    assert "فجر" not in [e.trigger_text for e in _candidate_events(sentence)]


def test_militants_are_rebels_and_a_school_is_education() -> None:
    sentence = "قال مسؤولون إن قوات الأمن الباكستانية قتلت ثلاثة متشددين موالين لحركة طالبان"
    killing = next(e for e in _candidate_events(sentence) if e.trigger_text == "قتلت")
    assert killing.target and killing.target.sector == "REB"
    sentence = "وكان شهود عيان قد ذكروا ان هجوما بالقذائف نفذ ضد مدرسة للبنات في صنعاء"
    attack = next(e for e in _candidate_events(sentence) if e.trigger_text == "هجوما")
    assert attack.target and attack.target.sector == "EDU"


@pytest.mark.parametrize(
    ("sentence", "date", "event_type", "feature"),
    [
        # BB-internationalNews-375-20180421: the missiles are the topic of a statement (فيما يتعلق ب)
        (
            "فيما يتعلق بالصواريخ، أعلن كيم وقف تجارب الصواريخ البالسيتية العابرة للقارات.",
            "2018-04-21",
            "ASSAULT",
            "ASSAULT:framed",
        ),
        # BB-internationalNews-255-20180330: a letter of protest handed to an ambassador (خطاب, speech)
        (
            "ويوم الجمعة، بالإضافة إلى طرد المزيد من الدبلوماسيين الغربيين، تم استعداء السفير البريطاني"
            ' لوري برستو إلى سفارة الخارجية الروسية لتسلم خطاب احتجاج نص على أن "الإجراءات الاستفزازية"'
            " من قبل بريطانيا أدت إلى قرار دول أخرى طرد دبلوماسيين روس.",
            "2018-03-30",
            "PROTEST",
            "PROTEST:clause_cue=speech",
        ),
    ],
)
def test_an_event_framed_by_its_clause_is_not_the_news(
    sentence: str, date: str, event_type: str, feature: str
) -> None:
    """A frame word (cues.tsv ``frame``) or, for PROTEST, a word of saying earlier in the trigger's
    clause is a feature of the candidate, and these mentions are no longer accepted."""
    found = [c for c in candidates(sentence, date) if reportable(c) and c.event.type == event_type]
    assert any(feature in features(c) for c in found)
    assert event_type not in [e.type for e in extract(sentence, date).events]


def test_a_conviction_is_no_condemnation() -> None:
    """plover_dev (2018): إدانتهم is a conviction, a noun with an ending, not the verb أدانت."""
    sentence = "أصدرت محكمة ليبية الأربعاء حكما بإعدام 45 شخصا بعد إدانتهم بقتل متظاهرين في العاصمة طرابلس"
    (attack,) = [c for c in candidates(sentence, "2018-08-15") if c.event.type == "ASSAULT"]
    assert "framed" not in features(attack)


def test_shipped_model_finds_2018_reports() -> None:
    """The hand-labelled 2018 set (never trained on): the gold-only model found 4 of its 20 ASSAULT
    and 1 of its 13 PROTEST sentences; trained with 2018 sentences too, it found 7 and 8, and with
    the ASSAULT sentence words and per-sentence weights 9 and 8; with the mean word vectors and 46
    more labelled 2018 sentences 9 and 9 (the vectors alone: 9 and 5). Without the chant and
    banner rows (session 17) 10 and 7: the protest lost is background to a toll ("منذ بدء
    الاحتجاجات في 30 مارس"), while the gold's cross-validated PROTEST F1 rose by 4.7."""
    sentences = load_scoring_gold([str(DEV_SET)])
    judgements, failures = run_engine(sentences, frozenset({"occurred", "ongoing"}))
    assert not failures
    scores = score(judgements)
    assert scores["ASSAULT"]["tp"] >= 8 and scores["ASSAULT"]["precision"] >= 0.7
    assert scores["PROTEST"]["tp"] >= 7 and scores["PROTEST"]["precision"] >= 0.6


@pytest.mark.parametrize(
    ("sentence", "trigger", "source", "target"),
    [
        # the one who suffered (تعرض ل) the attack is its target (the army's patrol); the genitive
        # is the attacker
        ("وقال إن دورية للجيش تعرضت لهجوم المسلحين قرب الموصل", "لهجوم", "UAF", "MIL"),
        (
            "افادت تقارير بتعرض المرجع الشيعي علي السيستاني لمحاولة اغتيال في النجف",
            "لمحاولة اغتيال",
            "UAF",
            "REL",
        ),
        # the victims a toll names after بينهم
        (
            "أسفر انفجار سيارة ملغومة في وسط المدينة عن إصابة عشرة بينهم ثلاثة من رجال الشرطة",
            "انفجار",
            "UAF",
            "COP",
        ),
        # the owner after تابعة ل flies the drone
        ("أطلقت طائرة بدون طيار تابعة لجيش الاحتلال صاروخا على منزل", "طائرة بدون طيار", "MIL", "CVL"),
        # behind a preposition a name is not the raid's agent: the Houthis (REB) own the positions
        # the coalition's aircraft (MIL) strike, so they are its target
        ("وشنت طائرات التحالف غارات على مواقع الحوثيين", "غارات", "MIL", "REB"),
    ],
)
def test_attack_roles(sentence: str, trigger: str, source: str, target: str | None) -> None:
    attack = next(e for e in _candidate_events(sentence) if e.trigger_text == trigger)
    assert attack.source and attack.source.sector == source
    assert (attack.target.sector if attack.target else None) == target


def test_probability_equals_the_score_of_the_features() -> None:
    """probability() sums each vector block as the mean of its words' projections on the weights
    instead of 32 features: the same number as score(features(c))."""
    model = acceptance_model()
    sentence = "قتل خمسة أشخاص في هجوم انتحاري استهدف سوقا في بغداد أمس، فيما تظاهر مئات أمام البرلمان."
    judged = [
        c for c in candidates(sentence, "2018-05-05") if reportable(c) and c.term.type in model.thresholds
    ]
    assert {c.term.type for c in judged} >= {"ASSAULT", "PROTEST"}
    for c in judged:
        assert model.probability(c) == pytest.approx(model.score(features(c)), abs=1e-6)
