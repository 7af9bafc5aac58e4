"""Scoring named-entity tags the way conlleval does (pure functions), and reading CoNLL files.

An entity counts as correct only when its type and its exact token span agree with the gold. Entities
are read from BIO tags with conlleval's rules: an entity starts at B-X, at I-X after O or after a
different type (so ``O I-LOC`` and ``B-PER I-LOC`` both start a LOC), and ends before O, B-, a type
change or the end of the sentence. A tag that is neither B-X nor I-X counts as O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

# (type, first token, one past the last token)
Chunk = tuple[str, int, int]
# (tokens, BIO tags) of one sentence
Sentence = tuple[list[str], list[str]]


def read_conll(path: str) -> list[Sentence]:
    """Sentences of a CoNLL file: first column the token, last column the tag, blank line between
    sentences; ``-DOCSTART-`` lines are skipped. A line without a tag column is an error: this is gold.

    Columns are tab-separated when the line has a tab (ANERcorp has a few empty tokens, ``\tO``),
    else whitespace-separated.
    """
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            columns = line.rstrip("\r\n").split("\t") if "\t" in line else line.split()
            if not line.strip() or columns[0] == "-DOCSTART-":
                if tokens:
                    sentences.append((tokens, tags))
                    tokens, tags = [], []
                continue
            if len(columns) < 2:
                raise ValueError(f"{path}:{number}: expected a token and a tag, got {line.strip()!r}")
            tokens.append(columns[0])
            tags.append(columns[-1])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


@cache  # a handful of distinct tags, split once: chunks runs on every sentence `hadath extract` tags
def _split_tag(tag: str) -> tuple[str, str]:
    """(prefix, type) of a BIO tag; anything but B-X / I-X is ("O", "")."""
    prefix, _, entity_type = tag.partition("-")
    if prefix in ("B", "I") and entity_type:
        return prefix, entity_type
    return "O", ""


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """The entities of one sentence's BIO tags, with conlleval's rules (see the module docstring)."""
    found: list[Chunk] = []
    open_type, open_start = "", 0
    for index, tag in enumerate(tags):
        prefix, entity_type = _split_tag(tag)
        continues = prefix == "I" and entity_type == open_type
        if open_type and not continues:
            found.append((open_type, open_start, index))
            open_type = ""
        if prefix != "O" and not continues:
            open_type, open_start = entity_type, index
    if open_type:
        found.append((open_type, open_start, len(tags)))
    return found


def score_entities(gold_tags: Sequence[Sequence[str]], pred_tags: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Entity-level precision, recall and F1 per type and overall (micro), plus token accuracy.

    ``gold_tags`` and ``pred_tags`` hold one tag list per sentence, aligned token for token.
    """
    if len(gold_tags) != len(pred_tags):
        raise ValueError(f"{len(gold_tags)} gold sentences but {len(pred_tags)} predicted")
    gold_counts: Counter[str] = Counter()
    pred_counts: Counter[str] = Counter()
    correct_counts: Counter[str] = Counter()
    tokens = tokens_right = 0
    for number, (gold, pred) in enumerate(zip(gold_tags, pred_tags, strict=True)):
        if len(gold) != len(pred):
            raise ValueError(f"sentence {number}: {len(gold)} gold tags but {len(pred)} predicted")
        gold_chunks, pred_chunks = set(chunks(gold)), set(chunks(pred))
        gold_counts.update(chunk[0] for chunk in gold_chunks)
        pred_counts.update(chunk[0] for chunk in pred_chunks)
        correct_counts.update(chunk[0] for chunk in gold_chunks & pred_chunks)
        tokens += len(gold)
        tokens_right += sum(g == p for g, p in zip(gold, pred, strict=True))
    by_type = {
        entity_type: _prf(gold_counts[entity_type], pred_counts[entity_type], correct_counts[entity_type])
        for entity_type in sorted(gold_counts | pred_counts)
    }
    overall = _prf(gold_counts.total(), pred_counts.total(), correct_counts.total())
    return {
        "overall": overall,
        "by_type": by_type,
        "tokens": tokens,
        "token_accuracy": round(tokens_right / tokens, 4) if tokens else None,
    }


def _prf(gold: int, predicted: int, correct: int) -> dict[str, Any]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }
