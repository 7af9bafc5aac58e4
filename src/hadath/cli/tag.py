"""``hadath tag``: named-entity tags for a CoNLL file (one token per line, blank line between
sentences; only the first column is read). Writes ``token<TAB>tag`` lines, blank lines kept.

The file is tagged as one text, sentence after sentence, so a name found in one sentence is also
tagged where it recurs untagged in the next ones (``hadath.entities.ner.DocumentTagger``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tag", help="named-entity BIO tags (PERS, ORG, LOC, MISC) for a CoNLL file"
    )
    parser.add_argument("input", help="CoNLL file: token in the first column, blank line between sentences")
    parser.add_argument("--output", "-o", help="file to write (default: standard output)")
    parser.add_argument("--model", help="CRF model file (default: the shipped model)")
    parser.set_defaults(run=run)


def tag_lines(lines: Iterable[str], tag: Callable[[list[str]], list[str]]) -> Iterator[str]:
    """Output lines for CoNLL input lines: each sentence tagged as a whole, blank lines as they were."""
    tokens: list[str] = []
    for line in lines:
        cells = line.split()
        if cells:
            tokens.append(cells[0])
            continue
        yield from (f"{token}\t{label}" for token, label in zip(tokens, tag(tokens), strict=True))
        tokens = []
        yield ""
    yield from (f"{token}\t{label}" for token, label in zip(tokens, tag(tokens), strict=True))


def run(args: argparse.Namespace) -> int:
    from hadath.entities.ner import NerTagger, default_tagger

    try:
        with open(args.input, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        print(f"hadath tag: cannot read {args.input}: {error}", file=sys.stderr)
        return 2
    tagger = NerTagger.load(args.model) if args.model else default_tagger()
    output = "".join(line + "\n" for line in tag_lines(lines, tagger.document().tag))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(output)
    else:
        sys.stdout.write(output)
    return 0
