"""Arabic named-entity recognition: a linear-chain CRF (python-crfsuite) over BIO tags for
PERS, ORG, LOC and MISC, trained on ANERcorp newswire.

Reproduce the shipped files from the repository root (``../shared`` beside it)::

    python -m hadath.entities.ner_clusters   # models/word_clusters.tsv (from the ANT news corpus)
    hadath train-ner                         # models/ner.crfsuite (from ANERcorp train.conll)

``hadath train-ner --holdout-sixth --output /tmp/dev.crfsuite`` trains without the last sixth of
ANERcorp and scores on it; ``hadath train-ner --folds 5`` cross-validates. The features: the word,
its clitic-aware stem, affixes, word shape, distributional clusters of the ANT corpus and the
project's gazetteers (``GAZETTEER_TABLES``), for the word and its neighbours. Every score, and the
experiments that did not help (extra corpora, network taggers, corpus priors, some forty feature
and training variants), are in docs/accuracy.md, "Named entities (ANERcorp)".

Names are kept consistent within a text (``DocumentTagger``): a name the CRF tagged in one of the
last 30 sentences is tagged again where it recurs untagged, as is a person's surname alone, also
behind a preposition (``_name_key``: "لتشيلسي" after "تشيلسي"). ``tag_sentences``, ``hadath tag``
and the scores tag their sentences as one text. Places are not repeated (that cost more precision
than it gained), nor are names looked for in later sentences (the whole text would be needed first).

A window network (``ner_network``) trained beside the CRF adds its label scores (times its
``alpha``) to the CRF's before decoding when its file is there (``models/ner_network.npz``), at
the tokens whose CRF label is unsure (marginal below ``_UNSURE``): the CRF's path is decoded
first, and the network runs on about half the sentences and a twentieth of the tokens.

Tagging sits inside ``hadath extract``, so it is cheap on purpose: ``NerTagger`` reads the model's
weights (``crf_model``) and caches, per distinct word, where the weights of its features are (its
own and those it gives its neighbours); a sentence then costs a few array operations, the look-ups
of its word pairs and gazetteer phrases (multi-word lexicon entries) and crfsuite's decoding. The
weights are added in crfsuite's order, so the tags are exactly those python-crfsuite gives the
feature strings that ``sentence_features`` builds for training (``tests/test_ner.py`` checks it);
``bench/extract_speed.py`` prints the tagger's CPU time a sentence.
"""

from __future__ import annotations

import tempfile
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path

import numpy as np

from hadath.entities.crf_model import CrfModel, ScoreDecoder, read_model
from hadath.entities.ner_network import NetworkParams, WindowNetwork
from hadath.entities.ner_network import train as train_network
from hadath.evaluate.ner import Sentence, chunks, read_conll
from hadath.lexicon import PhraseMatcher, load_table, phrase_key
from hadath.text.normalize import normalize_word
from hadath.text.tokens import WORD_CACHE_SIZE, Token, analyse, word_token

# Lexicons whose phrases become gazetteer features; a row's label is "<table>:<kind>" (or the
# table name alone for tables without a kind column), so new kinds need no code change.
GAZETTEER_TABLES = ("countries", "people", "organizations", "places", "sectors")
# Context window for neighbour-word features.
_OFFSETS = (-2, -1, 1, 2)
_NEAR = (-1, 1)  # offsets that also export stem, shape and cluster
_REACH = max(map(abs, _OFFSETS))


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


# A word's own features by name, in the order the CRF sees them after "bias" (which every word
# has); a feature string is "name=value". Short words lack the longer affixes, and a word has up
# to two literal clitic readings.
_AFFIXES = ("p1", "p2", "p3", "s1", "s2", "s3")  # the stem's first and the word's last 1-3 letters
_OWN = ("w", "stem", "prefix", "shape", "len", "cluster", "coarse", *_AFFIXES, "lit", "lit")
# What a word shares with its neighbours: form, stem, shape, cluster and coarse cluster; the word
# at each offset from it gets the first of them (far neighbours the form alone) under these names.
_SHARED = ("w", "stem", "shape", "cluster", "coarse")
_EXPORTED = {
    offset: tuple(f"{offset}{name}" for name in _SHARED[: len(_SHARED) if offset in _NEAR else 1])
    for offset in _OFFSETS
}


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """The context-free part of a word's features, as values by name, computed once per word."""

    norm: str
    token: Token  # the word as a lexicon token, for gazetteer phrase matching
    own: tuple[str | None, ...]  # value per _OWN name (None: the word has no such feature)
    shared: tuple[str, ...]  # value per _SHARED name

    def own_features(self) -> list[str]:
        return [
            "bias",
            *(f"{name}={value}" for name, value in zip(_OWN, self.own, strict=True) if value is not None),
        ]

    def neighbour_features(self, offset: int) -> list[str]:
        """The features this word gives the word ``offset`` tokens away from it."""
        names = _EXPORTED[offset]
        return [f"{name}={value}" for name, value in zip(names, self.shared[: len(names)], strict=True)]


def word_features(word: str) -> WordFeatures:
    """Word form, clitic stem and prefix, shape, affixes and corpus cluster of one surface token."""
    norm = normalize_word(word)
    shape = _shape(norm) if norm else "punct"
    readings = analyse(norm) if shape == "arabic" else ()
    stem = readings[-1].form if readings else norm
    prefix = readings[-1].prefix if readings else ""
    cluster = _clusters().get(norm) or _clusters().get(stem, "none")
    coarse = cluster.partition(".")[0]
    literal = [reading.form for reading in readings[:2]]
    own = (
        norm,
        stem,
        prefix,
        shape,
        str(min(len(norm), 8)),
        cluster,
        coarse,
        *(stem[:n] if len(stem) > n else None for n in (1, 2, 3)),
        *(norm[-n:] if len(norm) > n else None for n in (1, 2, 3)),
        *literal,
        *(None,) * (2 - len(literal)),
    )
    return WordFeatures(norm, word_token(norm), own, (norm, stem, shape, cluster, coarse))


def _edge(offset: int) -> str:
    """The feature a word gets in place of its neighbour's when ``offset`` falls off the sentence."""
    return f"{offset}w=<edge>"


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


# Per-word features for training (the tagger caches per-word weight rows instead).
_cached_word_features = lru_cache(maxsize=WORD_CACHE_SIZE)(word_features)


def sentence_features(tokens: Sequence[str]) -> list[list[str]]:
    """CRF feature lists, one per token, for one sentence of surface tokens (``NerTagger.tag``
    scores the same features, in the same order, from per-word weights)."""
    words = [_cached_word_features(token) for token in tokens]
    n = len(words)
    features: list[list[str]] = []
    for i, word in enumerate(words):
        item = word.own_features()
        for offset in _OFFSETS:
            j = i + offset
            item.extend(words[j].neighbour_features(offset) if 0 <= j < n else (_edge(offset),))
        features.append(item)
    for i, feature in _sentence_level_features([word.norm for word in words], [word.token for word in words]):
        features[i].append(feature)
    return features


def _sentence_level_features(norms: Sequence[str], tokens: Sequence[Token]) -> Iterator[tuple[int, str]]:
    """(token index, feature) for the features of word pairs, the sentence start and gazetteer
    phrases (``tokens``: the lexicon tokens of the normalised words ``norms``), appended after
    the word and neighbour features in this order (``NerTagger._sentence_level_rows`` looks
    them up in the same order)."""
    for i in range(1, len(norms)):
        yield i, f"bi-1={norms[i - 1]}|{norms[i]}"
    for i in range(len(norms) - 1):
        yield i, f"bi+1={norms[i]}|{norms[i + 1]}"
    if norms:
        yield 0, "first"
    yield from _gazetteer_features(tokens)


def _gazetteer_features(tokens: Sequence[Token]) -> Iterator[tuple[int, str]]:
    matcher = _gazetteer()
    if matcher is None:
        return
    for match in matcher.find(tokens):
        for label in match.value.split("|"):
            for i in range(match.first, match.last):
                yield i, f"gaz={label}:{'B' if i == match.first else 'I'}"
            if match.first > 0:
                yield match.first - 1, f"gaz+1={label}"
            if match.last < len(tokens):
                yield match.last, f"gaz-1={label}"


# --- training and tagging ----------------------------------------------------------------------


def default_model_path() -> Path:
    return Path(str(resources.files("hadath").joinpath("models", "ner.crfsuite")))


DEFAULT_NETWORK = NetworkParams()  # the shipped network's settings


def network_path(model_path: str | Path) -> Path:
    """Where the window network that goes with a CRF model lives: beside it, ``X_network.npz``."""
    model = Path(model_path)
    return model.with_name(f"{model.stem}_network.npz")


@dataclass(frozen=True, slots=True)
class CrfParams:
    """L-BFGS training settings; L1 (``c1``) prunes features and so keeps the model small."""

    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 200


def fit(
    sentences: Iterable[Sentence],
    model_path: str | Path,
    params: CrfParams = CrfParams(),
    network: NetworkParams | None = DEFAULT_NETWORK,
) -> None:
    """Train a CRF on (tokens, tags) sentences and write it to ``model_path``, then (unless
    ``network`` is None) the window network on the same sentences, to ``network_path``."""
    import pycrfsuite

    sentences = list(sentences)
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
    network_path(model_path).unlink(missing_ok=True)  # an earlier model's network would pair with this one
    if network is not None:
        _fit_network(sentences, model_path, network)


def _fit_network(sentences: Sequence[Sentence], model_path: str | Path, network: NetworkParams) -> None:
    """Train the window network for the CRF model at ``model_path`` and write it beside that model."""
    train_network(sentences, read_model(model_path).labels, network).save(network_path(model_path))


def train(
    conll_paths: Sequence[str | Path],
    model_path: str | Path,
    params: CrfParams = CrfParams(),
    *,
    holdout_sixth: bool = False,
    network: NetworkParams | None = DEFAULT_NETWORK,
) -> list[Sentence]:
    """Train on the CoNLL files and write the model to ``model_path``.

    With ``holdout_sixth`` the last sixth of the *first* file (the primary corpus) is left out of
    training and returned as the development set; otherwise the returned list is empty.
    """
    training, held_out = _training_split(conll_paths, holdout_sixth)
    fit(training, model_path, params, network)
    return held_out


def _training_split(
    conll_paths: Sequence[str | Path], holdout_sixth: bool
) -> tuple[list[Sentence], list[Sentence]]:
    """The training sentences of the CoNLL files, and the held-out last sixth of the first file (the
    primary corpus) with ``holdout_sixth``, else none."""
    primary, *extra = (read_conll(path) for path in conll_paths)
    held_out: list[Sentence] = []
    if holdout_sixth:
        primary, held_out = split_last_sixth(primary)
    return list(chain(primary, *extra)), held_out


def train_network_beside(
    conll_paths: Sequence[str | Path],
    model_path: str | Path,
    network: NetworkParams = DEFAULT_NETWORK,
    *,
    holdout_sixth: bool = False,
) -> None:
    """Train the window network alone for the CRF model at ``model_path``, on the data ``train``
    would give it, and write it to ``network_path(model_path)``."""
    _fit_network(_training_split(conll_paths, holdout_sixth)[0], model_path, network)


def cross_validate(
    conll_paths: Sequence[str | Path],
    folds: int,
    params: CrfParams = CrfParams(),
    network: NetworkParams | None = DEFAULT_NETWORK,
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
            fit(chain(primary[:start], primary[end:], *extra), model, params, network)
            test = primary[start:end]
            tags = NerTagger.load(model).tag_sentences([tokens for tokens, _ in test])
            predicted.extend(zip(test, tags, strict=True))
    return predicted


# The network scores the tokens whose label on the CRF's best path has a marginal probability
# below this (``ScoreDecoder.unsure``). Held-out sixth: 74.6 CRF alone, 75.9 with the network
# on every token, 75.9 at 0.9 and 0.95 (half the sentences, 4-5% of the tokens, a fifth to a
# quarter of the words projected), 75.6 at 0.8.
_UNSURE = 0.9


# A word as ``NerTagger`` caches it (``_word_rows``): a tuple, not an object, so that the garbage
# collector untracks what it holds (an object per word made ``hadath extract``'s collections
# cost 20% more CPU in the tagger).
_Word = tuple[str, Token, np.ndarray, tuple[str | None, ...]]


class NerTagger:
    """A loaded CRF model, with the window network trained beside it if there is one; ``tag``
    takes one sentence of surface tokens and returns BIO tags.

    Tagging adds up the model's weights for the features ``sentence_features`` would build, in
    the same order, without building their strings: each distinct word's features are looked up
    once as rows of the weight matrix (its own, then those it gives each neighbour), so a
    sentence costs a few array operations, the look-ups of its word pairs and gazetteer phrases,
    and the decoding. With a network (``ner_network``), the path decoded is that of the CRF's
    state scores plus ``alpha`` times the network's, under the CRF's transitions.
    """

    def __init__(self, model: CrfModel, network: WindowNetwork | None = None):
        self._model = model
        if network is not None and network.labels != model.labels:
            raise ValueError(f"network labels {network.labels} are not the model's {model.labels}")
        self._network = network
        self._decoder = ScoreDecoder(model.labels, model.transition)
        # The model's attributes by feature name, then value: a word's features are looked up
        # from its values without building the "name=value" strings.
        by_name: dict[str, dict[str, int]] = {}
        for attribute, row in model.attributes.items():
            name, _, value = attribute.partition("=")
            by_name.setdefault(name, {})[value] = row
        self._bias = model.attributes.get("bias", model.unknown)
        self._own = [by_name.get(name, {}) for name in _OWN]
        self._exported = [by_name.get(name, {}) for names in _EXPORTED.values() for name in names]
        # The shared values those features take, by their index in WordFeatures.shared.
        self._exported_values = itemgetter(*(k for names in _EXPORTED.values() for k in range(len(names))))
        # Word pairs by "previous|next" (what the "bi-1" and "bi+1" features hold) and the first word's.
        self._pair_before, self._pair_after = by_name.get("bi-1", {}), by_name.get("bi+1", {})
        self._first = model.attributes.get("first", model.unknown)
        # A word's rows (see _word_rows): its own features' (bias first, the missing ones as the
        # zero row), then per offset the slice of those it exports there.
        own_width = 1 + len(_OWN)
        self._groups: list[tuple[int, slice]] = []
        # Past the sentence's ends stands a pseudo-word exporting only the <edge> feature.
        self._edge = np.full(own_width + len(self._exported), model.unknown, dtype=np.intp)
        row = own_width
        for offset, names in _EXPORTED.items():
            self._groups.append((offset, slice(row, row + len(names))))
            self._edge[row] = model.attributes.get(_edge(offset), model.unknown)
            row += len(names)
        self._own_width = own_width
        self._words = lru_cache(WORD_CACHE_SIZE)(self._word_rows)
        self._inputs: dict[str, bytes] = {}  # the network's input of each word it has read (``tag``)

    @classmethod
    def load(cls, path: str | Path | None = None) -> NerTagger:
        """The CRF model at ``path`` (default: the shipped one) and its network if it has one."""
        model = Path(path) if path is not None else default_model_path()
        if not model.is_file():
            raise FileNotFoundError(f"NER model not found: {model}")
        network = network_path(model)
        return cls(read_model(model), WindowNetwork.load(network) if network.is_file() else None)

    def _word_rows(self, word: str) -> _Word:
        """The normalised word, its lexicon token, the weight-matrix rows of its features (its
        own, then those it exports to its neighbours, offset by offset in ``_EXPORTED`` order;
        the zero row for features the model lacks or the word has not) and its own feature
        values (``WordFeatures.own``, the network's input)."""
        features = word_features(word)
        unknown = repeat(self._model.unknown)
        # map(dict.get, ...) looks the values up without a Python-level loop (a missing value,
        # None, is no key either), which matters for every word a process has not seen yet.
        own = map(dict.get, self._own, features.own, unknown)
        exported = map(dict.get, self._exported, self._exported_values(features.shared), unknown)
        rows = np.fromiter(chain((self._bias,), own, exported), dtype=np.intp, count=len(self._edge))
        return features.norm, features.token, rows, features.own

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        words = list(map(self._words, tokens))
        scores = self._crf_scores(words)
        path = self._decoder.best_path(scores)
        network = self._network
        unsure = self._decoder.unsure(path, _UNSURE) if network is not None else []
        if not unsure:
            return path
        # The network scores the unsure tokens only, from the words within its reach of them.
        reach, cache = network.reach, self._inputs
        needed = {i for position in unsure for i in range(position - reach, position + reach + 1)}
        new = {tokens[i]: words[i][3] for i in needed if 0 <= i < len(tokens) and tokens[i] not in cache}
        if new:  # the sentence's new words come together (see WindowNetwork.inputs)
            if len(cache) + len(new) > WORD_CACHE_SIZE:
                cache.clear()
            cache.update(zip(new, network.inputs(list(new.values())), strict=True))
        scores[unsure] += network.alpha * network.scores(list(map(cache.get, tokens)), unsure)
        return self._decoder.redecode(scores, path, unsure[0], unsure[-1] + 1)

    def scores(self, tokens: list[str]) -> np.ndarray:
        """``[token, label]``: the summed weights of each token's features (crfsuite's state
        scores) for one non-empty sentence of surface tokens."""
        return self._crf_scores(list(map(self._words, tokens)))

    def _crf_scores(self, words: list[_Word]) -> np.ndarray:
        count = len(words)
        edges = [self._edge] * _REACH
        padded = np.concatenate([*edges, *(rows for _, _, rows, _ in words), *edges])
        padded = padded.reshape(count + 2 * _REACH, len(self._edge)).T  # [row, _REACH + token]
        # The rows of each token's features in crfsuite's order: its own, its neighbours' offset
        # by offset, then those of word pairs, the sentence start and gazetteer phrases.
        parts = [padded[: self._own_width, _REACH : _REACH + count]]
        parts += [padded[rows, _REACH + offset : _REACH + offset + count] for offset, rows in self._groups]
        parts.append(self._sentence_level_rows(words))
        # Reducing over the outer axis adds the rows one after the other, as crfsuite adds weights
        # (adding the zero row changes nothing), each step over all tokens at once.
        return np.add.reduce(self._model.weights.take(np.concatenate(parts), axis=0), axis=0)

    def _sentence_level_rows(self, words: list[_Word]) -> np.ndarray:
        """``[k, token]``: the rows of each token's sentence-level features in the order of
        ``_sentence_level_features`` (the zero row where a token lacks one): the pair with the
        word before, that with the word after, the sentence start, then gazetteer phrases."""
        unknown = self._model.unknown
        norms = [norm for norm, _, _, _ in words]
        pairs = [f"{before}|{after}" for before, after in zip(norms, norms[1:], strict=False)]
        slots = [
            [unknown, *map(self._pair_before.get, pairs, repeat(unknown))],
            [*map(self._pair_after.get, pairs, repeat(unknown)), unknown],
            [self._first] + [unknown] * (len(words) - 1),
        ]
        gazetteer: list[list[int]] = [[] for _ in words]
        for i, feature in _gazetteer_features([token for _, token, _, _ in words]):
            row = self._model.attributes.get(feature)
            if row is not None:
                gazetteer[i].append(row)
        width = max(map(len, gazetteer))
        padding = [unknown] * width
        slots += zip(*(found + padding[len(found) :] for found in gazetteer), strict=True)
        return np.array(slots, dtype=np.intp)

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """Tags for consecutive sentences of one text (a document: see ``DocumentTagger``)."""
        document = self.document()
        return [document.tag(tokens) for tokens in sentences]

    def document(self) -> DocumentTagger:
        """A tagger for one document's sentences, given in order."""
        return DocumentTagger(self)


# --- label consistency within a document -------------------------------------------------------

# News names a person or club in full once and then repeats the name, or the surname, where the
# context tells the CRF less (Krishnan & Manning 2006 use a second CRF for this consistency).
# Places are left out: repeating them cost more precision than it gained recall.
_MEMORY = 30  # sentences back
_REPEATED_TYPES = frozenset({"PERS", "ORG", "MISC"})
_MIN_LETTERS = 3  # shorter names are too often common words


Name = tuple[str, ...]  # a name's words, as ``_name_key`` gives them


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _name_key(word: str) -> str:
    """A word as names are compared: normalised, without a leading conjunction "و" and then a
    preposition ب or ل (or ك, ف before the article; لل stands for ل + ال), so that a name recurs
    with one ("لتشيلسي" after "تشيلسي", "للأهلي" after "الأهلي"). A name that begins with such
    a letter loses it wherever it is written, so it still matches itself. Held-out sixth 74.2 ->
    74.7, 5-fold CV 75.8 -> 76.0 (37 more entities right, precision unchanged)."""
    norm = normalize_word(word)
    if norm.startswith("و") and len(norm) > 3:
        norm = norm[1:]
    if norm.startswith("لل") and len(norm) > 4:
        return "ال" + norm[2:]
    if norm[:3] in ("بال", "كال", "فال") and len(norm) > 5 or norm[:1] in ("ب", "ل") and len(norm) > 4:
        return norm[1:]
    return norm


class DocumentTagger:
    """Tags a document's sentences in order, remembering the names the CRF found in the last
    ``memory`` sentences, this one included: an untagged word sequence equal to one of them
    (a conjunction "و" or a preposition aside: ``_name_key``) gets the name's majority type,
    the longest name first, and a person's last word alone ("لحود" after "اميل لحود") counts
    as that person. The CRF's own tags are never overwritten. The votes are kept up to date as
    sentences come and go, so a sentence costs a look-up per word."""

    def __init__(self, tagger: NerTagger, memory: int = _MEMORY):
        self._tagger = tagger
        self._memory = memory
        self._recent: deque[list[tuple[Name, str]]] = deque()  # each sentence's votes
        self._votes: dict[Name, Counter[str]] = {}
        self._by_first: dict[str, set[Name]] = {}  # remembered names by their first word

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags of the document's next sentence."""
        tags = self._tagger.tag(tokens)
        keys = list(map(_name_key, tokens))
        votes = []
        for start, end, kind in bio_to_spans(tags) if tags.count("O") < len(tags) else ():
            votes.append((tuple(keys[start:end]), kind))
            if kind == "PERS" and end - start > 1:
                votes.append(((keys[end - 1],), kind))
        if len(self._recent) == self._memory:
            self._count(self._recent.popleft(), -1)
        self._recent.append(votes)
        self._count(votes, 1)
        return self._repeat_names(keys, tags)

    def _count(self, votes: list[tuple[Name, str]], change: int) -> None:
        for name, kind in votes:
            counter = self._votes.setdefault(name, Counter())
            counter[kind] += change
            if counter[kind] == 0:
                del counter[kind]
            if counter:
                self._by_first.setdefault(name[0], set()).add(name)
            else:
                del self._votes[name]
                self._by_first[name[0]].discard(name)
                if not self._by_first[name[0]]:
                    del self._by_first[name[0]]

    def _repeat_names(self, keys: list[str], tags: list[str]) -> list[str]:
        """``tags`` with the remembered names tagged where ``keys`` spell one, left to right,
        and the tags there are all O."""
        tags = list(tags)
        for start in [i for i, key in enumerate(keys) if key in self._by_first]:
            for name in sorted(self._by_first[keys[start]], key=len, reverse=True):
                end = start + len(name)
                if tuple(keys[start:end]) != name or any(tag != "O" for tag in tags[start:end]):
                    continue
                kind = self._votes[name].most_common(1)[0][0]
                if kind in _REPEATED_TYPES and sum(map(len, name)) >= _MIN_LETTERS:
                    tags[start:end] = [f"B-{kind}", *[f"I-{kind}"] * (len(name) - 1)]
                    break
        return tags


@cache
def default_tagger() -> NerTagger:
    """The shipped model, loaded once per process."""
    return NerTagger.load()
