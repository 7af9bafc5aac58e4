"""Entity and actor mentions of a sentence: lexicon terms (people, organisations, sector nouns and
titles, countries and nationality adjectives), names from the statistical NER, and "his country"
anaphors resolved to an earlier actor's country."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from hadath.lexicon import Match
from hadath.lexicon.matchers import ActorTerm, actor_matcher, country_names, cue_words, in_idiom
from hadath.model import Actor, Entity
from hadath.resolve.actors import BOTH_PARTIES, ActorMention, anaphor_country, compose
from hadath.resolve.home import KINGDOM_WORD, NOT_STATES, kingdoms
from hadath.resolve.names import qualified_head
from hadath.resolve.places import PlaceMention
from hadath.text.tokens import COMMAS, OBJECT_PRONOUNS, Token

_ENTITY_TYPE = {
    ("person", "person"): "PER",
    ("organization", "organization"): "ORG",
    ("country", "adjective"): "NORP",
    ("sector", "title"): "TITLE",
}
_NER_TYPE = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_NO_ACTOR_PROCLITICS = frozenset("كس")
# The sectors whose noun with a possessive pronoun belongs to the state or party named before it.
_OWNED_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "PTY"})
# CAMEO region codes of areas, not blocs (countries.tsv): "الشرق الأوسط", "شمال أفريقيا" alone name
# where an office's remit lies ("المبعوث الأميركي للشرق الأوسط", "مديرة الشرق الأوسط في منظمة
# العفو") or what happens there ("ما يشهده الشرق الأوسط"), never a party. Europe, the West and the
# Gulf states (EUR, WST, PGS) do act as blocs: "طالبت أوروبا".
_AREAS = frozenset({"MEA", "NAF", "AFR", "ASA", "CAS", "CAU", "BLK", "LAM", "SAM", "NMR"})


def after_no_actor_proclitic(match: Match[ActorTerm]) -> bool:
    """A lexicon actor read behind ك or س, which no actor's name takes: "كاميرا" is no ك + أمير,
    "كروس" no ك + Russia ("كرئيس" is a role); س marks only verbs: "سكوبيي" is Skopje, not س + كوبي
    (Cuban), "سقطرى" no س + Qatar, "ستالين" no س + Tallinn."""
    return bool(_NO_ACTOR_PROCLITICS.intersection(match.prefix))


def term_matches(
    tokens: Sequence[Token],
    ner_spans: Sequence[tuple[int, int, str]] = (),
    places: Sequence[PlaceMention] = (),
) -> list[Match[ActorTerm]]:
    """Lexicon actor terms, plus NER persons and organisations the lexicons do not know, plus
    places named as a bare noun phrase ("هددت إسرائيل قطاع غزة": Gaza is acted upon; "في غزة" is
    only where)."""
    # A word inside a longer place name is that name's: "بندر عباس" is a port, not Mahmoud Abbas.
    inside_places = {i for p in places if p.last - p.first > 1 for i in range(p.first, p.last)}
    # A country named after a direction word is a location: "في جنوب شرقي تركيا".
    located = {(p.first, p.last) for p in places if p.relative}
    # A nationality right after a place's name says where the place is: "مدينة البصرة العراقية".
    place_ends = {p.last for p in places}
    matches = [
        m
        for m in actor_matcher().find(tokens)
        if (
            not inside_places.issuperset(range(m.first, m.last))
            or any(p.first == m.first and p.last == m.last for p in places)
        )
        and (m.first, m.last) not in located
        and not (m.first in place_ends and m.value.subkind == "adjective" and m.prefix == "ال")
        and (m.prefix.endswith("ال") or not m.value.definite)
        # A capital listed without the article is not read with it: "السيول" are floods, not Seoul
        # (a state's name may be: "السورية" is the adjective).
        and not (m.prefix.endswith("ال") and not m.value.definite and _bare_name(m.value))
        and not after_no_actor_proclitic(m)
        and not (m.suffixed and _named(m.value))
        and not _qualifies_issue(tokens, m)
        and not _qualifies_briefing(tokens, m)
        and not in_idiom(tokens, m.first)  # "مسقط رأسه": his birthplace, not Oman's capital
        # "حزب الاتحاد الكردي", "رئيس الاتحاد الألماني": a head noun with its own adjective is no
        # short name of an organisation named before, and leaves the phrase whole.
        and not (m.value.subkind == "short" and qualified_head(tokens, m.first, m.prefix))
    ]
    matches = [m for m in matches if not _someone_else(tokens, m, matches, ner_spans)]
    covered = {i for m in matches if m.value.subkind != "short" for i in range(m.first, m.last)}
    for place in places:
        if place.introduced or place.relative or covered.intersection(range(place.first, place.last)):
            continue
        location = place.location
        term = ActorTerm("place", place.kind, location.name, location.country, None)
        matches.append(Match(place.first, place.last, term, tokens[place.first].prefix))
        covered.update(range(place.first, place.last))
    for first, last, label in ner_spans:
        if label in ("PERS", "ORG") and not covered.intersection(range(first, last)):
            kind = "person" if label == "PERS" else "organization"
            matches.append(Match(first, last, ActorTerm(kind, "ner", None, None, None), tokens[first].prefix))
            covered.update(range(first, last))
    # A head noun inside a longer name ("الحركة الشعبية لتحرير السودان") is part of that name.
    matches = [m for m in matches if m.value.subkind != "short" or m.first not in covered]
    return sorted(matches, key=lambda m: m.first)


def _bare_name(term: ActorTerm) -> bool:
    """A capital or a person: a name the lexicon lists without the article is not read with it
    ("السيول" are floods, not Seoul; "أطلق العنان" unleashes, no Annan)."""
    return term.kind == "person" or (term.kind == "country" and term.subkind == "capital")


def _someone_else(
    tokens: Sequence[Token],
    match: Match[ActorTerm],
    matches: Sequence[Match[ActorTerm]],
    ner_spans: Sequence[tuple[int, int, str]],
) -> bool:
    """A listed person's one-word name inside a longer name the NER found, whose other words name
    no listed person, is someone else's: "الجندي ديفيد جونسون" is no Boris Johnson, "عباس عراقجي"
    no Mahmoud Abbas (but "بشار الأسد" is Bashar, and "اتهم ظريف نتنياهو" two listed people)."""
    if match.value.kind != "person" or match.last - match.first != 1:
        return False
    span = next(
        (
            (first, last)
            for first, last, label in ner_spans
            if label == "PERS" and first <= match.first < last
        ),
        None,
    )
    if span is None or span[1] - span[0] < 2:
        return False
    # The other words must look like names: the NER's "ميقاتي الميلياردير" is Mikati, a billionaire.
    others = [i for i in range(*span) if i != match.first]
    if any(tokens[i].norm.startswith("ال") for i in others):
        return False
    return not any(
        m is not match and m.value.kind == "person" and span[0] <= m.first < span[1] for m in matches
    )


def _qualifies_issue(tokens: Sequence[Token], match: Match[ActorTerm]) -> bool:
    """A country or nationality right after an issue noun ("الأزمة السورية", "ملف إيران", cues.tsv
    ``issue``) qualifies the issue: "بحثنا الأزمة السورية" names no Syrian party."""
    return (
        match.value.kind == "country"
        and match.first > 0
        and any(s.form in cue_words("issue") for s in tokens[match.first - 1].stems)
    )


def _qualifies_briefing(tokens: Sequence[Token], match: Match[ActorTerm]) -> bool:
    """An indefinite press adjective right after what a speaker speaks at ("مؤتمر صحفي", "تصريح
    صحافي", cues.tsv ``briefing``) qualifies it: "قال ترامب في مؤتمر صحفي" names no journalist."""
    return (
        match.value.sector == "MED"
        and match.value.kind == "sector"
        and not match.prefix
        and match.first > 0
        and any(s.form in cue_words("briefing") for s in tokens[match.first - 1].stems)
    )


def _named(term: ActorTerm) -> bool:
    """A name, not a noun: it takes no ending ("الرياضي" is "sporting", not Riyadh + ي; "بريكست" is
    Brexit, not BRICS + ت; "جماعات" are groups, not the one last named)."""
    return term.kind in ("person", "organization") or term.subkind in ("name", "capital")


def actor_mentions(
    text: str,
    tokens: Sequence[Token],
    terms: Sequence[Match[ActorTerm]],
    previous_country: str | None,
    objects_at: Collection[int] = (),
    kingdom: str | None = None,
    pair: tuple[str, str] | None = None,
) -> list[ActorMention]:
    """Actor phrases of a sentence. A "بلاده" anaphor takes the country of the sentence's first
    actor (its subject, in news prose) or, failing that, ``previous_country``; "المملكة" alone is the
    kingdom the sentence named last before it or, failing that, ``kingdom`` (the kingdom the article
    names most so far); "البلدين" or "الطرفان" the two states named before it in the sentence or,
    failing that, ``pair`` (see ``named_pair``). ``objects_at``: see ``compose``."""
    mentions = _placed_names([m for m in compose(text, tokens, terms, objects_at) if not _area(m)], tokens)
    taken = {i for m in mentions for i in range(m.first, m.last)}
    both_parties = cue_words("both_parties")
    for i, token in enumerate(tokens):
        if i in taken or not token.is_word:
            continue
        if any(s.form in both_parties for s in token.stems):
            both = named_pair([m for m in mentions if m.last <= i]) or pair
            if both is not None:
                mentions.append(_both_parties(text, token, i, both))
            continue
        if anaphor_country(token):
            country, subkind = _owner_country(tokens, mentions, i, previous_country), "anaphor"
        elif _the_kingdom(tokens, i):
            country, subkind = _kingdom_before(mentions, i) or kingdom, "kingdom"
        else:
            continue
        if country:
            actor = Actor(
                text[token.start : token.end],
                country_names().get(country),
                country,
                None,
                token.start,
                token.end,
            )
            mentions.append(
                ActorMention(
                    i,
                    i + 1,
                    actor,
                    (ActorTerm("country", subkind, None, country, None),),
                    token.prefix,
                    i + 1,
                )
            )
    return sorted(mentions, key=lambda m: m.first)


def named_pair(mentions: Sequence[ActorMention]) -> tuple[str, str] | None:
    """The two states ``mentions`` name as states or their governments (not a newspaper or a
    rebel group: "سكاي نيوز عربية ... النظام السوري ... بين الطرفين"), in the order named, if they
    name exactly two."""
    states = (
        m.actor.country
        for m in mentions
        if m.actor.country and m.actor.sector in (None, "GOV") and m.head.subkind != BOTH_PARTIES
    )
    countries = list(dict.fromkeys(states))
    if any(c in NOT_STATES for c in countries):  # "الطرفان" after the UN and Macedonia: not two states
        return None
    return (countries[0], countries[1]) if len(countries) == 2 else None


def _both_parties(text: str, token: Token, i: int, pair: tuple[str, str]) -> ActorMention:
    """ "البلدان" as a mention of both states: the first state's actor, a term for each (the roles
    code splits a meeting or deal of both into one party each)."""
    first = pair[0]
    actor = Actor(
        text[token.start : token.end], country_names().get(first), first, None, token.start, token.end
    )
    terms = tuple(ActorTerm("country", BOTH_PARTIES, None, c, None) for c in pair)
    return ActorMention(i, i + 1, actor, terms, token.prefix, i + 1)


def _placed_names(mentions: list[ActorMention], tokens: Sequence[Token]) -> list[ActorMention]:
    """ "عضو المجلس الأعلى للشؤون الإسلامية في البحرين، الشيخ محمد ملا أحمد التوبلاني": a name set
    off by a comma (and an honorific) after an office "in" a state, the office naming no actor of
    its own, is of that state (not "السفير البريطاني في مصر، جون كاسن": the office has its state).
    The pieces of a name the NER splits ("محمد" | "أحمد التوبلاني", one word apart) are one person's."""
    placed: list[ActorMention] = []
    country: str | None = None
    for i, mention in enumerate(mentions):
        if mention.head.kind != "person" or mention.actor.country:
            country = None
        elif country is not None and mention.first - placed[-1].last <= 1:
            mention = replace(mention, actor=replace(mention.actor, country=country))
        else:
            country = _office_state(mentions, i, tokens)
            if country is not None:
                mention = replace(mention, actor=replace(mention.actor, country=country))
        placed.append(mention)
    return placed


def _office_state(mentions: Sequence[ActorMention], i: int, tokens: Sequence[Token]) -> str | None:
    """The state named right before mention ``i`` as "في STATE،", after words that name no actor."""
    state = mentions[i - 1] if i > 0 else None
    # An honorific may come between: "، الشيخ محمد", "، الدكتور".
    if (
        state is None
        or mentions[i].first - state.last not in (1, 2)
        or tokens[state.last].norm not in COMMAS
        or not all(t.definite for t in tokens[state.last + 1 : mentions[i].first])
    ):
        return None
    if len(state.terms) != 1 or state.head.kind != "country" or state.head.subkind not in ("name", "capital"):
        return None
    preposition = state.prefix == "ب" or (state.first > 0 and tokens[state.first - 1].norm == "في")
    before = state.first - (0 if state.prefix == "ب" else 1)
    office = before > 0 and not (i > 1 and mentions[i - 2].last == before)
    return state.actor.country if preposition and office else None


def _area(mention: ActorMention) -> bool:
    """A mention that is only the name of an area (``_AREAS``): a place, no actor."""
    return all(t.kind == "country" and t.subkind == "name" and t.country in _AREAS for t in mention.terms)


def with_owners(tokens: Sequence[Token], mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions, with a state body or party named with a possessive pronoun and no country given
    its owner's: the last actor with a country before it that is a name or a definite noun ("قال
    زعيم الحزب ... اليوناني إن حزبه لن يقبل", "قالت موسكو إن جيشها", "وكانت إسرائيل أعلنت أن
    مقاتلاتها"), not an indefinite one, seldom the owner ("قال مادورو إنه طرد دبلوماسيا أميركيا بزعم
    تآمره ضد حكومته"). Not a civilian noun nor a lawyer ("سكانها، عائلاتهم، محاميتها": a place's, a
    group's or a client's). The owner is counted already: callers tally the article's countries
    from the mentions before this."""
    owned = list(mentions)
    for n, mention in enumerate(owned):
        actor = mention.actor
        if (
            actor.country
            or actor.sector not in _OWNED_SECTORS
            or mention.head.kind != "sector"
            or not _possessed(tokens[mention.first])
        ):
            continue
        owner = possessor(owned[:n])
        country = owner.actor.country if owner else None
        if country:
            owned[n] = replace(mention, actor=replace(actor, country=country))
    return owned


def possessor(earlier: Sequence[ActorMention]) -> ActorMention | None:
    """Whom a possessive pronoun after the mentions ``earlier`` refers to: the last with a country that
    is a name or a definite noun (see with_owners)."""
    return next(
        (
            m
            for m in reversed(earlier)
            if m.actor.country and not (m.head.kind == "sector" and not m.prefix.endswith("ال"))
        ),
        None,
    )


def _the_kingdom(tokens: Sequence[Token], i: int) -> bool:
    """ "المملكة" standing alone for the kingdom the story is about ("أطلقت الميليشيات صاروخا باليستيا
    باتجاه المملكة", "أن المملكة ستقطع علاقاتها مع إيران"): definite, with no adjective of its own
    ("المملكة المحافظة" is left alone; "المملكة المتحدة" is a name of its own)."""
    return any(
        s.form == KINGDOM_WORD and s.prefix.endswith("ال") and not qualified_head(tokens, i, s.prefix)
        for s in tokens[i].stems
    )


def _kingdom_before(mentions: Sequence[ActorMention], i: int) -> str | None:
    """The kingdom the sentence names last before token ``i`` ("وصل العاهل الأردني إلى السعودية حيث
    من المقرر أن يلتقي قادة المملكة": Saudi Arabia's, in a story of Jordan)."""
    return next(
        (m.actor.country for m in reversed(mentions) if m.last <= i and m.actor.country in kingdoms()), None
    )


_OWNER_GAP = 5  # words from a person to the pronoun that refers to them ("ترامب رغبته في سحب قوات بلاده")


def _owner_country(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], i: int, previous_country: str | None
) -> str | None:
    """The country a pronoun at token ``i`` refers to: a person's named just before it ("إعلان الرئيس
    الأميركي دونالد ترامب انسحاب بلاده" in a sentence that names another state first), not one named
    with a pronoun of its own ("لقائه نظيره الأمريكي") nor of no state; else the sentence's first
    actor's with one before it (its subject, in news prose), else the last sentence's."""
    earlier = [m for m in mentions if m.last <= i and m.actor.country]
    person = next(
        (
            m
            for m in reversed(earlier)
            if i - m.last <= _OWNER_GAP
            and _person(m)
            and m.actor.country not in NOT_STATES
            and not _possessed(tokens[m.first])
        ),
        None,
    )
    if person is not None:
        return person.actor.country
    return earlier[0].actor.country if earlier else previous_country


def _person(mention: ActorMention) -> bool:
    """A mention of one person: a name or a title (sectors.tsv ``title``: الرئيس، المندوب)."""
    return any(t.kind == "person" or (t.kind == "sector" and t.subkind == "title") for t in mention.terms)


def _possessed(token: Token) -> bool:
    """A noun with a possessive pronoun: "حزبه", "قواتها" (قوات + ها), "حكومته" (حكومة, its ta
    marbuta written ت before the pronoun)."""
    return any(
        s.suffixed and token.norm[len(s.prefix) :] in (s.form + p, s.form.removesuffix("ة") + "ت" + p)
        for s in token.stems
        for p in OBJECT_PRONOUNS
    )


def entities(
    text: str,
    tokens: Sequence[Token],
    terms: Sequence[Match[ActorTerm]],
    places: Sequence[PlaceMention],
    ner_spans: Sequence[tuple[int, int, str]],
) -> list[Entity]:
    """One entity per span: places first, then lexicon actor terms, then remaining NER spans."""
    found: list[Entity] = []
    taken: set[int] = set()

    def add(
        first: int,
        last: int,
        entity_type: str,
        canonical: str | None,
        country: str | None,
        sector: str | None = None,
    ) -> None:
        if taken.intersection(range(first, last)):
            return
        taken.update(range(first, last))
        start, end = tokens[first].start, tokens[last - 1].end
        found.append(Entity(text[start:end], entity_type, start, end, canonical, country, sector))

    for place in places:
        kind = "GPE" if place.kind in ("country", "capital") else "LOC"
        add(place.first, place.last, kind, place.location.name, place.location.country)
    for match in terms:
        term = match.value
        if term.subkind == "ner":
            continue
        entity_type = _ENTITY_TYPE.get((term.kind, term.subkind))
        if entity_type is None and term.kind == "country":
            entity_type = "GPE"
        if entity_type:
            canonical = term.name or country_names().get(term.country or "")
            add(match.first, match.last, entity_type, canonical, term.country, term.sector)
    for first, last, label in ner_spans:
        if label in _NER_TYPE:
            add(first, last, _NER_TYPE[label], None, None)
    return sorted(found, key=lambda e: e.start)
