"""Scoring sentence-level event detection against gold data (pure functions: gold + predictions in).

Two gold formats are read, one JSON object a line, and may be mixed:

* the Arabic event GSR (``../shared/benchmarks/arabic-event-gsr/*_dev.jsonl``): each sentence is
  judged for one ``event_type``, ``label`` yes / no / ambiguous (ambiguous sentences are left out),
  and its gold events carry several annotators' ``readings`` of the source and target actor codes;
* the project's hand-labelled format (``tests/data/plover_dev.jsonl``): a sentence lists its
  ``events`` (type, status, source, target); it is judged for every type that appears in any such
  file, and is positive for type T when it has an event of type T with a counted status (the same
  statuses that make a system event count, so a correctly coded "planned" protest is no error).

A sentence is predicted positive for type T when the system reports at least one event of type T
whose ``status`` is counted (by default occurred or ongoing: a planned, negated or hypothetical
event is not a report that something happened). On true positives the source/target country and
sector are compared with any annotator's reading; slots no annotator filled are not scored.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hadath.events.roles import SYMMETRIC_TYPES
from hadath.lexicon.matchers import event_types
from hadath.model import Event
from hadath.pipeline import candidates, extract

# Statuses of a system event that count as "the sentence reports this event happened".
COUNTED_STATUSES = frozenset({"occurred", "ongoing"})
# Actor slots compared on true positives, as "role.attribute".
SLOTS = ("source.country", "source.sector", "target.country", "target.sector")

# One annotator's (or the system's) reading of an event's actors: slot -> code or None.
Reading = dict[str, str | None]


@dataclass(slots=True)
class GoldSentence:
    """One gold sentence (or whole article) and what it is judged for."""

    doc_id: str
    text: str
    date: str | None
    where: str  # file:line, to find the sentence again
    labels: dict[str, bool]  # event type -> does the sentence report one (ambiguous types absent)
    events: dict[str, list[list[Reading]]] = field(default_factory=dict)  # type -> gold events -> readings
    note: str = ""  # what the gold says besides the label ("difficult no", "PROTEST/planned")
    title: str | None = None  # a whole article's headline


@dataclass(slots=True)
class Judgement:
    """The outcome for one (sentence, event type) pair."""

    sentence: GoldSentence
    type: str
    gold: bool
    predicted: bool
    slots: dict[str, bool]  # scored slot -> agrees with some annotator (true positives only)
    system_events: list[dict[str, Any]]  # all the system's events for the sentence (Event.to_dict())

    @property
    def outcome(self) -> str:
        if self.gold:
            return "TP" if self.predicted else "FN"
        return "FP" if self.predicted else "TN"


def actor_reading(event: Mapping[str, Any]) -> Reading:
    """The slots of an event dict with ``source``/``target`` actors (system output or hand gold)."""
    reading: Reading = {}
    for slot in SLOTS:
        role, attribute = slot.split(".")
        actor = event.get(role) or {}
        reading[slot] = actor.get(attribute) or None
    return reading


def describe_events(events: Iterable[Mapping[str, Any]]) -> str:
    """A short summary of events such as ``ASSAULT/occurred, PROTEST/planned`` (``none`` if empty)."""
    names = sorted({f"{event.get('type')}/{event.get('status') or '?'}" for event in events})
    return ", ".join(names) or "none"


def load_gold(paths: Sequence[str], statuses: frozenset[str] = COUNTED_STATUSES) -> list[GoldSentence]:
    """Gold sentences of GSR and hand-labelled JSONL files (sentences judged for nothing are dropped)."""
    records: list[tuple[str, dict[str, Any]]] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    records.append((f"{path}:{number}", _json_object(line, path, number)))
    # A hand-labelled text is judged for every PLOVER type, whichever its file's annotator found:
    # judging only the types some record of the loaded files has hid the system's events of the
    # others, so a file scored alone and in company got different numbers.
    hand_types = sorted({event_type.type for event_type in event_types().values()})
    sentences = []
    for where, record in records:
        try:
            if "event_type" in record:
                sentence = _gsr_sentence(where, record)
            else:
                sentence = _hand_sentence(where, record, hand_types, statuses)
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{where}: not a gold record ({type(error).__name__}: {error})") from None
        if sentence.labels:
            sentences.append(sentence)
    return sentences


def _json_object(line: str, path: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}:{number}: malformed JSON: {error.msg}") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError(f'{path}:{number}: a gold line must be a JSON object with a "text"')
    if not isinstance(record.get("events", []), list):
        raise ValueError(f'{path}:{number}: "events" must be a list')
    record.setdefault("events", [])
    return record


def _gsr_sentence(where: str, record: dict[str, Any]) -> GoldSentence:
    event_type, label = record["event_type"], record["label"]
    if label not in ("yes", "no", "ambiguous"):
        raise ValueError(f"{where}: label {label!r} is not yes, no or ambiguous")
    labels = {} if label == "ambiguous" else {event_type: label == "yes"}
    readings = [
        [actor_reading(reading) for reading in event.get("readings", [])]
        for event in record["events"]
        if event.get("type") == event_type
    ]
    return GoldSentence(
        doc_id=record["doc_id"],
        text=record["text"],
        date=record.get("date"),
        where=where,
        labels=labels,
        events={event_type: readings},
        note=record.get("difficulty", ""),
    )


def _hand_sentence(
    where: str, record: dict[str, Any], types: Sequence[str], statuses: frozenset[str]
) -> GoldSentence:
    unknown = {event.get("type") for event in record["events"]} - set(types)
    if unknown:
        raise ValueError(f"{where}: event types {sorted(map(str, unknown))} are not PLOVER types")
    reported = [event for event in record["events"] if event.get("status", "occurred") in statuses]
    return GoldSentence(
        doc_id=str(record.get("doc_id") or where),
        text=record["text"],
        date=record.get("date"),
        where=where,
        labels={t: any(event["type"] == t for event in reported) for t in types},
        events={t: [[actor_reading(event)] for event in reported if event["type"] == t] for t in types},
        note=describe_events(record["events"]),
        title=record.get("title"),
    )


def judge(
    sentence: GoldSentence, system_events: list[dict[str, Any]], statuses: frozenset[str]
) -> list[Judgement]:
    """Judge the system's events (``Event.to_dict()`` dicts) for every type the sentence is judged for."""
    judgements = []
    for event_type, gold in sentence.labels.items():
        reported = [
            actor_reading(event)
            for event in system_events
            if event.get("type") == event_type and event.get("status") in statuses
        ]
        slots = slot_agreement(reported, sentence.events.get(event_type, [])) if gold and reported else {}
        judgements.append(
            Judgement(
                sentence=sentence,
                type=event_type,
                gold=gold,
                predicted=bool(reported),
                slots=slots,
                system_events=system_events,
            )
        )
    return judgements


def slot_agreement(predicted: Sequence[Reading], gold_events: Sequence[Sequence[Reading]]) -> dict[str, bool]:
    """Per scored slot, whether the system agrees with at least one annotator.

    A slot is scored when some annotator of the gold event filled it. When the sentence has several
    system or gold events, the (system event, gold event) pair agreeing on most slots is compared
    (ties: the pair with more scored slots, so an unannotated gold event cannot hide disagreement).
    """
    best: dict[str, bool] = {}
    for reading in predicted:
        for readings in gold_events:
            outcome = {}
            for slot in SLOTS:
                accepted = {annotator[slot] for annotator in readings if annotator[slot]}
                if accepted:
                    outcome[slot] = reading[slot] in accepted
            if (sum(outcome.values()), len(outcome)) > (sum(best.values()), len(best)):
                best = outcome
    return best


def score(judgements: Iterable[Judgement]) -> dict[str, dict[str, Any]]:
    """Per event type: gold yes/no counts, TP FP FN TN, precision, recall, F1 and slot agreement."""
    by_type: dict[str, dict[str, Any]] = {}
    for judgement in judgements:
        stats = by_type.setdefault(judgement.type, _empty_stats())
        stats["gold_yes" if judgement.gold else "gold_no"] += 1
        stats[judgement.outcome.lower()] += 1
        for slot, agrees in judgement.slots.items():
            stats["slots"][slot]["scored"] += 1
            stats["slots"][slot]["agree"] += int(agrees)
    for stats in by_type.values():
        _finish(stats)
    return dict(sorted(by_type.items()))


def micro_total(by_type: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """All types pooled (micro average), in the same shape as one type's statistics."""
    total = _empty_stats()
    for stats in by_type.values():
        for key in ("gold_yes", "gold_no", "tp", "fp", "fn", "tn"):
            total[key] += stats[key]
        for slot in SLOTS:
            for key in ("scored", "agree"):
                total["slots"][slot][key] += stats["slots"][slot][key]
    return _finish(total)


def _empty_stats() -> dict[str, Any]:
    counts = dict.fromkeys(("gold_yes", "gold_no", "tp", "fp", "fn", "tn"), 0)
    return {**counts, "slots": {slot: {"scored": 0, "agree": 0} for slot in SLOTS}}


def _finish(stats: dict[str, Any]) -> dict[str, Any]:
    """Add precision, recall, F1 and slot agreement rates (None where undefined) to raw counts."""
    stats.update(_rates(stats["tp"], stats["fp"], stats["fn"]))
    for slot in stats["slots"].values():
        slot["rate"] = _ratio(slot["agree"], slot["scored"])
    return stats


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def event_level(judgements: Iterable[Judgement], statuses: frozenset[str]) -> dict[str, Any]:
    """Event-level scores: a gold event is found when a system event of its type, not yet matched,
    agrees with some annotator on the source and target countries (a country no annotator gave is
    not scored; for symmetric types the dyad may be reversed). System events of types the sentence
    is not judged for are left out."""
    tp = fp = fn = 0
    seen: set[int] = set()
    for judgement in judgements:
        sentence = judgement.sentence
        if id(sentence) in seen:
            continue
        seen.add(id(sentence))
        predicted = [
            e
            for e in judgement.system_events
            if e.get("type") in sentence.labels and e.get("status") in statuses
        ]
        used: set[int] = set()
        for event_type, gold_events in sentence.events.items():
            for readings in gold_events:
                match = next(
                    (
                        i
                        for i, event in enumerate(predicted)
                        if i not in used and event["type"] == event_type and _dyad_agrees(event, readings)
                    ),
                    None,
                )
                if match is None:
                    fn += 1
                else:
                    tp += 1
                    used.add(match)
        fp += len(predicted) - len(used)
    return {"tp": tp, "fp": fp, "fn": fn, **_rates(tp, fp, fn)}


def _dyad_agrees(event: Mapping[str, Any], readings: Sequence[Reading]) -> bool:
    reading = actor_reading(event)
    reversed_reading = {
        "source.country": reading["target.country"],
        "target.country": reading["source.country"],
    }
    candidates = [reading, reversed_reading] if event.get("type") in SYMMETRIC_TYPES else [reading]
    for slot_values in candidates:
        if all(
            slot_values[slot] in {r[slot] for r in readings if r[slot]}
            for slot in ("source.country", "target.country")
            if any(r[slot] for r in readings)
        ):
            return True
    return False


def _rates(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    """Precision, recall and F1 from counts (None where undefined)."""
    return {
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
    }


def confusion(judgements: Iterable[Judgement]) -> dict[str, dict[str, Counter[str]]]:
    """Per type, why sentences were missed (the system's events instead) and why extra (the gold's note)."""
    result: dict[str, dict[str, Counter[str]]] = {}
    for judgement in judgements:
        errors = result.setdefault(judgement.type, {"missed": Counter(), "extra": Counter()})
        if judgement.outcome == "FN":
            errors["missed"][f"system: {describe_events(judgement.system_events)}"] += 1
        elif judgement.outcome == "FP":
            errors["extra"][f"gold: {judgement.sentence.note or 'no'}"] += 1
    return dict(sorted(result.items()))


def sentence_record(judgement: Judgement) -> dict[str, Any]:
    """The per-sentence prediction record written to the JSON report."""
    sentence = judgement.sentence
    return {
        "doc_id": sentence.doc_id,
        "where": sentence.where,
        "type": judgement.type,
        "outcome": judgement.outcome,
        "gold": judgement.gold,
        "predicted": judgement.predicted,
        "slots": judgement.slots,
        "gold_note": sentence.note,
        "text": sentence.text,
        "events": judgement.system_events,
    }


def events_at(text: str, date: str | None, offset: int) -> list[Event]:
    """The candidate events (before acceptance) whose trigger starts at character ``offset`` of
    ``text``: what the place and date scorers judge, whichever the acceptance model keeps."""
    return [c.event for c in candidates(text, date) if c.event.trigger.start == offset]


def run_engine(
    sentences: Iterable[GoldSentence], statuses: frozenset[str]
) -> tuple[list[Judgement], list[str]]:
    """Code each gold sentence with :func:`hadath.extract` and judge its events.

    An engine failure on one sentence is listed (and the sentence judged as having no events) rather
    than raised, so a single bug does not cost the whole evaluation.
    """
    judgements: list[Judgement] = []
    failures: list[str] = []
    for sentence in sentences:
        try:
            document = extract(sentence.text, sentence.date, sentence.doc_id, title=sentence.title)
            events = document.to_dict()["events"]
        except Exception as error:  # reported in the evaluation output
            failures.append(f"{sentence.where}: {type(error).__name__}: {error}")
            events = []
        judgements.extend(judge(sentence, events, statuses))
    return judgements, failures


def report(
    judgements: Sequence[Judgement], files: Sequence[str], statuses: frozenset[str], failures: Sequence[str]
) -> dict[str, Any]:
    """Every number of an evaluation plus the per-sentence predictions, ready for ``json.dump``."""
    by_type = score(judgements)
    return {
        "files": list(files),
        "statuses": sorted(statuses),
        "types": by_type,
        "all": micro_total(by_type),
        "event_level": event_level(judgements, statuses),
        "confusion": {
            event_type: {kind: dict(counts.most_common()) for kind, counts in errors.items()}
            for event_type, errors in confusion(judgements).items()
        },
        "engine_failures": list(failures),
        "sentences": [sentence_record(judgement) for judgement in judgements],
    }
