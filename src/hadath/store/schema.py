"""The store's tables and views (documented in docs/schema.md).

Each stored table is declared once as ``(column, DuckDB type, Arrow type)`` triples: the DuckDB DDL and
the Arrow schema that ingest workers fill are both derived from it, so they cannot drift apart.
Columns the parent process computes at write time (story_id, cluster_id, ingested_at) are listed in
``WRITE_TIME_COLUMNS`` and are not part of the worker-side Arrow schema.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"  # bump when a table or view changes
Column = tuple[str, str, pa.DataType]

_ACTOR = ("text", "name", "country", "sector")
_LOCATION: tuple[Column, ...] = (
    ("location_text", "VARCHAR", pa.string()),
    ("location_name", "VARCHAR", pa.string()),
    ("location_country", "VARCHAR", pa.string()),
    ("location_lat", "DOUBLE", pa.float64()),
    ("location_lon", "DOUBLE", pa.float64()),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        ("doc_id", "VARCHAR", pa.string()),
        ("source", "VARCHAR", pa.string()),
        ("url", "VARCHAR", pa.string()),
        ("title", "VARCHAR", pa.string()),
        ("published", "DATE", pa.date32()),
        ("language", "VARCHAR", pa.string()),
        ("body", "VARCHAR", pa.string()),
        ("content_hash", "VARCHAR", pa.string()),  # sha1 of body
        ("input_hash", "VARCHAR", pa.string()),  # sha1 of the raw input record (text or HTML)
        ("path", "VARCHAR", pa.string()),
        ("line", "INTEGER", pa.int32()),
        ("n_events", "INTEGER", pa.int32()),
        ("warnings", "VARCHAR[]", pa.list_(pa.string())),
        ("story_id", "VARCHAR", pa.string()),
        ("ingested_at", "TIMESTAMPTZ", pa.timestamp("us", tz="UTC")),
    ),
    "events": (
        ("event_id", "VARCHAR", pa.string()),  # doc_id#index
        ("doc_id", "VARCHAR", pa.string()),
        ("idx", "INTEGER", pa.int32()),
        ("type", "VARCHAR", pa.string()),
        ("mode", "VARCHAR", pa.string()),
        ("context", "VARCHAR[]", pa.list_(pa.string())),
        ("cameo", "VARCHAR", pa.string()),
        ("quad_class", "INTEGER", pa.int32()),
        ("goldstein", "DOUBLE", pa.float64()),
        ("status", "VARCHAR", pa.string()),
        *((f"source_{key}", "VARCHAR", pa.string()) for key in _ACTOR),
        *((f"target_{key}", "VARCHAR", pa.string()) for key in _ACTOR),
        ("date", "DATE", pa.date32()),
        *_LOCATION,
        ("killed", "INTEGER", pa.int32()),
        ("injured", "INTEGER", pa.int32()),
        ("reported_by", "VARCHAR", pa.string()),
        ("trigger_text", "VARCHAR", pa.string()),
        ("trigger_start", "INTEGER", pa.int32()),
        ("trigger_end", "INTEGER", pa.int32()),
        ("sentence_start", "INTEGER", pa.int32()),
        ("sentence_end", "INTEGER", pa.int32()),
        ("confidence", "DOUBLE", pa.float64()),
        ("event_date", "DATE", pa.date32()),  # date, else the article's publication date
        ("cluster_key", "VARCHAR", pa.string()),  # type|dyad|place; NULL = never clustered
        ("cluster_id", "VARCHAR", pa.string()),
    ),
    "entities": (
        ("doc_id", "VARCHAR", pa.string()),
        ("idx", "INTEGER", pa.int32()),
        ("text", "VARCHAR", pa.string()),
        ("type", "VARCHAR", pa.string()),
        ("start", "INTEGER", pa.int32()),
        ("end", "INTEGER", pa.int32()),
        ("canonical", "VARCHAR", pa.string()),
        ("country", "VARCHAR", pa.string()),
        ("sector", "VARCHAR", pa.string()),
    ),
    "story_signatures": (  # MinHash signature of each article (LSH candidates are verified on it)
        ("doc_id", "VARCHAR", pa.string()),
        ("signature", "BLOB", pa.binary()),
    ),
    "story_bands": (  # LSH band hashes: articles sharing one are near-duplicate candidates
        ("band_key", "BIGINT", pa.int64()),
        ("doc_id", "VARCHAR", pa.string()),
    ),
    "ingest_errors": (
        ("path", "VARCHAR", pa.string()),
        ("line", "INTEGER", pa.int32()),
        ("doc_id", "VARCHAR", pa.string()),
        ("message", "VARCHAR", pa.string()),
        ("time", "TIMESTAMPTZ", pa.timestamp("us", tz="UTC")),
    ),
}

WRITE_TIME_COLUMNS = frozenset({"story_id", "cluster_id", "ingested_at", "time"})
# Tables holding rows of one document, deleted together when its text changes.
DOCUMENT_TABLES = ("articles", "events", "entities", "story_signatures", "story_bands")


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of the rows a worker produces for ``table``."""
    return pa.schema([(name, arrow) for name, _, arrow in TABLES[table] if name not in WRITE_TIME_COLUMNS])


def column_names(table: str) -> list[str]:
    return [name for name, _, _ in TABLES[table]]


VIEWS = {
    # One row per occurrence (cluster): how many articles and sources reported it, and when.
    "event_clusters": """
        SELECT e.cluster_id,
               any_value(e.type) AS type,
               any_value(e.cluster_key) AS cluster_key,
               count(*) AS mentions,
               count(DISTINCT e.doc_id) AS n_articles,
               count(DISTINCT a.source) AS n_sources,
               list(DISTINCT a.source ORDER BY a.source) AS sources,
               min(e.event_date) AS first_date,
               max(e.event_date) AS last_date,
               min(a.published) AS first_reported,
               max(a.published) AS last_reported,
               max(e.killed) AS killed,
               max(e.injured) AS injured,
               any_value(e.location_name) AS location_name,
               any_value(e.location_country) AS location_country
        FROM events e JOIN articles a USING (doc_id)
        GROUP BY e.cluster_id""",
    "daily_counts_by_type": """
        SELECT event_date AS day, type, count(*) AS events, count(DISTINCT cluster_id) AS occurrences
        FROM events GROUP BY ALL""",
    "daily_counts_by_dyad": """
        SELECT event_date AS day, source_country, target_country, type,
               count(*) AS events, count(DISTINCT cluster_id) AS occurrences
        FROM events GROUP BY ALL""",
    "daily_quad_goldstein": """
        SELECT event_date AS day, source_country, target_country, quad_class,
               count(*) AS events, sum(goldstein) AS goldstein_sum
        FROM events GROUP BY ALL""",
    "top_actors": """
        SELECT actor, country, sector, count(*) AS events, count(DISTINCT cluster_id) AS occurrences
        FROM (
            SELECT coalesce(source_name, source_text) AS actor, source_country AS country,
                   source_sector AS sector, cluster_id FROM events WHERE source_text IS NOT NULL
            UNION ALL
            SELECT coalesce(target_name, target_text), target_country, target_sector, cluster_id
            FROM events WHERE target_text IS NOT NULL
        ) GROUP BY ALL ORDER BY events DESC""",
}


def ddl() -> list[str]:
    """Statements creating every table, index and view (all idempotent)."""
    statements = [
        f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(_column_ddl(column) for column in columns)})"
        for table, columns in TABLES.items()
    ]
    statements.append("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    statements.extend(f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items())
    return statements


def _column_ddl(column: Column) -> str:
    name, sql, _ = column
    return f'"{name}" {sql}'  # quoted: "start", "end" and "line" are SQL keywords
