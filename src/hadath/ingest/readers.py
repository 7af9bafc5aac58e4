"""Reading articles from files: plain text, JSON Lines (optionally gzipped) and standard input.

Readers never raise on bad input: they yield an :class:`InputError` naming the file and line and go
on with the next record, so one broken line never costs the rest of a batch.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# A text file or JSON line longer than this is refused rather than loaded into memory.
MAX_RECORD_BYTES = 20_000_000


@dataclass(slots=True)
class InputDoc:
    doc_id: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str = ""
    line: int | None = None


@dataclass(slots=True)
class InputError:
    path: str
    line: int | None
    doc_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Record = InputDoc | InputError


def text_id(text: str) -> str:
    """Identity of a document that has no doc_id: the hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_path(path: str) -> Iterator[Record]:
    """Records of one input: ``-`` (stdin), ``.txt``, ``.jsonl`` or ``.jsonl.gz``."""
    if path == "-":
        yield from _read_text_or_jsonl("<stdin>", sys.stdin.buffer)
        return
    name = path.lower()
    try:
        if name.endswith((".jsonl.gz", ".json.gz", ".gz")):
            with gzip.open(path, "rb") as handle:
                yield from _read_jsonl(path, handle)
        elif name.endswith((".jsonl", ".json", ".ndjson")):
            with open(path, "rb") as handle:
                yield from _read_jsonl(path, handle)
        else:
            with open(path, "rb") as handle:
                yield from _read_text(path, handle)
    except OSError as error:
        yield InputError(path, None, None, f"cannot read: {error.strerror or error}")


def _read_text_or_jsonl(path: str, handle: io.BufferedIOBase) -> Iterator[Record]:
    head = handle.peek(1)[:1] if isinstance(handle, io.BufferedReader) else b""
    if head == b"{":
        yield from _read_jsonl(path, handle)
    else:
        yield from _read_text(path, handle)


def _decode(raw: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason) for raw bytes that should hold UTF-8 text."""
    if b"\x00" in raw[:8192]:
        return None, "binary file (NUL bytes), not text"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, f"not valid UTF-8 (byte {error.start})"


def _read_text(path: str, handle: io.BufferedIOBase) -> Iterator[Record]:
    raw = handle.read(MAX_RECORD_BYTES + 1)
    if len(raw) > MAX_RECORD_BYTES:
        yield InputError(path, None, None, f"larger than {MAX_RECORD_BYTES:,} bytes; split it into articles")
        return
    text, problem = _decode(raw)
    if text is None:
        yield InputError(path, None, None, problem or "unreadable")
        return
    if not text.strip():
        yield InputError(path, None, None, "empty file")
        return
    yield InputDoc(doc_id=Path(path).stem if path != "<stdin>" else text_id(text), text=text, path=path)


def _read_jsonl(path: str, handle: io.BufferedIOBase) -> Iterator[Record]:
    number = 0
    try:
        while True:
            raw = handle.readline(MAX_RECORD_BYTES + 1)
            if not raw:
                break
            number += 1
            if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                    raw = handle.readline(MAX_RECORD_BYTES)
                yield InputError(path, number, None, f"line longer than {MAX_RECORD_BYTES:,} bytes")
                continue
            if raw.strip():
                yield _parse_json_line(path, number, raw)
    except (EOFError, OSError, zlib.error) as error:  # truncated or corrupt gzip stream
        yield InputError(path, number + 1, None, f"file ends early or is corrupt: {error}")


def _parse_json_line(path: str, number: int, raw: bytes) -> Record:
    text, problem = _decode(raw)
    if text is None:
        return InputError(path, number, None, problem or "unreadable")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        return InputError(path, number, None, f"malformed JSON: {error.msg} at column {error.colno}")
    if not isinstance(obj, dict):
        return InputError(path, number, None, "a line must be a JSON object")
    body = obj.get("text")
    doc_id = obj.get("doc_id")
    doc_id = str(doc_id) if doc_id not in (None, "") else None
    if not isinstance(body, str) or not body.strip():
        return InputError(path, number, doc_id, 'no "text" (or empty text)')
    return InputDoc(
        doc_id=doc_id or text_id(body),
        text=body,
        date=_date_or_none(obj.get("date") or obj.get("published")),
        title=_str_or_none(obj.get("title")),
        source=_str_or_none(obj.get("source")),
        url=_str_or_none(obj.get("url")),
        path=path,
        line=number,
    )


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _date_or_none(value: object) -> str | None:
    text = _str_or_none(value)
    return text[:10] if text and len(text) >= 10 and text[4] == "-" and text[7] == "-" else None
