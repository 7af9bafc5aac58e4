"""Merge repeated mentions of one occurrence within an article.

Two events are one occurrence when they have the same type, compatible actors (same country
and sector where both are known; either direction for symmetric types), compatible dates and no
two different cities. Mentions in different sentences of an event other than a meeting,
agreement or cooperation must also name both parties' countries alike (and a SANCTION the same
mode where both give one: leaving a deal, then sanctions, are two), or one named source
("الشرطة التركية" twice, or "روسيا" and then "السلطات الروسية"), unless the later one is an event
noun with the article that names no party ("حظر التجوال" after "فرضت السلطات العراقية حظرا
للتجول") or both name the act's target alike in several words ("الحصار المفروض على قطاع غزة"
after "حصارا ... على قطاع غزة"), or the later one names the target alike, in one word too, leaving
the agent unsaid, with no other mode, death toll or time ("اعتقلت السلطات الإيرانية 67 شخصا", then
"67 شخصا اعتقلوا"): an article tells of several strikes or arrests whose parties it leaves unsaid.
A person of no known state or sector is one party only when named alike, in full or by the last
words of the name ("عباس عدالت", then "اعتقل الحرس الثوري الإيراني عدالت").
History (BACKGROUND) is merged like news, as the first telling of its occurrence, and then dropped
with the mentions that retell it (see _recalls) and with a later one of agreeing parties told without a
time in its own word (see _history_retold). The first mention is kept as the evidence; the
others fill in what it lacks, and the surest status - but a plan stays one when only an event noun
tells it again (see _merged_status). Two reports of one type in one sentence are one occurrence
whatever actors the coder gave them -
except two reactions whose named sources are of different countries and one trigger's conjuncts
(one record per dyad) - and the first reading is kept whole; a report told in one sentence with a
mention an occurrence absorbed joins that occurrence when its actors agree ("قتل 11 شخصا ... في هجوم
انتحاري" after the lead's suicide attack). An attack told again in a later sentence with the death toll
its first mention gave is that attack, whatever party the later sentence seems to name as the attacker
("قتل 7 أشخاص في هجوم مسلح", then "أكد ... وقوع الهجوم ومقتل 7 أشخاص").
"""

from __future__ import annotations

from dataclasses import replace

from hadath.events.roles import SYMMETRIC_TYPES
from hadath.lexicon.matchers import country_names, trigger_matcher
from hadath.model import Actor, Event, Location
from hadath.text.normalize import normalize
from hadath.text.tokens import FUNCTION_WORDS, Token, tokenize

# The status the coder gives history (timing.dated_as_history): no record of its own, but the first
# telling of an occurrence the article may tell again in other words ("رفض الكونغرس الأمريكي اعتراض
# (فيتو) الرئيس باراك أوباما" in 2016), whose retellings are that history too.
BACKGROUND = "background"
_STATUS_RANK = {BACKGROUND: -1, "occurred": 0, "ongoing": 1, "planned": 2, "hypothetical": 3, "negated": 4}


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _compatible_actor(a: Actor | None, b: Actor | None, sectors: bool = True) -> bool:
    if a is None or b is None or not a.text or not b.text:
        return True  # no actor, or only a role default (empty text): a guess never blocks a merge
    return (
        _same(a.country, b.country)
        and (not sectors or _same(a.sector, b.sector))
        and ((a.country or a.sector) is not None or _same_person(a, b))
    )


def _compatible(a: Event, b: Event, sectors: bool = True) -> bool:
    if a.type != b.type or (a.status == "negated") != (b.status == "negated"):
        return False
    if not (
        _same(a.date, b.date)
        or (a.date and b.date and (a.date.startswith(b.date) or b.date.startswith(a.date)))
    ):
        return False
    if _city(a.location) and _city(b.location) and a.location.name != b.location.name:
        return False  # two cities: two occurrences ("تظاهر منتجو الدواجن في يزد ... كما تظاهروا في كرمسار")
    straight = _compatible_actor(a.source, b.source, sectors) and _compatible_actor(
        a.target, b.target, sectors
    )
    if straight:
        return True
    # Read the other way round only on a party named in both ("التفاوض مع ترامب", then "يلتقي ترامب
    # الزعيم الكوري الشمالي"): two visits to two hosts, their visitor unnamed ("زيارته للعاصمة
    # الدنماركية"، "زيارة لليونان"), are two, not Greece visiting Denmark.
    return (
        a.type in SYMMETRIC_TYPES
        and _compatible_actor(a.source, b.target)
        and _compatible_actor(a.target, b.source)
        and (_named_as(a.source, b.target) or _named_as(a.target, b.source))
    )


def _named_as(a: Actor | None, b: Actor | None) -> bool:
    """One party named in both mentions: of one known country, or in the same words."""
    return _named_same(a, b) or bool(a and b and a.text and normalize(a.text) == normalize(b.text))


def _one_occurrence(a: Event, b: Event, published: str | None) -> bool:
    """Whether two compatible mentions are one occurrence: in one sentence, or a meeting, agreement
    or cooperation (an article tells of one, several times: "التقى ... ترأس الوزيران الاجتماع"),
    or mentions with both parties' countries known and the same, or one named source by country
    ("الشرطة التركية" twice; "روسيا" and "السلطات الروسية": a state named alone has no sector yet,
    and compatible actors never differ in a sector both give), or a later event noun with the article
    that names no party ("الانفجار" after the bombing), or one mode of act on a party named alike in
    several words ("قطاع غزة"). Articles tell of several strikes, arrests or condemnations of one
    kind; a party left unsaid is no evidence that two are one."""
    if a.sentence == b.sentence or a.type in SYMMETRIC_TYPES:
        return True
    if a.type == "SANCTION" and _differ(a.mode, b.mode):
        # "انسحبت الولايات المتحدة من الاتفاق النووي", then "أعادت واشنطن فرض عقوبات على إيران": a recall,
        # a deal left, sanctions and expulsions between two states are acts of their own
        return False
    if _known_same(a.source, b.source) and _known_same(a.target, b.target):
        return True
    return (
        _named_same(a.source, b.source)
        or _told_again(a, b)
        or _same_target_named(a, b)
        or _target_told_again(a, b, published)
    )


def _same_target_named(a: Event, b: Event) -> bool:
    """One act of one mode on a party named alike in words ("حصارا ... على قطاع غزة", then "الحصار
    المفروض على قطاع غزة"; "طرد دبلوماسيين روس" twice). A one-word party ("مدنيين"، "شخصا") is
    named alike in distinct occurrences too."""
    return (
        a.mode is not None
        and a.mode == b.mode
        and a.target is not None
        and b.target is not None
        and _named_alike(a.target.text, b.target.text)
    )


def _target_told_again(kept: Event, other: Event, published: str | None) -> bool:
    """One party named alike, in one word too ("اعتقلت السلطات الإيرانية 67 شخصا", then "67 شخصا
    اعتقلوا") or referred back to ("شاب فلسطيني", then "الشاب"), by a later mention that leaves the
    agent unsaid or names it alike, with no other mode, death toll or time: an article retells its
    occurrence in fewer words, and tells two of one kind with what sets them apart ("قتل 7 مدنيين"،
    "قتل مدنيان"; "تظاهر منتجو الدواجن أمام مقر محافظ المدينة", then "تظاهر عمال شركة ... أمام مكتب
    المحافظ")."""
    return (
        (
            (_named_party_alike(kept.target, other.target, 1) or _referred_back(kept.target, other.target))
            and (_unnamed(other.source) or _named_party_alike(kept.source, other.source, 1))
            or _same_person(kept.target, other.target)
        )
        and not _differ(kept.mode, other.mode)
        and not _differ(kept.killed, other.killed)
        and _same_time(kept, other, published)
    )


def _referred_back(first: Actor | None, later: Actor | None) -> bool:
    """A party told without the article, then by its head with it ("قتل شاب فلسطيني", then "الشاب
    أعمير شحادة ... أصيب"): Arabic refers back to what it introduced so."""
    if _unnamed(first) or _unnamed(later):
        return False
    words, again = _name_words(first.text), _name_words(later.text)
    return (
        len(again) == 1
        and bool(words)
        and not any("ال" in stem.prefix for stem in words[0].stems)  # "للنظام" has it too
        and _with_article(again[0])
        and words[0].norm[-2:] == again[0].norm[-2:]
        and bool(_stems(words[0]) & _stems(again[0]))
    )


def _same_person(a: Actor | None, b: Actor | None) -> bool:
    """A person named alike, or in full and then by the last words of the name ("عباس عدالت", then
    "عدالت"): names of no state and no sector (no title, office or body) whose last words read alike."""
    if _unnamed(a) or _unnamed(b) or any(x.country or x.sector for x in (a, b)):
        return False
    words_a, words_b = ([t.norm for t in _name_words(x.text)] for x in (a, b))
    short, full = sorted((words_a, words_b), key=len)
    return bool(short) and full[len(full) - len(short) :] == short


def _unnamed(actor: Actor | None) -> bool:
    return actor is None or not actor.text


def _named_party_alike(a: Actor | None, b: Actor | None, fewest: int) -> bool:
    return not _unnamed(a) and not _unnamed(b) and _named_alike(a.text, b.text, fewest)


def _differ(a: object, b: object) -> bool:
    return a is not None and b is not None and a != b


def _same_time(kept: Event, other: Event, published: str | None) -> bool:
    """Whether a dated mention may retell an undated one, which is of the article's time: in the
    month of its publication ("الذي اتهمت روسيا بتدبيره في مارس" is an earlier occurrence)."""
    return other.date is None or kept.date is not None or not published or other.date[:7] == published[:7]


def _named_alike(a: str, b: str, fewest: int = 2) -> bool:
    """Two names of at least ``fewest`` words that read alike word by word, whatever their proclitics
    ("للنظام الإيراني" and "النظام الإيراني") and their modifiers' endings ("السفير الكندي", "سفير
    كندا"), their head with one ending, of number or pronoun ("مدنيين" are not "مدنيان" or "مدني")."""
    words_a, words_b = (_name_words(text) for text in (a, b))
    return (
        len(words_a) == len(words_b) >= fewest
        and words_a[0].norm[-2:] == words_b[0].norm[-2:]
        and all(_stems(x) & _stems(y) for x, y in zip(words_a, words_b, strict=True))
    )


def _stems(word: Token) -> set[str]:
    return {stem.form for stem in word.stems}


def _name_words(text: str) -> list[Token]:
    """The words of an actor's text or an event's trigger phrase."""
    return [token for token in tokenize(normalize(text)) if token.is_word]


def _told_again(kept: Event, other: Event) -> bool:
    """Whether ``other`` refers back to ``kept``: a definite event noun that names no party
    ("الغارات"، "إطلاق النار"، "حظر التجوال" after a report that named who struck or imposed it) of the
    same mode and no other date. A possessive ("اعتقاله") refers to a person, whose other arrests the
    article may tell."""
    return (
        kept.mode is not None
        and kept.mode == other.mode
        and other.date in (None, kept.date)
        and _named_party(kept)
        and not _named_party(other)
        and _definite(other.trigger_text)
    )


def _definite(phrase: str) -> bool:
    """A phrase with the article on its head ("الغارات") or at the end of its construct ("إطلاق النار",
    "حظر التجوال"). A purpose "لـ" carries an article of grammar, not of reference ("تجمعوا للاحتجاج":
    gathered to protest), and a preposition inside the phrase ends the construct ("تبادل لإطلاق النار":
    an exchange of fire)."""
    words = _name_words(phrase)
    if not words:
        return False
    if _with_article(words[0]):
        return True
    construct = words[1:]
    return bool(construct) and _with_article(construct[-1]) and not any(map(_with_particle, construct))


def _with_article(word: Token) -> bool:
    return any(stem.prefix.endswith("ال") and "ل" not in stem.prefix[:-2] for stem in word.stems)


def _with_particle(word: Token) -> bool:
    """Some reading has a proclitic other than a conjunction or the article (بـ، لـ، كـ)."""
    return any(stem.prefix.removesuffix("ال").lstrip("وف") for stem in word.stems)


def _named_party(event: Event) -> bool:
    return bool(event.source and event.source.text or event.target and event.target.text)


def _known_same(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.country is not None and a.country == b.country


def _named_same(a: Actor | None, b: Actor | None) -> bool:
    return bool(a and b and a.text and b.text and _known_same(a, b))


def _city(location: Location | None) -> bool:
    """A place with coordinates (a city or region), not a country named without them."""
    return location is not None and location.lat is not None


def _fuller(a: Actor | None, b: Actor | None) -> Actor | None:
    """The more specific of two mentions of one actor, completed from the other."""
    if a is None or b is None:
        return a or b
    if _detail(b) > _detail(a):
        a, b = b, a
    # "مقاتلا قتل ... على منطقة باكستانية": a state lends its country to an actor of a sector in it,
    # not its name (a fighter named "Pakistan" would read as the state itself).
    state_name = b.sector is None and a.sector is not None and b.name == country_names().get(b.country or "")
    name = a.name or (None if state_name else b.name)
    return replace(a, country=a.country or b.country, sector=a.sector or b.sector, name=name)


def _same_mention(a: Actor | None, b: Actor | None) -> bool:
    return bool(a and b and a.text and a.text == b.text and a.start == b.start)


def _detail(actor: Actor) -> int:
    if not actor.text:
        return 0  # a role default
    return 1 + (actor.country is not None) + (actor.sector is not None) + (len(actor.text.split()) > 1)


def _contradicts(
    own: Actor | None, filled: Actor | None, opposite: Actor | None, paired: Actor | None
) -> bool:
    """Whether ``filled``, completing the kept mention's party ``own``, takes the country of the kept
    mention's other party ``opposite`` that the mention it comes from did not pair it with (its
    other party, ``paired``, of another country or none)."""
    return (
        filled is not None
        and filled.country is not None
        and (own is None or own.country is None)
        and opposite is not None
        and opposite.country == filled.country
        and (paired is None or paired.country != filled.country)
    )


def _absorb(kept: Event, other: Event, year: str | None) -> None:
    if kept.type in SYMMETRIC_TYPES and not (
        _compatible_actor(kept.source, other.source) and _compatible_actor(kept.target, other.target)
    ):
        other = replace(other, source=other.target, target=other.source)
    source, target = _fuller(kept.source, other.source), _fuller(kept.target, other.target)
    # A party filled in from the other mention is not of the kept one's other party's country when
    # that mention did not pair it with that party: "التفاوض مع الرئيس الأميركي دونالد ترامب" (its
    # negotiator unnamed) then "يلتقي ترامب الزعيم الكوري الشمالي" is Kim's meeting with Trump, not
    # Trump's with himself.
    if _contradicts(kept.source, source, kept.target, other.target):
        source = kept.source
    if _contradicts(kept.target, target, kept.source, other.source):
        target = kept.target
    # One mention never fills both roles: when two triggers read it differently ("قتلى وجرحى في
    # صفوف الميليشيا": the toll's victims, then the next trigger's subject), the first reading stays.
    if _same_mention(source, target):
        if _same_mention(target, kept.target):
            source = kept.source
        else:
            target = kept.target
    kept.source, kept.target = source, target
    if kept.location is None or (not _city(kept.location) and _city(other.location)):
        kept.location = other.location  # a city says more than a country
    # The date goes with the status: a plan's date ("القمة المقررة في 12 يونيو") does not date a
    # report that it took place; mentions told alike (both reported, or both planned) share theirs.
    # An undated mention is of the article's time: a date of another year ("زار وزير الخارجية
    # العماني سوريا في أكتوبر عام 2015", merged into this year's visit) is another occurrence's.
    status = _merged_status(kept, other)
    if other.status == kept.status or {other.status, kept.status} <= _REPORTED:
        if other.date and (
            kept.date
            and len(other.date) > len(kept.date)
            or not kept.date
            and (not year or other.date.startswith(year))
        ):
            kept.date = other.date
    elif status == other.status:
        kept.date = other.date
    kept.status = status
    _count_in(kept, other)
    kept.reported_by = kept.reported_by or other.reported_by
    kept.mode = kept.mode or other.mode
    kept.context = kept.context or other.context
    kept.confidence = max(kept.confidence, other.confidence)


def _merged_status(kept: Event, other: Event) -> str:
    """The status of one occurrence told by two mentions: the surer one (occurred over planned over
    hypothetical) - but a plan ("ستحتجز السلطات المشردين"، "القمة ... ستعقد") told again in another
    sentence by an event noun alone ("أمر باحتجاز المشردين"، "المكان المفضل للقاء ترامب وكيم") stays a
    plan: a noun has no tense, and is read as occurred for want of one; a verb ("والتقى") reports it
    done. Attacks and protests are told by nouns in many places and recur (see _RECURRING_TYPES)."""
    if (
        kept.status == _PLANNED
        and other.status in _REPORTED
        and kept.sentence != other.sentence
        and kept.type not in _RECURRING_TYPES
        and not _told_done(other)
    ):
        return kept.status
    return min(kept.status, other.status, key=_STATUS_RANK.__getitem__)


_PLANNED = "planned"
_VERB_PROCLITICS = ("", "و", "ف")  # a past-tense row after ال، ل or ب is its verbal noun (لبحث، التوصل)


def _told_done(event: Event) -> bool:
    """Whether a mention is a finite verb: its trigger's row a verb, its word that row's first word
    with no proclitic but و or ف ("والتقى"، "ناقشه")."""
    tokens = tokenize(normalize(event.trigger_text))
    match = trigger_matcher().at(tokens, 0) if tokens else None
    if match is None:
        return True  # a trigger read through a second reading or a phrase split apart: not doubted
    if match.value.pos != "verb":
        return False
    first = normalize(match.value.phrase).text.split()[0]
    return tokens[0].norm.startswith(tuple(proclitic + first for proclitic in _VERB_PROCLITICS))


def merge_events(events: list[Event], published: str | None = None) -> list[Event]:
    """The article's occurrences, each event merged into the first earlier one it repeats
    (``published``: the article's date, which its undated mentions take)."""
    year = published[:4] if published else None
    # Each occurrence with the later mentions it absorbed: a mention told twice in a sentence with
    # one of them is of its occurrence too, when its parties agree with the occurrence's; and the
    # death toll its first mention told (a toll counted in from a mention joined to it by its
    # parties may be another attack's).
    merged: list[tuple[Event, list[Event], int | None]] = []
    for event in events:
        # history is the first telling of its own occurrence: news it may be recalled with stays as told
        for kept, absorbed, toll in [] if event.status == BACKGROUND else merged:
            compatible = _compatible(kept, event) and not _conjuncts(kept, event)
            retold = _toll_told_again(kept, toll, event, published)
            history_retold = _history_retold(kept, event)
            if compatible and (retold or history_retold or _one_occurrence(kept, event, published)):
                if kept.status == BACKGROUND and not (history_retold or _recalls(kept, event)):
                    continue
                _absorb(kept, event, year)
                absorbed.append(event)
                break
            # a sentence whose attack an occurrence took by its toll comes with all its readings
            if (
                _told_twice(kept, event)
                or (compatible or _same_toll(toll, event))
                and any(_told_twice(m, event) for m in absorbed)
                or retold
            ):
                _count_in(kept, event)
                if retold:
                    absorbed.append(event)
                if _aimed_at_unit(kept, event):
                    kept.source, kept.target = _fuller(kept.source, event.source), event.target
                break
        else:
            merged.append((event, [], event.killed))
    return [kept for kept, _, _ in merged if kept.status != BACKGROUND]


_REPORTED = frozenset({"occurred", "ongoing"})


def _recalls(history: Event, other: Event) -> bool:
    """Whether a mention that one occurrence's rules join to history tells it again: a report of what
    happened (a plan or a denial is news of its own), in the history's sentence or after history its
    own time dates and a party names ("استمرت الاحتجاجات مدة سبعة أشهر" after the Rif protests of
    2016-17). History told without a time ("إذ سبق وأن شنت ضربات") is no one occurrence a later
    "الغارة الأخيرة" may retell; nor is one of no party ("اتفق الجانبان عام 2003") what a later meeting
    or agreement of two named states is."""
    if other.status not in _REPORTED:
        return False
    return history.sentence == other.sentence or (
        history.date is not None and (_country(history.source) or _country(history.target)) is not None
    )


def _history_retold(history: Event, other: Event) -> bool:
    """A later report told without a time in the history's own word ("لم يطلق سراحه إلا في عام 1990",
    then "في السنوات التي اعقبت إطلاق سراحه"; "عمليات قرصنة قبل الانتخابات ... عام 2016", then
    "اتهمتهم بالقرصنة على البريد الإلكتروني للحزب الديموقراطي") retells that history."""
    return (
        history.status == BACKGROUND
        and other.status in _REPORTED
        and other.date is None
        and bool(_head_stems(history) & _head_stems(other))
    )


def _told_twice(a: Event, b: Event) -> bool:
    """Two reports of one type in one sentence ("قتل ... في الغارة", "هجوم ... أسفر عن مقتل") tell
    one occurrence, even when the coder gave them different actors. Other types are told once
    per actor: two named sources of different countries ("نددت باريس ... واتهمت تركيا إسرائيل")
    are two reactions. An attack is not: its killing verb, active or passive alike unvocalised,
    may name the victims as the source ("قتل الصماد ... في الغارة التي نفذها التحالف"). One
    trigger's conjuncts are one act each (see _conjuncts). A report after history in its sentence
    is that history told on, unless dated otherwise ("عام 2011، حث ماكين مبارك على التنحي، ودعا
    الولايات المتحدة"; not "في 2016 ... قبل أن يجري وضعه تحت الإقامة الجبرية في يوليو الماضي")."""
    return (
        a.type == b.type
        and a.sentence == b.sentence
        and (a.status in _REPORTED or a.status == BACKGROUND and b.date in (None, a.date))
        and b.status in _REPORTED
        and (a.type == "ASSAULT" or not _different_named(a.source, b.source))
        and not _conjuncts(a, b)
    )


# The fewest dead whose number, told again, marks the same attack: a death or two is told of
# several incidents in one article.
_TOLL_ANCHOR = 3


def _toll_told_again(kept: Event, toll: int | None, other: Event, published: str | None) -> bool:
    """ "قتل 7 أشخاص في هجوم مسلح في قضاء الحضر", then "أكد ... وقوع الهجوم ومقتل 7 أشخاص": a mention
    of an attack in a later sentence with the same death toll is that attack told again, unless it
    strikes another state's people or falls on another day or in another city. It fills in what the
    first mention lacks when their parties agree ("مقتل عشرات الفلسطينيين", then "مقتل عشرات
    الفلسطينيين برصاص الجيش الإسرائيلي"); when they do not, whoever its sentence seems to name as the
    attacker (the victims, read as the killing verb's subject, or a state accused of it), the first
    reading is kept whole (see _count_in). ``toll``: the dead of the kept occurrence's first mention."""
    return (
        kept.type == other.type == "ASSAULT"
        and kept.sentence != other.sentence
        and _same_toll(toll, other)
        and kept.status in _REPORTED
        and other.status in _REPORTED
        and not _differ(_country(kept.target), _country(other.target))
        and not _differ(kept.date, other.date)
        and not (_city(kept.location) and _city(other.location) and kept.location.name != other.location.name)
        and _same_time(kept, other, published)
    )


def _same_toll(toll: int | None, event: Event) -> bool:
    """Whether a mention tells ``toll``, a death toll large enough to mark one attack."""
    return toll is not None and toll >= _TOLL_ANCHOR and event.killed == toll


def _aimed_at_unit(toll: Event, attack: Event) -> bool:
    """ "بمقتل 15 شخصا ... في هجوم انتحاري استهدف دورية مشتركة للقوات العراقية": a toll of civilians of
    no named state, told with the attack on a named state's unit, is of the attack on that unit."""
    return (
        toll.type == "ASSAULT"
        and toll.target is not None
        and toll.target.sector == "CVL"
        and toll.target.country is None
        and attack.target is not None
        and attack.target.country is not None
        and attack.target.sector not in (None, "CVL")
        and _unnamed(toll.source)
    )


def _conjuncts(a: Event, b: Event) -> bool:
    """One trigger's events with two parties the text names in one role: the coder's conjuncts, one
    act each, one record per dyad ("اتهمت تركيا إسرائيل والولايات المتحدة", "غارات على سوريا والعراق",
    "قصفت الولايات المتحدة وبريطانيا وفرنسا"; "اتهم ... السعودية والمعارضين في الخارج": the opponents,
    of no country yet, are not a Saudi sector). merge_retold joins those of one dyad once their
    parties are filled in."""
    return a.trigger == b.trigger and (_two_named(a.target, b.target) or _two_named(a.source, b.source))


def _two_named(a: Actor | None, b: Actor | None) -> bool:
    return bool(a and b and a.text and b.text and a.start != b.start)


def _different_named(a: Actor | None, b: Actor | None) -> bool:
    return bool(a and b and a.text and b.text and a.country and b.country and a.country != b.country)


def _count_in(kept: Event, other: Event) -> None:
    """Add another mention's counts to ``kept``: its mentions, and the larger casualty figures. All
    that joins from a reading whose actors disagree with ``kept`` (mixing their actors would pair a
    source from one reading with a target from the other)."""
    kept.mentions += other.mentions
    kept.killed = max(filter(None, (kept.killed, other.killed)), default=None)
    kept.injured = max(filter(None, (kept.injured, other.injured)), default=None)


# An arrest is told in many words of one sense (اعتقلت، احتجازه، ألقي القبض، توقيف): one arrest of
# one country's party retold in another ("قبضت عليه" then "بعد ساعات من احتجازه").
_ARREST = "arrest"

# Attacks and protests recur in one story at several fronts and squares ("معارك" in two districts,
# "تظاهر" in two towns), each told with the same word: the annotators code each.
_RECURRING_TYPES = frozenset({"ASSAULT", "PROTEST"})


def merge_retold(events: list[Event], text: str) -> list[Event]:
    """The article's occurrences once their parties are filled in, each event merged into an earlier
    one it retells: of the same type and the same word (its trigger's head: "احتجازهم" twice,
    "حظر للتجول" then "حظر التجول", "طالبت" then "وطالبت") or an arrest, or a demand of the same
    act in other words ("حثت السلطات السكان على البقاء في منازلهم", then "أن تطلب من أكثر من 1.3 مليون
    ساكن ... البقاء في منازلهم"), compatible (parties of the same countries and no two sectors, date,
    place and mode) and reported alike. A story retells its arrest, curfew or demand in later
    paragraphs, its parties left unsaid there, which the article then fills with the same countries;
    a mention the first merge kept apart for want of a named party. ``text`` is the article's text
    the events' offsets point into."""
    kept_events: list[Event] = []
    for event in events:
        kept = next((kept for kept in kept_events if _retells(kept, event, text)), None)
        if kept is None:
            # a definite event noun refers back to the last occurrence of its type the article told
            last = next((kept for kept in reversed(kept_events) if kept.type == event.type), None)
            kept = last if last is not None and _refers_back(last, event) else None
        if kept is None:
            kept_events.append(event)
        else:
            _count_in(kept, event)
    return kept_events


def _refers_back(last: Event, other: Event) -> bool:
    """A later mention that tells the last occurrence of its type again by a definite event noun
    ("القذيفة"، "الهجوم"، "القتلى"، "المعارك") naming no agent in its own sentence (its source filled in
    from the article, often wrongly), reported alike, with no other mode, day or city. Not a
    protest: an article tells of protests by several groups, then of "الاحتجاجات" at large, and
    the annotators code each group."""
    return (
        last.sentence != other.sentence
        and other.type != "PROTEST"
        and last.status in _REPORTED
        and other.status in _REPORTED
        and _unnamed(other.source)
        and _named_party(last)
        and _definite(other.trigger_text)
        and not _differ(last.mode, other.mode)
        and not _differ(last.date, other.date)
        and not (_city(last.location) and _city(other.location) and last.location.name != other.location.name)
    )


def _retells(kept: Event, other: Event, text: str) -> bool:
    if kept.trigger == other.trigger and kept.type == other.type:
        # one trigger's conjuncts, kept apart while a party had no country, are one record of their
        # dyad once filled in ("وألقى البنك المركزي الإيراني والقضاء بالمسؤولية")
        return all(
            _country(x) == _country(y) for x, y in ((kept.source, other.source), (kept.target, other.target))
        )
    return (
        kept.type == other.type
        and kept.type not in SYMMETRIC_TYPES | _RECURRING_TYPES
        and (kept.status in _REPORTED) == (other.status in _REPORTED)
        and _known_same(kept.source, other.source)
        and _known_same(kept.target, other.target)
        and not _differ(kept.mode, other.mode)
        and (
            _compatible(kept, other)
            and (
                bool(_head_stems(kept) & _head_stems(other))
                or kept.mode == _ARREST == other.mode
                or (kept.type == _REQUEST and bool(_asked(kept, text) & _asked(other, text)))
            )
            or _asked_again(kept, other, text)
        )
    )


def _asked_again(kept: Event, other: Event, text: str) -> bool:
    """One speaker's request of one act told again ("طلب من زعماء قبائل صعدة تجنيد مقاتلين", then
    "طلب من كل قبيلة في صعدة تجنيد أكثر من 100 شخص"): those asked are named in other words, whose
    sector the coder reads differently (tribal chiefs, persons); the speaker must be named in both,
    of one sector or by one name - a speaker left unsaid, or of a sector in one mention only ("دعت
    شبكة سي إن إن"، "طالب حاكم فلوريدا ريك سكوت"), is often another's."""
    return (
        kept.type == _REQUEST
        and _compatible(kept, other, sectors=False)
        and _same_speaker(kept.source, other.source)
        and bool(_asked(kept, text) & _asked(other, text))
    )


def _same_speaker(a: Actor | None, b: Actor | None) -> bool:
    if _unnamed(a) or _unnamed(b):
        return False
    return a.sector is not None and a.sector == b.sector or _named_party_alike(a, b, 1)


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor else None


def _head_stems(event: Event) -> set[str]:
    words = _name_words(event.trigger_text)
    return _stems(words[0]) if words else set()


_REQUEST = "REQUEST"

# How many words after a request's trigger its requested act comes in ("طلب من كل قبيلة في صعدة تجنيد").
_ASKED_REACH = 12


def _asked(event: Event, text: str) -> set[str]:
    """The stems of the content words after a request's trigger in its sentence, the requested act
    among them ("حثت السلطات السكان على البقاء في منازلهم": بقاء، منازل), its parties' words aside."""
    parties = {
        stem
        for actor in (event.source, event.target)
        if actor
        for word in _name_words(actor.text)
        for stem in _stems(word)
    }
    words = _name_words(text[event.trigger.end : event.sentence.end])[:_ASKED_REACH]
    return {
        stem.form
        for word in words
        if not any(stem.form in FUNCTION_WORDS for stem in word.stems)
        for stem in word.stems
        if len(stem.form) >= 3 and stem.form.isalpha() and stem.form not in parties
    }
