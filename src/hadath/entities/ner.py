"""Arabic named-entity recognition: a linear-chain CRF (python-crfsuite) over BIO tags for
PERS, ORG, LOC and MISC, trained on ANERcorp newswire.

Reproduce the shipped files from the repository root (``../shared`` beside it)::

    python -m hadath.entities.ner_clusters   # models/word_clusters.tsv (from the ANT news corpus)
    hadath train-ner                         # models/ner.crfsuite (from ANERcorp train.conll)

``hadath train-ner --holdout-sixth --output /tmp/dev.crfsuite`` trains without the last sixth of
ANERcorp and scores on it; ``hadath train-ner --folds 5`` cross-validates. Wojood and AQMAR
(mapped to the four types) were tried as extra training data and lowered the held-out F1, so the
model uses ANERcorp alone. Nothing else tried moved the last-sixth F1 beyond noise (about one point
at 1,660 entities): mention-replacement augmentation (Dai & Adel 2020; CV 74.6 -> 75.1, last sixth
72.5 -> 72.5, a larger and slower model); c1/c2 0.1/0.05 and 0/0.3; clusters at four granularities
(k 50/200/1000/3000); corpus frequency and definite-article-rate buckets; context bigrams two words
out; a corpus dictionary (each word's majority type when a first-pass model tags 4.5M ANT tokens);
a lower threshold for O on the marginals. Half the held-out names never seen in training are missed.

Features are cheap on purpose (tagging sits inside ``hadath extract``): every word-internal
feature is computed once per distinct word and cached, restricted to the attributes the model
kept; only bigrams and gazetteer features (multi-word lexicon phrases) are built per sentence.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from hadath.entities.crf_model import model_attributes
from hadath.evaluate.ner import Sentence, chunks, read_conll
from hadath.lexicon import PhraseMatcher, load_table, phrase_key
from hadath.text.normalize import normalize_word
from hadath.text.tokens import WORD_CACHE_SIZE, analyse, word_token

if TYPE_CHECKING:
    import pycrfsuite

# Lexicons whose phrases become gazetteer features; a row's label is "<table>:<kind>" (or the
# table name alone for tables without a kind column), so new kinds need no code change.
GAZETTEER_TABLES = ("countries", "people", "organizations", "places", "sectors")
# Context window for neighbour-word features.
_OFFSETS = (-2, -1, 1, 2)
_NEAR = (-1, 1)  # offsets that also export stem, shape and cluster


# --- spans and data ---------------------------------------------------------------------------


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first token, token after the last, type)`` of a BIO sequence, with
    conlleval's rules (an ``I-X`` that does not continue an ``X`` entity starts a new one)."""
    return [(start, end, kind) for kind, start, end in chunks(tags)]


def split_last_sixth(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(first five sixths, last sixth) by sentence: the project's development split of ANERcorp."""
    cut = len(sentences) - len(sentences) // 6
    return sentences[:cut], sentences[cut:]


# --- features ----------------------------------------------------------------------------------


def _shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if not word[0].isalnum():
        return "punct"
    if "\u0621" <= word[0] <= "\u064a":
        return "arabic"
    if word.isascii():
        return "latin"
    return "other"


@cache
def _clusters() -> dict[str, str]:
    """Word -> cluster id from ``models/word_clusters.tsv`` (empty when the file is absent)."""
    path = resources.files("hadath").joinpath("models", "word_clusters.tsv")
    if not path.is_file():
        return {}
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines() if not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) >= 2}


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """The context-free part of a word's features, computed once per distinct word."""

    norm: str
    own: tuple[str, ...]  # features of the word itself
    neighbour: dict[int, tuple[str, ...]]  # features it gives the word at each offset from it

    def restricted(self, known: frozenset[str]) -> WordFeatures:
        """The same features less those a model has no weight for (they only cost time)."""
        return WordFeatures(
            self.norm,
            tuple(f for f in self.own if f in known),
            {offset: tuple(f for f in fs if f in known) for offset, fs in self.neighbour.items()},
        )


def word_features(word: str) -> WordFeatures:
    """Word form, clitic stem and prefix, shape, affixes and corpus cluster of one surface token."""
    norm = normalize_word(word)
    shape = _shape(norm) if norm else "punct"
    readings = analyse(norm) if shape == "arabic" else ()
    stem = readings[-1].form if readings else norm
    prefix = readings[-1].prefix if readings else ""
    cluster = _clusters().get(norm) or _clusters().get(stem, "none")
    coarse = cluster.partition(".")[0]
    own = [
        "bias",
        f"w={norm}",
        f"stem={stem}",
        f"prefix={prefix}",
        f"shape={shape}",
        f"len={min(len(norm), 8)}",
        f"cluster={cluster}",
        f"coarse={coarse}",
    ]
    own += [f"p{n}={stem[:n]}" for n in (1, 2, 3) if len(stem) > n]
    own += [f"s{n}={norm[-n:]}" for n in (1, 2, 3) if len(norm) > n]
    own += [f"lit={r.form}" for r in readings[:2]]
    neighbour = {}
    for offset in _OFFSETS:
        exported = [f"{offset}w={norm}"]
        if offset in _NEAR:
            exported += [f"{offset}stem={stem}", f"{offset}shape={shape}"]
            exported += [f"{offset}cluster={cluster}", f"{offset}coarse={coarse}"]
        neighbour[offset] = tuple(exported)
    return WordFeatures(norm, tuple(own), neighbour)


@cache
def _gazetteer() -> PhraseMatcher[str] | None:
    """One matcher over all gazetteer lexicons (None when none is installed); a phrase listed
    under several labels keeps them all, joined by "|"."""
    labels: dict[tuple[str, ...], set[str]] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for table in GAZETTEER_TABLES:
        try:
            rows = load_table(table)
        except FileNotFoundError:  # lexicons are optional: another module ships them
            continue
        for row in rows:
            key = phrase_key(row["phrase"])
            if key:
                labels.setdefault(key, set()).add(f"{table}:{row['kind']}" if row.get("kind") else table)
                phrases.setdefault(key, row["phrase"])
    if not labels:
        return None
    return PhraseMatcher((phrases[key], "|".join(sorted(found))) for key, found in labels.items())


# Unrestricted per-word features, cached (training sees every feature).
_all_word_features = lru_cache(maxsize=WORD_CACHE_SIZE)(word_features)


def sentence_features(
    tokens: Sequence[str], features_of: Callable[[str], WordFeatures] = _all_word_features
) -> list[list[str]]:
    """CRF feature lists, one per token, for one sentence of surface tokens."""
    words = [features_of(token) for token in tokens]
    n = len(words)
    features: list[list[str]] = []
    for i, word in enumerate(words):
        item = list(word.own)
        for offset in _OFFSETS:
            j = i + offset
            item.extend(words[j].neighbour[offset] if 0 <= j < n else (f"{offset}w=<edge>",))
        if i > 0:
            item.append(f"bi-1={words[i - 1].norm}|{word.norm}")
        if i + 1 < n:
            item.append(f"bi+1={word.norm}|{words[i + 1].norm}")
        features.append(item)
    if n:
        features[0].append("first")
        _add_gazetteer_features([word.norm for word in words], features)
    return features


# Lexicon tokens are immutable once made, so one per distinct word is shared by every sentence.
_lexicon_token = lru_cache(maxsize=WORD_CACHE_SIZE)(word_token)


def _add_gazetteer_features(norms: list[str], features: list[list[str]]) -> None:
    matcher = _gazetteer()
    if matcher is None:
        return
    lexicon_tokens = [_lexicon_token(norm) for norm in norms]
    for match in matcher.find(lexicon_tokens):
        for label in match.value.split("|"):
            for i in range(match.first, match.last):
                features[i].append(f"gaz={label}:{'B' if i == match.first else 'I'}")
            if match.first > 0:
                features[match.first - 1].append(f"gaz+1={label}")
            if match.last < len(norms):
                features[match.last].append(f"gaz-1={label}")


# --- training and tagging ----------------------------------------------------------------------


def default_model_path() -> Path:
    return Path(str(resources.files("hadath").joinpath("models", "ner.crfsuite")))


@dataclass(frozen=True, slots=True)
class CrfParams:
    """L-BFGS training settings; L1 (``c1``) prunes features and so keeps the model small."""

    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 200


def fit(sentences: Iterable[Sentence], model_path: str | Path, params: CrfParams = CrfParams()) -> None:
    """Train a CRF on (tokens, tags) sentences and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        trainer.append(sentence_features(tokens), tags)
    trainer.set_params(
        {
            "c1": params.c1,
            "c2": params.c2,
            "max_iterations": params.max_iterations,
            "feature.possible_transitions": True,
        }
    )
    Path(model_path).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def train(
    conll_paths: Sequence[str | Path],
    model_path: str | Path,
    params: CrfParams = CrfParams(),
    *,
    holdout_sixth: bool = False,
) -> list[Sentence]:
    """Train on the CoNLL files and write the model to ``model_path``.

    With ``holdout_sixth`` the last sixth of the *first* file (the primary corpus) is left out of
    training and returned as the development set; otherwise the returned list is empty.
    """
    primary, *extra = (read_conll(path) for path in conll_paths)
    held_out: list[Sentence] = []
    if holdout_sixth:
        primary, held_out = split_last_sixth(primary)
    fit(chain(primary, *extra), model_path, params)
    return held_out


def cross_validate(
    conll_paths: Sequence[str | Path], folds: int, params: CrfParams = CrfParams()
) -> list[tuple[Sentence, list[str]]]:
    """Every sentence of the first file with the tags predicted by a model trained without it.

    Folds are contiguous blocks of sentences, so an article's sentences stay on one side; the
    other files always train.
    """
    primary, *extra = (read_conll(path) for path in conll_paths)
    predicted: list[tuple[Sentence, list[str]]] = []
    with tempfile.TemporaryDirectory() as directory:
        model = Path(directory) / "fold.crfsuite"
        for fold in range(folds):
            start, end = fold * len(primary) // folds, (fold + 1) * len(primary) // folds
            fit(chain(primary[:start], primary[end:], *extra), model, params)
            test = primary[start:end]
            tags = NerTagger.load(model).tag_sentences([tokens for tokens, _ in test])
            predicted.extend(zip(test, tags, strict=True))
    return predicted


class NerTagger:
    """A loaded CRF model; ``tag`` takes one sentence of surface tokens and returns BIO tags."""

    def __init__(self, tagger: pycrfsuite.Tagger, known: frozenset[str]):
        """``known``: the attributes the model has weights for (others are not built)."""
        self._tagger = tagger
        self._features_of = lru_cache(WORD_CACHE_SIZE)(lambda word: word_features(word).restricted(known))

    @classmethod
    def load(cls, path: str | Path | None = None) -> NerTagger:
        import pycrfsuite

        model = Path(path) if path is not None else default_model_path()
        if not model.is_file():
            raise FileNotFoundError(f"NER model not found: {model}")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        return cls(tagger, model_attributes(model))

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        return self._tagger.tag(sentence_features(tokens, self._features_of))

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.tag(tokens) for tokens in sentences]


@cache
def default_tagger() -> NerTagger:
    """The shipped model, loaded once per process."""
    return NerTagger.load()
