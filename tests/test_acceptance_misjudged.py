"""The cross-validation report lists the sentences its threshold gets wrong out of fold (real gold
sentences: a small slice of the development split keeps this fast)."""

from __future__ import annotations

from pathlib import Path

from hadath.events.training import cross_validate, load_gold
from tests.conftest import shared_path
from tests.test_training import _slice


def test_cross_validation_lists_its_false_alarms_and_misses(tmp_path: Path) -> None:
    gold = shared_path("benchmarks", "arabic-event-gsr")
    assault = _slice(gold / "assault_dev.jsonl", tmp_path / "assault.jsonl", 120)
    sentences = load_gold([assault])
    report = cross_validate(sentences, 3, 2.0, repeats=2)
    scores = report["ASSAULT"]
    misjudged = scores["misjudged"]
    labels = {s.doc_id: s.positive for s in sentences}
    assert misjudged, "a 3-fold CV of 120 sentences gets some wrong"
    for row in misjudged:
        assert labels[row["doc_id"]] == row["positive"]
        # a false alarm scores at or above the threshold, a miss below it
        assert (row["probability"] >= scores["threshold"]) != row["positive"]
    probabilities = [row["probability"] for row in misjudged]
    assert probabilities == sorted(probabilities, reverse=True)
