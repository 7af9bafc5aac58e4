"""Training the acceptance model on sentence-level gold.

Each gold sentence is judged for one event type: does it report such an event? Every candidate
of that type the model judges (``acceptance.reportable``: a report of what happened, not a
participant noun) inherits the sentence's label and a weight of one over the sentence's
candidates, so that every sentence counts once: a car-bomb report with five triggers (سيارة
مفخخة، انفجرت، مقتل، أصيب ...) no longer outweighs five one-trigger sentences (pooled CV with
L2 2: ASSAULT F1 +0.4 to +2.1 over three fold shuffles; with the ASSAULT sentence words it keeps
the 2018 PROTEST recall that unweighted training loses). A sentence counts as detected when any
of its candidates passes the threshold. Thresholds are chosen on out-of-fold
probabilities of a k-fold cross-validation grouped by source article, repeated with different
fold assignments and pooled (one split's threshold swings with a handful of sentences), and the CV
scores reported are those pooled out-of-fold scores, never training-set scores. The shipped model
is then fitted on all sentences. Reproduce it with::

    hadath train-acceptance ../shared/benchmarks/arabic-event-gsr/*_dev.jsonl \\
        --extra tests/data/acceptance_2018.jsonl

Two gold formats are read, one JSON object a line:

- benchmark (arabic-event-gsr): ``event_type`` and ``label`` yes / no / ambiguous;
- hand-labelled (tests/data/*.jsonl): ``events``, each with ``type`` and ``status``, optionally
  ``background`` (the event is the cause, context or history of the sentence, not its news) and a
  row-level ``labelled_types``. A sentence is positive for a type with a foreground event of that
  type that happened (occurred or ongoing); one whose only such events are background is left
  out, because the benchmark judges those "no" and a reader of news would say "yes".

``--extra`` files are training material only: their sentences join every training fold, while the
thresholds and the reported scores come from the gold files alone. The extra set is 2018 news, so
the model stops rejecting the way 2018 reports are written; the gold stays the yardstick.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from math import sqrt
from pathlib import Path
from statistics import mean, stdev
from typing import Any

from hadath.events.acceptance import REPORTED_STATUSES, AcceptanceModel, features, reportable
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


def _judgements(row: dict[str, Any], types: Sequence[str]) -> Iterator[tuple[str, bool]]:
    """(event type, reports it?) for each type a gold row judges; undecided types are skipped. A
    hand-labelled row judges its ``labelled_types`` (default: ``types``), limited to ``types``."""
    if "label" in row:
        if row["label"] in ("yes", "no"):
            yield row["event_type"], row["label"] == "yes"
        return
    happened = [e for e in row["events"] if e["status"] in REPORTED_STATUSES]
    for event_type in row.get("labelled_types") or types:
        if types and event_type not in types:
            continue
        if any(e["type"] == event_type and not e.get("background") for e in happened):
            yield event_type, True
        elif not any(e["type"] == event_type for e in happened):
            yield event_type, False


def _rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


def article_of(doc_id: str, benchmark: bool) -> str:
    """The group a sentence's cross-validation fold follows. Benchmark ids are article-sentence
    ("gsr-protest-AAW_ARB_20080409.0035-7"); some are a bare per-sentence hash
    ("gsr-protest-b090e3b8ec026227", a third of the PROTEST split) and stand alone: grouping them by
    the id's prefix put all of them in one fold. Hand-labelled ids name the article."""
    if not benchmark:
        return doc_id
    stem, _, sentence = doc_id.rpartition("-")
    return stem if sentence.isdigit() and stem.count("-") >= 2 else doc_id


def load_gold(paths: Iterable[Path], types: Sequence[str] = ()) -> list[GoldSentence]:
    """Sentences of benchmark and hand-labelled gold, judged for ``types`` (all types when empty)."""
    sentences = []
    for row in _rows(paths):
        judged = list(_judgements(row, types))
        if not judged:
            continue
        found = [c for c in candidates(row["text"], row.get("date")) if reportable(c)]
        article = article_of(row["doc_id"], "label" in row)
        for event_type, positive in judged:
            sentences.append(
                GoldSentence(
                    row["doc_id"],
                    article,
                    row["text"],
                    row.get("date"),
                    event_type,
                    positive,
                    [features(c) for c in found if c.event.type == event_type],
                )
            )
    return sentences


Example = tuple[dict[str, float], bool, float]  # (candidate features, gold label, sample weight)


def fit(examples: Sequence[Example], l2: float, min_count: int = 2) -> tuple[dict[str, float], float]:
    """Sample-weighted, L2-regularised logistic regression (L-BFGS over a sparse matrix); returns
    (weights, bias)."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts: dict[str, int] = defaultdict(int)
    for f, _, _ in examples:
        for name in f:
            counts[name] += 1
    column = {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
    rows, cols, values = [], [], []
    for row, (f, _, _) in enumerate(examples):
        for name, value in f.items():
            if name in column:
                rows.append(row)
                cols.append(column[name])
                values.append(value)
    x = csr_matrix((values, (rows, cols)), shape=(len(examples), len(column)))
    y = np.array([float(label) for _, label, _ in examples])
    sample = np.array([weight for _, _, weight in examples])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        nll = sample @ (np.logaddexp(0.0, z) - y * z)
        residual = sample * (p - y)
        gradient = np.append(x.T @ residual + l2 * w[:-1], residual.sum())
        return float(nll + 0.5 * l2 * w[:-1] @ w[:-1]), gradient

    w = minimize(loss, np.zeros(len(column) + 1), jac=True, method="L-BFGS-B").x
    weights = {name: float(w[i]) for name, i in column.items() if abs(w[i]) > 1e-4}
    return weights, float(w[-1])


def _examples(sentences: Iterable[GoldSentence]) -> list[Example]:
    """Each candidate with its sentence's label; a sentence's candidates share a weight of one."""
    return [(f, s.positive, 1.0 / len(s.candidate_features)) for s in sentences for f in s.candidate_features]


def _sentence_scores(model: AcceptanceModel, sentences: Iterable[GoldSentence]) -> list[tuple[float, bool]]:
    """(highest candidate probability, gold label) per sentence; 0 when it has no candidate."""
    return [(max((model.score(f) for f in s.candidate_features), default=0.0), s.positive) for s in sentences]


def prf(scored: Sequence[tuple[float, bool]], threshold: float) -> dict[str, float]:
    tp = sum(1 for p, gold in scored if p >= threshold and gold)
    fp = sum(1 for p, gold in scored if p >= threshold and not gold)
    fn = sum(1 for p, gold in scored if p < threshold and gold)
    return _rates(tp, fp, fn)


def _rates(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


# The pooled out-of-fold F1 curve is read smoothed: each threshold's F1 is the mean over the
# thresholds within this distance of it. PROTEST's raw curve is flat within about two points over
# 0.22-0.40 and jagged within that, so its highest point - and a tie with it - jumped between 0.32
# and 0.36 from one refit to the next with small changes of the candidates (session 10).
_SMOOTHING = 4  # grid steps (of 0.01) on each side
_GRID = [t / 100 for t in range(5, 96)]


def _smoothed_f1(scored: Sequence[tuple[float, bool]]) -> list[float]:
    f1 = [prf(scored, t)["f1"] for t in _GRID]
    return [mean(f1[max(0, i - _SMOOTHING) : i + _SMOOTHING + 1]) for i in range(len(_GRID))]


# A tie is never narrower than this: the standard error below, from five shuffles, is rough itself
# (PROTEST's ranged 0.3-1.1 points over five seeds).
_F1_TIE = 0.005


def _best_threshold(repeats: Sequence[Sequence[tuple[float, bool]]]) -> float:
    """The lowest threshold whose pooled smoothed F1 ties the best, a tie being within the standard
    error of the best over the fold shuffles (the spread of each shuffle's own smoothed F1 there,
    over the square root of their number): those thresholds differ by fold noise alone. PROTEST's
    error is about a point (seed 13: 1.06; the pooled best varies by 0.99 over five seeds), ASSAULT's
    0.4. With a fixed tie of half a point PROTEST's threshold sat at the edge of the tie on a flat
    stretch, where one changed training candidate moved it 0.33 -> 0.34 (three times in session 20;
    4 of 30 single-candidate drops moved it above 0.333, none with this tie). A tie goes to recall:
    the model fitted to the gold's strict "no"s is conservative on other news (docs/accuracy.md,
    error class 1)."""
    smoothed = _smoothed_f1([p for scored in repeats for p in scored])
    best = max(range(len(_GRID)), key=smoothed.__getitem__)
    at_best = [_smoothed_f1(scored)[best] for scored in repeats]
    error = stdev(at_best) / sqrt(len(at_best)) if len(at_best) > 1 else 0.0
    return min(t for t, f in zip(_GRID, smoothed, strict=True) if f >= smoothed[best] - max(error, _F1_TIE))


def cross_validate(
    sentences: Sequence[GoldSentence],
    folds: int,
    l2: float,
    extra: Sequence[GoldSentence] = (),
    repeats: int = 1,
    seed: int = 13,
) -> dict[str, object]:
    """Out-of-fold probabilities of ``repeats`` differently shuffled k-fold splits, pooled ->
    per-type thresholds and cross-validated P/R/F1 (counts are summed over the repeats).

    The pooled P/R/F1 is read at the threshold chosen on those same scores, a little optimistic;
    ``nested`` reads each test fold at the threshold chosen without its articles' scores, as a
    threshold meets unseen sentences; ``misjudged`` lists the sentences the pooled threshold gets
    wrong (see :func:`_misjudged`)."""
    articles = sorted({s.article for s in sentences})
    examples_extra = _examples(extra)
    # event type -> repeat -> (article, (probability, label)) of every sentence, out of fold
    out_of_fold: dict[str, list[list[tuple[str, tuple[float, bool]]]]] = defaultdict(
        lambda: [[] for _ in range(repeats)]
    )
    probabilities: list[list[float]] = [[] for _ in sentences]  # each sentence's, one a repeat
    test_folds: list[tuple[int, set[str]]] = []
    for repeat in range(repeats):
        shuffled = articles[:]
        random.Random(seed + repeat).shuffle(shuffled)
        fold_of = {a: i % folds for i, a in enumerate(shuffled)}
        for k in range(folds):
            train = [s for s in sentences if fold_of[s.article] != k]
            test = [i for i, s in enumerate(sentences) if fold_of[s.article] == k]
            test_folds.append((repeat, {sentences[i].article for i in test}))
            model = AcceptanceModel(*fit(_examples(train) + examples_extra, l2), {})
            for i, scored in zip(test, _sentence_scores(model, [sentences[i] for i in test]), strict=True):
                out_of_fold[sentences[i].event_type][repeat].append((sentences[i].article, scored))
                probabilities[i].append(scored[0])
    report: dict[str, object] = {}
    for event_type, by_repeat in sorted(out_of_fold.items()):
        threshold = _best_threshold([[p for _, p in scored] for scored in by_repeat])
        nested = {"tp": 0, "fp": 0, "fn": 0}
        for repeat, held_out in test_folds:
            rest = [[p for a, p in scored if a not in held_out] for scored in by_repeat]
            fold = [p for a, p in by_repeat[repeat] if a in held_out]
            counts = prf(fold, _best_threshold(rest))
            nested = {key: nested[key] + int(counts[key]) for key in nested}
        report[event_type] = {
            "threshold": threshold,
            **prf([p for scored in by_repeat for _, p in scored], threshold),
            "sentences": len(by_repeat[0]),
            "nested": _rates(**nested),
            "misjudged": _misjudged(
                [
                    (s, mean(p))
                    for s, p in zip(sentences, probabilities, strict=True)
                    if s.event_type == event_type
                ],
                threshold,
            ),
        }
    return report


def _misjudged(scored: Iterable[tuple[GoldSentence, float]], threshold: float) -> list[dict[str, object]]:
    """The false alarms and misses of a type at its threshold, read by each sentence's mean
    out-of-fold probability over the repeats, highest first: what a session reads to find where
    unseen sentences lose (a sentence with no candidate is a miss at 0)."""
    wrong = [(s, p) for s, p in scored if (p >= threshold) != s.positive]
    return [
        {"doc_id": s.doc_id, "positive": s.positive, "probability": p, "text": s.text}
        for s, p in sorted(wrong, key=lambda sp: -sp[1])
    ]


def train(
    gold_paths: Sequence[Path],
    output: Path,
    folds: int = 5,
    l2: float = 2.0,
    extra_paths: Sequence[Path] = (),
    repeats: int = 5,
) -> dict[str, object]:
    """Cross-validate, then fit on everything and write the model; returns the CV report."""
    sentences = load_gold(gold_paths)
    types = sorted({s.event_type for s in sentences})
    extra = load_gold(extra_paths, types)
    report = cross_validate(sentences, folds, l2, extra, repeats)
    model = AcceptanceModel(*fit(_examples(sentences) + _examples(extra), l2), {})
    model.thresholds = {t: r["threshold"] for t, r in report.items()}  # type: ignore[index]
    model.save(output)
    return {
        "folds": folds,
        "repeats": repeats,
        "l2": l2,
        "extra_sentences": len(extra),
        "cross_validated": report,
        "features": len(model.weights),
    }
