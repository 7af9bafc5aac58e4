"""A small window network whose label scores are added to the CRF's before decoding.

Each word becomes a dense vector: its corpus word vector (``hadath.text.vectors``, zero when the
word is unknown) and learned embeddings of its CRF attributes' values (form, clitic stem and
prefix, shape, length, cluster, coarse cluster, stem prefixes and word suffixes). The vectors of
the word and its neighbours (``reach`` each side) feed one hidden layer (ReLU), which gives a
score per BIO label. Trained with numpy alone (cross-entropy per token, Adam), deterministic for a
seed. ``NerTagger`` decodes the CRF's state scores plus ``alpha`` times these (crfsuite's Viterbi,
the CRF's transitions); ``alpha`` is stored with the weights.

Tagging caches, per distinct word, its contribution to the hidden layer at each window slot, so a
sentence costs a few shifted additions, a ReLU and one small matrix product. A sentence's new words
get theirs together (``project``): their inputs gathered in a few array operations, then a matrix
product per 8 words, about two thirds of the CPU of a vector-matrix product each (the first sight
of a word is most of the network's cost in one ``hadath extract`` run).

``hadath train-ner`` trains it beside the CRF (``models/ner_network.npz`` beside
``models/ner.crfsuite``); ``hadath train-ner --network-only`` trains it alone for the CRF already
at ``--output``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from hadath.text.vectors import DIMENSIONS, word_vectors

if TYPE_CHECKING:
    from hadath.entities.ner import WordFeatures

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
# Words per matrix product when tagging: OpenBLAS spreads products of more than a million
# multiply-adds (here 8 x 146 x 640 = 0.75M) over threads, which cost more CPU than they save
# (measured: 12 words at once cost 6 times 10 when the other core is busy).
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
        tables = [weights[f"table_{name}"] for name in _FIELDS]
        # The field embeddings as one flat array and, per input column after the corpus vector's,
        # its field, the field's width and where the column's values start in it: the embeddings
        # of a batch of words are then one take, flat index = start + value id * width.
        self._flat = np.concatenate([table.ravel() for table in tables])
        fields, widths, starts, base = [], [], [], 0
        for field, table in enumerate(tables):
            rows, width = table.shape
            fields += [field] * width
            widths += [width] * width
            starts += range(base, base + width)
            base += rows * width
        self._column_field, self._column_width, self._column_start = (
            np.array(values, dtype=np.intp) for values in (fields, widths, starts)
        )
        hidden = len(weights["b1"])
        self.width = len(weights["w1"]) // _input_width()  # window slots
        self.reach = self.width // 2
        # w1 as [input, slot * hidden]: a word's input times it gives its part at every slot.
        self._by_slot = (
            weights["w1"].reshape(self.width, -1, hidden).transpose(1, 0, 2).reshape(-1, self.width * hidden)
        )
        self._edges = self.project([None])[0] * self.reach
        self._hidden = hidden

    def project(self, words: Sequence[WordFeatures | None]) -> list[bytes]:
        """What each word adds to the hidden layer of the words around it: ``[slot, hidden]``
        float32 values, slot ``reach`` for the word itself, as bytes (a sentence joins its words'
        bytes into one array at the cost of a string join). None is the pseudo-word beyond the
        sentence's ends. The tagger passes a sentence's new words together: a few array operations
        for all of them cost less than a vector-matrix product each (in ``hadath extract`` on the
        gold sentences, 19 instead of 30 us a word)."""
        inputs = self._inputs(words)
        return [
            row.tobytes()
            for start in range(0, len(inputs), _PRODUCT_ROWS)
            for row in inputs[start : start + _PRODUCT_ROWS] @ self._by_slot
        ]

    def scores(self, projections: Iterable[bytes]) -> np.ndarray:
        """``[token, label]``: label scores of one non-empty sentence, from its words' ``project``
        (unnormalised: the path through them is that of their log-probabilities)."""
        joined = np.frombuffer(b"".join((self._edges, *projections, self._edges)), dtype=np.float32)
        stack = joined.reshape(-1, self.width, self._hidden)
        count = len(stack) - 2 * self.reach
        hidden = self.weights["b1"] + stack[0:count, 0]
        for slot in range(1, self.width):
            hidden += stack[slot : slot + count, slot]
        return np.maximum(hidden, 0.0, out=hidden) @ self.weights["w2"] + self.weights["b2"]

    def _inputs(self, words: Sequence[WordFeatures | None]) -> np.ndarray:
        """``[word, input]``: the corpus vectors (``_vector_inputs``), then the embeddings of the
        words' values field by field."""
        ids = self._ids(words).take(self._column_field, axis=1)
        embeddings = self._flat.take(ids * self._column_width + self._column_start)
        return np.concatenate([_vector_inputs(words), embeddings], axis=1)

    def _ids(self, words: Sequence[WordFeatures | None]) -> np.ndarray:
        """``[word, field]``: the id of each word's value of each field (unknown for values the
        vocabulary lacks, None and "" included)."""
        ids: list[int] = []
        for word in words:  # one flat list: numpy reads it faster than a list of lists
            ids += (
                (_EDGE,) * len(_FIELDS)
                if word is None
                else map(dict.get, self._vocabularies, _OWN_FIELDS(word.own), repeat(_UNKNOWN))
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
        return cls(labels, vocabularies, weights, alpha)


def _text(value: str) -> np.ndarray:
    return np.frombuffer(value.encode("utf-8"), dtype=np.uint8)


def _input_width() -> int:
    return _VECTOR_WIDTH + sum(width for _, width in _FIELDS.values())


def _vector_inputs(words: Sequence[WordFeatures | None]) -> np.ndarray:
    """``[word, _VECTOR_WIDTH]``: the corpus vector of each word (else of its stem, else zeros),
    then the flags "has one" and "edge" (None, the pseudo-word beyond the sentence's ends)."""
    rows, vectors = word_vectors()
    found = [None if word is None else rows.get(word.norm, rows.get(word.own[1])) for word in words]
    inputs = np.zeros((len(words), _VECTOR_WIDTH), np.float32)
    has = np.array([row is not None for row in found], dtype=bool)
    inputs[has, :DIMENSIONS] = vectors.take([row for row in found if row is not None], axis=0)
    inputs[:, DIMENSIONS] = has
    inputs[:, DIMENSIONS + 1] = [word is None for word in words]
    return inputs


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
    ids, vectors = shell._ids([*features, None]), _vector_inputs([*features, None])

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
