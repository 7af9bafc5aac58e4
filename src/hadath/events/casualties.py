"""Casualty counts: killed and injured, from digits (any script, already normalised), number words
and plural quantity words ("العشرات" = at least 20, reported as that lower bound)."""

from __future__ import annotations

from collections.abc import Sequence

from hadath.lexicon import Match
from hadath.lexicon.matchers import Cues
from hadath.text.tokens import Token

_WINDOW = 3  # tokens between a casualty word and its number ("مقتل زهاء 15 مسلحا")


def _number_at(tokens: Sequence[Token], cues: dict[int, Match[Cues]], i: int) -> tuple[int, int] | None:
    """(value, index after the number) for a number starting at token ``i``."""
    token = tokens[i]
    if token.norm.isdigit():
        value, j = int(token.norm), i + 1
        # "1,200" and "1.200" are split by the tokeniser; join a thousands group.
        while (
            j + 1 < len(tokens)
            and tokens[j].norm in (",", "٬")
            and len(tokens[j + 1].norm) == 3
            and tokens[j + 1].norm.isdigit()
        ):
            value, j = value * 1000 + int(tokens[j + 1].norm), j + 2
        if j < len(tokens) and j in cues and cues[j].value.get("number") == "1000":
            value, j = value * 1000, cues[j].last
        return value, j
    match = cues.get(i)
    if match and "number" in match.value:
        raw = match.value["number"]
        return int(raw.split(":")[-1]), match.last
    return None


def count_casualties(tokens: Sequence[Token], cues: Sequence[Match[Cues]]) -> tuple[int | None, int | None]:
    """(killed, injured) reported in a sentence; None where no count is given."""
    by_first = {m.first: m for m in cues}
    found: dict[str, int] = {}
    for match in cues:
        for kind in ("killed", "injured"):
            if kind not in match.value or kind in found:
                continue
            count = _count_near(tokens, by_first, match)
            if count is not None:
                found[kind] = count
    return found.get("killed"), found.get("injured")


def _count_near(tokens: Sequence[Token], cues: dict[int, Match[Cues]], match: Match[Cues]) -> int | None:
    # The number before the casualty noun: "310 قتلى".
    for i in range(max(0, match.first - 2), match.first):
        number = _number_at(tokens, cues, i)
        if number and number[1] == match.first:
            return number[0]
    # The number after the casualty word: "مقتل 15 مسلحا", "إصابة العشرات".
    for i in range(match.last, min(len(tokens), match.last + _WINDOW)):
        if not tokens[i].is_word:
            break
        number = _number_at(tokens, cues, i)
        if number:
            return number[0]
    return None
