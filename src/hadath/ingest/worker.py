"""What one ingest worker does with a chunk of records: extract HTML, run the engine, build rows.

Everything costly happens here, in the worker process: the parent only reads input and inserts the
returned :class:`~hadath.store.batch.Batch`. Nothing in a chunk can make the whole chunk fail: a
document the engine cannot handle becomes an ``ingest_errors`` row.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from pathlib import Path
from typing import Any

from hadath.ingest.readers import InputDoc, InputError
from hadath.ingest.sources import SourceRecord, content_hash, input_hash
from hadath.ingest.web import HtmlDoc, html_to_doc
from hadath.model import Document
from hadath.pipeline import extract
from hadath.store.batch import Batch
from hadath.store.dedup import band_keys, cluster_key, signature


def exit_with_parent(parent_pid: int, interval: float = 1.0) -> None:
    """Worker initializer: leave as soon as the ingesting process is gone (killed, even by SIGKILL),
    instead of lingering as an orphan waiting for work that will never come."""

    def watch() -> None:
        while True:
            time.sleep(interval)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def process_chunk(records: list[SourceRecord]) -> Batch:
    rows: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        for table, row in _record_rows(record):
            rows.setdefault(table, []).append(row)
    return Batch.from_rows(rows, len(records))


def process_chunk_to_parquet(records: list[SourceRecord], directory: str, part: int) -> int:
    """The Dask task: process a chunk and write it as partition ``part`` of the Parquet dataset."""
    process_chunk(records).write_parquet(Path(directory), part)
    return part


def _record_rows(record: SourceRecord):
    if isinstance(record, InputError):
        yield "ingest_errors", _error_row(record)
        return
    raw_hash = input_hash(record)
    if isinstance(record, HtmlDoc):
        record = html_to_doc(record)
        if isinstance(record, InputError):
            yield "ingest_errors", _error_row(record)
            return
    try:
        doc = extract(
            record.text,
            date=record.date,
            doc_id=record.doc_id,
            title=record.title,
            source=record.source,
            url=record.url,
        )
    except Exception as error:  # an engine bug must cost one document, not the run
        yield (
            "ingest_errors",
            _error_row(
                InputError(
                    record.path, record.line, record.doc_id, f"engine failed: {type(error).__name__}: {error}"
                )
            ),
        )
        return
    if doc.language != "ar":
        yield (
            "ingest_errors",
            _error_row(
                InputError(
                    record.path,
                    record.line,
                    record.doc_id,
                    f"not Arabic (language: {doc.language}); article stored without events",
                )
            ),
        )
    yield from document_rows(doc, record, raw_hash)


def document_rows(doc: Document, record: InputDoc, raw_hash: str):
    out = doc.to_dict()
    published = _date(record.date)
    events = out["events"] if doc.language == "ar" else []
    yield (
        "articles",
        {
            "doc_id": doc.doc_id,
            "source": record.source,
            "url": record.url,
            "title": record.title,
            "published": published,
            "language": doc.language,
            "body": doc.text,
            "content_hash": content_hash(doc.text),
            "input_hash": raw_hash,
            "path": record.path,
            "line": record.line,
            "n_events": len(events),
            "warnings": out.get("warnings", []),
        },
    )
    for index, event in enumerate(events):
        yield "events", _event_row(doc.doc_id, index, event, published)
    for index, entity in enumerate(out["entities"]):
        yield "entities", {"doc_id": doc.doc_id, "idx": index, **entity}
    sig = signature(doc.text)
    yield "story_signatures", {"doc_id": doc.doc_id, "signature": sig.tobytes()}
    for key in band_keys(sig):
        yield "story_bands", {"band_key": key, "doc_id": doc.doc_id}


def _event_row(doc_id: str, index: int, event: dict[str, Any], published: dt.date | None) -> dict[str, Any]:
    """The output-contract event, flattened to one row (nested objects become prefixed columns)."""
    date = _date(event.get("date"))
    row = {
        "event_id": f"{doc_id}#{index}",
        "doc_id": doc_id,
        "idx": index,
        "date": date,
        "trigger_text": event["trigger"]["text"],
        "trigger_start": event["trigger"]["start"],
        "trigger_end": event["trigger"]["end"],
        "sentence_start": event["sentence"]["start"],
        "sentence_end": event["sentence"]["end"],
        "event_date": date or published,
        "cluster_key": cluster_key(event),
    }
    for key in (
        "type",
        "mode",
        "context",
        "cameo",
        "quad_class",
        "goldstein",
        "status",
        "killed",
        "injured",
        "reported_by",
        "confidence",
    ):
        row[key] = event.get(key)
    for role in ("source", "target", "location"):
        for key, value in (event.get(role) or {}).items():
            row[f"{role}_{key}"] = value
    return row


def _error_row(error: InputError) -> dict[str, Any]:
    return {"path": error.path, "line": error.line, "doc_id": error.doc_id, "message": error.message}


def _date(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` prefix as a date; partial or malformed dates are dropped (None)."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
