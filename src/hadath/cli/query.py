"""``hadath query``, ``hadath export`` and ``hadath search``: read the event store.

All three open the database read-only (search also writes its index when it is out of date). While
an ingest runs they wait for the gap between two of its batches (``--wait`` seconds) and otherwise
stop with a clear message; they never block or corrupt the ingest.
"""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    query = subparsers.add_parser(
        "query",
        help="run SQL on the event store, or list events matching filters",
        description="With SQL, print its result; without, print the events matching the filters. Tables: "
        "articles, events, entities, ingest_errors; views: event_clusters, daily_counts_by_type, "
        "daily_counts_by_dyad, daily_quad_goldstein, top_actors (see docs/schema.md).",
    )
    query.add_argument("sql", nargs="?", help='e.g. "SELECT type, count(*) FROM events GROUP BY 1"')
    _add_common(query)
    _add_filters(query)
    query.add_argument("--limit", type=int, default=100, help="rows printed for filters (0 = all)")
    query.add_argument("--format", choices=("tsv", "jsonl"), default="tsv")
    query.set_defaults(run=run_query)

    export = subparsers.add_parser("export", help="write (filtered) events or clusters to a file")
    export.add_argument("output", help="output file")
    export.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    export.add_argument(
        "--level",
        choices=("event", "cluster"),
        default="event",
        help="one row per reported event, or per occurrence (cluster of reports)",
    )
    _add_common(export)
    _add_filters(export)
    export.set_defaults(run=run_export)

    search = subparsers.add_parser("search", help="full-text search of articles (BM25, Arabic stemmer)")
    search.add_argument("text", help="words to look for")
    search.add_argument("--limit", type=int, default=20)
    _add_common(search)
    search.set_defaults(run=run_search)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default="hadath.duckdb", help="database file (default: %(default)s)")
    parser.add_argument("--wait", type=float, default=30.0, help="seconds to wait while an ingest writes")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--type", help="PLOVER event type, e.g. ASSAULT, PROTEST")
    group.add_argument("--country", help="ISO alpha-3 code of the source, target or location")
    group.add_argument("--actor", help="text in the source or target actor")
    group.add_argument("--since", help="first event date, YYYY-MM-DD")
    group.add_argument("--until", help="last event date, YYYY-MM-DD")
    group.add_argument("--status", help="event status: occurred, ongoing, planned, negated, hypothetical")


def _filters(args: argparse.Namespace):
    from hadath.store.query import Filters

    return Filters(args.type, args.country, args.actor, args.since, args.until, args.status)


def _open(args: argparse.Namespace, read_only: bool = True):
    """A connection, or None after printing why not (no database, or locked too long)."""
    from pathlib import Path

    from hadath.store.db import StoreLocked, connect

    if not Path(args.db).exists():
        print(f"hadath {args.command}: no database {args.db} (run hadath ingest first)", file=sys.stderr)
        return None
    try:
        return connect(args.db, read_only=read_only, wait=args.wait)
    except StoreLocked as error:
        print(f"hadath {args.command}: {error}", file=sys.stderr)
        return None


def run_query(args: argparse.Namespace) -> int:
    import duckdb

    from hadath.store.query import events_sql

    connection = _open(args)
    if connection is None:
        return 1
    with connection:
        try:
            if args.sql:
                relation = connection.sql(args.sql)
            else:
                limit = f" LIMIT {args.limit}" if args.limit > 0 else ""
                relation = connection.sql(events_sql(_filters(args)) + limit)
        except duckdb.Error as error:
            print(f"hadath query: {error}", file=sys.stderr)
            return 1
        if relation is None:  # a statement without a result (e.g. SET)
            return 0
        _print(relation, args.format)
    return 0


def _print(relation, fmt: str) -> None:
    import json

    columns = relation.columns
    if fmt == "tsv":
        print("\t".join(columns))
    while rows := relation.fetchmany(1000):
        for row in rows:
            if fmt == "jsonl":
                print(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str))
            else:
                print("\t".join("" if value is None else str(value) for value in row))


def run_export(args: argparse.Namespace) -> int:
    from hadath.store.query import events_sql, export

    connection = _open(args)
    if connection is None:
        return 1
    with connection:
        rows = export(connection, events_sql(_filters(args), args.level), args.output, args.format)
    print(f"wrote {rows:,} {args.level} rows to {args.output}", file=sys.stderr)
    return 0


def run_search(args: argparse.Namespace) -> int:
    from hadath.store.db import load_fts, rebuild_search_index, search_index_stale
    from hadath.store.query import search

    connection = _open(args)
    if connection is None:
        return 1
    if search_index_stale(connection):  # build it once, then search read-only
        connection.close()
        connection = _open(args, read_only=False)
        if connection is None:
            return 1
        print("hadath search: building the full-text index ...", file=sys.stderr)
        rebuild_search_index(connection)
    with connection:
        load_fts(connection)
        _print(search(connection, args.text, args.limit), "tsv")
    return 0
