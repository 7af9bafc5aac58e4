"""A small window network whose label scores are added to the CRF's before decoding.

Each word becomes a dense vector: its corpus word vector (``hadath.text.vectors``, zero when the
word is unknown) and learned embeddings of its CRF attributes' values (form, clitic stem and
prefix, shape, length, cluster, coarse cluster, stem prefixes and word suffixes). The vectors of
the word and its neighbours (``reach`` each side) feed one hidden layer (ReLU), which gives a
score per BIO label. Trained with numpy alone (cross-entropy per token, Adam), deterministic for a
seed. ``NerTagger`` decodes the CRF's state scores plus ``alpha`` times these (crfsuite's Viterbi,
the CRF's transitions); ``alpha`` is stored with the weights.

Tagging caches, per distinct word, its contribution to the hidden layer at each window slot, so a
sentence costs a few shifted additions, a ReLU and one small matrix product.

``hadath train-ner`` trains it beside the CRF (``models/ner_network.npz`` beside
``models/ner.crfsuite``); ``hadath train-ner --network-only`` trains it alone for the CRF already
at ``--output``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
        self._tables = [weights[f"table_{name}"] for name in _FIELDS]
        hidden = len(weights["b1"])
        self.width = len(weights["w1"]) // _input_width()  # window slots
        self.reach = self.width // 2
        # w1 as [input, slot * hidden]: a word's input times it gives its part at every slot.
        self._by_slot = (
            weights["w1"].reshape(self.width, -1, hidden).transpose(1, 0, 2).reshape(-1, self.width * hidden)
        )
        self._edges = self.project(None) * self.reach
        self._hidden = hidden

    def project(self, features: WordFeatures | None) -> bytes:
        """What the word adds to the hidden layer of the words around it: ``[slot, hidden]``
        float32 values, slot ``reach`` for the word itself, as bytes (a sentence joins its words'
        bytes into one array at the cost of a string join). None is the pseudo-word beyond the
        sentence's ends."""
        parts = [table[k] for table, k in zip(self._tables, self._ids(features), strict=True)]
        return (np.concatenate([_word_vector(features), *parts]) @ self._by_slot).tobytes()

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

    def _ids(self, features: WordFeatures | None) -> list[int]:
        """Per field, the id of the word's value."""
        if features is None:
            return [_EDGE] * len(_FIELDS)
        own = features.own
        return [
            self.vocabularies[name].get(own[index], _UNKNOWN) if own[index] else _UNKNOWN
            for name, (index, _) in _FIELDS.items()
        ]

    def save(self, path: str | Path) -> None:
        """Write the weights (as float16: half the size, and the scores move by about 1e-3) and
        the vocabularies (UTF-8 text, one value a line)."""
        arrays = {name: value.astype(np.float16) for name, value in self.weights.items()}
        arrays["labels"] = _text("\n".join(self.labels))
        arrays["alpha"] = np.array(self.alpha)
        for name, vocabulary in self.vocabularies.items():
            arrays[f"vocabulary_{name}"] = _text("\n".join(sorted(vocabulary, key=vocabulary.__getitem__)))
        with open(path, "wb") as handle:
            np.savez_compressed(handle, **arrays)

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


def _word_vector(features: WordFeatures | None) -> np.ndarray:
    """The corpus vector of the word (else of its stem, else zeros), then the two flags."""
    if features is None:
        return np.concatenate([np.zeros(DIMENSIONS, np.float32), [0.0, 1.0]]).astype(np.float32)
    rows, vectors = word_vectors()
    row = rows.get(features.norm, rows.get(features.own[1]))
    if row is None:
        return np.zeros(_VECTOR_WIDTH, np.float32)
    return np.concatenate([vectors[row], [1.0, 0.0]]).astype(np.float32)


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
    ids = np.array([shell._ids(feature) for feature in features] + [shell._ids(None)], dtype=np.intp)
    vectors = np.array([_word_vector(feature) for feature in features] + [_word_vector(None)])

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
