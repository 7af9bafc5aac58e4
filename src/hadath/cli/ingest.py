"""``hadath ingest PATH...``: store the events of files and directories in a DuckDB database."""

from __future__ import annotations

import argparse
import signal
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="code articles into a DuckDB event store (resumable, deduplicated)",
        description="Read .txt, .jsonl(.gz), .html and .warc(.gz) files and directories (recursively), run "
        "the engine on worker processes and store articles, events and entities in DuckDB. Re-running "
        "adds nothing new; an interrupted run resumes where it stopped.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories ('-' = stdin)")
    parser.add_argument("--db", default="hadath.duckdb", help="database file (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: %(default)s)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument(
        "--scheduler", help="Dask scheduler address (tcp://HOST:8786); default a LocalCluster"
    )
    parser.add_argument("--parquet-dir", help="Dask: keep the Parquet dataset here (default: temporary)")
    parser.add_argument("--chunk-size", type=int, default=200, help="documents per task and transaction")
    parser.add_argument("--no-search-index", action="store_true", help="do not rebuild the full-text index")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from hadath.ingest.run import IngestOptions, ingest
    from hadath.store.db import StoreLocked

    if args.scheduler and args.engine != "dask":
        print("hadath ingest: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    options = IngestOptions(
        db=args.db,
        workers=max(1, args.workers),
        engine=args.engine,
        scheduler=args.scheduler,
        parquet_dir=args.parquet_dir,
        chunk_size=max(1, args.chunk_size),
        progress=not args.quiet,
        search_index=not args.no_search_index,
    )
    # SIGTERM unwinds like Ctrl-C: the worker pool is shut down; committed batches stay.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        summary = ingest(args.paths, options)
    except StoreLocked as error:
        print(f"hadath ingest: {error}", file=sys.stderr)
        return 1
    print("\n".join(summary.lines()), file=sys.stderr)
    return 0
