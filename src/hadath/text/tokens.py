"""Clitic-aware tokenisation.

Arabic writes conjunctions, prepositions, the article and the future particle onto the word
(وأدان، بالقاهرة، لبحث، سيزور) and pronouns and agreement endings after it (وقتلوا، بنظيره).
Each token therefore carries the list of its possible *stems*: the normalised word with those
clitics peeled off, least stripped first, each with its peeled prefix. Lexicons are keyed on the
same stems (see :func:`lexicon_key`), so one entry matches all its cliticised forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hadath.text.normalize import Normalized

# Words and punctuation marks. An underscore separates words (it joins a hashtag's) and a hashtag's
# "#" is no token, so "وزير خارجية #كوريا_الشمالية" reads as the phrase it is.
_TOKEN = re.compile(r"[^\W_]+|[^\w\s#]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")

_CONJUNCTIONS = frozenset("وف")
_PARTICLES = frozenset("بلكس")
# Pronoun suffixes and verb agreement endings, longest first. "ت"+pronoun after a noun is a
# ta marbuta (حكومته = حكومة + ه) and is rewritten to "ة" by _strip_suffixes.
_SUFFIXES = (
    "هما",
    "كما",
    "تما",
    "ها",
    "هم",
    "هن",
    "كم",
    "كن",
    "نا",
    "وا",
    "ون",
    "ين",
    "ان",
    "تم",
    "ي",
    "ه",
    "ك",
    "ت",
    "ا",
)
_SUFFIX_SET = frozenset(_SUFFIXES)
COMMAS = frozenset("،,")  # Arabic and Latin: a comma is a token of its own
QUOTES = frozenset('"«»“”')  # straight, guillemets and curly
CLAUSE_BREAKS = frozenset('.،,;؛:!؟?«»"()')  # punctuation that ends a clause
SENTENCE_BREAKS = frozenset(".;؛:!؟?")  # ... and that ends more than a clause
HARD_BREAKS = CLAUSE_BREAKS - COMMAS  # a clause's end that a comma is not
# "قالت الشرطة إن مسلحين هاجموا ...": a complementizer opens the clause whose subject is the
# attacker's, but a denial or plan before it still governs the event (نفت أن ...).
COMPLEMENTIZERS = frozenset({"ان", "بان"})
# ... and with the pronoun of its clause's subject ("قال إنه يجب"، "أكدت أنها مستمرة"، "وقالا إنهما")
THAT_PRONOUNS = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "بانهما"})
RELATIVE_PRONOUNS = frozenset(
    {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"}
)
OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
# Words of grammar, normalised (prepositions, particles, relatives, demonstratives, quantifiers): in a
# phrase, they name no act or thing.
FUNCTION_WORDS = frozenset(
    {
        "في",
        "من",
        "علي",
        "الي",
        "عن",
        "ان",
        "لا",
        "لم",
        "لن",
        "ما",
        "التي",
        "الذي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "كل",
        "بعد",
        "قبل",
        "مع",
        "حول",
        "خلال",
        "عند",
        "اكثر",
        "اي",
        "غير",
        "بين",
        "حتي",
        "كما",
        "اذا",
        "او",
        "ثم",
        "قد",
        "تم",
        "ايضا",
        "نحو",
        "ضد",
        "لدي",
        "منذ",
        "عبر",
        "دون",
        "فقط",
        "جميع",
        "كافة",
        "بعض",
        "عدم",
        "مرة",
        "اخري",
    }
)
_POSSESSIVES = OBJECT_PRONOUNS | {"كم", "كما", "كن", "نا"}
# Two-letter prepositions, too short for _strip_suffixes to peel their pronoun (عليه -> علي it
# peels); see carried_preposition.
_SHORT_PREPOSITIONS = frozenset({"مع", "عن", "من", "في"})
_PREPOSITION_PRONOUNS = _POSSESSIVES | {"ي", "ك"}
_VERB_WITH_ENDING = 5  # letters of the shortest verb + ending read through an object pronoun
_SUFFIX_LENGTHS = sorted({len(suffix) for suffix in _SUFFIXES}, reverse=True)
_MIN_STEM = 2
# Per-word caches across the package hold at most this many words: news vocabulary is Zipfian, so
# this covers nearly every token while a worker's memory stays flat however long the corpus.
WORD_CACHE_SIZE = 50_000


@dataclass(slots=True)
class Stem:
    """One reading of a token: ``form`` is the bare stem; ``prefix`` what was peeled in front."""

    form: str
    prefix: str
    stripped: int  # how many characters were peeled off in all (lower = more literal)
    suffixed: bool  # an ending was peeled too (names of places never take one)


@dataclass(slots=True)
class Token:
    start: int  # original offsets
    end: int
    norm: str  # normalised surface form
    is_word: bool
    stems: tuple[Stem, ...]  # clitic readings (see analyse); empty for punctuation

    @property
    def prefix(self) -> str:
        """The proclitics of the most literal reading (empty for unprefixed words)."""
        stems = self.stems
        return stems[0].prefix if stems else ""

    @property
    def definite(self) -> bool:
        """Some reading carries the definite article (الحكومة، للجيش)."""
        return any(s.prefix.endswith("ال") for s in self.stems)

    def carries(self, preposition: str) -> bool:
        """Some reading carries the clitic preposition (ب، ل) before any article: "للأمم"، "بإجراء"."""
        return any(s.prefix.removesuffix("ال").endswith(preposition) for s in self.stems)


def _drop_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) - 2 >= _MIN_STEM else word


def lexicon_key(phrase_word: str) -> str:
    """The stem a lexicon word is stored under: normalised, definite article removed."""
    return _drop_article(phrase_word)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def analyse(word: str) -> tuple[Stem, ...]:
    """All clitic readings of a normalised word, most literal first, without repeats."""
    if not _ARABIC_LETTER.match(word):
        return (Stem(word, "", 0, False),)
    seen: dict[str, Stem] = {}
    # Each proclitic slot holds at most one letter, so the readings are: nothing peeled, then the
    # conjunction and/or the particle the word actually starts with.
    for conj in ("", word[0]) if word[0] in _CONJUNCTIONS else ("",):
        after_conj = word[len(conj) :]
        for particle in ("", after_conj[0]) if after_conj[:1] in _PARTICLES else ("",):
            rest = after_conj[len(particle) :]
            prefix = conj + particle
            if particle == "ل" and rest.startswith("ل"):  # لل = ل + ال
                _add(seen, rest[1:], prefix + "ال", len(word), False)
            bare_noun = _drop_article(rest)
            for base, article in ((rest, ""), (bare_noun, "ال")) if bare_noun is not rest else ((rest, ""),):
                if len(base) < _MIN_STEM:
                    continue
                _add(seen, base, prefix + article, len(word), False)
                for bare in _strip_suffixes(base):
                    _add(seen, bare, prefix + article, len(word), True)
    return tuple(sorted(seen.values(), key=lambda s: s.stripped))


def _add(seen: dict[str, Stem], form: str, prefix: str, word_length: int, suffixed: bool) -> None:
    if len(form) >= _MIN_STEM and form not in seen:
        seen[form] = Stem(form, prefix, word_length - len(form), suffixed)


def carried_preposition(word: str) -> tuple[str, ...]:
    """The two-letter preposition a word is with its pronoun (معه -> مع, وعنه -> عن), if it is one.
    Not one of the word's stems: the other stages read a preposition only where it stands alone
    ("شاركت فيها قوات" holds no في before its actor); phrases ending in one take it ("حققوا معه")."""
    bare = word[1:] if word[:1] in _CONJUNCTIONS else word
    if bare[:2] in _SHORT_PREPOSITIONS and bare[2:] in _PREPOSITION_PRONOUNS:
        return (bare[:2],)
    return ()


def _strip_suffixes(base: str) -> list[str]:
    out = []
    for length in _SUFFIX_LENGTHS:  # longest first; a word has one ending of each length
        if len(base) - length >= 3 and base[-length:] in _SUFFIX_SET:
            bare = base[:-length]
            out.append(bare)
            if bare.endswith("ت"):  # ta marbuta before a pronoun: حكومتها -> حكومة
                out.append(bare[:-1] + "ة")
            if bare.endswith("ات") and len(bare) > 4 and base[-length:] in _POSSESSIVES:
                out.append(bare[:-2] + "ة")  # a plural with its possessor: غاراتها -> غارة
            if (
                base[-length:] in OBJECT_PRONOUNS
                and bare[-1:] in ("ت", "و")
                and len(bare) > _VERB_WITH_ENDING
            ):
                # a derived verb's past ending before its object pronoun: اعتقلته، اعتقلوه -> اعتقل
                # (shorter stems in ته are as often a noun's ta marbuta: سيطرته، نشرته)
                out.append(bare[:-1])
    if base.endswith("ات") and len(base) > 4:  # sound feminine plural: مظاهرات -> مظاهرة
        out.append(base[:-2] + "ة")
    return out


def word_token(word: str, start: int = 0, end: int = 0) -> Token:
    """A token for an already normalised word (callers that tokenise by other rules, e.g. CoNLL)."""
    is_word = bool(word) and word[0].isalnum()
    return Token(start, end, word, is_word, analyse(word) if is_word else ())


def tokenize(norm: Normalized, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``norm.text[start:end]`` (normalised offsets in, original offsets out)."""
    text = norm.text
    end = len(text) if end is None else end
    to_original = norm.span_to_original if norm.offsets is not None else None
    tokens = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = to_original(*match.span()) if to_original else match.span()
        tokens.append(word_token(match.group(), s, e))
    return tokens
