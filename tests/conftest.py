"""Shared fixtures: where the shared data lives, corpus articles by doc_id, the bundled sample article,
an event's dyad, the dyads of a text's events of one type (all, or those that took place) and a
sentence's PROTEST candidates' acceptance features."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from hadath.events.acceptance import features, reportable
from hadath.model import Event
from hadath.pipeline import candidates, extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "samples" / "egypt-russia-2017-11-29.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} absent: ../shared (benchmarks, corpora, reference) is not beside the repo")
    return path


def corpus_articles(*doc_ids: str) -> dict[str, str]:
    """The texts of the 2018 corpus articles with these doc_ids, by doc_id."""
    wanted, found = set(doc_ids), {}
    with gzip.open(shared_path("corpora", "ant-news-2018.jsonl.gz"), "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["doc_id"] in wanted:
                found[article["doc_id"]] = article["text"]
                if len(found) == len(wanted):
                    break
    return found


def dyad(event: Event) -> tuple[str | None, str | None]:
    """The countries of an event's source and target."""
    return (event.source.country if event.source else None, event.target.country if event.target else None)


def dyads(text: str, date: str, event_type: str) -> list[tuple[str | None, str | None]]:
    """The (source, target) countries of the text's events of one type."""
    return [dyad(e) for e in extract(text, date).events if e.type == event_type]


def reported(text: str, date: str, event_type: str) -> list[tuple[str, str | None, str | None]]:
    """The (status, source country, target country) of the text's events of one type that took place
    (status occurred or ongoing)."""
    return [
        (e.status, *dyad(e))
        for e in extract(text, date).events
        if e.type == event_type and e.status in ("occurred", "ongoing")
    ]


def reported_dyads(text: str, date: str, event_type: str) -> list[tuple[str | None, str | None]]:
    """The (source, target) countries of the text's events of one type that took place."""
    return [(source, target) for _, source, target in reported(text, date, event_type)]


def party_codes(text: str, date: str, event_type: str) -> list[tuple[str | None, ...]]:
    """The (source country, source sector, target country, target sector) of the text's events of
    one type."""
    return [
        (
            e.source.country if e.source else None,
            e.source.sector if e.source else None,
            e.target.country if e.target else None,
            e.target.sector if e.target else None,
        )
        for e in extract(text, date).events
        if e.type == event_type
    ]


def protest_features(sentence: str, published: str) -> list[dict[str, float]]:
    """The acceptance model's features of a sentence's reportable PROTEST candidates."""
    found = candidates(sentence, published)
    return [features(c) for c in found if c.event.type == "PROTEST" and reportable(c)]


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
