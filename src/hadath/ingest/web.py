"""Web pages as input: ``.html``/``.htm`` files and ``.warc``/``.warc.gz`` archives.

Readers only cut the input into raw pages (:class:`HtmlDoc`), which is cheap; turning a page into an
article (body, title, date, site) with trafilatura is slow and runs in the ingest workers through
:func:`html_to_doc`, so the reading process never becomes the bottleneck.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from hadath.ingest.readers import MAX_RECORD_BYTES, InputDoc, InputError

HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(slots=True)
class HtmlDoc:
    """One raw web page, not yet extracted."""

    doc_id: str
    html: bytes
    url: str | None = None
    path: str = ""
    line: int | None = None  # the record number inside a WARC file


def read_html_file(path: str) -> Iterator[HtmlDoc | InputError]:
    """An ``.html`` file is one page; its doc_id is the file name without suffix (like ``.txt``)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_RECORD_BYTES + 1)
    except OSError as error:
        yield InputError(path, None, None, f"cannot read: {error.strerror or error}")
        return
    if len(raw) > MAX_RECORD_BYTES:
        yield InputError(path, None, None, f"larger than {MAX_RECORD_BYTES:,} bytes")
    elif not raw.strip():
        yield InputError(path, None, None, "empty file")
    else:
        yield HtmlDoc(doc_id=Path(path).stem, html=raw, path=path)


def read_warc(path: str) -> Iterator[HtmlDoc | InputError]:
    """HTML ``response`` records of a WARC archive; the doc_id of a page is its URL."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                number += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in content_type:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                raw = record.content_stream().read(MAX_RECORD_BYTES + 1)
                if len(raw) > MAX_RECORD_BYTES:
                    yield InputError(path, number, url, f"page larger than {MAX_RECORD_BYTES:,} bytes")
                elif raw.strip():
                    yield HtmlDoc(
                        doc_id=url or f"{Path(path).name}#{number}", html=raw, url=url, path=path, line=number
                    )
    except OSError as error:
        yield InputError(path, number or None, None, f"cannot read: {error.strerror or error}")
    except (ArchiveLoadFailed, EOFError, ValueError) as error:  # not a WARC, or truncated
        yield InputError(path, number + 1, None, f"not a valid WARC record: {error}")


def html_to_doc(page: HtmlDoc) -> InputDoc | InputError:
    """Extract body, title, date and site of a page (trafilatura); an error when there is no body."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    except Exception as error:  # trafilatura/lxml raise many kinds on broken markup
        return InputError(page.path, page.line, page.doc_id, f"HTML extraction failed: {error}")
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        return InputError(page.path, page.line, page.doc_id, "no article text found in the HTML page")
    url = page.url or found.url
    return InputDoc(
        doc_id=page.doc_id,
        text=text,
        date=found.date[:10] if found.date else None,
        title=found.title or None,
        source=found.sitename or found.hostname or (urlsplit(url).hostname if url else None),
        url=url,
        path=page.path,
        line=page.line,
    )
