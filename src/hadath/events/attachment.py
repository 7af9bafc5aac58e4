"""How an actor mention attaches to the words around it: the preposition that governs it, the number
that counts it, the mentions و joins to it, and whether it agrees with a verb as its subject."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from hadath.lexicon import Match, load_table, phrase_key
from hadath.lexicon.matchers import TriggerTerm, cue_phrases, cue_words, phrase_cues
from hadath.resolve.actors import ActorMention
from hadath.text.normalize import normalize_word
from hadath.text.tokens import COMPLEMENTIZERS, OBJECT_PRONOUNS, THAT_PRONOUNS, Stem, Token

# صفوف ("قتلى في صفوف الميليشيا", "in the ranks of") marks those an event befalls, as a preposition;
# so do صوب and (ب)اتجاه, "towards", like تجاه and نحو ("أطلقت 95 صاروخا باليستيا باتجاه المملكة").
TARGET_PREPOSITIONS = frozenset(
    {"علي", "ضد", "الي", "مع", "لدي", "تجاه", "اتجاه", "نحو", "صوب", "بجانب", "جانب", "بحق", "صفوف"}
)
# "يقاتل مسلحون من حزب الله إلى جانب قوات النظام السوري": who one acts alongside is on one's side - a
# co-agent or nobody, never the target (unlike جانب alone, "on the side of", or بجانب).
ALONGSIDE = "الي جانب"
OTHER_PREPOSITIONS = frozenset(
    {"في", "من", "عن", "منذ", "خلال", "حول", "بعد", "قبل", "عند", "امام", "عبر"}
    | {"قرب", "وسط", "خلف", "داخل", "خارج", "تحت", "فوق"}
)
# "in it": a preposition with a pronoun after a verb ("ينتقد فيها الإمارات", "أدان فيه").
IN_IT = frozenset({"فيه", "فيها"})
# Words after which a verb's form is its verbal noun: "بعد رفض الحكومة" (after the government's refusal).
NOUN_GOVERNORS = frozenset(
    {"بعد", "قبل", "عن", "علي", "الي", "في", "من", "منذ", "رغم", "اثر", "عقب", "خلال", "حول", "بسبب", "لدي"}
)
# "بيان للجيش": the army's statement (not "تصريح للصحافيين": one made to journalists).
_STATEMENTS = frozenset({"بيان", "تقرير"})
# "منسوبة لإسرائيل"، "نسب إلى المتمردين": ascribed to (نسب is also the stem of نسبت and ونسبها)
_ASCRIBED = frozenset({"منسوب", "منسوبة", "نسب", "ينسب", "تنسب"})
_COUNTERPARTS = frozenset({"نظير", "نظيرة", "نظراء"})
_DEMONSTRATIVES = frozenset(normalize_word(w) for w in ("ذلك", "هذا", "هذه", "تلك", "هؤلاء", "ذاك"))


def after_statement_subject(tokens: Sequence[Token], verb: Match, mention: ActorMention) -> bool:
    """A statement noun right after the verb is its subject and the actor after it, not its own
    genitive, the object: "كما دعا بيان المجلس الميليشيات الانقلابية إلى وقف تجنيد الأطفال"، "وأدان
    البيان الحوثيين" (but "دعا بيان الخارجية الأمريكية إيران": the ministry's statement)."""
    if verb.last >= len(tokens) or mention.first <= verb.last:
        return False
    apart = mention.first > verb.last + 1
    return any(
        s.form in _STATEMENTS and not s.suffixed and (apart or s.prefix.endswith("ال"))
        for s in tokens[verb.last].stems
    )


def preposition(tokens: Sequence[Token], mention: ActorMention) -> str | None:
    """The preposition governing a mention: a clitic ب/ل or the word before it - or before the word
    that introduces it as a place or names what it holds ("سيطروا على العاصمة صنعاء": Sanaa is what
    was seized; "غارات على مواقع الحوثيين": the Houthis are the target)."""
    first, prefix = mention.first, mention.prefix
    # (its own ب or ل governs it: "غارات على مواقع وتعزيزات للميليشيات")
    while first > 0 and not prefix.removesuffix("ال").endswith(("ب", "ل", "ك")):
        place_word = _place_word(tokens[first - 1])
        if place_word is None:
            break
        # "على مواقع وتجمعات الحوثيين": back over the nouns joined by و to the first one's preposition
        first, prefix = first - 1, place_word.prefix
        if not prefix.startswith("و"):
            break
    clitics = prefix.removesuffix("ال")
    if _ascription(tokens, first, clitics):
        return "by"  # "غارة جوية منسوبة لإسرائيل"، "هجوم نسب إلى جماعة بوكو حرام": ascribed to its agent
    if clitics.endswith("ل") and first > 0:
        before = tokens[first - 1]
        if before.norm in _STATEMENTS:
            return None  # "أعلن بيان لوزارة الخزانة فرض عقوبات": the ministry speaks, as a subject
    if clitics.endswith(("ب", "ل", "ك")):
        return clitics[-1]
    if partitive(tokens, mention):
        return None  # "مئات من الطلبة" is a quantity of students, not "from the students"
    if counted := _counted_after(tokens, first):
        return counted
    if first > 0:
        previous = tokens[first - 1]
        # Not a preposition carrying its own pronoun: "دعا إليه خادم الحرمين" - the king is the subject;
        # nor "وعبر" opening a sentence, a verb there: "وعبر الرئيس المصري عن تأييده" (expressed).
        expressed = (first == 1 and previous.norm == "وعبر") or _expressed_by(tokens, previous, mention)
        by_hand_of = first > 1 and tokens[first - 2].norm == "من"  # من قبل: "by", قبل alone: "before"
        # Nor a verb read as ف + a preposition: "فتحت السلطات المصرية معبرها" (opened), not "so under".
        verb = any(not s.prefix and s.form in phrase_verbs() for s in previous.stems)
        readings = [s for s in previous.stems if not s.suffixed and not (verb and s.prefix)]
        if previous.norm == "جانب" and first > 1 and tokens[first - 2].norm == "الي":
            return ALONGSIDE
        for stem in (s for s in readings if not expressed):
            if _agent_marker(stem) and (stem.form != "قبل" or by_hand_of):
                return "by"
            if stem.form in TARGET_PREPOSITIONS or stem.form in OTHER_PREPOSITIONS:
                return stem.form
        # "برصاص قناص إسرائيلي", "من قبل أربع نساء": an agent marker, then a noun the lexicon does
        # not know and its nationality, or a number (not "ورفضت روسيا من قبل مزاعم بريطانيا":
        # "before", and Britain is no adjective).
        if (
            first > 1
            and (mention.head.subkind == "adjective" or quantity(previous))
            and previous.is_word
            and any(_agent_marker(s) for s in tokens[first - 2].stems)
        ):
            return "by"
    return None


def _expressed_by(tokens: Sequence[Token], previous: Token, mention: ActorMention) -> bool:
    """عبر before an actor that a lexicon phrase "عبر عن" + noun goes on after is the verb "expressed"
    and the actor its subject, anywhere in the sentence ("كما عبر وزير الخارجية المصري عن دعم بلاده"),
    not "via" ("أعلن الجيش عبر وزارة الدفاع عن مقتل جنديين": no such noun)."""
    at = mention.last
    return (
        any(s.form == _EXPRESS for s in previous.stems)
        and at + 1 < len(tokens)
        and tokens[at].norm == _ABOUT
        and any(s.form in _expressed_nouns() for s in tokens[at + 1].stems)
    )


_EXPRESS = "عبر"  # عبّر "expressed", spelled as the preposition عبر "via"
_ABOUT = "عن"


@cache
def _expressed_nouns() -> frozenset[str]:
    """The nouns of the trigger lexicon's "عبر عن" phrases (تأييد، دعم، تضامن، تقدير ...)."""
    return frozenset(
        key[2]
        for row in load_table("triggers")
        if len(key := phrase_key(row["phrase"])) == 3 and key[:2] == (_EXPRESS, _ABOUT)
    )


def ascribed_to(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """Something is ascribed to the mention ("منسوبة لإسرائيل"، "نسب إلى المتمردين"): it is the agent
    of the noun the ascription describes."""
    return _ascription(tokens, mention.first, mention.prefix.removesuffix("ال"))


def _ascription(tokens: Sequence[Token], first: int, clitics: str) -> bool:
    if clitics.endswith("ل"):
        return first > 0 and _ascribed(tokens[first - 1])
    return not clitics and first > 1 and tokens[first - 1].norm == "الي" and _ascribed(tokens[first - 2])


def _ascribed(token: Token) -> bool:
    return any(s.form in _ASCRIBED for s in token.stems)


@cache
def phrase_verbs() -> frozenset[str]:
    """The first words (stems) of the trigger lexicon's multi-word verb phrases (فتح in "فتح معبر")."""
    return frozenset(
        key[0]
        for row in load_table("triggers")
        if row["pos"] == "verb" and len(key := phrase_key(row["phrase"])) > 1
    )


def owner_behind_preposition(
    tokens: Sequence[Token], mention: ActorMention, begin: int, events: Collection[int]
) -> str | None:
    """ "أعادت واشنطن فرض عقوبات على مشتريات إيران": a bare actor in construct with an indefinite
    noun the lexicon does not know (no actor, no event word: ``events`` are the first tokens of the
    sentence's triggers), right after a target preposition at or after ``begin``, owns what the
    preposition governs - that preposition marks it; it is no subject or object of the verb."""
    at = mention.first
    if at < begin + 2 or mention.prefix.removesuffix("ال") or at - 1 in events:
        return None
    noun, word = tokens[at - 1], tokens[at - 2]
    if (
        not _possessed_noun(noun)  # ("يستقبل علي في منزله": Ali; "على يد", "على أيدي": the agent)
        or noun.norm in COMPLEMENTIZERS | THAT_PRONOUNS  # "على أن تركيا"
        # "وافق على ذلك هاشم الشيخ": a demonstrative alone is no noun ("على هؤلاء الأشخاص" is one)
        or (noun.norm in _DEMONSTRATIVES and not tokens[at].definite)
        or word.norm not in TARGET_PREPOSITIONS - {"لدي"}  # ("لدى مرور دورية": as it passed)
    ):
        return None
    return word.norm


def owner_behind_clitic(
    tokens: Sequence[Token], mention: ActorMention, begin: int, events: Collection[int]
) -> str | None:
    """ "فيما أشاد بدور السعودية": a bare actor right after the first word after a verb (``begin``),
    an indefinite noun with ب or ل on it that is no event word, is that noun's genitive, marked by
    its clitic - no subject."""
    at = mention.first
    if at != begin + 1 or mention.prefix.removesuffix("ال") or at - 1 in events:
        return None
    noun = tokens[at - 1]
    if (
        not _possessed_noun(noun)  # ("قتل برصاص الجيش": the agent)
        or phrase_cues(noun.norm)  # a word of its own: "ودعا بيان الخارجية" (a statement, no ب)
    ):
        return None
    readings = [s for s in noun.stems if s.prefix in ("ب", "ل")]
    # whole: no pronoun on the noun ("بموجبها", "بها": no genitive follows)
    whole = [s for s in readings if s.prefix + s.form == noun.norm and len(s.form) > 2]
    return whole[0].prefix if whole and len(whole) == len(readings) else None


def _possessed_noun(noun: Token) -> bool:
    """The word before a bare actor can be an indefinite noun in construct with it, the actor its
    owner: a word, no article, no preposition, no count, no agent marker (برصاص، على يد)."""
    return (
        noun.is_word
        and not noun.definite
        and noun.norm not in TARGET_PREPOSITIONS | OTHER_PREPOSITIONS
        and not quantity(noun)
        and not any(_agent_marker(s) for s in noun.stems)
    )


def _counted_after(tokens: Sequence[Token], first: int) -> str | None:
    """The preposition before the number that counts a mention: "الاتهام لـ13 مواطنا روسيا" (the
    number's own clitic), "الاتهام إلى 13 مواطنا" - a target preposition; not من, which a quantity
    ends ("أكثر من 50 فلسطينيا" are counted, not "from")."""
    if first == 0:
        return None
    number = tokens[first - 1]
    clitic = next((s.prefix for s in number.stems if s.prefix in ("ب", "ل") and s.form.isdigit()), None)
    if clitic or not quantity(number):
        return clitic
    before = tokens[first - 2] if first > 1 else None
    targets = TARGET_PREPOSITIONS - {"نحو"}  # ("نحو 60 فلسطينيا": about 60, not towards them)
    return next((s.form for s in before.stems if s.form in targets), None) if before else None


def _place_word(token: Token) -> Stem | None:
    """The reading of a word that introduces a place name (العاصمة، بمدينة) or names what an actor
    holds (مواقع، مقر), if it is one."""
    return next((s for s in token.stems if not s.suffixed and s.form in _introducing_nouns()), None)


@cache
def _introducing_nouns() -> frozenset[str]:
    return cue_words("place_word") | cue_words("holding")


def qualifies_ally(tokens: Sequence[Token], mention: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    """An actor named after an allegiance word ("ميليشيات الحوثي الموالية لإيران", "القوات
    المدعومة من روسيا", cues.tsv ``allegiance``) says whose ally the actor before it is - as does an
    owner after a belonging word (التابعة ل) when the actor right before it (an adjective may stand
    between) has a state of its own."""
    before = mention.first - 1
    if before > 0 and tokens[before].norm == "من":
        before -= 1
    if before < 0:
        return False
    stems = tokens[before].stems
    if any(s.form in cue_words("allegiance") for s in stems):
        return True
    return any(s.form in cue_words("belonging") for s in stems) and any(
        before - 1 <= m.last <= before and m.actor.country is not None for m in mentions
    )


def _agent_marker(stem: Stem) -> bool:
    """على يد، من قبل، برصاص: a marker in construct with the agent after it - not a definite one
    ("قتلت القوات بالرصاص عشرات المحتجين": with bullets)."""
    return stem.form in _agent_markers() and "ال" not in stem.prefix


@cache
def _agent_markers() -> frozenset[str]:
    """The last words of the agent phrases (على يد، من قبل) and the gunfire words (برصاص), cues.tsv."""
    return frozenset(key[-1] for key in cue_phrases("agent")) | cue_words("gunfire")


# Quantity words that cues.tsv does not list as numbers (it has عشرات، مئات، آلاف).
_QUANTITIES = frozenset({"عدد", "عددا", "الوف", "ملايين"})


def quantity(token: Token) -> bool:
    """A number, written or in words, or a word of quantity: "18", "عشرين", "عشرات", "عدد"."""
    numbers = cue_words("number")
    return token.norm.isdigit() or any(s.form in _QUANTITIES or s.form in numbers for s in token.stems)


@cache
def _approximators() -> tuple[tuple[str, ...], ...]:
    """The phrases of "about", "more than", "nearly" (cues.tsv ``approximate``), longest first."""
    keys = {phrase_key(row["phrase"]) for row in load_table("cues") if row["cue"] == "approximate"}
    return tuple(sorted(keys, key=len, reverse=True))


def approximation(tokens: Sequence[Token], i: int) -> int:
    """The number of words of an "about N" phrase at token ``i`` that a count follows: 2 in "مقتل أكثر
    من 60 فلسطينيا", 3 in "ما يزيد على 100 شخص"; 0 where there is none."""
    for key in _approximators():
        end = i + len(key)
        if (
            end < len(tokens)
            and all(form in {s.form for s in tokens[i + k].stems} for k, form in enumerate(key))
            and quantity(tokens[end])
        ):
            return len(key)
    return 0


def partitive(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """ "مئات من الطلبة", "عدد من المسؤولين": a quantity, then من, then the mention."""
    return (
        mention.first > 1 and tokens[mention.first - 1].norm == "من" and quantity(tokens[mention.first - 2])
    )


def is_counted(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """A number right before the mention: "18 شخصا", "عشرات المدنيين", "مئات من المتظاهرين"."""
    return mention.first > 0 and (quantity(tokens[mention.first - 1]) or partitive(tokens, mention))


def modifies_word_before(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    mention: ActorMention,
    after: Sequence[ActorMention],
) -> bool:
    """A nationality adjective after a word that is neither the trigger nor a number qualifies that
    word: in "وتحاصر مدن وقرى يمنية" the villages are Yemeni, يمنية is no subject. So does a definite
    one after a definite word when و joins another to it ("ترفض التدخلات العسكرية الأوروبية
    والأمريكية": a thing of two states, not two subjects), or after a definite word that a clitic ب or
    ل governs ("عبرت عن دعمها للموقف السعودي": the position is Saudi, no subject follows ل); alone it
    may be the subject's nationality ("دعا الأمن الأردني المتظاهرين")."""
    head = mention.head
    before = tokens[mention.first - 1] if mention.first > 0 else None
    if not (
        head.kind == "country"
        and head.subkind == "adjective"
        and mention.first > trigger.last
        and before is not None
        and before.is_word
        and not quantity(before)
    ):
        return False
    if "ال" not in mention.prefix or (before.definite and (before.carries("ب") or before.carries("ل"))):
        return True
    joined = conjuncts(mention, after)
    return before.definite and bool(joined) and joined[0].head.subkind == "adjective"


def qualifies_phrase_noun(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], mention: ActorMention
) -> bool:
    """An indefinite feminine nationality adjective right after a verb phrase's noun, or after its
    other indefinite relative adjectives ("فرض عقوبات أمريكية", "فرض رسوم جمركية أمريكية"),
    qualifies that noun - not a person after the phrase ("إطلاق سراح أمريكيين"), nor one after a
    preposition ending it ("اعتدى على سوريين")."""
    head = mention.head
    between = tokens[trigger.last : mention.first]
    noun = tokens[trigger.last - 1]
    return (
        trigger.last - trigger.first > 1
        and not any(s.form in TARGET_PREPOSITIONS or s.form in OTHER_PREPOSITIONS for s in noun.stems)
        and head.kind == "country"
        and head.subkind == "adjective"
        and "ال" not in mention.prefix
        and tokens[mention.first].norm.endswith("ية")
        and all(t.is_word and not t.definite and t.norm.endswith(("ي", "ية")) for t in between)
    )


def counterpart(token: Token) -> bool:
    """نظيره، نظيرته، نظراؤه: the other party, in the same office as the one it belongs to."""
    return any(s.form in _COUNTERPARTS for s in token.stems)


def agrees_as_subject(tokens: Sequence[Token], trigger: Match[TriggerTerm], mention: ActorMention) -> bool:
    """Whether a group, title or state right after a one-word verb could be its subject: a perfect
    with the feminine ت takes no man's title (منعت سفير), one without it no feminine noun or state
    (دعا السلطات، اتهم إيران), nor does a masculine singular imperfect ("قرار أممي يطالب إسرائيل").
    Not after a preposition, where the verb's form is its verbal noun (بعد رفض الحكومة)."""
    term = trigger.value
    head = mention.head
    # A capital as a state, after a verb opening its clause with و/ف ("وحذر طهران من أنها"); a bare
    # form may be the verbal noun, the capital its agent ("في أعقاب فرض واشنطن عقوبات").
    capital = head.subkind == "capital" and bool(trigger.prefix)
    state = head.kind == "place" or (head.kind == "country" and (head.subkind == "name" or capital))
    # (an imperfect verb may hold فيه/فيها before it: "معلومات ... ينتقد فيها الإمارات")
    imperfect = trigger.last < len(tokens) and tokens[trigger.last].norm in IN_IT
    if (
        term.pos != "verb"
        or trigger.last - trigger.first != 1
        or mention.first != trigger.last + imperfect
        or (head.kind != "sector" and not state)
        or trigger.prefix.strip("وف")
        or (trigger.first > 0 and tokens[trigger.first - 1].norm in NOUN_GOVERNORS)
    ):
        return True
    verb = normalize_word(term.phrase.split()[0])
    word = tokens[trigger.first].norm[len(trigger.prefix) :]
    noun = tokens[mention.first].norm[len(mention.prefix) :]
    if word in (verb + "وا", verb + "ون", verb + "تا"):
        return False  # a plural or dual verb holds its subject: "ويحملون الحكومة مسؤولية" (its object)
    if word == verb + "ت":
        return state or head.subkind != "title" or noun.endswith(("ة", "ات", "ون", "ين", "اء"))
    singular_imperfect = word.startswith("ي") and not word.endswith(("ون", "ان", "وا"))
    if imperfect and not singular_imperfect:
        return True
    if not singular_imperfect and (word != verb or verb.endswith("ت") or verb.startswith(("ي", "ت", "ن"))):
        return True  # neither a masculine perfect nor a masculine singular imperfect
    if state:
        # A state or city name is feminine, but for a few states (العراق، لبنان).
        return any(s.form in cue_words("masculine_name") for s in tokens[mention.first].stems)
    # A group or body in ة or ات is feminine; a people's broken plural in ة (قضاة، قادة) is not.
    return not (noun.endswith("ات") or (noun.endswith("ة") and head.subkind == "noun"))


def joined_by_wa(words: Sequence[Token]) -> bool:
    return any(s.prefix.startswith("و") for t in words for s in t.stems)


def pronoun_ending(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> str | None:
    """The pronoun the trigger word ends in, if any: a verb's object (تحتجزهم = تحتجز + هم) or a
    noun's possessor (لقائه، هجومهم; زيارتها with its ta marbuta written ت, غاراتها in the plural)."""
    word = tokens[trigger.first].norm[len(trigger.prefix) :]
    return ending_pronoun(word, phrase_key(trigger.value.phrase)[0], trigger.value.pos == "verb")


def ending_pronoun(word: str, stem: str, verb: bool) -> str | None:
    """The pronoun ``word`` ends in after ``stem``, a noun's (زيارتها, غاراتها) or a ``verb``'s: after a
    past's ending (حملته، حملوها) or on the present with ت of a lexicon verb with ي (تحمله for يحمل)."""
    if stem.endswith("ة"):
        spelled: tuple[str, ...] = (stem, stem[:-1] + "ت", stem[:-1] + "ات")
    elif verb:
        spelled = (*present_spellings(stem), stem + "ت", stem + "و")
    else:
        spelled = (stem,)
    return next(
        (word[len(s) :] for s in spelled if word.startswith(s) and word[len(s) :] in OBJECT_PRONOUNS), None
    )


def present_spellings(verb: str) -> tuple[str, ...]:
    """A lexicon verb and, for a present with ي, its present with ت (يحمل: تحمل)."""
    return (verb, "ت" + verb[1:]) if verb.startswith("ي") else (verb,)


def _conjunct_of(subject: ActorMention, mention: ActorMention) -> bool:
    return mention.first == subject.last and mention.prefix.startswith("و")


def conjuncts(head: ActorMention, after: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions joined to a VSO subject or an object by و, in order ("وأشادت إسرائيل والسعودية",
    "اتهمت تركيا إسرائيل والولايات المتحدة")."""
    joined: list[ActorMention] = []
    last = head
    for mention in after:
        if _conjunct_of(last, mention):
            joined.append(mention)
            last = mention
    return joined


def leading_conjuncts(
    tokens: Sequence[Token], subject: ActorMention, mentions: Sequence[ActorMention]
) -> list[ActorMention]:
    """The bare actors a subject is joined to by و, before it, first first ("أثينا" for "وسكوبيه";
    not "باليمن" for "والجيش": a place after ب is no subject)."""
    chain: list[ActorMention] = []
    current = subject
    while (
        before := next(
            (m for m in mentions if _conjunct_of(m, current) and preposition(tokens, m) is None), None
        )
    ) is not None:
        chain.insert(0, before)
        current = before
    return chain


def between_pair(
    tokens: Sequence[Token], after: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """ "بين X وY": the first two mentions after the word بين."""
    for i, mention in enumerate(after[:-1]):
        if mention.first > 0 and tokens[mention.first - 1].norm == "بين":
            partner = after[i + 1]
            if partner.prefix.startswith("و"):
                return mention, partner
    return None


def coordinated_pair(after: list[ActorMention], position: int) -> tuple[ActorMention, ActorMention] | None:
    """ "مصر وروسيا" right at ``position``: two mentions joined by و."""
    for i, mention in enumerate(after[:-1]):
        if mention.first > position + 2:
            break
        partner = after[i + 1]
        if _conjunct_of(mention, partner):
            return mention, partner
    return None
