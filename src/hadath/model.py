"""The one data model every stage reads and writes: Document, Entity, Actor, Event.

All offsets are Python string indices into ``Document.text`` exactly as it was given.
``Document.to_dict()`` is the output contract documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A half-open character range ``[start, end)`` into the original text."""

    start: int
    end: int


@dataclass(slots=True)
class Boilerplate:
    """A stretch of the raw text that is not article body (related headlines, bylines ...)."""

    start: int
    end: int
    kind: str


@dataclass(slots=True)
class Entity:
    """A named or nominal mention: PER, ORG, LOC, GPE, NORP or TITLE."""

    text: str
    type: str
    start: int
    end: int
    canonical: str | None = None
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "canonical": self.canonical,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(slots=True)
class Actor:
    """Who acts or is acted upon: a country code (ISO alpha-3, IGO, IMG) and a CAMEO sector."""

    text: str
    name: str | None
    country: str | None
    sector: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(slots=True)
class Location:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(slots=True)
class Event:
    type: str
    cameo: str
    status: str
    trigger: Span
    trigger_text: str
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    quad_class: int = 0
    goldstein: float = 0.0
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    location: Location | None = None
    killed: int | None = None
    injured: int | None = None
    reported_by: str | None = None
    confidence: float = 0.5
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "status": self.status,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "killed": self.killed,
            "injured": self.injured,
            "reported_by": self.reported_by,
            "trigger": {"text": self.trigger_text, "start": self.trigger.start, "end": self.trigger.end},
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Document:
    doc_id: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "ar"
    boilerplate: list[Boilerplate] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "date": self.date,
            "language": self.language,
            "boilerplate": [{"start": b.start, "end": b.end, "kind": b.kind} for b in self.boilerplate],
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
        }
        for key in ("title", "source", "url"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
