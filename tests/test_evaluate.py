"""The evaluation harness: conlleval-style NER scoring, sentence-level event scoring, ``hadath eval``."""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import pytest

from hadath.cli import evaluate as evaluate_cli
from hadath.evaluate.events import (
    COUNTED_STATUSES,
    SLOTS,
    event_level,
    judge,
    load_gold,
    micro_total,
    report,
    score,
    slot_agreement,
)
from hadath.evaluate.ner import chunks, read_conll, score_entities
from tests.conftest import shared_path

# --- NER: conlleval semantics --------------------------------------------------------------------


def test_chunks_follow_conlleval_rules():
    # I- after O starts an entity; a type change inside an entity starts a new one; B- after B- too.
    tags = ["O", "I-LOC", "I-LOC", "B-PERS", "I-ORG", "B-PERS", "B-PERS", "I-PERS"]
    assert chunks(tags) == [("LOC", 1, 3), ("PERS", 3, 4), ("ORG", 4, 5), ("PERS", 5, 6), ("PERS", 6, 8)]
    assert chunks(["B-ORG", "I-ORG"]) == [("ORG", 0, 2)]  # closed by the end of the sentence
    assert chunks(["O", "MISC", "O"]) == []  # a tag without B-/I- is outside


def test_score_entities_gold_against_itself_is_perfect():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["O", "B-ORG", "I-ORG"]]
    scores = score_entities(gold, gold)
    assert scores["overall"] == {
        "gold": 3,
        "predicted": 3,
        "correct": 3,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert scores["token_accuracy"] == 1.0


def test_score_entities_counts_exact_span_and_type_only():
    # "أحمد ماهر في القاهرة" / "وزارة الخارجية المصرية"
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG"]]
    pred = [
        ["B-PERS", "O", "O", "B-LOC"],  # PERS span too short (wrong), LOC right
        ["I-ORG", "I-ORG", "B-LOC"],  # I- without B- still starts ORG, but the span is cut: wrong, extra LOC
    ]
    scores = score_entities(gold, pred)
    assert scores["by_type"]["LOC"] == {
        "gold": 1,
        "predicted": 2,
        "correct": 1,
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.6667,
    }
    assert scores["by_type"]["PERS"]["correct"] == 0
    assert scores["by_type"]["ORG"]["correct"] == 0
    assert (scores["overall"]["gold"], scores["overall"]["predicted"], scores["overall"]["correct"]) == (
        3,
        4,
        1,
    )
    assert scores["token_accuracy"] == round(4 / 7, 4)  # tag by tag, as conlleval counts accuracy


def test_score_entities_refuses_misaligned_input():
    with pytest.raises(ValueError):
        score_entities([["O", "B-LOC"]], [["O"]])


def test_read_conll_takes_first_and_last_columns(tmp_path):
    path = tmp_path / "gold.conll"
    # -DOCSTART-, extra middle columns, several blank lines, and ANERcorp's empty token ("\tO").
    path.write_text("-DOCSTART- O\n\nأحمد\tNNP\tB-PERS\nماهر\tNNP\tI-PERS\n\n\nفي IN O\n\tO\nالقاهرة B-LOC\n")
    assert read_conll(str(path)) == [
        (["أحمد", "ماهر"], ["B-PERS", "I-PERS"]),
        (["في", "", "القاهرة"], ["O", "O", "B-LOC"]),
    ]
    path.write_text("أحمد B-PERS\nماهر\n")
    with pytest.raises(ValueError, match="gold.conll:2"):
        read_conll(str(path))


# --- events: scoring ---------------------------------------------------------------------------

BOMBING = "قتل 18 شخصا وأصيب عشرات آخرون بجروح في انفجار سيارة مفخخة في بغداد امس."
MARCH = "تظاهر آلاف الطلاب في القاهرة امس احتجاجا على ارتفاع الاسعار."
OPINION = "ان الهجوم على الحريات العامة لن يتوقف ما دامت الحكومة صامتة."


def _gsr(
    doc_id: str, text: str, label: str, readings: list[dict] | None = None, event_type="ASSAULT"
) -> dict:
    events = [{"type": event_type, "readings": readings}] if readings else []
    difficulty = {"yes": "yes", "no": "difficult no", "ambiguous": "ambiguous"}[label]
    return {
        "doc_id": doc_id,
        "date": "2007-10-26",
        "text": text,
        "event_type": event_type,
        "label": label,
        "difficulty": difficulty,
        "events": events,
    }


def _actor(country: str | None, sector: str | None) -> dict:
    return {"country": country, "sector": sector}


def _event(event_type: str, status: str, source=(None, None), target=(None, None)) -> dict:
    return {"type": event_type, "status": status, "source": _actor(*source), "target": _actor(*target)}


def _write_jsonl(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


BOMBING_READINGS = [
    {"source": _actor(None, "UAF"), "target": _actor("IRQ", "CVL")},
    {"source": _actor(None, "REB"), "target": _actor(None, "CVL")},
]


def test_gsr_gold_drops_ambiguous_and_scores_yes_against_no(tmp_path):
    path = _write_jsonl(
        tmp_path / "gsr.jsonl",
        [
            _gsr("a", BOMBING, "yes", BOMBING_READINGS),
            _gsr("b", OPINION, "no"),
            _gsr("c", MARCH, "ambiguous"),
        ],
    )
    sentences = load_gold([path])
    assert [s.doc_id for s in sentences] == ["a", "b"]
    bombing, opinion = sentences
    judgements = [
        *judge(bombing, [_event("ASSAULT", "occurred", ("IRQ", "REB"), ("IRQ", "MIL"))], COUNTED_STATUSES),
        *judge(opinion, [_event("ASSAULT", "ongoing")], COUNTED_STATUSES),
    ]
    assert [j.outcome for j in judgements] == ["TP", "FP"]
    stats = score(judgements)["ASSAULT"]
    assert (stats["gold_yes"], stats["gold_no"], stats["tp"], stats["fp"], stats["fn"]) == (1, 1, 1, 1, 0)
    assert (stats["precision"], stats["recall"], stats["f1"]) == (0.5, 1.0, 0.6667)
    # Source country: no annotator gave one, so it is not scored; the others agree with some annotator
    # (REB was one reading of the source) or not (MIL is nobody's reading of the target).
    assert stats["slots"]["source.country"] == {"scored": 0, "agree": 0, "rate": None}
    assert stats["slots"]["source.sector"] == {"scored": 1, "agree": 1, "rate": 1.0}
    assert stats["slots"]["target.country"]["agree"] == 1
    assert stats["slots"]["target.sector"] == {"scored": 1, "agree": 0, "rate": 0.0}


def test_only_counted_statuses_make_a_report(tmp_path):
    (sentence,) = load_gold(
        [_write_jsonl(tmp_path / "gsr.jsonl", [_gsr("a", BOMBING, "yes", BOMBING_READINGS)])]
    )
    planned = [_event("ASSAULT", "planned"), _event("PROTEST", "occurred")]
    (judgement,) = judge(sentence, planned, COUNTED_STATUSES)
    assert judgement.outcome == "FN"
    (judgement,) = judge(sentence, planned, frozenset({"occurred", "planned"}))
    assert judgement.outcome == "TP"


def test_slot_agreement_takes_the_best_pair_and_skips_null_slots():
    gold_events = [
        [{"source.country": None, "source.sector": None, "target.country": None, "target.sector": None}],
        [{"source.country": "ISR", "source.sector": "MIL", "target.country": "PSE", "target.sector": "CVL"}],
    ]
    wrong = dict.fromkeys(SLOTS, None)
    right = {"source.country": "ISR", "source.sector": "MIL", "target.country": "PSE", "target.sector": "REB"}
    agreement = slot_agreement([wrong, right], gold_events)
    assert agreement == {
        "source.country": True,
        "source.sector": True,
        "target.country": True,
        "target.sector": False,
    }
    # An all-null gold event alone scores nothing; it cannot hide the disagreement of a filled one.
    assert slot_agreement([wrong], gold_events[:1]) == {}
    assert sum(slot_agreement([wrong], gold_events).values()) == 0
    assert len(slot_agreement([wrong], gold_events)) == 4


def test_hand_labelled_gold_is_judged_for_every_plover_type(tmp_path):
    records = [
        {"doc_id": "h1", "date": "2018-03-01", "text": BOMBING, "events": [_event("ASSAULT", "occurred")]},
        {
            "doc_id": "h2",
            "date": None,
            "text": MARCH,
            "events": [_event("PROTEST", "occurred", ("EGY", "EDU"))],
        },
        # A planned protest is not a report that one happened: negative for PROTEST.
        {
            "doc_id": "h3",
            "text": "دعت النقابات الى التظاهر يوم الجمعة المقبل.",
            "events": [_event("PROTEST", "planned")],
        },
    ]
    sentences = load_gold([_write_jsonl(tmp_path / "hand.jsonl", records)])
    assert all(len(s.labels) == 16 for s in sentences)
    assert [{t for t, yes in s.labels.items() if yes} for s in sentences] == [{"ASSAULT"}, {"PROTEST"}, set()]
    # A meeting the annotators of this file never coded is still a false alarm.
    system = [
        [_event("ASSAULT", "occurred"), _event("CONSULT", "occurred")],
        [_event("PROTEST", "ongoing", ("EGY", "OPP"))],
        [_event("PROTEST", "planned")],
    ]
    judgements = [
        j for s, events in zip(sentences, system, strict=True) for j in judge(s, events, COUNTED_STATUSES)
    ]
    by_type = score(judgements)
    assert [(t, s["tp"], s["fp"], s["fn"], s["tn"]) for t, s in by_type.items() if s["tp"] or s["fp"]] == [
        ("ASSAULT", 1, 0, 0, 2),
        ("CONSULT", 0, 1, 0, 2),
        ("PROTEST", 1, 0, 0, 2),
    ]
    assert by_type["PROTEST"]["slots"]["source.country"]["agree"] == 1
    assert by_type["PROTEST"]["slots"]["source.sector"]["agree"] == 0
    total = micro_total(by_type)
    assert (total["tp"], total["fp"], total["gold_yes"], total["gold_no"]) == (2, 1, 2, 46)
    result = report(judgements, ["hand.jsonl"], COUNTED_STATUSES, [])
    assert len(result["sentences"]) == 48
    assert result["confusion"]["PROTEST"] == {"missed": {}, "extra": {}}


def test_a_hand_labelled_event_of_no_plover_type_is_an_error(tmp_path):
    records = [{"doc_id": "h1", "text": BOMBING, "events": [_event("ASSUALT", "occurred")]}]
    with pytest.raises(ValueError, match=r"hand.jsonl:1: event types \['ASSUALT'\] are not PLOVER types"):
        load_gold([_write_jsonl(tmp_path / "hand.jsonl", records)])


def test_event_level_needs_type_and_both_countries(tmp_path):
    talks = "بحثت مصر وروسيا امس سبل تعزيز التعاون العسكري."
    records = [
        {
            "doc_id": "e1",
            "text": BOMBING,
            "events": [_event("ASSAULT", "occurred", (None, None), ("IRQ", "CVL"))],
        },
        {
            "doc_id": "e2",
            "text": talks,
            "events": [_event("CONSULT", "occurred", ("EGY", "GOV"), ("RUS", "GOV"))],
        },
        {"doc_id": "e3", "text": MARCH, "events": [_event("PROTEST", "occurred", ("EGY", "CVL"))]},
    ]
    sentences = load_gold([_write_jsonl(tmp_path / "hand.jsonl", records)])
    system = [
        # The right attack, plus an extra event of the same type: one TP, one FP.
        [_event("ASSAULT", "occurred", (None, None), ("IRQ", None)), _event("ASSAULT", "occurred")],
        # A symmetric event may name the dyad the other way round.
        [_event("CONSULT", "occurred", ("RUS", None), ("EGY", None))],
        # The wrong country is a miss and an extra event.
        [_event("PROTEST", "occurred", ("JOR", "CVL"))],
    ]
    judgements = [
        j for s, events in zip(sentences, system, strict=True) for j in judge(s, events, COUNTED_STATUSES)
    ]
    level = event_level(judgements, COUNTED_STATUSES)
    assert (level["tp"], level["fp"], level["fn"]) == (2, 2, 1)
    assert level["precision"] == 0.5 and round(level["recall"], 3) == 0.667


def test_malformed_gold_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps({"doc_id": "x", "text": MARCH, "event_type": "PROTEST"}) + "\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_gold([str(path)])


# --- the command -------------------------------------------------------------------------------


def _run_eval(argv: list[str]) -> int:
    """Run ``hadath eval ...`` through the sub-command's own parser (independent of the other commands)."""
    parser = argparse.ArgumentParser(prog="hadath")
    evaluate_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.run(args)


def _table_rows(output: str) -> dict[str, list[str]]:
    """The rows of the first table in the output, keyed by their first cell."""
    lines = output.split("\n\n")[1].splitlines()
    header = lines[0].split()
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert all(len(cells) == len(header) for cells in rows.values())
    return {"header": header, **rows}


def test_eval_events_command_prints_a_table_and_writes_json(tmp_path, capsys):
    gold = _write_jsonl(
        tmp_path / "gold.jsonl",
        [
            _gsr("bomb", BOMBING, "yes", BOMBING_READINGS),
            _gsr("opinion", OPINION, "no"),
            _gsr(
                "march",
                MARCH,
                "yes",
                [{"source": _actor("EGY", "EDU"), "target": _actor(None, None)}],
                "PROTEST",
            ),
        ],
    )
    out_json = tmp_path / "out.json"
    assert _run_eval(["eval", "events", gold, "--json", str(out_json), "--examples", "1"]) == 0
    rows = _table_rows(capsys.readouterr().out)
    assert rows["header"][:9] == ["type", "yes", "no", "TP", "FP", "FN", "P", "R", "F1"]
    assert [rows["ASSAULT"][1:3], rows["PROTEST"][1:3], rows["ALL"][1:3]] == [
        ["1", "1"],
        ["1", "0"],
        ["2", "1"],
    ]
    for name in ("ASSAULT", "PROTEST", "ALL"):  # TP + FN = gold yes, whatever the engine finds
        assert int(rows[name][3]) + int(rows[name][5]) == int(rows[name][1])
    result = json.loads(out_json.read_text(encoding="utf-8"))
    assert set(result) >= {"files", "statuses", "types", "all", "confusion", "engine_failures", "sentences"}
    assert result["statuses"] == ["occurred", "ongoing"]
    assert {r["doc_id"] for r in result["sentences"]} == {"bomb", "opinion", "march"}
    assert set(result["types"]["ASSAULT"]) >= {"tp", "fp", "fn", "precision", "recall", "f1", "slots"}


def test_eval_events_statuses_option_and_bad_input(tmp_path, capsys):
    gold = _write_jsonl(tmp_path / "gold.jsonl", [_gsr("bomb", BOMBING, "yes", BOMBING_READINGS)])
    out_json = tmp_path / "out.json"
    assert _run_eval(["eval", "events", gold, "--statuses", "occurred,planned", "--json", str(out_json)]) == 0
    assert json.loads(out_json.read_text(encoding="utf-8"))["statuses"] == ["occurred", "planned"]
    assert _run_eval(["eval", "events", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl" in capsys.readouterr().err


def test_eval_events_on_the_dev_gold(tmp_path, capsys):
    gsr = shared_path("benchmarks", "arabic-event-gsr")
    out_json = tmp_path / "dev.json"
    files = [str(gsr / "assault_dev.jsonl"), str(gsr / "protest_dev.jsonl")]
    assert _run_eval(["eval", "events", *files, "--json", str(out_json)]) == 0
    rows = _table_rows(capsys.readouterr().out)
    assert set(rows) == {"header", "ASSAULT", "PROTEST", "ALL"}
    result = json.loads(out_json.read_text(encoding="utf-8"))
    for stats in result["types"].values():
        assert stats["tp"] + stats["fn"] == stats["gold_yes"] > 0
        assert stats["fp"] + stats["tn"] == stats["gold_no"] > 0
        assert all(slot["agree"] <= slot["scored"] <= stats["tp"] for slot in stats["slots"].values())
    assert len(result["sentences"]) == sum(s["gold_yes"] + s["gold_no"] for s in result["types"].values())
    assert not result["engine_failures"]


def test_eval_ner_command(tmp_path, capsys):
    from hadath.entities.ner import default_model_path

    if not default_model_path().is_file():
        pytest.skip("the NER model is not built yet")
    gold = tmp_path / "gold.conll"
    gold.write_text(
        "استقبل\tO\nالرئيس\tO\nحسني\tB-PERS\nمبارك\tI-PERS\nفي\tO\nالقاهرة\tB-LOC\n.\tO\n", encoding="utf-8"
    )
    out_json = tmp_path / "ner.json"
    assert _run_eval(["eval", "ner", str(gold), "--json", str(out_json)]) == 0
    rows = _table_rows(capsys.readouterr().out)
    assert rows["header"] == ["type", "gold", "pred", "ok", "P", "R", "F1"]
    assert rows["ALL"][1] == "2"
    result = json.loads(out_json.read_text(encoding="utf-8"))
    assert result["overall"]["gold"] == 2 and result["tokens"] == 7


def test_the_hand_labelled_dev_file_loads():
    sentences = load_gold([str(Path(__file__).parent / "data" / "plover_dev.jsonl")])
    types = set(sentences[0].labels)
    assert {"ASSAULT", "PROTEST"} <= types
    assert all(set(sentence.labels) == types for sentence in sentences)


DATA = Path(__file__).parent / "data"
ARTICLE_FILES = [
    DATA / "articles_dev.jsonl",
    DATA / "articles_dev2.jsonl",
    DATA / "articles_dev3.jsonl",
    DATA / "articles_dev4.jsonl",
    DATA / "articles_dev5.jsonl",
    DATA / "articles_dev6.jsonl",
    DATA / "articles_dev7.jsonl",
    DATA / "articles_dev8.jsonl",
    DATA / "articles_dev9.jsonl",
    DATA / "articles_test.jsonl",
    DATA / "articles_test2.jsonl",
    DATA / "articles_test3.jsonl",
]


@pytest.mark.parametrize("articles_path", ARTICLE_FILES, ids=lambda path: path.name)
def test_the_whole_article_dev_file_is_quoted_from_the_corpus_and_keeps_titles(articles_path):
    corpus_path = shared_path("corpora", "ant-news-2018.jsonl.gz")
    lines = articles_path.read_text(encoding="utf-8").splitlines()
    articles = {article["doc_id"]: article for article in map(json.loads, lines)}
    sentences = load_gold([str(articles_path)])
    assert {s.doc_id for s in sentences} == set(articles) and all(s.title for s in sentences)
    with gzip.open(corpus_path, "rt", encoding="utf-8") as corpus:
        for line in corpus:
            article = json.loads(line)
            wanted = articles.pop(article["doc_id"], None)
            if wanted:
                assert (wanted["text"], wanted["title"], wanted["date"]) == (
                    article["text"],
                    article["title"],
                    article["date"],
                )
    assert articles == {}, f"not in the corpus: {sorted(articles)}"


# --- event places ----------------------------------------------------------------------------------

LOCATIONS_GOLD = Path(__file__).parent / "data" / "locations_dev.jsonl"


def test_location_verdicts() -> None:
    from hadath.evaluate.locations import verdict

    sanaa = {"name": "Sanaa", "country": "YEM", "lat": 15.35, "lon": 44.2}
    yemen = {"name": "Yemen", "country": "YEM", "lat": None, "lon": None}
    assert verdict({"text": "صنعاء", "name": "Sanaa", "country": "YEM"}, sanaa) == "exact"
    assert verdict({"country": "YEM"}, yemen) == "exact"
    assert verdict({"country": "YEM"}, sanaa) == "country"
    assert verdict({"text": "صنعاء", "name": "Sanaa", "country": "YEM"}, yemen) == "country"
    assert verdict(None, yemen) == "wrong" and verdict({"country": "SYR"}, yemen) == "wrong"
    assert verdict({"country": "YEM"}, None) == "missed" and verdict(None, None) == "none"


def test_location_gold_names_its_triggers_where_they_are() -> None:
    from hadath.evaluate.locations import load

    records = load(str(LOCATIONS_GOLD))
    assert {r["half"] for r in records} == {"dev", "check"}
    assert not {r["doc_id"] for r in records if r["half"] == "dev"} & {
        r["doc_id"] for r in records if r["half"] == "check"
    }
    for record in records:
        offset = record["offset"]
        assert record["text"][offset : offset + len(record["trigger"])] == record["trigger"]
        assert record["place"] is None or record["place"]["country"]


def test_eval_locations_prints_a_row_per_half(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(file=str(LOCATIONS_GOLD), half="check", show=False)
    assert evaluate_cli.run_locations(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["half", "events", "exact"]
    assert [line.split()[0] for line in lines[1:]] == ["check", "all"]
