"""The ``hadath`` command. Each sub-command lives in its own module with ``register(subparsers)``;
modules import their heavy dependencies inside their run functions so start-up stays fast."""

from __future__ import annotations

import argparse
import importlib
import sys

# module name under hadath.cli -> what it provides
COMMAND_MODULES = (
    "extract",  # hadath extract
    "evaluate",  # hadath eval events|ner
    "tag",  # hadath tag
    "train",  # hadath train-ner
    "train_acceptance",  # hadath train-acceptance
    "ingest",  # hadath ingest
    "query",  # hadath query, export, search
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hadath", description="Arabic news in, political event data out.")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"hadath.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except BrokenPipeError:  # `hadath extract ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
