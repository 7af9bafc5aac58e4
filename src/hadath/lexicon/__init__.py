"""Lexicons: TSV data files under ``lexicon/data/``, their schemas, a loader and a phrase matcher.

Every file starts with ``#`` comment lines saying what it holds, then a header row, then one entry
per row. ``SCHEMAS`` lists the columns each file must have; the loader refuses a file that lacks
one, so a broken edit fails loudly in the tests rather than silently matching nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Generic, TypeVar

from hadath.text.normalize import normalize_word
from hadath.text.tokens import WORD_CACHE_SIZE, Stem, Token, carried_preposition, lexicon_key

SCHEMAS: dict[str, tuple[str, ...]] = {
    # phrase -> PLOVER type (NONE: a blocker); pos = verb|noun|adverbial; mode/context per the PLOVER
    # codebook; cameo code; strength = strong|weak.
    "triggers": ("phrase", "type", "pos", "mode", "context", "cameo", "strength"),
    # CAMEO code -> PLOVER type, QuadClass and Goldstein weight.
    "event_types": ("cameo", "type", "quad_class", "goldstein"),
    # country names, capitals and nationality adjectives -> ISO alpha-3.
    "countries": ("phrase", "country", "kind"),
    # country code -> English name.
    "country_names": ("country", "name"),
    # sector nouns and titles -> CAMEO sector code.
    "sectors": ("phrase", "sector", "kind"),
    # international organisations and armed groups.
    "organizations": ("phrase", "name", "country", "sector"),
    # named people: heads of state and government, ministers, leaders.
    "people": ("phrase", "name", "country", "sector"),
    # organisation head nouns that, alone, stand for the organisation last named in full.
    "short_names": ("phrase",),
    # cities and regions with coordinates.
    "places": ("phrase", "name", "country", "lat", "lon", "kind"),
    # words that shape an event's status, date or casualty count.
    "cues": ("phrase", "cue", "value"),
    # default sectors for roles a sentence leaves unnamed.
    "role_defaults": ("type", "role", "when", "sector"),
    # lines that are not article body.
    "boilerplate": ("phrase", "kind"),
    # words that tell what an article is about (sport | state).
    "topics": ("phrase", "topic"),
}

T = TypeVar("T")


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicon/data/<name>.tsv`` as dicts, checked against ``SCHEMAS[name]``."""
    columns = SCHEMAS[name]
    text = resources.files("hadath.lexicon").joinpath("data", f"{name}.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValueError(f"lexicon {name}.tsv lacks columns {missing}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) > len(header):
            raise ValueError(
                f"lexicon {name}.tsv: row {number} has {len(cells)} cells, header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=True)))
    return tuple(rows)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """The stem sequence a lexicon phrase is matched on (cached: several matchers are built
    from the same lexicons, and stages look up the keys of the phrases they match)."""
    return tuple(
        normalize_word(w) if w.startswith(_NO_ARTICLE) else lexicon_key(normalize_word(w))
        for w in phrase.replace("-", " ").split()
    )


# Hamza-alef + lam is no article, though normalised like one: ألماني, إلغاء (so "الألماني" and
# "بإلغاء" find them).
_NO_ARTICLE = ("أل", "إل", "آل")


@dataclass(slots=True)
class Match(Generic[T]):
    first: int  # token index of the first token
    last: int  # token index after the last token
    value: T
    prefix: str  # proclitics peeled off the first token (e.g. "و", "ب", "وال")
    suffixed: bool = False  # an ending was peeled off the first token (حكومته = حكومة + ه)

    def carries(self, preposition: str) -> bool:
        """The matched reading carries the clitic preposition (ب، ل) before any article: "بعبوة"،
        "بالرفض" (as :meth:`hadath.text.tokens.Token.carries` asks of any reading)."""
        return self.prefix.removesuffix("ال").endswith(preposition)


class _Node(Generic[T]):
    """A trie node: the phrases continuing with each next word form, and the phrase ending here."""

    __slots__ = ("children", "order", "value")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.order = -1  # lexicon position of the phrase ending here (-1: none ends here)
        self.value: T | None = None


class PhraseMatcher(Generic[T]):
    """Longest-match lookup of multi-word phrases over clitic-aware tokens.

    Phrases are stored in a trie keyed by word stems, so a lookup walks the sentence once per
    reading of its first word instead of trying every phrase that starts with that word. Of two
    matches of one length, the phrase listed first in the lexicon wins; of two readings of the
    first word, the more literal one.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], *, suffixes: bool = True):
        """``suffixes=False``: match only readings with no ending peeled (place names: "التونسي"
        is not "تونس" + ي)."""
        self._suffixes = suffixes
        self._roots: dict[str, _Node[T]] = {}
        for order, (phrase, value) in enumerate(entries):
            key = phrase_key(phrase)
            if not key:
                continue
            node = self._roots.setdefault(key[0], _Node())
            for form in key[1:]:
                node = node.children.setdefault(form, _Node())
            if node.order < 0:  # a phrase listed twice keeps its first entry
                node.order, node.value = order, value
        # Per-word caches (news vocabulary is Zipfian, so they answer almost every lookup): the
        # readings that start some phrase, and every form a word can be matched as.
        self._starts: dict[str, tuple[Stem, ...]] = {}
        self._forms: dict[str, frozenset[str]] = {}

    def _readings(self, token: Token) -> tuple[Stem, ...]:
        """The token's readings that start some phrase (``find`` inlines the cache lookup)."""
        found = self._starts.get(token.norm)
        if found is None:
            if len(self._starts) >= WORD_CACHE_SIZE:
                self._starts.clear()
            found = tuple(
                s for s in token.stems if s.form in self._roots and (self._suffixes or not s.suffixed)
            )
            self._starts[token.norm] = found
        return found

    def _forms_of(self, token: Token) -> frozenset[str]:
        forms = self._forms.get(token.norm)
        if forms is None:
            if len(self._forms) >= WORD_CACHE_SIZE:
                self._forms.clear()
            forms = frozenset(
                [
                    token.norm,
                    *(s.form for s in token.stems if self._suffixes or not s.suffixed),
                    *(carried_preposition(token.norm) if self._suffixes else ()),
                ]
            )
            self._forms[token.norm] = forms
        return forms

    def at(self, tokens: Sequence[Token], i: int) -> Match[T] | None:
        """The longest phrase starting at token ``i``."""
        readings = self._readings(tokens[i])
        return self._longest(tokens, i, readings) if readings else None

    def _longest(self, tokens: Sequence[Token], i: int, readings: tuple[Stem, ...]) -> Match[T] | None:
        best: Match[T] | None = None
        best_length = 0
        for stem in readings:
            root = self._roots[stem.form]
            # Most phrases are one word: their trie node has nothing to walk to.
            length, node = self._deepest(tokens, i + 1, root) if root.children else (1, root)
            if length > best_length:
                best, best_length = Match(i, i + length, node.value, stem.prefix, stem.suffixed), length
        return best

    def _deepest(self, tokens: Sequence[Token], j: int, node: _Node[T]) -> tuple[int, _Node[T]]:
        """The longest phrase through ``node`` that tokens ``j``, ``j + 1``... complete: its length
        counted from ``node``'s word (0 when none) and its final node."""
        best_length, best = (1, node) if node.order >= 0 else (0, node)
        if node.children and j + 1 < len(tokens) and tokens[j].norm == "-" and _joins(tokens, j):
            # "كيم جونغ-أون": a hyphen between two words of a name, with no space, joins them
            length, end = self._deepest(tokens, j + 1, node)
            return (length + 1, end) if length > 1 else (best_length, best)
        if node.children and j < len(tokens):
            for form in self._forms_of(tokens[j]):
                child = node.children.get(form)
                if child is None:
                    continue
                length, end = self._deepest(tokens, j + 1, child)
                if length and (
                    length + 1 > best_length or (length + 1 == best_length and end.order < best.order)
                ):
                    best_length, best = length + 1, end
        return best_length, best

    def find(self, tokens: Sequence[Token]) -> Iterator[Match[T]]:
        """Non-overlapping longest matches, left to right."""
        starts = self._starts
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            readings = starts.get(token.norm)
            if readings is None:
                readings = self._readings(token)
            match = self._longest(tokens, i, readings) if readings else None
            if match is None:
                i += 1
            else:
                yield match
                i = match.last


def _joins(tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` touches the words on both sides (no space around it)."""
    return tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start
