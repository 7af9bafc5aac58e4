"""Matching normalisation of Arabic text, with a map back to the original offsets.

Normalisation only deletes characters (diacritics, tatweel, bidi marks) or replaces one character
by one character (alef forms, alef maqsura, hamza carriers, digits, ASCII case), so
every normalised character comes from exactly one original character and ``offsets[i]`` is its
index in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Harakat, shadda, sukun, superscript alef, Quranic marks, tatweel, zero-width and bidi controls.
_DELETED = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc"
    "\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
    "\u0640\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_REPLACED = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ئ": "ء",
    "ؤ": "ء",
    "ک": "ك",
    "ڪ": "ك",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}
_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_TABLE: dict[int, int | str | None] = {ord(c): None for c in _DELETED}
_TABLE.update({ord(k): v for k, v in _REPLACED.items()})
_TABLE.update({ord(d): str(i % 10) for i, d in enumerate(_DIGITS)})
# ASCII only: str.lower() may change a string's length, which would break the offset map.
_TABLE.update({ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_DELETED_CODES = frozenset(map(ord, _DELETED))
_DELETED_RUN = re.compile(f"[{re.escape(_DELETED)}]+")


@dataclass(slots=True)
class Normalized:
    """Normalised text plus the original index of each of its characters (``None`` = identity)."""

    text: str
    offsets: list[int] | None
    source: str = ""

    def to_original(self, index: int) -> int:
        """Original index of normalised index ``index`` (``len(text)`` maps past the last char)."""
        if self.offsets is None:
            return index
        if index >= len(self.offsets):
            return self.offsets[-1] + 1 if self.offsets else 0
        return self.offsets[index]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a normalised span; it takes in the diacritics that trail its last letter."""
        if self.offsets is None:
            return start, end
        original_end = self.to_original(end - 1) + 1
        while original_end < len(self.source) and ord(self.source[original_end]) in _DELETED_CODES:
            original_end += 1
        return self.to_original(start), original_end


def normalize_word(word: str) -> str:
    """Normalise a word or phrase without keeping offsets (lexicon keys, queries)."""
    return word.translate(_TABLE)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map back to ``text``."""
    folded = text.translate(_TABLE)
    if not _DELETED_RUN.search(text):
        return Normalized(folded, None)
    offsets: list[int] = []
    kept_from = 0
    for deleted in _DELETED_RUN.finditer(text):
        offsets.extend(range(kept_from, deleted.start()))
        kept_from = deleted.end()
    offsets.extend(range(kept_from, len(text)))
    return Normalized(folded, offsets, text)
