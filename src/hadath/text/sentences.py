"""Sentence splitting for Arabic news: Arabic and Latin punctuation, line breaks, quotes."""

from __future__ import annotations

import re

from hadath.model import Span

# A sentence ends at . ! ? ؟ … or ؛ (the Arabic semicolon often closes a news sentence) followed by
# optional closing quotes/brackets and whitespace; or at a line break; or at . ! ? ؟ a word runs
# into with no space ("لقبول ترشحه.بوضياف، وهو نجل"): between words of four and three letters at
# least, not the transliterated letters of "سي.إن.إن" or "إن.إتش.كيه", nor a domain ("بيت.كوم").
_END = re.compile(
    r"""(?:[.!?؟…]+|؛)["»”’)\]]*(?=\s)|\n+|(?<=[\u0621-\u064a]{4})[.!?؟](?=[\u0621-\u064a]{3})(?!كوم)"""
)
_OPEN_QUOTES = {"«": "»", "“": "”"}
# One- or two-letter abbreviations (د. = Dr., م. = eng.) and decimals must not end a sentence.
_ABBREVIATION = re.compile(r"(?:^|\s)[\u0621-\u064a]{1,2}\.$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans (whitespace trimmed, empty ones dropped)."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for match in _END.finditer(text, start, end):
        cut = match.end()
        piece = text[begin:cut]
        if match.group(0)[0] == "." and _ABBREVIATION.search(text, max(begin, cut - 4), cut):
            continue
        if "\n" not in match.group(0) and _inside_quote(piece):
            continue
        _append_trimmed(text, begin, cut, spans)
        begin = cut
    _append_trimmed(text, begin, end, spans)
    return spans


def _inside_quote(piece: str) -> bool:
    """True when ``piece`` has an unclosed «...» or “...” quotation (the sentence goes on)."""
    return any(piece.count(o) > piece.count(c) for o, c in _OPEN_QUOTES.items())


def _append_trimmed(text: str, begin: int, end: int, spans: list[Span]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        spans.append(Span(begin, end))
