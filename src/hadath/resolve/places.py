"""Event places: cities and regions (GeoNames names with coordinates, via places.tsv) and countries
(countries.tsv names, without coordinates).

A place right after a direction word ("غربي العريش", "شمال شرقي مصر") says where something is
*relative to*, not where it is, so it is not taken as the event's place when a plain one exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hadath.lexicon import Match
from hadath.lexicon.matchers import PlaceTerm, cue_words, in_idiom, place_matcher
from hadath.model import Location
from hadath.resolve.home import NOT_STATES
from hadath.text.tokens import (
    CLAUSE_BREAKS,
    COMMAS,
    COMPLEMENTIZERS,
    RELATIVE_PRONOUNS,
    SENTENCE_BREAKS,
    THAT_PRONOUNS,
    Token,
)

_PLACE_PREPOSITIONS = ("ب", "في")
_LOCATIVES = ("في", "داخل")  # words that place what they govern (ب is a clitic)


@dataclass(slots=True)
class PlaceMention:
    first: int
    last: int
    location: Location
    kind: str  # city | region | country | capital (places.tsv)
    relative: bool  # preceded by a direction word
    introduced: bool  # by في or the clitic ب, or by a place word ("مدينة الموصل")
    located: bool  # by في or ب, directly or through place words, directions and adjectives


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
        listed = _listed_after(tokens, mentions, match.first)
        introduced = introduced or (listed is not None and listed.introduced)
        located = _located(tokens, match) or (listed is not None and listed.located)
        location = Location(text[start:end], term.name, term.country, term.lat, term.lon, start, end)
        mentions.append(
            PlaceMention(match.first, match.last, location, term.kind, relative, introduced, located)
        )
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


def _listed_after(
    tokens: Sequence[Token], earlier: Sequence[PlaceMention], first: int
) -> PlaceMention | None:
    """ "في مدن أصفهان والأحواز وبندر عباس وشيراز": the place a list (every word since the last
    place joined by و) goes on from, which introduces the places after it as it is introduced."""
    if not earlier:
        return None
    between = tokens[earlier[-1].last : first + 1]
    return earlier[-1] if len(between) <= _LIST_GAP and all(t.norm.startswith("و") for t in between) else None


def _located(tokens: Sequence[Token], match: Match[PlaceTerm]) -> bool:
    """في or ب before the place, or before the place words, directions and adjectives leading to it
    ("في مدينة الموصل"، "بالعاصمة النمساوية فيينا"، "في وسط سوريا"); a place word alone governed by
    something else ("نحو مدينة الحديدة"، "لتحييد ميناء الحديدة") places nothing."""
    if match.prefix.endswith(("ب", "بال")):
        return True
    leads = cue_words("place_word") | cue_words("compass")
    compass = False
    for token in reversed(tokens[max(0, match.first - _LEAD) : match.first]):
        if token.norm in _LOCATIVES:
            return True
        lead = next((s for s in token.stems if s.form in leads), None)
        compass = compass or lead is not None and lead.form in cue_words("compass")
        if lead is not None and lead.prefix.endswith(("ب", "بال")):
            return True
        if lead is None and not _adjective(token):
            break
    return compass  # "على أطراف مدينة الحديدة"، "عصيفرة شمال مدينة تعز": near a place is a place too


def _adjective(token: Token) -> bool:
    """A relative adjective (النمساوية، الجنوبي), as between a place word and its name."""
    return token.definite and token.norm.endswith(("ية", "ي"))


_LIST_GAP = 8  # words from one listed place to the next, the next included
_RESULTS = frozenset({"اسفر", "اسفرت", "ادي", "ادت", "خلف", "خلفت"})  # verbs of an event's outcome
_OWN_CLAUSE = 2  # words from an event noun to a relative pronoun that opens a clause about it
_NEAR_TRIGGER = 3  # a place this close after the trigger needs no في/ب to tell where its actors are
_LEAD = 3  # place words, directions and adjectives between في/ب and a place name
# "قتل خمسة في انفجار في بغداد": an event noun after these words is the circumstance of the event
# before it, which happens where its circumstance does, as does one of the same type ("وقتلت سلسلة
# تفجيرات بكابول"); any other event noun between an event and a place ("بحث ... الهجوم الكيميائي في
# دوما", "اعتقال ... ضد الهجمات ... في شمال سوريا") holds the place.
_CIRCUMSTANCES = frozenset({"في", "خلال", "اثناء", "اثر", "جراء", "عقب", "بعد", "وسط", "هامش"})
# Words that open another clause: the place after one is that clause's ("قال ... في اليمن، إن قوات
# الدفاع الجوي اعترضت صاروخا"، "الهجمات التي يشنها الجيش التركي في شمال سوريا"); ردا على and على
# خلفية open the event answered ("ضرب عشرات الأهداف الإيرانية في سوريا رداً على إطلاق صواريخ ... في
# هضبة الجولان"، "طرد دبلوماسيين روس على خلفية قضية تسميم الجاسوس ... في بريطانيا"), كما another
# ("وطردت 60 دبلوماسياً روسياً، كما أمرت القنصلية الروسية في سياتل بغلق أبوابها").
_OPENERS = RELATIVE_PRONOUNS | COMPLEMENTIZERS | {"ردا", "خلفية", "كما"}


def event_place(
    tokens: Sequence[Token],
    places: Sequence[PlaceMention],
    trigger: Match,
    others: Sequence[Match],
    excluded: set[int],
) -> Location | None:
    """The place of an event whose trigger is ``trigger``: the closest place introduced by في/ب
    (or right after the trigger: "انفجار بغداد") in the trigger's clause, preferring one after the
    trigger and a city or region to a country ("في الشرق الأوسط ... في القاهرة" is Cairo); a place
    that opens the sentence ("وفي بروكسل، قالت السلطات ...") reaches every clause. Places that are
    the event's source or target or an actor's post (``excluded``), and whole continents
    ("في أفريقيا"), are not its place; relative places come last."""
    candidates = [
        p
        for p in places
        if p.first not in excluded
        and p.location.country not in NOT_STATES
        and (
            _described(tokens, trigger, p, others)
            or _where(tokens, trigger, p)
            or _witnessed(tokens, trigger, p, others)
            or (p.located or p.first == trigger.last)
            and (_fronted(tokens, p) or _reaches(tokens, trigger, p, others))
        )
    ]
    return _closest(candidates, trigger, lambda p: p.located)


def posts(
    tokens: Sequence[Token], places: Sequence[PlaceMention], holders: Sequence[tuple[int, int]]
) -> set[int]:
    """The places (their first tokens) right after an envoy or a resident among ``holders`` (actor
    mentions' token spans): "سفير إيران في النمسا"، "غولن المقيم في الولايات المتحدة" say where one
    serves or lives."""
    post = cue_words("post")
    return {
        p.first
        for p in places
        for first, last in holders
        if (last == p.first - 1 and tokens[last].norm in ("في", "لدي") or last == p.first and p.located)
        and any(s.form in post for t in tokens[first:last] for s in t.stems)
    }


def sentence_place(places: Sequence[PlaceMention], trigger: Match, excluded: set[int]) -> Location | None:
    """The place a sentence is about, seen from a trigger with no place of its own: the closest
    introduced one (or one near the trigger) anywhere in the sentence, a city before a country.
    Not where the event happened, but where the actors named without a country likely belong
    ("الاتهامات بأنها تستخدمها ضد المدنيين في اليمن": Yemeni civilians)."""
    candidates = [
        p
        for p in places
        if p.first not in excluded
        and p.location.country not in NOT_STATES
        and (p.introduced or 0 < p.first - trigger.first <= _NEAR_TRIGGER)
    ]
    return _closest(candidates, trigger, lambda p: p.introduced)


def _closest(
    candidates: Sequence[PlaceMention], trigger: Match, marked: Callable[[PlaceMention], bool]
) -> Location | None:
    """The best of ``candidates``: not relative, ``marked``, not a whole country, closest (a place
    before the trigger counts twice its distance)."""

    def rank(p: PlaceMention) -> tuple[bool, bool, bool, int]:
        distance = p.first - trigger.first if p.first >= trigger.first else (trigger.first - p.first) * 2
        return (p.relative, not marked(p), p.kind == "country", distance)

    return min(candidates, key=rank).location if candidates else None


def _fronted(tokens: Sequence[Token], place: PlaceMention) -> bool:
    """ "وفي بروكسل، قالت السلطات": a place before anything else in the sentence sets the scene."""
    return place.located and all(t.norm in ("في", "وفي", "ففي") for t in tokens[: place.first])


def _reaches(tokens: Sequence[Token], trigger: Match, place: PlaceMention, others: Sequence[Match]) -> bool:
    """The place lies in the trigger's clause: no other event noun (but a circumstance), no
    relative pronoun or complementizer between them, and before the trigger no punctuation either,
    unless the clause between is a relative clause about the place itself ("مدينة الحديدة التي تضم
    ميناء رئيسيا يستقبل المساعدات")."""
    after = place.first >= trigger.last
    cause = None if after else _cause(tokens, trigger, others)
    if cause is not None:  # "غارة ... في محافظة صعدة، أسفرت عن مقتل القيادي": where the raid was
        return _reaches(tokens, cause, place, others)
    start, end = (trigger.last, place.first) if after else (place.last, trigger.first)
    if any(
        start <= other.first < end
        and other.value.type != trigger.value.type
        and not _circumstance(tokens, other)
        for other in others
        if other.first != trigger.first
    ):
        return False
    if after:  # "الهجمات التي يشنها الجيش التركي في شمال سوريا": a relative clause about the event
        start = next(
            (i + 1 for i in range(start, min(start + _OWN_CLAUSE, end)) if _relative(tokens[i])), start
        )
    return not any(_opens_clause(tokens[i], punctuation=not after) for i in range(start, end))


def _described(tokens: Sequence[Token], trigger: Match, place: PlaceMention, others: Sequence[Match]) -> bool:
    """The trigger is in a relative clause about the city or region before it ("مدينة الحديدة التي
    تضم ميناء رئيسيا يستقبل المساعدات"، "عفرين الكردية المتاخمة لإدلب، والتي سيطر عليها ...")."""
    if place.kind == "country" or not place.introduced or place.last > trigger.first:
        return False
    between = range(place.last, trigger.first)
    relative = next((i for i in between if _relative(tokens[i])), None)
    if relative is None or any(place.last <= o.first < trigger.first for o in others):
        return False
    return all(
        tokens[i].norm in COMMAS or not _opens_clause(tokens[i], punctuation=True)
        for i in range(place.last, relative)
    ) and not any(_opens_clause(tokens[i], punctuation=True) for i in range(relative + 1, trigger.first))


def _where(tokens: Sequence[Token], trigger: Match, place: PlaceMention) -> bool:
    """The trigger is in the clause حيث opens right after the place ("بقي شقيقه في طرابلس، حيث تم
    احتجازه"، "وصل إلى دمشق، حيث التقى الأسد"): it happened there. Not حيث أن/إن, "since"."""
    where = place.last + (place.last < len(tokens) and tokens[place.last].norm in COMMAS)
    if not (place.located and where < trigger.first and tokens[where].norm.removeprefix("و") == "حيث"):
        return False
    if tokens[where + 1].norm in COMPLEMENTIZERS | THAT_PRONOUNS:
        return False
    return not any(_opens_clause(tokens[i], punctuation=True) for i in range(where + 1, trigger.first))


def _witnessed(tokens: Sequence[Token], trigger: Match, place: PlaceMention, others: Sequence[Match]) -> bool:
    """The place is the subject of a verb of witnessing whose object is the trigger ("وتشهد محافظات
    جنوبي العراق، منذ أسابيع، احتجاجات"، "شهدت العاصمة السورية دمشق تظاهرات"): it happened there, past
    the commas of an aside, with no other event noun nor clause between."""
    if place.last > trigger.first:
        return False
    lead = range(place.first - 1, max(-1, place.first - 2 - _LEAD), -1)
    verb = next((i for i in lead if any(s.form in cue_words("witness") for s in tokens[i].stems)), None)
    if verb is None or any(tokens[i].norm in CLAUSE_BREAKS for i in range(verb + 1, place.first)):
        return False
    if any(verb < other.first < trigger.first for other in others):
        return False
    return not any(_opens_clause(tokens[i], punctuation=False) for i in range(place.last, trigger.first))


def _cause(tokens: Sequence[Token], trigger: Match, others: Sequence[Match]) -> Match | None:
    """The event whose result the trigger is ("غارة ... أسفرت عن مقتل"، "مما أدى إلى سقوط"): the
    closest one before a result verb and its preposition right before the trigger."""
    if trigger.first < 2 or tokens[trigger.first - 1].norm not in ("عن", "الي"):
        return None
    if tokens[trigger.first - 2].norm.removeprefix("و") not in _RESULTS:
        return None
    return max((o for o in others if o.last <= trigger.first - 2), key=lambda o: o.first, default=None)


def _circumstance(tokens: Sequence[Token], event: Match) -> bool:
    """ "في انفجار"، "بهجوم": an event noun given as another's circumstance; "قتل ... وجرح ...": one
    joined to it."""
    return event.prefix.endswith(("ب", "بال", "و")) or (
        event.first > 0 and tokens[event.first - 1].norm in _CIRCUMSTANCES
    )


def _relative(token: Token) -> bool:
    return any(s.form in RELATIVE_PRONOUNS for s in token.stems)


def _opens_clause(token: Token, punctuation: bool) -> bool:
    if token.norm in SENTENCE_BREAKS or (punctuation and token.norm in CLAUSE_BREAKS):
        return True
    return any(s.form in _OPENERS for s in token.stems)
