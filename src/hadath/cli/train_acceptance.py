"""`hadath train-acceptance`: fit the candidate acceptance model on sentence-level event gold."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train-acceptance",
        help="train the event acceptance model (cross-validated) on arabic-event-gsr style gold",
    )
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSONL files: scored and trained on")
    parser.add_argument(
        "--extra",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE.jsonl",
        help="more labelled sentences (hand-labelled format): trained on in every fold, never scored",
    )
    parser.add_argument("--output", type=Path, default=Path("src/hadath/models/acceptance.json"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--repeats", type=int, default=5, help="differently shuffled k-fold splits pooled (default 5)"
    )
    parser.add_argument(
        "--l2", type=float, default=2.0, help="L2 penalty of the logistic regression (chosen by pooled CV)"
    )
    parser.add_argument(
        "--report",
        type=Path,
        help="also write the cross-validation report here (JSON; with each type's out-of-fold false alarms "
        "and misses, by mean probability)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from hadath.events.training import train

    report = train(
        args.gold, args.output, folds=args.folds, l2=args.l2, extra_paths=args.extra, repeats=args.repeats
    )
    for event_type, r in report["cross_validated"].items():
        print(
            f"{event_type:<10} {args.folds}-fold CV x{args.repeats}  P={r['precision']:.3f} "
            f"R={r['recall']:.3f} F1={r['f1']:.3f}  threshold={r['threshold']:.2f}  "
            f"sentences={r['sentences']}  (threshold chosen without the test fold: "
            f"P={r['nested']['precision']:.3f} R={r['nested']['recall']:.3f} F1={r['nested']['f1']:.3f})"
        )
    print(f"wrote {args.output} ({report['features']} features, {report['extra_sentences']} extra sentences)")
    if args.report:
        args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0
