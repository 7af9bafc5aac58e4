"""The DuckDB event store: connecting (with lock handling), transactional batch writes, search index.

DuckDB lets one process write a database file and blocks every other process meanwhile, readers
included. Ingest therefore holds its connection only while it writes one batch (see
:func:`connect`); between batches any process may open the file, read-only or not. A process that
finds the file locked retries for a while and then fails with :class:`StoreLocked`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from hadath.store.batch import Batch
from hadath.store.dedup import (
    CLUSTER_WINDOW_DAYS,
    ClusterMember,
    StoredStory,
    assign_clusters,
    assign_stories,
)
from hadath.store.schema import DOCUMENT_TABLES, SCHEMA_VERSION, ddl

DEFAULT_DB = "hadath.duckdb"
_LOCK_RETRY_SECONDS = 0.2


class StoreLocked(RuntimeError):
    """The database file is held by another process for longer than we were willing to wait."""


# Memory of a writing process (the ingest's parent). Each batch's lookups (stored hashes, story bands
# and signatures, event cluster keys) scan whole columns, and each checkpoint re-reads the row groups
# it extends, so what DuckDB reads per batch grows with the database. Under a 256 MB limit all of it
# stayed cached and the checkpoint peaks grew with the database; under 64 MB DuckDB evicts instead
# (``bench/ingest_speed.py --parent-replay``; docs/scale-out.md, memory).
_WRITE_CONFIG = {"threads": 1, "memory_limit": "64MB"}  # one thread: the cores belong to the workers
# The search-index build aggregates every token of the corpus and runs after the workers have exited:
# it gets more room (under 64 MB it spills to disk), which still bounds it.
SEARCH_INDEX_MEMORY_LIMIT = "256MB"


def connect(path: str | Path, read_only: bool = False, wait: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the store, waiting up to ``wait`` seconds while another process holds the file.

    A writable connection also creates the schema, and uses one DuckDB thread and a 64 MB buffer
    pool (see ``_WRITE_CONFIG``); DuckDB evicts, and spills to a temporary file, beyond it.
    """
    config = dict(_WRITE_CONFIG) if not read_only else {}
    deadline = time.monotonic() + wait
    while True:
        try:
            connection = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            if time.monotonic() >= deadline:
                raise StoreLocked(
                    f"{path} is in use by another process (an ingest writes it batch by batch; "
                    "retry, or raise --wait)"
                ) from error
            time.sleep(_LOCK_RETRY_SECONDS)
    if not read_only:
        _ensure_schema(connection)
    return connection


def _ensure_schema(connection: duckdb.DuckDBPyConnection) -> None:
    """Create tables and views unless this schema version is already there (a cheap check, since
    ingest connects once per batch)."""
    has_meta = connection.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'meta' AND schema_name = 'main'"
    ).fetchone()[0]
    if has_meta and connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        SCHEMA_VERSION,
    ):
        return
    connection.begin()
    for statement in ddl():
        connection.execute(statement)
    connection.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    connection.commit()


@dataclass(slots=True)
class WriteCounts:
    documents: int = 0  # articles inserted (new or replacing a changed text)
    replaced: int = 0  # of which replaced an older text under the same doc_id
    unchanged: int = 0  # already stored with the same text: skipped
    events: int = 0
    errors: int = 0  # new ingest_errors rows
    story_joined: int = 0  # articles that joined an existing story (near-duplicates)

    def add(self, other: WriteCounts) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))


def unchanged_inputs(connection: duckdb.DuckDBPyConnection, input_hashes: dict[str, str]) -> set[str]:
    """doc_ids already stored from exactly this raw input (their engine run can be skipped)."""
    if not input_hashes:
        return set()
    connection.register(
        "probe", pa.table({"doc_id": list(input_hashes), "input_hash": list(input_hashes.values())})
    )
    rows = connection.execute(
        "SELECT a.doc_id FROM articles a JOIN probe p ON a.doc_id = p.doc_id AND a.input_hash = p.input_hash"
    ).fetchall()
    return {doc_id for (doc_id,) in rows}


def write_batch(connection: duckdb.DuckDBPyConnection, batch: Batch) -> WriteCounts:
    """Insert one batch in one transaction: all of it is stored, or (killed, failed) none of it.

    doc_ids must be unique within the batch. An article stored with the same text is skipped; one
    stored with another text has all its rows replaced. Story and cluster ids are assigned here,
    against what is already stored, so that they are the same whatever the batch boundaries.
    """
    counts = WriteCounts()
    now = dt.datetime.now(dt.UTC)
    connection.begin()
    try:
        articles = batch.tables["articles"]
        connection.register("incoming", articles.select(["doc_id", "content_hash"]))
        stored = dict(
            connection.execute(
                "SELECT a.doc_id, a.content_hash FROM articles a JOIN incoming i USING (doc_id)"
            ).fetchall()
        )
        new_ids = [
            doc_id
            for doc_id, digest in zip(
                articles.column("doc_id").to_pylist(),
                articles.column("content_hash").to_pylist(),
                strict=True,
            )
            if stored.get(doc_id) != digest
        ]
        counts.unchanged = articles.num_rows - len(new_ids)
        replaced = pa.table({"doc_id": [doc_id for doc_id in new_ids if doc_id in stored]})
        counts.replaced = replaced.num_rows
        if replaced.num_rows:
            connection.register("replaced", replaced)
            for table in DOCUMENT_TABLES:
                connection.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM replaced)")
        keep = pa.array(new_ids, pa.string())
        tables = {
            name: _only_docs(table, keep) for name, table in batch.tables.items() if name != "ingest_errors"
        }

        stories = _stories(connection, tables["story_signatures"], tables["story_bands"])
        counts.story_joined = sum(doc_id != story_id for doc_id, story_id in stories.items())
        new_articles = tables["articles"]
        new_articles = new_articles.append_column(
            "story_id", pa.array([stories[d] for d in new_articles.column("doc_id").to_pylist()], pa.string())
        ).append_column("ingested_at", pa.array([now] * new_articles.num_rows, pa.timestamp("us", tz="UTC")))
        new_events = tables["events"]
        clusters = _clusters(connection, new_events)
        new_events = new_events.append_column(
            "cluster_id",
            pa.array([clusters[e] for e in new_events.column("event_id").to_pylist()], pa.string()),
        )
        for name, table in (
            ("articles", new_articles),
            ("events", new_events),
            ("entities", tables["entities"]),
            ("story_signatures", tables["story_signatures"]),
            ("story_bands", tables["story_bands"]),
        ):
            _insert(connection, name, table)
        counts.documents = new_articles.num_rows
        counts.events = new_events.num_rows
        counts.errors = _insert_errors(connection, batch.tables["ingest_errors"], now)
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    return counts


def _only_docs(table: pa.Table, doc_ids: pa.Array) -> pa.Table:
    return table.filter(pc.is_in(table.column("doc_id"), value_set=doc_ids))


def _insert(connection: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    if table.num_rows:
        connection.register("rows_in", table)
        connection.execute(f"INSERT INTO {name} BY NAME SELECT * FROM rows_in")
        connection.unregister("rows_in")


def _stories(connection: duckdb.DuckDBPyConnection, signatures: pa.Table, bands: pa.Table) -> dict[str, str]:
    """Story id of every article of the batch. Only an article sharing a band key with a stored
    article or with another article of the batch can join a story, so only those few go through
    :func:`assign_stories` (in batch order); every other article starts its own story."""
    connection.register("new_bands", bands.select(["band_key"]))
    known: dict[int, list[StoredStory]] = {}
    for key, doc_id, story_id, sig in connection.execute(
        """SELECT b.band_key, b.doc_id, a.story_id, s.signature
           FROM story_bands b
           JOIN (SELECT DISTINCT band_key FROM new_bands) n USING (band_key)
           JOIN story_signatures s ON s.doc_id = b.doc_id
           JOIN articles a ON a.doc_id = b.doc_id"""
    ).fetchall():
        known.setdefault(key, []).append(StoredStory(doc_id, story_id, sig))
    keys = bands.column("band_key")
    counts = pc.value_counts(keys)
    repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
    shared = bands.filter(
        pc.is_in(keys, value_set=pa.concat_arrays([repeated, pa.array(list(known), pa.int64())]))
    )
    keys_of: dict[str, list[int]] = {}
    for doc_id, key in zip(
        shared.column("doc_id").to_pylist(), shared.column("band_key").to_pylist(), strict=True
    ):
        keys_of.setdefault(doc_id, []).append(key)
    doc_ids = signatures.column("doc_id").to_pylist()
    new = [
        (doc_id, sig, keys_of[doc_id])
        for doc_id, sig in zip(doc_ids, signatures.column("signature").to_pylist(), strict=True)
        if doc_id in keys_of
    ]
    return {doc_id: doc_id for doc_id in doc_ids} | assign_stories(new, known)


def _clusters(connection: duckdb.DuckDBPyConnection, events: pa.Table) -> dict[str, str]:
    keyed = events.select(["cluster_key", "event_date"])
    connection.register("new_keys", keyed.filter(pc.is_valid(keyed.column("cluster_key"))))
    known = connection.execute(
        f"""SELECT DISTINCT e.event_id, e.cluster_id, e.cluster_key, e.event_date
            FROM events e JOIN new_keys n ON e.cluster_key = n.cluster_key
            WHERE abs(e.event_date - n.event_date) <= {CLUSTER_WINDOW_DAYS}"""
    ).fetchall()
    new = [
        ClusterMember(event_id, event_id, key, date)
        for event_id, key, date in zip(
            events.column("event_id").to_pylist(),
            events.column("cluster_key").to_pylist(),
            events.column("event_date").to_pylist(),
            strict=True,
        )
    ]
    return assign_clusters(new, (ClusterMember(*row) for row in known))


def _insert_errors(connection: duckdb.DuckDBPyConnection, errors: pa.Table, now: dt.datetime) -> int:
    """Record errors not recorded before (a re-run over the same bad input adds no rows)."""
    if not errors.num_rows:
        return 0
    connection.register(
        "errors_in",
        errors.append_column("time", pa.array([now] * errors.num_rows, pa.timestamp("us", tz="UTC"))),
    )
    before = connection.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    connection.execute(
        """INSERT INTO ingest_errors BY NAME
           SELECT DISTINCT ON (path, line, doc_id, message) * FROM errors_in n
           WHERE NOT EXISTS (
               SELECT 1 FROM ingest_errors x
               WHERE x.path = n.path AND x.line IS NOT DISTINCT FROM n.line
                 AND x.doc_id IS NOT DISTINCT FROM n.doc_id AND x.message = n.message)"""
    )
    return connection.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] - before


# --- full-text search -------------------------------------------------------------------------------


def load_fts(connection: duckdb.DuckDBPyConnection) -> None:
    """Load DuckDB's fts extension from the duckdb-extension-fts wheel (no download needed)."""
    import duckdb_extension_fts

    extension = (
        Path(duckdb_extension_fts.__file__).parent
        / "extensions"
        / f"v{duckdb.__version__}"
        / "fts.duckdb_extension"
    )
    connection.execute(f"LOAD '{extension}'" if extension.exists() else "LOAD fts")


def search_index_stale(connection: duckdb.DuckDBPyConnection) -> bool:
    row = connection.execute("SELECT value FROM meta WHERE key = 'fts_articles'").fetchone()
    return row is None or row[0] != _articles_state(connection)


def rebuild_search_index(connection: duckdb.DuckDBPyConnection) -> None:
    """(Re)build the BM25 index over article titles and bodies with the Arabic Snowball stemmer.
    Raises the connection's buffer limit to ``SEARCH_INDEX_MEMORY_LIMIT`` for good."""
    connection.execute(f"SET memory_limit = '{SEARCH_INDEX_MEMORY_LIMIT}'")
    load_fts(connection)
    connection.execute(
        "PRAGMA create_fts_index('articles', 'doc_id', 'title', 'body', stemmer = 'arabic', overwrite = 1)"
    )
    connection.execute(
        "INSERT OR REPLACE INTO meta VALUES ('fts_articles', ?)", [_articles_state(connection)]
    )


def _articles_state(connection: duckdb.DuckDBPyConnection) -> str:
    """Changes whenever articles are added, replaced or deleted."""
    count, latest = connection.execute("SELECT count(*), max(ingested_at) FROM articles").fetchone()
    return f"{count}@{latest}"


def table_counts(connection: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> dict[str, int]:
    return {name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in tables}
