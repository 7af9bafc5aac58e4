"""Training the acceptance model on sentence-level gold (the arabic-event-gsr format).

Each gold sentence is judged for one event type: does it report such an event? Every candidate
of that type (with a reportable status) inherits the sentence's label. A sentence counts as
detected when any of its candidates passes the threshold. Thresholds are chosen on out-of-fold
probabilities of a k-fold cross-validation grouped by source article, and the CV scores reported
are those out-of-fold scores, never training-set scores. The shipped model is then fitted on all
sentences. Reproduce it with::

    hadath train-acceptance ../shared/benchmarks/arabic-event-gsr/*_dev.jsonl
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hadath.events.acceptance import REPORTED_STATUSES, AcceptanceModel, features
from hadath.pipeline import candidates


@dataclass(slots=True)
class GoldSentence:
    doc_id: str
    article: str  # sentences of one source article stay in one fold
    text: str
    date: str | None
    event_type: str
    positive: bool
    candidate_features: list[dict[str, float]]


def load_gold(paths: Iterable[Path]) -> list[GoldSentence]:
    sentences = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["label"] not in ("yes", "no"):
                continue
            found = [
                features(c)
                for c in candidates(row["text"], row.get("date"))
                if c.event.type == row["event_type"] and c.event.status in REPORTED_STATUSES
            ]
            article = row["doc_id"].rsplit("-", 1)[0]
            sentences.append(
                GoldSentence(
                    row["doc_id"],
                    article,
                    row["text"],
                    row.get("date"),
                    row["event_type"],
                    row["label"] == "yes",
                    found,
                )
            )
    return sentences


def fit(
    examples: Sequence[tuple[dict[str, float], bool]], l2: float, min_count: int = 2
) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression (L-BFGS over a sparse matrix); returns (weights, bias)."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts: dict[str, int] = defaultdict(int)
    for f, _ in examples:
        for name in f:
            counts[name] += 1
    column = {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
    rows, cols, values = [], [], []
    for row, (f, _) in enumerate(examples):
        for name, value in f.items():
            if name in column:
                rows.append(row)
                cols.append(column[name])
                values.append(value)
    x = csr_matrix((values, (rows, cols)), shape=(len(examples), len(column)))
    y = np.array([float(label) for _, label in examples])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        nll = np.logaddexp(0.0, z).sum() - y @ z
        gradient = np.append(x.T @ (p - y) + l2 * w[:-1], (p - y).sum())
        return float(nll + 0.5 * l2 * w[:-1] @ w[:-1]), gradient

    w = minimize(loss, np.zeros(len(column) + 1), jac=True, method="L-BFGS-B").x
    weights = {name: float(w[i]) for name, i in column.items() if abs(w[i]) > 1e-4}
    return weights, float(w[-1])


def _examples(sentences: Iterable[GoldSentence]) -> list[tuple[dict[str, float], bool]]:
    return [(f, s.positive) for s in sentences for f in s.candidate_features]


def _sentence_scores(model: AcceptanceModel, sentences: Iterable[GoldSentence]) -> list[tuple[float, bool]]:
    """(highest candidate probability, gold label) per sentence; 0 when it has no candidate."""
    return [(max((model.score(f) for f in s.candidate_features), default=0.0), s.positive) for s in sentences]


def prf(scored: Sequence[tuple[float, bool]], threshold: float) -> dict[str, float]:
    tp = sum(1 for p, gold in scored if p >= threshold and gold)
    fp = sum(1 for p, gold in scored if p >= threshold and not gold)
    fn = sum(1 for p, gold in scored if p < threshold and gold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def _best_threshold(scored: Sequence[tuple[float, bool]]) -> float:
    grid = [t / 100 for t in range(5, 96)]
    # Ties go to the higher threshold: precision on unseen news matters more than a lucky recall.
    return max(grid, key=lambda t: (round(prf(scored, t)["f1"], 4), t))


def cross_validate(
    sentences: Sequence[GoldSentence], folds: int, l2: float, seed: int = 13
) -> dict[str, object]:
    """Out-of-fold probabilities -> per-type thresholds and cross-validated P/R/F1."""
    articles = sorted({s.article for s in sentences})
    random.Random(seed).shuffle(articles)
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    out_of_fold: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for k in range(folds):
        train = [s for s in sentences if fold_of[s.article] != k]
        test = [s for s in sentences if fold_of[s.article] == k]
        model = AcceptanceModel(*fit(_examples(train), l2), {})
        for s, scored in zip(test, _sentence_scores(model, test), strict=True):
            out_of_fold[s.event_type].append(scored)
    report: dict[str, object] = {}
    for event_type, scored in sorted(out_of_fold.items()):
        threshold = _best_threshold(scored)
        report[event_type] = {"threshold": threshold, **prf(scored, threshold), "sentences": len(scored)}
    return report


def train(gold_paths: Sequence[Path], output: Path, folds: int = 5, l2: float = 1.0) -> dict[str, object]:
    """Cross-validate, then fit on everything and write the model; returns the CV report."""
    sentences = load_gold(gold_paths)
    report = cross_validate(sentences, folds, l2)
    model = AcceptanceModel(*fit(_examples(sentences), l2), {})
    model.thresholds = {t: r["threshold"] for t, r in report.items()}  # type: ignore[index]
    model.save(output)
    return {"folds": folds, "l2": l2, "cross_validated": report, "features": len(model.weights)}
