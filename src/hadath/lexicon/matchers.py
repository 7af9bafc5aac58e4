"""The matchers the pipeline runs, each built once from its lexicon files.

Every matcher maps a phrase to a small frozen record, so the stages downstream read typed fields
instead of raw TSV rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from hadath.lexicon import Match, PhraseMatcher, load_table, phrase_key
from hadath.text.tokens import Token


@dataclass(frozen=True, slots=True)
class TriggerTerm:
    phrase: str
    type: str
    pos: str  # verb | noun | adverbial ("...، داعيا الأطراف": the main clause's subject acts)
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    strong: bool
    present_tense: bool


@dataclass(frozen=True, slots=True)
class EventType:
    cameo: str
    type: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class ActorTerm:
    kind: str  # country | sector | organization | person
    subkind: str  # countries.tsv/sectors.tsv kind column, or the table name
    name: str | None
    country: str | None
    sector: str | None
    # A person or organisation listed with the article (الصدر، القاعدة) is named only with it:
    # "صدر بيان" is "issued", "قاعدة عسكرية" a military base.
    definite: bool = False


@dataclass(frozen=True, slots=True)
class PlaceTerm:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # city | region | country | capital
    definite: bool  # written with the article (الرقة): "فرقة" is no "ف" + Raqqa


# cue name -> value (a phrase may carry several cues: مقتل is both "killed" and "patient_noun")
Cues = dict[str, str]


def _none_if_empty(value: str) -> str | None:
    return value or None


BLOCKER = "NONE"  # triggers.tsv type of words that only stop a wrong clitic reading


def _is_present(phrase: str, verbs: set[str]) -> bool:
    """Present tense: يفعل, or تفعل / نفعل when its يفعل twin is listed (تدين/يدين, not the past
    تظاهر)."""
    return phrase.startswith("ي") or (phrase[:1] in ("ت", "ن") and "ي" + phrase[1:] in verbs)


@cache
def trigger_matcher() -> PhraseMatcher[TriggerTerm]:
    return PhraseMatcher((term.phrase, term) for term in trigger_terms())


@cache
def second_readings() -> dict[str, TriggerTerm]:
    """The row of a phrase listed twice in triggers.tsv that the matcher passes over (it keeps the
    first): the phrase's other reading, which the coder takes where the sentence calls for it
    (هاجم: ASSAULT, ACCUSE when the attack is made in words)."""
    readings: dict[str, TriggerTerm] = {}
    first: set[str] = set()
    for term in trigger_terms():
        if term.phrase in first:
            readings.setdefault(term.phrase, term)
        first.add(term.phrase)
    return readings


@cache
def trigger_terms() -> tuple[TriggerTerm, ...]:
    """Every triggers.tsv row as a term, in the file's order."""
    rows = load_table("triggers")
    verbs = {row["phrase"] for row in rows if row["pos"] == "verb"}
    return tuple(
        TriggerTerm(
            phrase=row["phrase"],
            type=row["type"],
            pos=row["pos"],
            mode=_none_if_empty(row["mode"]),
            context=tuple(c for c in row["context"].replace(",", " ").split() if c),
            cameo=row["cameo"],
            strong=row.get("strength", "strong") != "weak",
            present_tense=row["pos"] == "verb" and _is_present(row["phrase"], verbs),
        )
        for row in rows
    )


@cache
def event_types() -> dict[str, EventType]:
    return {
        row["cameo"]: EventType(row["cameo"], row["type"], int(row["quad_class"]), float(row["goldstein"]))
        for row in load_table("event_types")
    }


# Word lists read with cue_words or cue_phrases alone (role assignment, the coder, statements): matched as
# cues in a sentence, these common words would stand between a negation and its event ("لن يجري الزيارة").
_WORD_LIST_CUES = frozenset(
    {
        "both_parties",
        "performer",
        "giving",
        "cause",
        "agent",
        "gunfire",
        "direct_at",
        "taking_part",
        "passing",
        "ahead_of",
        "knowing",
        "duty",
        "double_object",
        "speaker_noun",
        "carry_out",
        "carried_noun",
        "witness",
        "claimed_capital",
        "two_states",
        "settler",
        "migrant",
        "homecoming",
        "aid_body",
        "intent",
    }
)


@cache
def _cues_by_phrase() -> dict[str, Cues]:
    merged: dict[str, Cues] = {}
    for row in load_table("cues"):
        if row["cue"] not in _WORD_LIST_CUES:
            merged.setdefault(row["phrase"], {})[row["cue"]] = row["value"]
    return merged


@cache
def cue_matcher() -> PhraseMatcher[Cues]:
    return PhraseMatcher(_cues_by_phrase().items())


def phrase_cues(phrase: str) -> Cues:
    """The cues of one lexicon phrase, for a trigger phrase split by its subject ("لقي طفل مصرعه")
    that the cue matcher, reading words in a row, does not find."""
    return _cues_by_phrase().get(phrase, {})


@cache
def actor_matcher() -> PhraseMatcher[ActorTerm]:
    entries: list[tuple[str, ActorTerm]] = []
    for row in load_table("people"):
        entries.append(
            (
                row["phrase"],
                ActorTerm(
                    "person",
                    "person",
                    row["name"],
                    row["country"] or None,
                    row["sector"] or None,
                    _definite(row["phrase"]),
                ),
            )
        )
    for row in load_table("organizations"):
        entries.append(
            (
                row["phrase"],
                ActorTerm(
                    "organization",
                    "organization",
                    row["name"],
                    row["country"] or None,
                    row["sector"] or None,
                    _definite(row["phrase"]),
                ),
            )
        )
    for row in load_table("sectors"):
        entries.append((row["phrase"], ActorTerm("sector", row["kind"], None, None, row["sector"])))
    for row in load_table("countries"):
        entries.append(
            (
                row["phrase"],
                ActorTerm("country", row["kind"], None, row["country"], None, _definite(row["phrase"])),
            )
        )
    # Listed last: a head that is also a sector noun (حزب) keeps its sector entry.
    for row in load_table("short_names"):
        entries.append((row["phrase"], ActorTerm("organization", "short", None, None, None)))
    return PhraseMatcher(entries)


@cache
def idiom_matcher() -> PhraseMatcher[str]:
    """cues.tsv ``idiom`` phrases: words a lexicon lists as a name that, in them, name nothing."""
    return PhraseMatcher((row["phrase"], row["cue"]) for row in load_table("cues") if row["cue"] == "idiom")


def in_idiom(tokens: Sequence[Token], i: int) -> bool:
    """An idiom starts at token ``i`` ("مسقط رأسه": his birthplace, not Muscat)."""
    return idiom_matcher().at(tokens, i) is not None


@cache
def short_names() -> frozenset[str]:
    """Organisation head nouns (stems) that, alone, stand for the organisation last named in full."""
    return frozenset(phrase_key(row["phrase"])[0] for row in load_table("short_names"))


def _definite(phrase: str) -> bool:
    """Written with the article: ال as written, not the أل of ألمانيا."""
    return phrase.startswith("ال")


def with_article(trigger: Match[TriggerTerm]) -> bool:
    """The trigger's word carries an article its phrase does not spell: "الرفض" for the row رفض -
    not التقى or "القبض على", whose ال is their own."""
    return trigger.prefix.endswith("ال") and not _definite(trigger.value.phrase)


@cache
def place_matcher() -> PhraseMatcher[PlaceTerm]:
    entries = [
        (
            row["phrase"],
            PlaceTerm(
                row["name"],
                row["country"] or None,
                float(row["lat"]) if row["lat"] else None,
                float(row["lon"]) if row["lon"] else None,
                row["kind"],
                _definite(row["phrase"]),
            ),
        )
        for row in load_table("places")
    ]
    # "في اليمن" places an event in a country (no coordinates); a city of the same name listed
    # in places.tsv comes first and wins.
    names = country_names()
    entries += [
        (
            row["phrase"],
            PlaceTerm(
                names.get(row["country"], row["country"]),
                row["country"],
                None,
                None,
                "country",
                _definite(row["phrase"]),
            ),
        )
        for row in load_table("countries")
        if row["kind"] == "name"
    ]
    return PhraseMatcher(entries, suffixes=False)


@cache
def role_defaults() -> dict[tuple[str, str, str], str]:
    """(event type, "source"|"target", "absent"|"no_sector") -> the sector to use."""
    return {(row["type"], row["role"], row["when"]): row["sector"] for row in load_table("role_defaults")}


@cache
def country_names() -> dict[str, str]:
    """Country code -> English name (Egypt, Kurds, International organization ...)."""
    return {row["country"]: row["name"] for row in load_table("country_names")}


@cache
def cue_words(cue: str) -> frozenset[str]:
    """The one-word phrases of one cue in cues.tsv, as stems (for checks on a single token:
    "compass" words before a place, "place_word"s that introduce one, "number" words)."""
    return frozenset(key[0] for key in cue_phrases(cue) if len(key) == 1)


@cache
def cue_values(cue: str) -> dict[str, str]:
    """The one-word phrases of one cue in cues.tsv with their values, as stem -> value (a claimed
    capital's claimant, a dual's two states, a verbal noun's verb)."""
    return {
        key[0]: row["value"]
        for row in load_table("cues")
        if row["cue"] == cue and len(key := phrase_key(row["phrase"])) == 1
    }


@cache
def cue_phrases(cue: str) -> frozenset[tuple[str, ...]]:
    """The phrases of one cue in cues.tsv, as stem sequences (for checks on words in a row: "من قبل")."""
    return frozenset(phrase_key(row["phrase"]) for row in load_table("cues") if row["cue"] == cue)
