"""Scoring event dates against gold (``tests/data/dates_dev.jsonl``): for one event of a real sentence
(its trigger and offset), the date a reader gives it from the text, as precise as the text ("2018-06-15",
"2018-06", "2015"), or "publication" when the sentence gives the event no time of its own.

The engine's date is that of its candidate event at the trigger (before acceptance, so a date is scored
whether or not the event is kept), the publication date when it has none. An event the engine drops as
history (dated a year or more back) has no candidate: it counts as right when the gold date is history
too. Two scores: exact (the same value) and to the precision given (the engine's date agrees with the
gold to the gold's precision: "2018-07-25" is right for "2018-07").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hadath.evaluate.events import events_at
from hadath.events.timing import is_history
from hadath.resolve.dates import parse_date

PUBLICATION = "publication"
# The engine's date of an event it drops as history.
HISTORY = "history"


@dataclass(slots=True)
class GoldDate:
    doc_id: str
    half: str  # "dev" (tune on it) or "check"
    published: str
    sentence: str
    trigger: str
    offset: int  # of the trigger in the sentence
    type: str
    date: str  # YYYY-MM-DD, YYYY-MM, YYYY or "publication"

    @property
    def value(self) -> str:
        return self.published if self.date == PUBLICATION else self.date


def load_dates(path: str) -> list[GoldDate]:
    with open(path, encoding="utf-8") as lines:
        return [GoldDate(**json.loads(line)) for line in lines if line.strip()]


def engine_date(gold: GoldDate) -> str:
    """The date the engine gives the event at the gold trigger; ``HISTORY`` if it has none there."""
    found = events_at(gold.sentence, gold.published, gold.offset)
    event = next((e for e in found if e.type == gold.type), found[0] if found else None)
    if event is None:
        return HISTORY
    return event.date or gold.published


def right(gold: GoldDate, predicted: str, *, exact: bool) -> bool:
    if predicted == HISTORY:
        published = parse_date(gold.published)
        return published is not None and is_history(gold.value, published)
    return predicted == gold.value if exact else predicted[: len(gold.value)] == gold.value


def score(golds: Sequence[GoldDate], predictions: Sequence[str]) -> dict[str, Any]:
    """Exact and to-precision accuracy (in %), and how many the engine dropped as history."""
    pairs = list(zip(golds, predictions, strict=True))
    total = len(pairs) or 1
    return {
        "n": len(pairs),
        "exact": 100 * sum(right(g, p, exact=True) for g, p in pairs) / total,
        "precision": 100 * sum(right(g, p, exact=False) for g, p in pairs) / total,
        "history": sum(p == HISTORY for p in predictions),
    }


def by_half(golds: Iterable[GoldDate]) -> dict[str, list[GoldDate]]:
    halves: dict[str, list[GoldDate]] = {}
    for gold in golds:
        halves.setdefault(gold.half, []).append(gold)
    return halves
