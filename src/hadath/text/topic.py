"""What an article is about: a sports report's events are no political events.

Feeds arrive without a category, and a sports report yields about one event per article, nearly
all noise: a match or transfer talks read as CONSULT, a coach criticising his goalkeeper as ACCUSE,
a player threatening to leave as THREATEN. An article whose body is dense in sports vocabulary
(``topics.tsv``, topic ``sport``) is a sports report. Of its events only those are kept whose
sentence names the state (topic ``state``: a minister, a government, the police, a court; or a
political figure of ``people.tsv``) or one of whose parties is a named police, intelligence or armed
body ("ألقت أجهزة الأمن المصرية القبض على ... مشجعي النادي الأهلي"). Not the army, a court or a
parliament by sector: a team captain (قائد) reads as MIL, a player's lawyer as JUD, a club's
vice-president (نائب) as LEG.
"""

from __future__ import annotations

import re
from functools import cache

from hadath.lexicon import PhraseMatcher, load_table, phrase_key
from hadath.model import Document, Event
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize

# Sports words per token: 5% of the corpus's sport articles fall below 0.023, 99% of its news
# articles below 0.015 (the news articles above 0.04 report a match or the World Cup).
SPORT_DENSITY = 0.04
MIN_SPORT_WORDS = 5  # a sentence with a goal (هدف) in it is no sports report
STATE_SECTORS = frozenset({"COP", "SPY", "REB"})


@cache
def topic_matcher() -> PhraseMatcher[str]:
    """Topic words, and the political figures of ``people.tsv`` as the state (a head of state in a
    footballer's photo: "صورة مع الرئيس التركي رجب طيب أردوغان"; also a club president who shares a
    statesman's surname: بيريز)."""
    topics = [(row["phrase"], row["topic"]) for row in load_table("topics")]
    return PhraseMatcher(topics + [(row["phrase"], "state") for row in load_table("people")])


@cache
def _sport_stems() -> re.Pattern[str]:
    """The first stems of the sports phrases as substrings of the raw text (without a final ة, which
    an ending rewrites: مباراته; any alef or ya spelling, as normalisation unifies them): every match
    of a sports phrase holds one, so their count bounds the matches from above without normalising
    and tokenising the article a second time."""
    stems = {
        phrase_key(row["phrase"])[0].removesuffix("ة")
        for row in load_table("topics")
        if row["topic"] == "sport"
    }
    spelt = (re.escape(stem).replace("ا", "[اأإآ]").replace("ي", "[يى]") for stem in stems)
    return re.compile("|".join(sorted(spelt, key=len, reverse=True)))


def without_sport_events(doc: Document, events: list[Event]) -> list[Event]:
    """The events, less those of a sports report whose sentence names no state body. An article whose
    title names the state is about the state, however much of it tells of a match ("السلطات الإيرانية
    تعتقل 35 امرأة حاولن حضور مباراة كرة قدم")."""
    if not events:
        return events
    # Tokens are at least the words, so fewer sports stems than the density asks of the words is
    # no sports report (most articles stop here).
    bound = len(_sport_stems().findall(doc.text))
    if bound < MIN_SPORT_WORDS or bound < SPORT_DENSITY * len(doc.text.split()):
        return events
    tokens = tokenize(normalize(doc.text))
    matches = list(topic_matcher().find(tokens))
    sport = sum(m.value == "sport" for m in matches)
    if sport < MIN_SPORT_WORDS or sport < SPORT_DENSITY * len(tokens) or _names_state(doc.title):
        return events
    state = [tokens[m.first].start for m in matches if m.value == "state"]
    return [
        e
        for e in events
        if any(e.sentence.start <= s < e.sentence.end for s in state)
        or any(p is not None and p.text and p.sector in STATE_SECTORS for p in (e.source, e.target))
    ]


def _names_state(title: str | None) -> bool:
    return bool(title) and any(m.value == "state" for m in topic_matcher().find(tokenize(normalize(title))))
