"""``hadath eval events|locations|dates|ner``: score the engine against gold data and print readable
tables."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("eval", help="score event detection or NER against gold data")
    kinds = parser.add_subparsers(dest="eval_kind", required=True)

    events = kinds.add_parser(
        "events",
        help="sentence-level event detection (arabic-event-gsr or hand-labelled JSONL)",
        description="Precision/recall/F1 of 'the engine reports an event of type T in the sentence', "
        "then actor agreement on true positives.",
    )
    events.add_argument(
        "files", nargs="+", metavar="FILE.jsonl", help="gold sentences, one JSON object a line"
    )
    events.add_argument("--json", metavar="OUT.json", help="write all numbers and per-sentence predictions")
    events.add_argument(
        "--examples", type=int, default=3, metavar="N", help="example sentences per error kind (default 3)"
    )
    events.add_argument(
        "--statuses",
        metavar="S,S",
        help="event statuses that count as reported (default: occurred,ongoing)",
    )
    events.set_defaults(run=run_events)

    locations = kinds.add_parser(
        "locations",
        help="event places against hand-judged events (tests/data/locations_dev.jsonl)",
        description="Exact place, right country, wrongly placed and missed, per gold event.",
    )
    locations.add_argument("file", metavar="FILE.jsonl", help="gold events, one JSON object a line")
    locations.add_argument("--half", choices=("dev", "check"), help="score one half only (default: each)")
    locations.add_argument("--show", action="store_true", help="list the events placed wrongly or missed")
    locations.set_defaults(run=run_locations)

    dates = kinds.add_parser(
        "dates",
        help="event dates against dates judged from the text (tests/data/dates_dev.jsonl)",
        description="Exact and to-the-precision-given accuracy of event dates, by half of the gold.",
    )
    dates.add_argument("file", metavar="FILE.jsonl", help="gold event dates, one JSON object a line")
    dates.add_argument("--errors", action="store_true", help="list the events dated wrong")
    dates.set_defaults(run=run_dates)

    ner = kinds.add_parser("ner", help="entity-level NER scores (conlleval semantics)")
    ner.add_argument("file", metavar="FILE.conll", help="gold: token first column, BIO tag last column")
    ner.add_argument("--json", metavar="OUT.json", help="write the scores as JSON")
    ner.add_argument("--model", metavar="PATH", help="CRF model to score (default: the shipped one)")
    ner.add_argument(
        "--last-sixth",
        action="store_true",
        help="score only the last sixth of the sentences (held out by `hadath train-ner --holdout-sixth`)",
    )
    ner.set_defaults(run=run_ner)


# --- events ------------------------------------------------------------------------------------

# Table columns for the four actor slots, in SLOTS order.
_SLOT_HEADERS = ("src.cty", "src.sec", "tgt.cty", "tgt.sec")
# Example sentences are cut to this many characters.
_EXAMPLE_CHARS = 160
# Engine failures printed (all of them are in the --json report).
_FAILURES_SHOWN = 5


def run_events(args: argparse.Namespace) -> int:
    from hadath.evaluate import events as scoring

    statuses = (
        frozenset(s.strip() for s in args.statuses.split(",") if s.strip())
        if args.statuses
        else scoring.COUNTED_STATUSES
    )
    try:
        sentences = scoring.load_gold(args.files, statuses)
    except (OSError, ValueError) as error:
        print(f"hadath eval events: {error}", file=sys.stderr)
        return 2
    judgements, failures = scoring.run_engine(sentences, statuses)
    result = scoring.report(judgements, args.files, statuses, failures)

    print(f"{len(sentences)} gold sentences; counted statuses: {', '.join(sorted(statuses))}\n")
    print(format_event_table(result["types"], result["all"]))
    level = result["event_level"]
    print(
        f"\nevent level (type + source and target country): P {_percent(level['precision'])} "
        f"R {_percent(level['recall'])} F1 {_percent(level['f1'])}  "
        f"(TP {level['tp']} FP {level['fp']} FN {level['fn']})"
    )
    print()
    print(format_errors(result["confusion"], result["sentences"], args.examples))
    if failures:
        shown = "\n".join(f"  {failure}" for failure in failures[:_FAILURES_SHOWN])
        print(
            f"the engine failed on {len(failures)} sentences (judged as no events):\n{shown}", file=sys.stderr
        )
    if args.json:
        _write_json(args.json, result)
    return 0


def run_dates(args: argparse.Namespace) -> int:
    from hadath.evaluate import dates as scoring

    golds = scoring.load_dates(args.file)
    predicted = {id(g): scoring.engine_date(g) for g in golds}
    for half, members in [*scoring.by_half(golds).items(), ("all", golds)]:
        result = scoring.score(members, [predicted[id(g)] for g in members])
        print(
            f"{half:6} n {result['n']:3}  exact {result['exact']:.1f}  to the precision given "
            f"{result['precision']:.1f}  (dropped as history {result['history']})"
        )
    if args.errors:
        for gold in golds:
            if not scoring.right(gold, predicted[id(gold)], exact=False):
                context = gold.sentence[max(0, gold.offset - 60) : gold.offset + 60]
                engine = predicted[id(gold)]
                print(f"  {gold.doc_id} «{gold.trigger}» gold {gold.date} engine {engine}: {context}")
    return 0


def format_event_table(by_type: Mapping[str, Mapping[str, Any]], total: Mapping[str, Any]) -> str:
    """One row per event type plus an ``ALL`` (micro) row; slot columns read agree/scored."""
    rows = [("type", "yes", "no", "TP", "FP", "FN", "P", "R", "F1", *_SLOT_HEADERS)]
    for name, stats in [*by_type.items(), ("ALL", total)]:
        counts = [str(stats[key]) for key in ("gold_yes", "gold_no", "tp", "fp", "fn")]
        ratios = [_percent(stats[key]) for key in ("precision", "recall", "f1")]
        slots = [f"{slot['agree']}/{slot['scored']}" for slot in stats["slots"].values()]
        rows.append((name, *counts, *ratios, *slots))
    return _align(rows)


def _align(rows: Sequence[Sequence[str]]) -> str:
    """Rows as a text table: first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            [row[0].ljust(widths[0]), *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))]
        )
        for row in rows
    )


def format_errors(
    confusion: Mapping[str, Mapping[str, Mapping[str, int]]],
    records: Sequence[Mapping[str, Any]],
    examples: int,
) -> str:
    """Missed (FN) and extra (FP) sentences per type: counts by cause and a few truncated examples."""
    lines = []
    for event_type, errors in confusion.items():
        for kind, outcome in (("missed", "FN"), ("extra", "FP")):
            causes = errors[kind]
            lines.append(f"{event_type} {kind} ({outcome}): {sum(causes.values())}")
            lines.extend(f"  {count:5d}  {cause}" for cause, count in causes.items())
            chosen = [r for r in records if r["type"] == event_type and r["outcome"] == outcome][:examples]
            lines.extend(f"    e.g. [{r['doc_id']}] {_truncate(r['text'])}" for r in chosen)
    return "\n".join(lines)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _truncate(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXAMPLE_CHARS else text[: _EXAMPLE_CHARS - 1] + "…"


# --- locations ---------------------------------------------------------------------------------


def run_locations(args: argparse.Namespace) -> int:
    from hadath.evaluate import locations as scoring

    try:
        records = scoring.load(args.file, args.half)
    except (OSError, ValueError, KeyError) as error:
        print(f"hadath eval locations: {error}", file=sys.stderr)
        return 2
    judged = scoring.judge(records)
    rows = [("half", "events", *scoring.VERDICTS, "acc", "country")]
    for half in sorted({j["half"] for j in judged}) + ["all"]:
        stats = scoring.summary([j for j in judged if half in ("all", j["half"])])
        counts = [str(stats[key]) for key in ("events", *scoring.VERDICTS)]
        rows.append((half, *counts, _percent(stats["accuracy"]), _percent(stats["country_accuracy"])))
    print(_align(rows))
    if args.show:
        for j in judged:
            if j["verdict"] in ("country", "wrong", "missed", "no event"):
                gold = j["place"] and (j["place"].get("name") or j["place"]["country"])
                got = j["predicted"] and f"{j['predicted']['name']} ({j['predicted']['text']})"
                print(f"\n{j['verdict']}: [{j['doc_id']}] {j['trigger']} gold {gold} got {got}")
                print(f"  {_truncate(j['text'])}")
    return 0


# --- ner ---------------------------------------------------------------------------------------


def run_ner(args: argparse.Namespace) -> int:
    from hadath.entities.ner import NerTagger, default_tagger, split_last_sixth
    from hadath.evaluate.ner import read_conll, score_entities

    try:
        sentences = read_conll(args.file)
        tagger = NerTagger.load(args.model) if args.model else default_tagger()
    except (OSError, ValueError) as error:
        print(f"hadath eval ner: {error}", file=sys.stderr)
        return 2
    if args.last_sixth:
        _, sentences = split_last_sixth(sentences)
    predicted = tagger.tag_sentences([tokens for tokens, _ in sentences])
    scores = score_entities([tags for _, tags in sentences], predicted)
    accuracy = _percent(scores["token_accuracy"])
    print(f"{len(sentences)} sentences, {scores['tokens']} tokens, token accuracy {accuracy}\n")
    print(format_ner_table(scores))
    if args.json:
        _write_json(
            args.json, {"file": args.file, "model": args.model, "last_sixth": args.last_sixth, **scores}
        )
    return 0


def format_ner_table(scores: Mapping[str, Any]) -> str:
    """One row per entity type plus ``ALL``: gold, predicted and correct counts, P R F1 in percent."""
    rows = [("type", "gold", "pred", "ok", "P", "R", "F1")]
    for name, stats in [*scores["by_type"].items(), ("ALL", scores["overall"])]:
        counts = [str(stats[key]) for key in ("gold", "predicted", "correct")]
        rows.append((name, *counts, *(_percent(stats[key]) for key in ("precision", "recall", "f1"))))
    return _align(rows)


def _write_json(path: str, data: Mapping[str, Any]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
