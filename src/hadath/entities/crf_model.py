"""A trained crfsuite CRF read straight from its model file, and crfsuite decoding of label scores.

The NER tags inside ``hadath extract``, where handing python-crfsuite a sentence's ~20 attribute
strings per token costs more than anything else: each is copied into C++ and looked up in the
model. Reading the weights once lets the tagger add them up itself from cached per-word rows
(see ``NerTagger``); crfsuite's Viterbi then decodes those scores through a stand-in model
(:class:`ScoreDecoder`), so the labels are exactly those crfsuite gives the original attributes.

File layout (crfsuite 0.12, ``crf1dm.c`` and ``cqdb.c``; little-endian 32-bit fields): the header
holds magic ``lCRF``, size, type ``FOMC``, version, counts, then the section offsets of the
features, the label CQDB and the attribute CQDB. The feature chunk is ``FEAT``, size, count, then
``(type, source, target, weight as a double)`` records: type 0 is a state feature (attribute ->
label), type 1 a transition (label -> label). A CQDB chunk starts with ``CQDB``, size, flag, byte
order, the number of entries and the offset of its backward array, which points to each
``(id, size, name\\0)`` record.
"""

from __future__ import annotations

import struct
import tempfile
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIII")  # magic .. num_attrs, off_features, off_labels, off_attrs
_FEATURES_HEADER = struct.Struct("<4sII")  # chunk id, size, number of features
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1
_CQDB_HEADER = struct.Struct("<4sIIIII")  # chunk id, size, flag, byte order, bwd size, bwd offset
_RECORD = struct.Struct("<II")  # id, key size (with its trailing NUL)


@dataclass(frozen=True, slots=True)
class CrfModel:
    """A linear-chain CRF's weights (crfsuite keeps only attributes with a non-zero weight)."""

    labels: tuple[str, ...]
    attributes: dict[str, int]  # attribute -> its row in ``weights``
    weights: np.ndarray  # [attribute, label]; one more row of zeros at the end, for unknown ones
    transition: np.ndarray  # [from label, to label]

    @property
    def unknown(self) -> int:
        """The all-zero row of ``weights``."""
        return len(self.weights) - 1


def read_model(path: str | Path) -> CrfModel:
    """The labels and weights of the crfsuite model at ``path``."""
    data = Path(path).read_bytes()
    labels, attributes, features = _sections(data, path)
    weights = np.zeros((len(attributes) + 1, len(labels)))
    transition = np.zeros((len(labels), len(labels)))
    for table, kind in ((weights, _STATE), (transition, _TRANSITION)):
        rows = features[features["type"] == kind]
        table[rows["source"], rows["target"]] = rows["weight"]
    index = {name: row for row, name in enumerate(attributes)}
    return CrfModel(tuple(labels), index, weights, transition)


class ScoreDecoder:
    """crfsuite's Viterbi over label scores already summed per token.

    crfsuite takes only attributes, so the scores go in through a stand-in model with one
    attribute per label, weighing 1 for that label and nothing for the others, and the real
    model's transitions: token ``t``'s item ``{label k: scores[t, k]}`` then gets exactly the
    state scores ``scores[t]`` (crfsuite adds weight * value to zero), and crfsuite decodes them
    with its own arithmetic. The stand-in is trained for one iteration on one sequence (so
    crfsuite writes every feature it needs) and its weights are then overwritten.
    """

    def __init__(self, labels: tuple[str, ...], transition: np.ndarray):
        import pycrfsuite

        self._keys = [str(k).encode() for k in range(len(labels))]  # bytes go to crfsuite as they are
        self._index = {label: k for k, label in enumerate(labels)}
        self._transition = transition  # [from label, to label]
        trainer = pycrfsuite.Trainer(verbose=False)
        trainer.append([[key] for key in self._keys], list(labels))
        trainer.set_params({"max_iterations": 1, "feature.possible_transitions": True})
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "decoder.crfsuite"
            trainer.train(str(path))
            data = bytearray(path.read_bytes())
        stand_in_labels, stand_in_attributes, features = _sections(data, path)
        if len(features) != len(labels) * (len(labels) + 1):
            raise ValueError(f"decoder model has {len(features)} features, not one per label and pair")
        own = {label: k for k, label in enumerate(labels)}
        label_order = np.array([own[label] for label in stand_in_labels])
        attribute_label = np.array([own[labels[int(name)]] for name in stand_in_attributes])
        state = features["type"] == _STATE
        if (attribute_label[features["source"][state]] != label_order[features["target"][state]]).any():
            raise ValueError("decoder model ties an attribute to another label than its own")
        features["weight"][state] = 1.0
        pairs = features[~state]
        features["weight"][~state] = transition[label_order[pairs["source"]], label_order[pairs["target"]]]
        self._model = bytes(data)  # crfsuite reads the model in place: keep it alive with the tagger
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._model)

    def best_path(self, scores: np.ndarray) -> list[str]:
        """The labels of the best path through ``scores[token, label]``."""
        # Each token's item is {label key: score}, built with map (no Python-level loop per token).
        return self._tagger.tag(list(map(dict, map(zip, repeat(self._keys), scores.tolist()))))

    def redecode(self, scores: np.ndarray, path: list[str], start: int, end: int) -> list[str]:
        """``path`` with its labels from ``start`` to ``end`` (exclusive) decoded anew from
        ``scores[token, label]``, the others kept: the best path given them, since the kept
        neighbours' transitions into and out of the span join its first and last scores."""
        span = scores[start:end].copy()
        if start > 0:
            span[0] += self._transition[self._index[path[start - 1]]]
        if end < len(path):
            span[-1] += self._transition[:, self._index[path[end]]]
        return path[:start] + self.best_path(span) + path[end:]

    def unsure(self, path: list[str], threshold: float) -> list[int]:
        """The positions of the path ``best_path`` has just returned whose label has a marginal
        probability below ``threshold`` (crfsuite's forward-backward over the same scores). None
        when the whole path is that probable: a label's marginal is at least its path's
        probability, so most sentences cost one call."""
        if not path or self._tagger.probability(path) >= threshold:
            return []
        marginal = self._tagger.marginal
        return [i for i, label in enumerate(path) if marginal(label, i) < threshold]


def _sections(data: bytes | bytearray, path: str | Path) -> tuple[list[str], list[str], np.ndarray]:
    """Label names, attribute names (each indexed by its id) and the feature records (a view of
    ``data``, writable when ``data`` is) of a crfsuite model."""
    magic, _, kind, *_, features_at, labels_at, attributes_at = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite CRF model")
    chunk, _, count = _FEATURES_HEADER.unpack_from(data, features_at)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: feature table not found")
    features = np.frombuffer(data, _FEATURE, count, features_at + _FEATURES_HEADER.size)
    return _names(data, labels_at, path), _names(data, attributes_at, path), features


def _names(data: bytes | bytearray, at: int, path: str | Path) -> list[str]:
    """The strings of the CQDB chunk at ``at``, indexed by their id."""
    chunk, _, _, _, count, backward_at = _CQDB_HEADER.unpack_from(data, at)
    if chunk != b"CQDB":
        raise ValueError(f"{path}: string table not found")
    names = [""] * count
    for offset in struct.unpack_from(f"<{count}I", data, at + backward_at):
        record = at + offset
        index, size = _RECORD.unpack_from(data, record)
        names[index] = bytes(data[record + _RECORD.size : record + _RECORD.size + size - 1]).decode("utf-8")
    return names
