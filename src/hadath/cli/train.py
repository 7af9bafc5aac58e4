"""Training sub-commands. Each has its own ``_register_*`` helper; ``register`` adds them all."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ANERCORP = Path("../shared/benchmarks/anercorp/train.conll")


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_train_ner(subparsers)


def _register_train_ner(subparsers: argparse._SubParsersAction) -> None:
    from hadath.entities.ner import CrfParams, default_model_path

    defaults = CrfParams()
    parser = subparsers.add_parser(
        "train-ner",
        help="train the CRF named-entity recogniser and its window network",
        description="Train the CRF NER model and the window network whose scores are added to it "
        "(written beside the model as NAME_network.npz). The shipped files are made by the defaults, "
        "run from the repository root: hadath train-ner",
    )
    parser.add_argument(
        "--data",
        nargs="+",
        type=Path,
        default=[ANERCORP],
        help=f"CoNLL files (token ... tag, blank line between sentences); default {ANERCORP}",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=default_model_path(),
        help="model file to write (default: the shipped one)",
    )
    parser.add_argument("--c1", type=float, default=defaults.c1, help="L1 penalty (prunes features)")
    parser.add_argument("--c2", type=float, default=defaults.c2, help="L2 penalty")
    parser.add_argument(
        "--iterations", type=int, default=defaults.max_iterations, help="L-BFGS iterations at most"
    )
    parser.add_argument(
        "--no-network", action="store_true", help="train the CRF alone (no window network beside it)"
    )
    parser.add_argument(
        "--network-only",
        action="store_true",
        help="train only the window network, for the CRF model already at --output",
    )
    parser.add_argument(
        "--holdout-sixth",
        action="store_true",
        help="leave the last sixth of the first --data file out of training and report scores on it",
    )
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        help="instead of training, K-fold cross-validate on the first --data file and report scores",
    )
    parser.set_defaults(run=run_train_ner)


def run_train_ner(args: argparse.Namespace) -> int:
    from hadath.cli.evaluate import format_ner_table
    from hadath.entities.ner import (
        CrfParams,
        NerTagger,
        cross_validate,
        network_path,
        train,
        train_network_beside,
    )
    from hadath.entities.ner_network import NetworkParams
    from hadath.evaluate.ner import score_entities

    missing = [str(path) for path in args.data if not path.is_file()]
    if missing:
        print(f"hadath train-ner: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    params = CrfParams(c1=args.c1, c2=args.c2, max_iterations=args.iterations)
    network = None if args.no_network else NetworkParams()
    if args.folds:
        results = cross_validate(args.data, args.folds, params, network)
        print(f"{args.folds}-fold cross-validation on {args.data[0]}: {len(results)} sentences")
        print(
            format_ner_table(
                score_entities([gold for (_, gold), _ in results], [tags for _, tags in results])
            )
        )
        return 0
    if args.network_only:
        train_network_beside(args.data, args.output, holdout_sixth=args.holdout_sixth)
        print(f"network written to {network_path(args.output)}", file=sys.stderr)
        return 0
    held_out = train(args.data, args.output, params, holdout_sixth=args.holdout_sixth, network=network)
    size = args.output.stat().st_size
    print(f"model written to {args.output} ({size / 1e6:.1f} MB)", file=sys.stderr)
    if held_out:
        tokens = sum(len(sentence[0]) for sentence in held_out)
        print(f"held-out last sixth of {args.data[0]}: {len(held_out)} sentences, {tokens} tokens")
        tagger = NerTagger.load(args.output)
        started = time.perf_counter()
        predicted = tagger.tag_sentences([sentence[0] for sentence in held_out])
        seconds = time.perf_counter() - started
        print(format_ner_table(score_entities([sentence[1] for sentence in held_out], predicted)))
        print(f"tagging speed (one process, cold word cache): {tokens / seconds:,.0f} tokens/s")
    return 0
