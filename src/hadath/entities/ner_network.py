"""A small window network whose label scores are added to the CRF's before decoding.

Each word becomes a dense vector: its corpus word vector (``hadath.text.vectors``, zero when the
word is unknown) and learned embeddings of its CRF attributes' values (form, clitic stem and
prefix, shape, length, cluster, coarse cluster, stem prefixes and word suffixes). The vectors of
the word and its neighbours (``reach`` each side) feed one hidden layer (ReLU), which gives a
score per BIO label. Trained with numpy alone (cross-entropy per token, Adam), deterministic for a
seed. ``NerTagger`` decodes the CRF's state scores plus ``alpha`` times these (crfsuite's Viterbi,
the CRF's transitions); ``alpha`` is stored with the weights.

Tagging caches, per distinct word, its input vector; ``NerTagger`` asks for the scores of the
tokens whose CRF label is unsure only, each from its window's inputs (one small matrix product).

``hadath train-ner`` trains it beside the CRF (``models/ner_network.npz`` beside
``models/ner.crfsuite``); ``hadath train-ner --network-only`` trains it alone for the CRF already
at ``--output``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path

import numpy as np

from hadath.text.vectors import DIMENSIONS, word_vectors

# A word's ``WordFeatures.own`` values (its normalised form first, then its stem ...), or None for
# the pseudo-word beyond the sentence's ends.
Own = tuple[str | None, ...] | None

# The WordFeatures.own values the network embeds: name -> (index in ner._OWN, embedding width).
_FIELDS = {"w": (0, 16), "stem": (1, 16), "prefix": (2, 4), "shape": (3, 3), "len": (4, 3)}
_FIELDS |= {"cluster": (5, 16), "coarse": (6, 6)}
_FIELDS |= {name: (7 + k, 8) for k, name in enumerate(("p1", "p2", "p3", "s1", "s2", "s3"))}
_UNKNOWN, _EDGE = 0, 1  # reserved ids in every field's vocabulary
_MIN_COUNT = 2  # values seen fewer times in training share the unknown id
_VECTOR_WIDTH = DIMENSIONS + 2  # the corpus vector, then flags "has one" and "edge"
_ADAM = (0.9, 0.999, 1e-8)
# The values of WordFeatures.own the fields take, in _FIELDS order.
_OWN_FIELDS = itemgetter(*(index for index, _ in _FIELDS.values()))
# Windows per matrix product when tagging: OpenBLAS spreads products of more than a million
# multiply-adds (here 8 x 730 x 128 = 0.75M) over threads, which cost more CPU than they save
# when the other core is busy.
_PRODUCT_ROWS = 8


@dataclass(frozen=True, slots=True)
class NetworkParams:
    hidden: int = 128
    reach: int = 2  # neighbours each side
    epochs: int = 6
    batch: int = 64
    learning_rate: float = 1e-3
    dropout: float = 0.3  # on the window's input vector
    alpha: float = 0.3  # weight of the network's scores against the CRF's (chosen in CV)
    seed: int = 0


class WindowNetwork:
    """Weights and vocabularies of a trained window network (see the module docstring)."""

    def __init__(
        self,
        labels: Sequence[str],
        vocabularies: dict[str, dict[str, int]],
        weights: dict[str, np.ndarray],
        alpha: float,
    ):
        self.labels = tuple(labels)
        self.vocabularies = vocabularies
        self.weights = weights
        self.alpha = alpha
        self._vocabularies = [vocabularies[name] for name in _FIELDS]
        # Each field's embedding rows as bytes by value, and its unknown row: a word's input is
        # then its corpus vector's bytes and one join of these, with no array operation per field.
        self._rows: list[dict[str, bytes]] = []
        self._unknown_rows: list[bytes] = []
        for name in _FIELDS:
            rows = list(map(bytes, weights[f"table_{name}"]))
            self._rows.append({value: rows[k] for value, k in vocabularies[name].items()})
            self._unknown_rows.append(rows[_UNKNOWN])
        self._edge_rows = b"".join(bytes(weights[f"table_{name}"][_EDGE]) for name in _FIELDS)
        self.width = len(weights["w1"]) // _input_width()  # window slots
        self.reach = self.width // 2
        self._edge = self.inputs([None])[0]

    def inputs(self, words: Sequence[Own]) -> list[bytes]:
        """Each word's input vector (float32, as bytes: a window joins its words' bytes into one
        array at the cost of a string join): its ``_vector_inputs`` row, then its values'
        embeddings field by field. None is the pseudo-word beyond the sentence's ends."""
        table = _vector_table()[1]
        return [
            table[row].tobytes()
            + (
                self._edge_rows
                if word is None
                else b"".join(map(dict.get, self._rows, _OWN_FIELDS(word), self._unknown_rows))
            )
            for word, row in zip(words, _vector_rows(words), strict=True)
        ]

    def scores(self, inputs: Sequence[bytes | None], positions: Sequence[int] | None = None) -> np.ndarray:
        """``[position, label]``: label scores of one non-empty sentence from its words'
        ``inputs`` (unnormalised: the path through them is that of their log-probabilities), at
        every token or at ``positions`` only (then only the words within ``reach`` of those are
        read: the others may be None)."""
        at = range(len(inputs)) if positions is None else positions
        padded = [self._edge] * self.reach + list(inputs) + [self._edge] * self.reach
        windows = b"".join(chain.from_iterable(padded[i : i + self.width] for i in at))
        x = np.frombuffer(windows, dtype=np.float32).reshape(len(at), -1)
        w1 = self.weights["w1"]
        hidden = (
            x @ w1
            if len(x) <= _PRODUCT_ROWS
            else np.concatenate([x[k : k + _PRODUCT_ROWS] @ w1 for k in range(0, len(x), _PRODUCT_ROWS)])
        )
        hidden += self.weights["b1"]
        return np.maximum(hidden, 0.0, out=hidden) @ self.weights["w2"] + self.weights["b2"]

    def _ids(self, words: Sequence[Own]) -> np.ndarray:
        """``[word, field]``: the id of each word's value of each field (unknown for values the
        vocabulary lacks, None and "" included)."""
        ids: list[int] = []
        for word in words:  # one flat list: numpy reads it faster than a list of lists
            ids += (
                (_EDGE,) * len(_FIELDS)
                if word is None
                else map(dict.get, self._vocabularies, _OWN_FIELDS(word), repeat(_UNKNOWN))
            )
        return np.array(ids, dtype=np.intp).reshape(len(words), len(_FIELDS))

    def save(self, path: str | Path) -> None:
        """Write the weights (as float16: half the size, and the scores move by about 1e-3) and
        the vocabularies (UTF-8 text, one value a line), not compressed: loading then costs a
        process 3 ms instead of 12."""
        arrays = {name: value.astype(np.float16) for name, value in self.weights.items()}
        arrays["labels"] = _text("\n".join(self.labels))
        arrays["alpha"] = np.array(self.alpha)
        for name, vocabulary in self.vocabularies.items():
            arrays[f"vocabulary_{name}"] = _text("\n".join(sorted(vocabulary, key=vocabulary.__getitem__)))
        with open(path, "wb") as handle:
            np.savez(handle, **arrays)

    @classmethod
    def load(cls, path: str | Path) -> WindowNetwork:
        with np.load(path) as arrays:
            contents = {name: arrays[name] for name in arrays.files}
        labels = contents.pop("labels").tobytes().decode().split("\n")
        alpha = float(contents.pop("alpha"))
        vocabularies = {}
        for name in _FIELDS:
            values = contents.pop(f"vocabulary_{name}").tobytes().decode()
            vocabularies[name] = {
                value: 2 + k for k, value in enumerate(values.split("\n") if values else ())
            }
        weights = {name: value.astype(np.float32) for name, value in contents.items()}
        _vector_table()  # now, not at the first unsure token: in hadath extract, before workers fork
        return cls(labels, vocabularies, weights, alpha)


def _text(value: str) -> np.ndarray:
    return np.frombuffer(value.encode("utf-8"), dtype=np.uint8)


def _input_width() -> int:
    return _VECTOR_WIDTH + sum(width for _, width in _FIELDS.values())


def _vector_inputs(words: Sequence[Own]) -> np.ndarray:
    """``[word, _VECTOR_WIDTH]``: the corpus vector of each word (else of its stem, else zeros),
    then the flags "has one" and "edge" (None, the pseudo-word beyond the sentence's ends)."""
    return _vector_table()[1].take(_vector_rows(words), axis=0)


def _vector_rows(words: Sequence[Own]) -> list[int]:
    """Each word's row of ``_vector_table``."""
    rows, table = _vector_table()
    missing, edge = len(table) - 2, len(table) - 1
    return [edge if word is None else rows.get(word[0], rows.get(word[1], missing)) for word in words]


@cache
def _vector_table() -> tuple[dict[str, int], np.ndarray]:
    """The corpus vectors' rows by word and every row of ``_vector_inputs`` as one table (a word's
    inputs are then one take): each vector with the flag "has one", then the row of a word without
    one, then the edge pseudo-word's."""
    rows, vectors = word_vectors()
    table = np.zeros((len(vectors) + 2, _VECTOR_WIDTH), np.float32)
    table[: len(vectors), :DIMENSIONS] = vectors
    table[: len(vectors), DIMENSIONS] = 1.0
    table[-1, DIMENSIONS + 1] = 1.0
    return rows, table


# --- training ----------------------------------------------------------------------------------


def train(
    sentences: Sequence[tuple[list[str], list[str]]],
    labels: Sequence[str],
    params: NetworkParams = NetworkParams(),
) -> WindowNetwork:
    """A network trained on (tokens, BIO tags) sentences; ``labels`` fixes the score columns."""
    from hadath.entities.ner import word_features

    rng = np.random.default_rng(params.seed)
    counts = Counter(token for tokens, _ in sentences for token in tokens)
    distinct = sorted(counts)
    features = [word_features(token) for token in distinct]
    vocabularies = {}
    for name, (index, _) in _FIELDS.items():
        seen: Counter[str] = Counter()
        for token, feature in zip(distinct, features, strict=True):
            if feature.own[index]:
                seen[feature.own[index]] += counts[token]
        kept = sorted(value for value, count in seen.items() if count >= _MIN_COUNT)
        vocabularies[name] = {value: 2 + k for k, value in enumerate(kept)}
    width = 2 * params.reach + 1
    weights = _initial_weights(vocabularies, len(labels), width, params.hidden, rng)
    shell = WindowNetwork(labels, vocabularies, weights, params.alpha)

    # Each token's window as rows of the distinct words; the last row is the edge pseudo-word.
    index = {token: k for k, token in enumerate(distinct)}
    edge = len(distinct)
    windows, targets = [], []
    label_id = {label: k for k, label in enumerate(labels)}
    for tokens, tags in sentences:
        padded = [edge] * params.reach + [index[token] for token in tokens] + [edge] * params.reach
        windows += [padded[i : i + width] for i in range(len(tokens))]
        targets += [label_id[tag] for tag in tags]
    window, y = np.array(windows, dtype=np.intp), np.array(targets, dtype=np.intp)
    owns = [*(feature.own for feature in features), None]
    ids, vectors = shell._ids(owns), _vector_inputs(owns)

    tables = [f"table_{name}" for name in _FIELDS]
    moments = {name: (np.zeros_like(value), np.zeros_like(value)) for name, value in weights.items()}
    beta1, beta2, epsilon = _ADAM
    step = 0
    for _ in range(params.epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(order), params.batch):
            batch = order[start : start + params.batch]
            words = window[batch]  # [example, slot]
            word_ids = ids[words]  # [example, slot, field]
            parts = [vectors[words], *(weights[t][word_ids[:, :, f]] for f, t in enumerate(tables))]
            x = np.concatenate(parts, axis=2).reshape(len(batch), -1)
            keep = (rng.random(x.shape) >= params.dropout).astype(np.float32) / (1 - params.dropout)
            x *= keep
            before = x @ weights["w1"] + weights["b1"]
            hidden = np.maximum(before, 0.0)
            scores = hidden @ weights["w2"] + weights["b2"]
            probabilities = np.exp(scores - scores.max(axis=1, keepdims=True))
            probabilities /= probabilities.sum(axis=1, keepdims=True)
            probabilities[np.arange(len(batch)), y[batch]] -= 1.0
            d_scores = probabilities / len(batch)  # gradient of the mean cross-entropy
            grads = {"w2": hidden.T @ d_scores, "b2": d_scores.sum(axis=0)}
            d_hidden = (d_scores @ weights["w2"].T) * (before > 0)
            grads["w1"], grads["b1"] = x.T @ d_hidden, d_hidden.sum(axis=0)
            d_x = ((d_hidden @ weights["w1"].T) * keep).reshape(len(batch), width, -1)
            column = _VECTOR_WIDTH
            for f, table in enumerate(tables):
                size = weights[table].shape[1]
                grad = np.zeros_like(weights[table])
                np.add.at(
                    grad, word_ids[:, :, f].ravel(), d_x[:, :, column : column + size].reshape(-1, size)
                )
                grads[table] = grad
                column += size
            step += 1
            rate = params.learning_rate * np.sqrt(1 - beta2**step) / (1 - beta1**step)
            for name, grad in grads.items():
                first, second = moments[name]
                first *= beta1
                first += (1 - beta1) * grad
                second *= beta2
                second += (1 - beta2) * grad * grad
                weights[name] -= (rate * first / (np.sqrt(second) + epsilon)).astype(np.float32)
    return WindowNetwork(labels, vocabularies, weights, params.alpha)


def _initial_weights(
    vocabularies: dict[str, dict[str, int]], labels: int, width: int, hidden: int, rng: np.random.Generator
) -> dict[str, np.ndarray]:
    weights = {
        f"table_{name}": rng.standard_normal((len(vocabularies[name]) + 2, size)) * 0.1
        for name, (_, size) in _FIELDS.items()
    }
    inputs = width * _input_width()
    weights["w1"] = rng.standard_normal((inputs, hidden)) * np.sqrt(2 / inputs)
    weights["b1"] = np.zeros(hidden)
    weights["w2"] = rng.standard_normal((hidden, labels)) * np.sqrt(1 / hidden)
    weights["b2"] = np.zeros(labels)
    return {name: value.astype(np.float32) for name, value in weights.items()}
