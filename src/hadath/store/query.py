"""Reading the store: event filters, exports and full-text search, as SQL over DuckDB relations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

EXPORT_FORMATS = ("parquet", "csv", "jsonl")
LEVELS = ("event", "cluster")


@dataclass(slots=True)
class Filters:
    type: str | None = None  # PLOVER event type, e.g. ASSAULT
    country: str | None = None  # ISO alpha-3: source, target or location country
    actor: str | None = None  # substring of the source or target actor's name or text
    since: str | None = None  # YYYY-MM-DD, on the event date (else the publication date)
    until: str | None = None
    status: str | None = None

    def where(self) -> str:
        """The SQL condition on ``events e`` (values inlined as quoted literals, so the statement can be
        used inside ``COPY``, which takes no parameters)."""
        clauses = ["TRUE"]
        if self.type:
            clauses.append(f"upper(e.type) = upper({_literal(self.type)})")
        if self.country:
            clauses.append(
                f"upper({_literal(self.country)}) IN (e.source_country, e.target_country, e.location_country)"
            )
        if self.actor:
            actor = _literal(f"%{self.actor}%")
            clauses.append(
                f"concat_ws(' ', e.source_name, e.source_text, e.target_name, e.target_text) ILIKE {actor}"
            )
        if self.since:
            clauses.append(f"e.event_date >= CAST({_literal(self.since)} AS DATE)")
        if self.until:
            clauses.append(f"e.event_date <= CAST({_literal(self.until)} AS DATE)")
        if self.status:
            clauses.append(f"e.status = {_literal(self.status)}")
        return " AND ".join(clauses)


def events_sql(filters: Filters, level: str = "event") -> str:
    """Filtered events (one row per event, with its article's metadata) or their clusters (one row
    per occurrence, from the ``event_clusters`` view)."""
    where = filters.where()
    if level == "cluster":
        return f"""SELECT c.* FROM event_clusters c
                   WHERE c.cluster_id IN (SELECT e.cluster_id FROM events e WHERE {where})
                   ORDER BY c.first_date, c.cluster_id"""
    if level == "event":
        return f"""SELECT e.* EXCLUDE (cluster_key), a.source AS article_source, a.title AS article_title,
                          a.published, a.url, a.story_id
                   FROM events e JOIN articles a USING (doc_id)
                   WHERE {where} ORDER BY e.event_date, e.event_id"""
    raise ValueError(f"unknown level {level!r} ({' or '.join(LEVELS)})")


def export(connection: duckdb.DuckDBPyConnection, sql: str, path: str | Path, fmt: str) -> int:
    """Write the result of ``sql`` to ``path``; returns the number of rows written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r} ({', '.join(EXPORT_FORMATS)})")
    options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER", "jsonl": "FORMAT json"}[fmt]
    return connection.execute(f"COPY ({sql}) TO {_literal(str(path))} ({options})").fetchone()[0]


def search(connection: duckdb.DuckDBPyConnection, text: str, limit: int = 20):
    """Articles ranked by BM25 over title and body (Arabic Snowball stems; needs the fts index)."""
    return connection.sql(
        """SELECT doc_id, published, source, title, round(score, 3) AS score
           FROM (SELECT *, fts_main_articles.match_bm25(doc_id, ?) AS score FROM articles)
           WHERE score IS NOT NULL ORDER BY score DESC, doc_id LIMIT ?""",
        params=[text, limit],
    )


def _literal(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"
