"""The pipeline: raw article -> Document, as a sequence of pure stages.

    language -> boilerplate -> normalise + tokenise -> sentences -> per sentence:
    cues, triggers, NER, actors, places, times -> event coding -> merge -> dates filled in

Each stage lives in its own package (text, entities, resolve, events); this module only wires
them together.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence

from hadath.entities.mentions import (
    actor_mentions,
    after_no_actor_proclitic,
    entities,
    named_pair,
    term_matches,
    with_owners,
)
from hadath.entities.ner import bio_to_spans, default_tagger
from hadath.events.acceptance import Candidate, acceptance_model
from hadath.events.coder import code_sentence, without_state_bodies
from hadath.events.merge import BACKGROUND, merge_events, merge_retold
from hadath.events.roles import SYMMETRIC_TYPES
from hadath.events.sentence import SentenceAnalysis, Subject
from hadath.events.split_phrases import split_verb_phrases
from hadath.lexicon.matchers import BLOCKER, actor_matcher, cue_matcher, trigger_matcher
from hadath.model import Actor, Document, Span
from hadath.resolve.actors import BOTH_PARTIES, as_state
from hadath.resolve.dates import find_time_expressions, parse_date
from hadath.resolve.home import (
    DATELINE_WEIGHT,
    FOE_SOURCES,
    TITLE_WEIGHT,
    CountryTally,
    article_party,
    foreign_coercer,
    meets_itself,
    occupier_forces,
    same_party,
    unnamed_foe,
    with_home_country,
)
from hadath.resolve.names import NameBook
from hadath.resolve.places import find_places
from hadath.text.boilerplate import body_spans, find_boilerplate, from_desk
from hadath.text.language import detect_language
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokens import Token, tokenize
from hadath.text.topic import without_sport_events
from hadath.text.vectors import word_vectors

PAIR_REACH = 3  # sentences after naming two states that "البلدان" still refers to them
NER_MODES = ("events", "all", "off")


def extract(
    text: str,
    date: str | None = None,
    doc_id: str = "doc",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    *,
    ner: str = "events",
) -> Document:
    """Code one article: boilerplate, sentences, entities, actors and PLOVER events.

    ``date`` is the publication date (YYYY-MM-DD) that relative dates are resolved against.
    ``ner`` says where the statistical NER runs: ``"events"`` (default) in the sentences that hold a
    candidate event, where its names become actors; ``"all"`` in every sentence, for complete entity
    lists (about twice as slow on news articles, a third of whose sentences hold an event);
    ``"off"``: lexicon entities only. Events are the same with "events" and "all".
    """
    if ner not in NER_MODES:
        raise ValueError(f"ner must be one of {NER_MODES}, not {ner!r}")
    doc = Document(doc_id=doc_id, text=text, date=date, title=title, source=source, url=url)
    doc.language = detect_language(text)
    if doc.language != "ar":
        doc.warnings.append(f"not Arabic text (detected: {doc.language}); no events coded")
        return doc
    model = acceptance_model()
    countries = CountryTally()
    events = [
        c.event
        for sentence_candidates in _candidates(doc, ner, countries)
        for c in sentence_candidates
        if c.event.confidence >= model.threshold(c.event.type)
    ]
    events = without_sport_events(doc, events)
    for event in events:
        without_state_bodies(event)
    doc.events = merge_events(events, date)
    home = countries.home()
    unnamed_sources: dict[tuple[int, str], Actor | None] = {}
    unnamed_targets: dict[tuple[int, str], Actor | None] = {}
    for event in doc.events:
        event.date = event.date or date
        # A state named without a sector is its government; an actor still without a country
        # belongs to the article's home country (in this order: a person placed at home is not
        # thereby the government). A target that names the source or its state again is none.
        named_target = event.target
        sentence = doc.text[event.sentence.start : event.sentence.end]
        event.source = with_home_country(as_state(event.source), home, sentence)
        event.target = with_home_country(as_state(event.target), home, sentence)
        if same_party(event.source, event.target):
            event.target = named_target = None
        if event.type == "COERCE":
            event.source = foreign_coercer(event.source, named_target, countries)
        where = event.location.country if event.location else None
        # The events of one trigger with several objects (or subjects) share the unnamed other party:
        # "دعا إلى قصف إيران وكوريا الشمالية" - one caller, not the other target's state.
        key = (event.trigger.start, event.type)
        if event.source is None:
            event.source = _shared(unnamed_sources.get(key), event.target) or article_party(
                event.type, "source", event.target, countries, event.trigger.start, where
            )
            unnamed_sources.setdefault(key, event.source)
        if event.target is None:
            event.target = _shared(unnamed_targets.get(key), event.source) or article_party(
                event.type, "target", event.source, countries, event.trigger.start, where
            )
            unnamed_targets.setdefault(key, event.target)
        event.source = occupier_forces(event.source)
        event.target = occupier_forces(event.target, event.source if event.type == "ASSAULT" else None)
    doc.events = merge_retold([e for e in doc.events if not meets_itself(e)], doc.text)
    named_sources = {
        kind: Counter(e.source.country for e in doc.events if e.type == kind and e.source and e.source.text)
        for kind in FOE_SOURCES
    }
    for event in doc.events:
        if event.type in FOE_SOURCES and event.source is not None:
            event.source = unnamed_foe(event.source, event.target, named_sources[event.type])
        if event.type == "PROTEST" and event.target is not None:
            event.target = unnamed_foe(event.target, event.source, named_sources["ASSAULT"])
    return doc


def _shared(party: Actor | None, other: Actor | None) -> Actor | None:
    """The unnamed party another event of the same trigger took, unless of the other party's state."""
    return None if party is None or (other is not None and other.country == party.country) else party


def _candidates(doc: Document, ner: str, countries: CountryTally) -> Iterator[list[Candidate]]:
    """Fill in the document's boilerplate, sentences and entities; yield each sentence's candidates;
    tally the countries the article names (dateline, title, body) in ``countries``."""
    text = doc.text
    doc.boilerplate = find_boilerplate(text)
    tokens = tokenize(normalize(text))
    doc.sentences = [
        s for body in body_spans(text, doc.boilerplate) for s in split_sentences(text, body.start, body.end)
    ]
    for dateline in (b for b in doc.boilerplate if b.kind == "dateline" and not from_desk(text, b)):
        _tally_countries(
            text, [t for t in tokens if dateline.start <= t.start < dateline.end], countries, DATELINE_WEIGHT
        )
    if doc.title:
        _tally_countries(doc.title, tokenize(normalize(doc.title)), countries, TITLE_WEIGHT)
    published = parse_date(doc.date)
    previous_country: str | None = None
    pairs: list[tuple[str, str] | None] = []  # the two states each sentence so far names, if two
    carried: Subject | None = None  # the subject the last sentence leaves for the next
    names = NameBook()
    ner_tagger = default_tagger().document()  # a name the NER found is a name where it recurs
    for sentence, sentence_tokens in zip(
        doc.sentences, _tokens_by_sentence(tokens, doc.sentences), strict=True
    ):
        if not sentence_tokens:
            continue
        triggers = list(trigger_matcher().find(sentence_tokens))
        tag = ner == "all" or (ner == "events" and any(t.value.type != BLOCKER for t in triggers))
        ner_spans = (
            bio_to_spans(ner_tagger.tag([text[t.start : t.end] for t in sentence_tokens])) if tag else []
        )
        places = find_places(text, sentence_tokens)
        terms = term_matches(sentence_tokens, ner_spans, places)
        meetings = {t.last for t in triggers if t.value.type in SYMMETRIC_TYPES and t.value.pos == "verb"}
        mentions = actor_mentions(
            text, sentence_tokens, terms, previous_country, meetings, countries.kingdom(), _pair(pairs)
        )
        actors = names.complete(text, sentence_tokens, mentions)
        names.learn(sentence_tokens, actors)
        cues = list(cue_matcher().find(sentence_tokens))
        times = find_time_expressions(sentence_tokens, cues, published)
        analysis = SentenceAnalysis(
            span=sentence,
            tokens=sentence_tokens,
            cues=cues,
            triggers=split_verb_phrases(sentence_tokens, triggers, actors, times),
            actors=names.with_nationality(sentence_tokens, with_owners(sentence_tokens, actors)),
            places=places,
            times=times,
            carried=carried,
        )
        doc.entities.extend(entities(text, sentence_tokens, terms, places, ner_spans))
        named = [m for m in actors if m.head.subkind != BOTH_PARTIES]  # "البلدين" names no state anew
        for mention in named:
            if mention.head.subkind != "kingdom":  # "المملكة" alone names no state anew
                countries.add(mention.actor.country)
        for place in places:
            countries.add(place.location.country)
        coded = code_sentence(text, analysis, published)
        carried = coded.subject
        yield coded.candidates
        previous_country = next((m.actor.country for m in named if m.actor.country), previous_country)
        pairs.append(named_pair(named))


def _pair(pairs: Sequence[tuple[str, str] | None]) -> tuple[str, str] | None:
    """The two states "البلدين" refers to, if one of the last few sentences names two: the pair the
    article names most often (the latest on ties) - its story's two states, not two a sentence names
    in passing ("وحدة الأراضي السورية" amid talks of Egypt and Russia)."""
    if not any(pairs[-PAIR_REACH:]):
        return None
    counts = Counter(frozenset(p) for p in pairs if p)
    latest = {frozenset(p): (i, p) for i, p in enumerate(pairs) if p}
    best = max(counts, key=lambda k: (counts[k], latest[k][0]), default=None)
    return latest[best][1] if best is not None else None


def candidates(text: str, date: str | None = None, *, ner: str = "events") -> list[Candidate]:
    """Every candidate event of a text before acceptance (for training the acceptance model)."""
    doc = Document(doc_id="candidates", text=text, date=date)
    if detect_language(text) != "ar":
        return []
    # (history, coded for merging to take its retellings as its own, is no candidate)
    return [
        c
        for sentence_candidates in _candidates(doc, ner, CountryTally())
        for c in sentence_candidates
        if c.event.status != BACKGROUND
    ]


def _tally_countries(text: str, tokens: list[Token], countries: CountryTally, weight: float) -> None:
    """Count the countries and places named in a dateline or a title."""
    for place in find_places(text, tokens):
        countries.add(place.location.country, weight)
    for match in actor_matcher().find(tokens):
        if not after_no_actor_proclitic(match):
            countries.add(match.value.country, weight)


def _tokens_by_sentence(tokens: list[Token], sentences: Sequence[Span]) -> list[list[Token]]:
    starts = [t.start for t in tokens]
    return [tokens[bisect_left(starts, s.start) : bisect_left(starts, s.end)] for s in sentences]


def warm_up(*, ner: str = "events") -> None:
    """Load every lexicon and model now (before forking workers, so they share the memory)."""
    extract("بحثت مصر وروسيا أمس في القاهرة سبل التعاون.", date="2020-01-01", ner=ner)
    word_vectors()  # the acceptance model's, read at the first attack or protest otherwise
