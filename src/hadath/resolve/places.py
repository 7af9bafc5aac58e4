"""Event places: cities and regions (GeoNames names with coordinates, via places.tsv) and countries
(countries.tsv names, without coordinates).

A place right after a direction word ("غربي العريش", "شمال شرقي مصر") says where something is
*relative to*, not where it is, so it is not taken as the event's place when a plain one exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.lexicon.matchers import PlaceTerm, cue_words, in_idiom, place_matcher
from hadath.model import Location
from hadath.text.tokens import Token

_PLACE_PREPOSITIONS = ("ب", "في")


@dataclass(slots=True)
class PlaceMention:
    first: int
    last: int
    location: Location
    kind: str  # city | region | country | capital (places.tsv)
    relative: bool  # preceded by a direction word
    introduced: bool  # by في or the clitic ب


def find_places(text: str, tokens: Sequence[Token]) -> list[PlaceMention]:
    mentions: list[PlaceMention] = []
    for match in place_matcher().find(tokens):
        term: PlaceTerm = match.value
        if not _spelled_as_listed(match.prefix, term) or in_idiom(tokens, match.first):
            continue
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        previous = tokens[match.first - 1] if match.first > 0 else None
        relative = previous is not None and any(s.form in cue_words("compass") for s in previous.stems)
        introduced = match.prefix.endswith(("ب", "بال")) or (
            previous is not None
            and (
                previous.norm in _PLACE_PREPOSITIONS
                or any(s.form in cue_words("place_word") for s in previous.stems)
            )
        )
        introduced = introduced or _listed_after_introduced(tokens, mentions, match.first)
        location = Location(text[start:end], term.name, term.country, term.lat, term.lon, start, end)
        mentions.append(PlaceMention(match.first, match.last, location, term.kind, relative, introduced))
    return [m for m in mentions if not _inside_other_state(tokens, m, mentions)]


def _inside_other_state(
    tokens: Sequence[Token], place: PlaceMention, mentions: Sequence[PlaceMention]
) -> bool:
    """ "حي العامرية ببغداد": a place written right before the place it lies in (after ب or في)
    is a namesake of the one the lexicon knows when that lies in another state."""
    after = place.last + (place.last < len(tokens) and tokens[place.last].norm == "في")
    return any(
        other.first == after
        and (after > place.last or tokens[other.first].norm.startswith("ب"))
        and other.location.country not in (None, place.location.country)
        for other in mentions
    )


def _spelled_as_listed(prefix: str, term: PlaceTerm) -> bool:
    """A place name keeps its article or its lack of one ("الخليل" is Hebron, "خليل" a first name;
    "فرقة" is a division, not ف + الرقة) and takes no clitic but و، ف، ب، ل ("كتبت" is "wrote",
    not ك + التبت)."""
    clitics = prefix.removesuffix("ال")
    return prefix.endswith("ال") == term.definite and not clitics.strip("وفبل")


def _listed_after_introduced(tokens: Sequence[Token], earlier: Sequence[PlaceMention], first: int) -> bool:
    """ "في مدن أصفهان والأحواز وبندر عباس وشيراز": a place that goes on a list (every word since
    the last place joined by و) begun by an introduced place is introduced too."""
    if not earlier or not earlier[-1].introduced:
        return False
    between = tokens[earlier[-1].last : first + 1]
    return len(between) <= _LIST_GAP and all(t.norm.startswith("و") for t in between)


_LIST_GAP = 8  # words from one listed place to the next, the next included
_NEAR_TRIGGER = 3  # a place this close after the trigger needs no في/ب ("انفجار بغداد")


def event_place(places: Sequence[PlaceMention], trigger: int, arguments: set[int]) -> Location | None:
    """The place of an event whose trigger is token ``trigger``: the closest place introduced by
    في/ب (or right after the trigger), preferring one after the trigger and a city or region to a
    country ("في الشرق الأوسط ... في القاهرة" is Cairo); places that are the event's source or
    target (``arguments``) are not its place; relative places come last."""
    candidates = [
        p
        for p in places
        if p.first not in arguments and (p.introduced or 0 < p.first - trigger <= _NEAR_TRIGGER)
    ]
    if not candidates:
        return None

    def rank(p: PlaceMention) -> tuple[int, int, int, int]:
        distance = p.first - trigger if p.first >= trigger else (trigger - p.first) * 2
        return (p.relative, not p.introduced, p.kind == "country", distance)

    return min(candidates, key=rank).location
