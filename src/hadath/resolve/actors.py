"""Actor phrases: adjacent actor terms composed into one Actor with a country and a sector.

"الرئيس المصري عبد الفتاح السيسي" is three terms (title GOV, adjective EGY, person) and one actor
(Abdel Fattah el-Sisi, EGY, GOV). Arabic puts the head noun first, so the first sector term wins
over a person's default sector; an explicit country adjective wins over a name's country.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from hadath.lexicon import Match
from hadath.lexicon.matchers import ActorTerm, country_names, cue_words
from hadath.model import Actor
from hadath.text.normalize import normalize
from hadath.text.tokens import COMMAS, QUOTES, Token, tokenize

_FORM = attrgetter("form")
# Pronoun-suffixed "his/her country" and "the two countries": resolved to an earlier actor's country.
_COUNTRY_ANAPHORS = frozenset({"بلاده", "بلادها", "بلادهم", "بلادنا", "دولته", "دولتها", "حكومته", "حكومتها"})


BOTH_PARTIES = "both"  # the subkind of a mention of two states named before it ("البلدين")


@dataclass(slots=True)
class ActorMention:
    first: int  # token indices [first, last)
    last: int
    actor: Actor
    terms: tuple[ActorTerm, ...]
    prefix: str  # proclitics on the first token (و، ب، ل ...)
    head_last: int  # token after the head term's words (رئيس الوزراء in "رئيس الوزراء العراقي")

    @property
    def head(self) -> ActorTerm:
        return self.terms[0]


def compose(
    text: str,
    tokens: Sequence[Token],
    matches: Sequence[Match[ActorTerm]],
    objects_at: Collection[int] = (),
) -> list[ActorMention]:
    """Group adjacent term matches into actor mentions. ``objects_at``: token indices right after
    a verb that takes a person as its object ("التقى السيسي وزير الدفاع الروسي": two people)."""
    groups: list[list[Match[ActorTerm]]] = []
    for match in matches:
        if _ancestry(match, tokens):
            continue
        if groups and _continues(groups[-1], match, tokens):
            groups[-1].append(match)
        else:
            groups.append([match])
    phrases: list[list[Match[ActorTerm]]] = []
    for group in groups:
        if phrases and (
            _holder_after_office(phrases[-1], group, tokens, objects_at)
            or (phrases[-1][0].first not in objects_at and _title_after_name(phrases[-1], group, tokens))
        ):
            phrases[-1].extend(group)
        else:
            phrases.append(group)
    return [_mention(text, tokens, phrase) for phrase in phrases]


# "شابين من أصل مصري", "وكلاهما من أصول تركية": the nationality after origin is ancestry, not the
# state a person belongs to (annotators code a French citizen of Egyptian origin French) - not after
# other words: "تجميد أصول إيرانية" are Iranian assets.
_ORIGIN = frozenset({"اصل", "اصول"})
_OF_ORIGIN = frozenset({"من", "ذوي", "ذو", "ذات"})


def _ancestry(match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    return (
        match.value.kind == "country"
        and match.value.subkind == "adjective"
        and match.first > 1
        and tokens[match.first - 1].norm in _ORIGIN
        and tokens[match.first - 2].norm in _OF_ORIGIN
    )


def _continues(group: list[Match[ActorTerm]], match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    if "short" in (match.value.subkind, group[-1].value.subkind):
        return False  # "الحركة" standing for an organisation named before is a phrase of its own
    if _title_holder(group, match, tokens) or _belongs(group[-1], match, tokens):
        return True
    if _nunated_plural(group[-1], tokens) and match.first == group[-1].last and match.prefix == "ال":
        return False  # "أحرق متظاهرون القنصلية الإيرانية": the consulate is the verb's object
    if _adjective_after_genitive(group, match, tokens) or _adjective_after_qualifiers(group, match, tokens):
        return True
    if match.first != group[-1].last or match.prefix.startswith(("و", "ف", "ب", "ل", "ك")):
        return False
    previous, term = group[-1].value, match.value
    if term.kind == "sector" and previous.kind == "organization" and _epithet(tokens[match.first], match):
        return True  # "تنظيم داعش الإرهابي": an epithet, not a second actor
    if term.kind == "sector" and previous.kind in ("country", "person", "organization"):
        return False  # "مصر جيشها" / "السيسي وزير" start a new phrase
    if term.kind == "organization" and (
        previous.kind == "person" or (previous.kind == "country" and previous.subkind != "adjective")
    ):
        # "واتهم المالكي الحوثيين", "واتهمت إسرائيل حماس": a name governs no genitive - the
        # organisation after it is the verb's object
        return False
    if (
        previous.kind == "person"
        and term.subkind == "adjective"
        and tokens[match.first].norm.endswith(("ين", "ون"))
    ):
        return False  # "ودعا الرزاز الأردنيين": a people after a name is an object, not its nationality
    # A phrase ending in a definite word takes no genitive ("اعتقلت الشرطة ناشطا", "اتهم الحزب
    # تركيا", "طالبت الجامعة منظمة الصحة العالمية"), nor a second definite noun ("هاجمت القوات
    # الحكومية الميليشيات": الحكومية qualifies); one ending in a construct does ("القائم بأعمال
    # سفارة المملكة", "القائم بأعمال السفارة").
    definite = tokens[group[-1].last - 1].definite
    if term.kind in ("sector", "country", "organization") and definite and not match.prefix.endswith("ال"):
        return False
    if (
        definite
        and (term.kind == "organization" or (term.kind == "sector" and previous.kind == "sector"))
        and not _nisba(tokens[match.first])
    ):
        # a second definite noun, and a definite organisation after any phrase ("واتهم الجيش الروسي
        # الخوذ البيضاء"), is the verb's object - a relative adjective qualifies ("القيادي الحوثي")
        return False
    if term.kind == "country" and term.subkind != "adjective":
        # "جيش مصر" (idafa) continues; "بحثت مصر روسيا" and "اتهمت منظمة العفو الدولية إسرائيل"
        # (a named organisation takes no genitive) do not.
        return previous.kind == "sector"
    if (
        term.kind == "person"
        and len(group) == 1
        and previous.kind == "country"
        and previous.subkind != "adjective"
    ):
        return False  # "المبعوث الأممي إلى اليمن مارتن غريفيث": a state's name alone is no title
    if term.kind == "person" and previous.subkind == "title" and _sound_plural(group[-1], tokens):
        return False  # "ويتهم المحتجون سركسيان": a plural holds no name - the name is the object
    head = group[0]
    if term.kind == "person" and head.value.kind == "sector" and head.value.subkind == "noun":
        # "اعتقلت الشرطة الروسية أليكسي نافالني": a definite body holds no name (a title does, and
        # an indefinite body is the name's: "إدارة ترمب", "نظام بشار الأسد").
        return not head.prefix.endswith("ال")
    return not (term.kind == "person" and previous.kind == "person")


def _sound_plural(match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    """A one-word title in the plural (or dual): المحتجون، مسؤولين، الدبلوماسيين."""
    return match.last - match.first == 1 and tokens[match.first].norm.endswith(("ون", "ين"))


def _nunated_plural(match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    """An indefinite sound plural keeping its ن (متظاهرون، مسلحين): a noun in construct drops it
    (متظاهرو، مسلحي), so the definite noun after it is no genitive of it. Four letters are a
    singular (مدون، أمين)."""
    token = tokens[match.first]
    return _sound_plural(match, tokens) and not token.definite and len(token.norm) > 4


def _epithet(token: Token, match: Match[ActorTerm]) -> bool:
    """A definite relative adjective (الإرهابي، الانقلابية): it qualifies the name before it."""
    return match.prefix == "ال" and _nisba(token)


def _nisba(token: Token) -> bool:
    """A relative adjective's ending (الحكومية، الأمني، الإسرائيليين): a qualifier, not a noun."""
    return token.norm.endswith(("ي", "ية", "يين", "يون", "يان", "يتين"))


def _adjective_after_qualifiers(
    group: list[Match[ActorTerm]], match: Match[ActorTerm], tokens: Sequence[Token]
) -> bool:
    """A nationality after a definite sector noun and one or two definite qualifiers the lexicon
    does not know is that noun's: "الجيش الوطني اليمني", "الحكومة الشرعية اليمنية"."""
    last = group[-1]
    between = tokens[last.last : match.first]
    return (
        match.value.kind == "country"
        and match.value.subkind == "adjective"
        and match.prefix == "ال"
        and last.value.kind == "sector"
        and last.prefix.endswith("ال")
        and 1 <= len(between) <= 2
        and all(t.norm.startswith("ال") for t in between)
    )


def _title_holder(group: list[Match[ActorTerm]], match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    """A name after a title, set off by a comma ("الأمين العام للأمم المتحدة، أنطونيو غوتيريس") or by
    definite qualifiers the lexicon does not know ("الرئيس السابق محمد مرسي", "الرئيس الأميركي
    السابق، باراك أوباما"), is the title's holder: one actor. Before a comma the phrase may be any
    with a sector ("الاتحاد الأوروبي، فيديريكا موغيريني") and takes one qualifier at most; with no
    comma it holds a title and takes one or two."""
    if match.value.kind != "person" or match.prefix or any(m.value.kind == "person" for m in group):
        return False
    between = tokens[group[-1].last : match.first]
    comma = bool(between) and between[-1].norm in COMMAS
    qualifiers = between[:-1] if comma else between
    if not all(t.norm.startswith("ال") for t in qualifiers):
        return False
    if comma:
        return len(qualifiers) <= 1 and any(m.value.sector for m in group)
    return 1 <= len(qualifiers) <= 2 and any(m.value.subkind == "title" for m in group)


def _title_after_name(
    name: list[Match[ActorTerm]], title: list[Match[ActorTerm]], tokens: Sequence[Token]
) -> bool:
    """ "أولوف سكوغ مبعوث السويد", "أنور قرقاش، وزير الدولة الإماراتي": a title right after a
    person (or after a comma) is that person's, one actor - unless the title names its own holder
    ("التقى كيم وزير الخارجية لافروف") or is a body, not an office ("اتهم كوربن الحكومة البريطانية"),
    or is a definite office after a person with a title already ("ووبخ السناتور الأميركي، جون ماكين،
    الرئيس": Trump; but "القيادي محمد صالح العراقي، مسؤول التجنيد" is one, and so is a definite office
    set off by commas on both sides: "الجنرال المتقاعد، ايتان بن إلياهو، القائد السابق لسلاح الجو
    الإسرائيلي، من يرى")."""
    head, gap = title[0], title[0].first - name[-1].last
    closed = gap == 1 and title[-1].last < len(tokens) and tokens[title[-1].last].norm in COMMAS
    return (
        any(m.value.kind == "person" for m in name)
        and not (head.prefix == "ال" and any(m.value.subkind == "title" for m in name) and not closed)
        and head.value.kind == "sector"
        and head.value.subkind == "title"
        and not any(m.value.kind == "person" for m in title)
        and not any(m.value.subkind == "short" for m in title + name)
        and not head.prefix.removesuffix("ال")
        and (gap == 0 or (gap == 1 and tokens[name[-1].last].norm in COMMAS))
    )


def _holder_after_office(
    office: list[Match[ActorTerm]],
    holder: list[Match[ActorTerm]],
    tokens: Sequence[Token],
    objects_at: Collection[int],
) -> bool:
    """A name right after (or a comma after) an office that names no one is its holder, one actor:
    with a rank (cues.tsv ``rank``: "نائب القائد العام للحرس الثوري الإيراني العميد حسين سلامي",
    "التقى قائد الجيش اللواء خليفة حفتر") or, after an office of a named state, with a definite
    title and no country of its own ("القائم بأعمال سفارة المملكة العربية السعودية الوزير المفوض
    وليد بخاري" - but not an office right after a verb taking a person: "التقى وزير الخارجية
    الأميركي الرئيس السيسي" is two people)."""
    gap = holder[0].first - office[-1].last
    if (
        not (gap == 0 or (gap == 1 and tokens[office[-1].last].norm in COMMAS))
        or any(m.value.kind == "person" for m in office)
        or not any(m.value.subkind == "title" for m in office)
        or not any(m.value.kind == "person" for m in holder)
    ):
        return False
    if any(s.form in cue_words("rank") for s in tokens[holder[0].first].stems):
        return True
    return (
        office[0].first not in objects_at
        and any(m.value.country for m in office)
        and holder[0].value.subkind == "title"
        and holder[0].prefix == "ال"
        and not any(m.value.country for m in holder)
    )


def _adjective_after_genitive(
    group: list[Match[ActorTerm]], match: Match[ActorTerm], tokens: Sequence[Token]
) -> bool:
    """ "شرطة الحدود الإسرائيلية", "سلاح الجو الإسرائيلي": a nationality adjective after a noun's
    definite genitive qualifies the noun - one actor of the adjective's country."""
    head = group[-1]
    return (
        len(group) == 1
        and head.value.kind == "sector"
        and not head.prefix.endswith("ال")
        and match.value.kind == "country"
        and match.value.subkind == "adjective"
        and match.prefix.endswith("ال")
        and match.first == head.last + 1
        and tokens[head.last].norm.startswith("ال")
    )


def _belongs(previous: Match[ActorTerm], match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    """ "دورية للجيش العراقي", "ضابطا في الشرطة", "مراسل بقناة الجزيرة", "انتحاري من حركة طالبان": a
    unit or a member of an institution named right after it - one actor, of the institution's sector."""
    if previous.value.kind != "sector" or match.value.kind not in ("sector", "organization"):
        return False
    if not match.value.sector:
        return False
    title = previous.value.subkind == "title"
    # "القائد السابق لسلاح الجو", "المبعوث الخاص للأمم المتحدة": adjectives of the title come between.
    gap = tokens[previous.last : match.first]
    qualified = title and 0 < len(gap) <= 2 and all(_office_adjective(t) for t in gap)
    # "مسؤول كبير بوزارة الخارجية الأميركية", "مسؤول بارز في الشرطة الألمانية": an indefinite title's
    # own qualifier comes before the body.
    after = previous.last + 1 if _qualified_title(previous, match, tokens) else previous.last
    if match.first == after and match.prefix.startswith("ب"):
        # "مراسل بقناة الجزيرة القطرية", "ضابط بالجيش المصري": an indefinite member of the body after
        # ب ("رحب وزير الخارجية بالاتحاد الأوروبي": a definite one is a verb's subject, ب its object).
        return not tokens[match.first - 1].definite
    if _leads(previous, match, tokens):
        return True
    if match.first == previous.last or qualified:
        # "دورية للجيش": an indefinite unit; "سمحت السلطات للمزارعين" is a verb's two actors. A
        # definite title's office is the organisation after it ("المدعية العامة للمحكمة الجنائية
        # الدولية"), or after its adjectives a body in construct with its genitive ("القائد السابق
        # لسلاح الجو"; right after the title that is whom it hands something: "وسلم السفير لوزارة
        # الخارجية مذكرة") - unless that is the news agency a speaker tells ("قال الوزير لوكالة رويترز").
        body = match.value.kind == "organization" or (
            qualified and match.prefix == "ل" and _construct(match, tokens)
        )
        office = title and body and match.value.sector != "MED"
        return match.prefix.startswith("ل") and (
            office or (not qualified and not previous.prefix.endswith("ال"))
        )
    # "ضابطا في الشرطة", "وفدا من مجلس النواب الأميركي": a title, or an indefinite group - also with
    # the body's name in quotes ('القيادي في "جيش الإسلام"', "عنصر في «حزب الله»").
    member = previous.value.subkind == "title" or not previous.prefix.endswith("ال")
    quoted = match.first == after + 2 and tokens[after + 1].norm in QUOTES
    return (
        member
        and (match.first == after + 1 or quoted)
        and not match.prefix.removesuffix("ال")
        and tokens[after].norm in ("في", "من")
    )


def _qualified_title(previous: Match[ActorTerm], match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    """An indefinite title followed by one plain indefinite word before a definite or named body
    ("مسؤول كبير بوزارة الخارجية", "قيادي بارز في الحركة"): the word qualifies the title (a term would
    have ended the phrase). Not a second noun after "و" ("معارضين وشخصيات من المجتمع المدني"), nor
    before an indefinite place ("رجل مسلح بسكين في متجر")."""
    if previous.value.subkind != "title" or previous.prefix.endswith("ال") or match.first <= previous.last:
        return False
    word = tokens[previous.last]
    body = match.prefix.endswith("ال") or match.value.kind == "organization" or _construct(match, tokens)
    return (
        body
        and word.is_word
        and not word.definite
        and word.norm.isalpha()
        and not word.norm.startswith("و")
        and word.norm not in ("في", "من")
    )


def _leads(previous: Match[ActorTerm], match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    """ "زعيم المتمردين", "قائد المسلحين": a one-word office in construct with definite people in
    the plural heads them - its holder is of their sector, not the office's default (a rebel leader
    is no government). Only a generic office (one the lexicon gives a state's sector: زعيم GOV, قائد
    MIL) leads; "مهربي المهاجرين" smuggle migrants. Not with a body: "وزراء الإعلام" hold a
    portfolio, they do not lead the media."""
    return (
        previous.value.subkind == "title"
        and previous.value.sector in ("GOV", "MIL")
        and previous.last - previous.first == 1
        and not tokens[previous.first].definite
        and match.first == previous.last
        and match.prefix == "ال"
        and match.value.subkind == "title"
        and _sound_plural(match, tokens)
    )


def _office_adjective(token: Token) -> bool:
    return any(s.form in cue_words("office_adjective") for s in token.stems)


def _construct(match: Match[ActorTerm], tokens: Sequence[Token]) -> bool:
    """A body noun in construct: several words ("وزارة الخارجية", "سلاح الجو") or one with a
    definite genitive after it ("لقوات النظام"), not one standing alone ("لوفد أمريكي")."""
    return match.last - match.first > 1 or (match.last < len(tokens) and tokens[match.last].definite)


def _mention(text: str, tokens: Sequence[Token], group: list[Match[ActorTerm]]) -> ActorMention:
    terms = tuple(m.value for m in group)
    country = _country(terms)
    owner = next((i for i in range(1, len(group)) if _belongs(group[i - 1], group[i], tokens)), 0)
    sector = next((t.sector for t in terms[owner:] + terms[:owner] if t.sector), None)
    if sector is None and len(group) == 1 and _people(tokens, group[0]):
        sector = "CVL"
    # A listed person of another country than the phrase's is a namesake: "نائب وزير الخارجية
    # الإيراني عباس عراقجي" is no Mahmoud Abbas.
    name = next(
        (
            t.name
            for t in terms
            if t.kind in ("person", "organization", "place")
            and t.name
            and (t.kind != "person" or t.country == country)
        ),
        None,
    )
    start, end = tokens[group[0].first].start, tokens[group[-1].last - 1].end
    actor = Actor(text[start:end], name or country_names().get(country or ""), country, sector, start, end)
    return ActorMention(group[0].first, group[-1].last, actor, terms, group[0].prefix, group[0].last)


def _people(tokens: Sequence[Token], match: Match[ActorTerm]) -> bool:
    """A nationality standing alone as a noun for people - indefinite plural or dual ("سوريين",
    "فلسطينيان") or counted ("18 فلسطينيا", "آلاف الفلسطينيين") - names people of that country,
    not its state. A definite plural is as often the state's side: "قبض عليهم الإيرانيون"."""
    if match.value.subkind != "adjective":
        return False
    if not match.prefix.endswith("ال") and tokens[match.first].norm.endswith(
        ("يون", "يين", "يان", "يتين", "يتان")
    ):
        return True
    previous = tokens[match.first - 1] if match.first > 0 else None
    if previous is None:
        return False
    if previous.norm.isdigit():
        return not match.prefix.endswith("ال")  # "صواريخ RS-28 الروسية" counts no Russians
    return any(s.form in cue_words("number") for s in previous.stems)


def _country(terms: Sequence[ActorTerm]) -> str | None:
    """An explicit country or nationality wins over a name's country ("الرئيس المصري ..."), except
    one after a listed organisation: "ميليشيات الحوثي الإيرانية" (Saudi and Emirati outlets' epithet,
    hundreds of times in 2018 news) are Yemeni Houthis."""
    named = next((i for i, t in enumerate(terms) if t.kind == "organization" and t.country), None)
    explicit = next((i for i, t in enumerate(terms) if t.kind == "country" and t.country), None)
    if explicit is not None and (named is None or explicit < named):
        return terms[explicit].country
    return next((t.country for t in terms if t.country), None)


def as_state(actor: Actor | None) -> Actor | None:
    """A country acting with no sector named ("اتهمت روسيا", "أعلنت موسكو", "وفد مصري") is its
    government, as event coders code a state. Applied after merging: the guess must not stop two
    mentions of one meeting from merging with a more specific one ("لقاء السيسي مع شويغو"). A name
    the lexicons do not know (no canonical name) is a person or body placed in a state, not the
    state: "مغني البوب الشهير في تركيا، مابيل ماتيز"."""
    if actor is not None and actor.country and not actor.sector and actor.text and actor.name:
        return replace(actor, sector="GOV")
    return actor


def own_stems(actor: Actor) -> set[str]:
    """The stems of the words that name the actor in the text."""
    return text_stems(actor.text)


def text_stems(text: str) -> set[str]:
    """The stems of a text's words."""
    return {s.form for token in tokenize(normalize(text)) for s in token.stems}


def called(actor: Actor, cue: str) -> bool:
    """Whether the actor's own words include a word of the cues.tsv list ``cue`` ("المهاجرين": migrant)."""
    return not cue_words(cue).isdisjoint(own_stems(actor))


def foreign(actor: Actor) -> bool:
    """An actor its own words call foreign ("مقاتلين أجانب", "اللاعبين الأجانب", cues.tsv ``foreign``):
    it belongs to no state the story names for it - neither where the event happens nor at home."""
    return called(actor, "foreign")


def anaphor_country(token: Token) -> bool:
    """True for "بلاده"-like tokens whose country is an earlier actor's."""
    # isdisjoint over map, not any() over a generator: it runs on every word of every sentence
    return not _COUNTRY_ANAPHORS.isdisjoint(map(_FORM, token.stems))
