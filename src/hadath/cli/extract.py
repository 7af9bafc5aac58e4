"""`hadath extract`: articles in, one JSON object per document out (the output contract)."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
from collections.abc import Iterator
from typing import IO, Any

from hadath.ingest.readers import InputDoc, InputError, Record, read_path

_FILENAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_CHUNK = 32  # documents per task when --workers > 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="code articles into PLOVER events (JSON Lines out)",
        description="Read .txt articles, .jsonl/.jsonl.gz files of "
        "{doc_id, text, date?, title?, source?, url?}, or - for standard input; "
        "write one JSON object per document, in input order.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--output", "-o", help="write JSON Lines here instead of standard output")
    parser.add_argument("--date", help="publication date YYYY-MM-DD for documents that carry none")
    parser.add_argument(
        "--format",
        choices=("jsonl", "text"),
        default="jsonl",
        help="jsonl (the contract, default) or text (a readable summary of the events)",
    )
    parser.add_argument(
        "--ner",
        choices=("events", "all", "off"),
        default="events",
        help="where the statistical NER runs: sentences holding an event (default), all sentences "
        "(complete entity lists, slower), or off (lexicon entities only)",
    )
    parser.add_argument("--no-ner", dest="ner", action="store_const", const="off", help="same as --ner off")
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="worker processes (default: one per CPU core for JSONL or standard input, "
        "one for a single text file)",
    )
    parser.set_defaults(run=run)


def _records(inputs: list[str]) -> Iterator[Record]:
    for path in inputs:
        yield from read_path(path)


def _process(job: tuple[InputDoc, str | None, str]) -> dict[str, Any]:
    from hadath.pipeline import extract

    record, default_date, ner = job
    date = record.date or default_date
    if date is None and record.line is None:
        found = _FILENAME_DATE.search(record.path)
        date = found.group(1) if found else None
    try:
        doc = extract(
            record.text,
            date=date,
            doc_id=record.doc_id,
            title=record.title,
            source=record.source,
            url=record.url,
            ner=ner,
        )
    except Exception as error:  # one document must never stop the run
        return {"doc_id": record.doc_id, "error": f"{type(error).__name__}: {error}"}
    return doc.to_dict()


def _run_one(job: tuple[InputDoc, str | None, str] | InputError) -> str:
    """One output line. Workers serialise it themselves: the parent only writes."""
    if isinstance(job, InputError):
        where = f"{job.path}:{job.line}" if job.line else job.path
        result = {"doc_id": job.doc_id or where, "error": str(job)}
    else:
        result = _process(job)
    return json.dumps(result, ensure_ascii=False)


def _results(args: argparse.Namespace, counts: dict[str, int]) -> Iterator[str]:
    def jobs() -> Iterator[tuple[InputDoc, str | None, str] | InputError]:
        for record in _records(args.inputs):
            if isinstance(record, InputError):
                counts["errors"] += 1
                print(f"hadath: {record}", file=sys.stderr)
                yield record
            else:
                counts["read"] += 1
                yield (record, args.date, args.ner)

    from hadath.pipeline import warm_up

    warm_up(ner=args.ner)  # load lexicons and models once, before the workers fork
    # The models and lexicons live as long as the process: frozen out of the garbage collector's
    # sight, its collections no longer walk them (on the gold sentences they took 5% of the CPU
    # time, 2% after), nor copy the workers' shared pages by touching them.
    gc.freeze()
    workers = args.workers or _auto_workers(args.inputs)
    if workers <= 1:
        yield from map(_run_one, jobs())
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_run_one, jobs(), chunksize=_CHUNK)


def _auto_workers(inputs: list[str]) -> int:
    """One process for a handful of text files (forking costs more than it saves), else a core each."""
    if all(path.lower().endswith(".txt") for path in inputs) and len(inputs) < 8:
        return 1
    return os.cpu_count() or 1


def _write_text(result: dict[str, Any], out: IO[str]) -> None:
    if "error" in result:
        out.write(f"# {result['doc_id']}: ERROR {result['error']}\n\n")
        return
    out.write(
        f"# {result['doc_id']}  date={result['date']}  language={result['language']}  "
        f"events={len(result['events'])}  boilerplate={len(result['boilerplate'])}\n"
    )
    for warning in result.get("warnings", []):
        out.write(f"  ! {warning}\n")
    for e in result["events"]:

        def actor(a: dict[str, Any] | None) -> str:
            if not a:
                return "-"
            return f"{a['name'] or a['text'] or '(unnamed)'} [{a['country'] or '?'}/{a['sector'] or '?'}]"

        where = e["location"]["name"] if e["location"] else "-"
        extra = "".join(f"  {k}={e[k]}" for k in ("killed", "injured") if e[k] is not None)
        out.write(
            f"  {e['type']:<9} {e['status']:<12} {actor(e['source'])} -> {actor(e['target'])}  "
            f"date={e['date'] or '-'}  place={where}{extra}  cameo={e['cameo']}\n"
            f"            «{e['trigger']['text']}» conf={e['confidence']}\n"
        )
    out.write("\n")


def run(args: argparse.Namespace) -> int:
    counts = {"read": 0, "errors": 0}
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        for line in _results(args, counts):
            if args.format == "text":
                _write_text(json.loads(line), out)
            else:
                out.write(line + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if counts["read"] == 0:
        print("hadath: nothing could be read", file=sys.stderr)
        return 1
    return 0
