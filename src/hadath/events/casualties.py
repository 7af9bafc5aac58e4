"""Casualty counts: killed and injured, from digits (any script, already normalised), number words
and plural quantity words ("العشرات" = at least 20, reported as that lower bound)."""

from __future__ import annotations

from collections.abc import Sequence

from hadath.lexicon import Match
from hadath.lexicon.matchers import Cues
from hadath.text.tokens import Token

_WINDOW = 3  # tokens between a casualty word and its number ("مقتل زهاء 15 مسلحا")
_CASUALTY_KINDS = frozenset({"killed", "injured"})


def _number_at(tokens: Sequence[Token], cues: dict[int, Match[Cues]], i: int) -> tuple[int, int] | None:
    """(value, index after the number) for a number starting at token ``i``, times the hundreds or
    thousands named right after it ("15 ألفا", "3 آلاف", "تسعة آلاف", "عشرات الآلاف")."""
    token = tokens[i]
    match = cues.get(i)
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
    elif match and "number" in match.value:
        value, j = int(match.value["number"].split(":")[-1]), match.last
    else:
        return None
    unit = _unit(cues.get(j))
    if unit and value < unit:
        value, j = value * unit, cues[j].last
    return value, j


def _unit(match: Match[Cues] | None) -> int | None:
    """The hundreds or thousands a number word names when it multiplies the number before it: مئة، ألف,
    and the plurals counted from two of them (آلاف: lower_bound:2000); not one joined by و ("ألف
    ومئة": a sum) nor a dual (ألفين)."""
    if match is None or match.prefix.startswith(("و", "ف")) or "number" not in match.value:
        return None
    bound, _, raw = match.value["number"].rpartition(":")
    value = int(raw) // 2 if bound else int(raw)
    return value if value >= 100 and str(value).rstrip("0") == "1" else None


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
    # The number after the casualty word: "مقتل 15 مسلحا", "إصابة العشرات" - not past another one
    # ("لقي 110 فلسطينيين مصرعهم وأصيب نحو 12 ألفا": 12,000 were injured).
    for i in range(match.last, min(len(tokens), match.last + _WINDOW)):
        if not tokens[i].is_word or (i in cues and not _CASUALTY_KINDS.isdisjoint(cues[i].value)):
            break
        number = _number_at(tokens, cues, i)
        if number:
            return number[0]
    return None
