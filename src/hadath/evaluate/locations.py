"""Event places against a hand-judged gold (tests/data/locations_dev.jsonl).

Each gold line is one event of a real sentence: its trigger (text and character offset), and the
place the text gives it: ``{"text", "name", "country"}`` for a city or region, ``{"country"}`` for a
country only, or null when the text does not say where. The engine codes the sentence alone and the
candidate event at the trigger's offset is judged (before acceptance, so a change of the acceptance
model does not move the place scores).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from hadath.evaluate.events import events_at

# Verdicts, from best to worst. "exact": the gold's city/region, or the gold's country when the gold
# names only a country (and the engine gives no city); "none": no place, rightly; "country": the right
# country through another city or region; "wrong": a place where the gold has another or none;
# "missed": no place where the gold has one; "no event": no candidate event at the trigger.
VERDICTS = ("exact", "none", "country", "wrong", "missed", "no event")


def load(path: str, half: str | None = None) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [r for r in records if half is None or r["half"] == half]


def verdict(gold: Mapping[str, Any] | None, predicted: Mapping[str, Any] | None) -> str:
    if predicted is None:
        return "missed" if gold else "none"
    if gold is None:
        return "wrong"
    if "name" in gold:
        exact = predicted["name"].casefold() == gold["name"].casefold()
    else:
        exact = predicted["lat"] is None and predicted["country"] == gold["country"]
    if exact:
        return "exact"
    return "country" if predicted["country"] == gold["country"] else "wrong"


def predicted_place(record: Mapping[str, Any]) -> dict[str, Any] | None | str:
    """The engine's place of the gold event ("no event" when no candidate has its trigger)."""
    found = events_at(record["text"], record.get("date"), record["offset"])
    if not found:
        return "no event"
    location = found[0].location
    return location.to_dict() if location else None


def judge(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    judged = []
    for record in records:
        predicted = predicted_place(record)
        kind = predicted if isinstance(predicted, str) else verdict(record["place"], predicted)
        judged.append(
            {**record, "predicted": None if isinstance(predicted, str) else predicted, "verdict": kind}
        )
    return judged


def summary(judged: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts of each verdict; ``accuracy``: exact or rightly none; ``country_accuracy``: the right
    country (or rightly none)."""
    counts = Counter(j["verdict"] for j in judged)
    total = len(judged)
    right = counts["exact"] + counts["none"]
    return {
        "events": total,
        **{kind: counts[kind] for kind in VERDICTS},
        "accuracy": right / total if total else None,
        "country_accuracy": (right + counts["country"]) / total if total else None,
    }
