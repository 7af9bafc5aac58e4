"""`hadath train-acceptance` on real gold sentences: cross-validated report, a model that loads and
scores (a small slice of the development split and of the 2018 training set keeps this fast)."""

from __future__ import annotations

import json
from pathlib import Path

from hadath.cli import main
from hadath.events.acceptance import AcceptanceModel
from hadath.events.training import _best_threshold, _examples, article_of, load_gold, prf
from tests.conftest import shared_path


def _slice(source: Path, target: Path, lines: int) -> Path:
    rows = source.read_text(encoding="utf-8").splitlines()
    positives = [r for r in rows if json.loads(r)["label"] == "yes"][: lines // 3]
    others = [r for r in rows if json.loads(r)["label"] != "yes"][: lines - len(positives)]
    target.write_text("\n".join(positives + others) + "\n", encoding="utf-8")
    return target


def test_train_acceptance_writes_a_cross_validated_model(tmp_path: Path) -> None:
    gold = shared_path("benchmarks", "arabic-event-gsr")
    assault = _slice(gold / "assault_dev.jsonl", tmp_path / "assault.jsonl", 120)
    protest = _slice(gold / "protest_dev.jsonl", tmp_path / "protest.jsonl", 90)
    extra = tmp_path / "extra.jsonl"
    rows = (Path(__file__).parent / "data" / "acceptance_2018.jsonl").read_text(encoding="utf-8")
    extra.write_text("\n".join(rows.splitlines()[:40]) + "\n", encoding="utf-8")
    model_path, report_path = tmp_path / "acceptance.json", tmp_path / "report.json"
    code = main(
        [
            "train-acceptance",
            str(assault),
            str(protest),
            "--extra",
            str(extra),
            "--folds",
            "3",
            "--repeats",
            "2",
            "--output",
            str(model_path),
            "--report",
            str(report_path),
        ]
    )
    assert code == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert set(report["cross_validated"]) == {"ASSAULT", "PROTEST"}
    assert report["repeats"] == 2 and report["extra_sentences"] > 40  # a row judges both types
    for scores in report["cross_validated"].values():
        assert 0 < scores["threshold"] < 1 and 0 <= scores["f1"] <= 1
        assert scores["tp"] + scores["fn"] > 0  # the slice has positives to find
        # Read with thresholds chosen without each test fold, every sentence is still judged once a repeat.
        nested = scores["nested"]
        assert nested["tp"] + nested["fn"] == scores["tp"] + scores["fn"]
        assert nested["tp"] + nested["fp"] + nested["fn"] > 0 and 0 <= nested["f1"] <= 1
    model = AcceptanceModel.load(model_path)
    assert set(model.thresholds) == {"ASSAULT", "PROTEST"} and model.weights
    # A plain report of a deadly bombing outscores a question about attacks.
    report_features = {"type=ASSAULT": 1.0, "killed": 1.0, "place": 1.0, "time": 1.0, "status=occurred": 1.0}
    question_features = {"type=ASSAULT": 1.0, "question": 1.0, "cue=question": 1.0, "status=occurred": 1.0}
    assert model.score(report_features) > model.score(question_features)


def test_cross_validation_groups() -> None:
    """Benchmark sentences of one article share a fold; a sentence with a bare hash id (a third of
    the PROTEST split) is its own group, not one group with every other hash id."""
    assert article_of("gsr-protest-AAW_ARB_20080409.0035-7", benchmark=True) == (
        "gsr-protest-AAW_ARB_20080409.0035"
    )
    hashed = ["gsr-protest-b090e3b8ec026227", "gsr-protest-cdcd343c8e6b186c", "gsr-protest-1234567890123456"]
    assert [article_of(doc_id, benchmark=True) for doc_id in hashed] == hashed
    assert article_of("AL-internationalNews-1472-20180604", benchmark=False) == (
        "AL-internationalNews-1472-20180604"
    )


def test_every_sentence_weighs_one(tmp_path: Path) -> None:
    """A car-bomb report with several triggers counts as much as a one-trigger sentence: its
    candidates share a weight of one."""
    gold = _slice(
        shared_path("benchmarks", "arabic-event-gsr") / "assault_dev.jsonl", tmp_path / "a.jsonl", 30
    )
    sentences = [s for s in load_gold([gold]) if s.candidate_features]
    assert any(len(s.candidate_features) >= 3 for s in sentences)
    weights: dict[str, float] = {}
    for (f, label, weight), sentence in zip(
        _examples(sentences), [s for s in sentences for _ in s.candidate_features], strict=True
    ):
        assert f in sentence.candidate_features and label == sentence.positive
        weights[sentence.doc_id] = weights.get(sentence.doc_id, 0.0) + weight
    assert weights and all(abs(total - 1.0) < 1e-9 for total in weights.values())


def test_a_threshold_tie_goes_to_recall() -> None:
    # Two positives score 0.3 and 0.9, one negative 0.5: thresholds up to 0.3 keep both positives
    # and the negative (F1 0.8), those above 0.5 one positive alone (F1 0.667); 0.31-0.50 F1 0.5.
    scored = [(0.3, True), (0.9, True), (0.5, False)]
    assert _best_threshold([scored]) == 0.05
    assert prf(scored, 0.05)["f1"] == prf(scored, 0.3)["f1"] > prf(scored, 0.6)["f1"]
    # Within half a point of the best is a tie too; beyond it, the best wins.
    near = [(0.9, True)] * 99 + [(0.2, True), (0.2, False)]
    assert _best_threshold([near]) == 0.05
    # The curve is read smoothed over 0.04 on each side: past a step (F1 0.87 up to 0.20, 0.95 from
    # 0.21) the threshold sits where its whole window is past the step, not on the step's edge.
    far = [(0.9, True)] * 9 + [(0.2, True)] + [(0.2, False)] * 3
    assert _best_threshold([far]) == 0.25


def test_a_tie_is_as_wide_as_the_fold_noise() -> None:
    """Pooled, the high thresholds win (F1 0.90 against 0.88 from 0.20 down), but the two fold
    shuffles disagree (0.95 and 0.86 there; 0.80 and 0.96 low): the gap is within the standard error
    of the best, so the lowest threshold ties. Shuffles that agree leave the half-point tie alone."""
    one = [(0.9, True)] * 9 + [(0.2, True)] + [(0.2, False)] * 5
    other = [(0.9, True)] * 9 + [(0.2, True)] * 3 + [(0.2, False)]
    assert prf(one + other, 0.5)["f1"] > prf(one + other, 0.2)["f1"]
    assert _best_threshold([one, other]) == 0.05
    assert _best_threshold([one, one]) == 0.25
