"""The pipeline: a sequence of pure stages from raw article to Document (filled in below)."""

from __future__ import annotations

from hadath.model import Document


def extract(
    text: str,
    date: str | None = None,
    doc_id: str = "doc",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """Code one article: boilerplate, sentences, entities, actors and PLOVER events."""
    return Document(doc_id=doc_id, text=text, date=date, title=title, source=source, url=url)
