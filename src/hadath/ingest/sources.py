"""All the records under a list of paths: files and directories (recursively), any supported format.

Directory walking is sorted so that a run sees records in the same order every time; the store's
story and cluster ids depend on that order, and a restarted run must re-visit what it had done.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from hadath.ingest.readers import InputDoc, InputError, read_path
from hadath.ingest.web import HTML_SUFFIXES, WARC_SUFFIXES, HtmlDoc, read_html_file, read_warc

SourceRecord = InputDoc | HtmlDoc | InputError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson")
TEXT_SUFFIXES = (".txt",)
SUPPORTED_SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES


def content_hash(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha1(raw).hexdigest()


def input_hash(record: InputDoc | HtmlDoc) -> str:
    """Hash of the raw record, known before any extraction (used to skip unchanged input early)."""
    return content_hash(record.html if isinstance(record, HtmlDoc) else record.text)


def iter_files(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Input files in a stable order; an explicitly named file is always read, whatever its suffix,
    while directories contribute only files with a supported suffix (hidden files are skipped)."""
    for path in paths:
        if path == "-" or os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(SUPPORTED_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield InputError(path, None, None, "no such file or directory")


def read_file(path: str) -> Iterator[SourceRecord]:
    """Records of one file, dispatched on its suffix."""
    name = path.lower()
    if name.endswith(HTML_SUFFIXES):
        yield from read_html_file(path)
    elif name.endswith(WARC_SUFFIXES):
        yield from read_warc(path)
    else:
        yield from read_path(path)


def iter_records(paths: Iterable[str]) -> Iterator[SourceRecord]:
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)


def count_records(paths: Iterable[str]) -> int | None:
    """A quick upper bound of the number of records, for the progress bar's ETA (None when a file's
    count would cost a full parse, i.e. WARC archives, or standard input)."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, InputError):
            continue
        name = item.lower()
        if item == "-" or name.endswith(WARC_SUFFIXES):
            return None
        if name.endswith(JSONL_SUFFIXES):
            total += _count_lines(Path(item))
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    count = 0
    try:
        with opener(path, "rb") as handle:
            while block := handle.read(1 << 20):
                count += block.count(b"\n")
    except (OSError, EOFError):  # a corrupt file is reported by its reader, not here
        pass
    return count
