"""Source and target of an event from Arabic clause structure.

Verbs: VSO ("أدان شويغو الهجوم": the first bare actor after the verb is the subject, the next the
object), SVO ("الجيش التركي يضرب مسلحين"), passives and victim counts ("قتل 18 شخصا": a counted
actor right after the verb is the patient). Event nouns: the genitive after the noun is the agent
("هجوم المسلحين على ...") unless the noun names what befell someone ("مقتل الصحفي"); the target
follows على/ضد/إلى/مع/ل; whoever تعرض ل the noun suffered it ("تعرضت دورية لهجوم"), and an owner
after تابعة ل is the agent ("طائرة بدون طيار تابعة للجيش"). An attack with no target takes the
victims its toll names ("بينهم ثلاثة من رجال الشرطة"). Symmetric events read "بين X وY" and
coordinated subjects "مصر وروسيا" as source X and target Y.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from hadath.events.status import (
    COMMAS,
    COMPLEMENTIZERS,
    RELATIVE_PRONOUNS,
    SENTENCE_BREAKS,
    after_passive_auxiliary,
    apposition,
)
from hadath.lexicon import Match, load_table, phrase_key
from hadath.lexicon.matchers import TriggerTerm, cue_words, with_article
from hadath.model import Actor
from hadath.resolve.actors import ActorMention
from hadath.text.normalize import normalize_word
from hadath.text.tokens import OBJECT_PRONOUNS, Stem, Token

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Events whose verb takes no object: a counted actor after it is the crowd doing it ("تظاهر مئات").
_INTRANSITIVE_TYPES = frozenset({"PROTEST", "MOBILIZE"})
# صفوف ("قتلى في صفوف الميليشيا", "in the ranks of") marks those an event befalls, as a preposition.
_TARGET_PREPOSITIONS = frozenset(
    {"علي", "ضد", "الي", "مع", "لدي", "تجاه", "نحو", "بجانب", "جانب", "بحق", "صفوف"}
)
_OTHER_PREPOSITIONS = frozenset(
    {"في", "من", "عن", "منذ", "خلال", "حول", "بعد", "قبل", "عند", "امام", "عبر"}
    | {"قرب", "وسط", "خلف", "داخل", "خارج", "تحت", "فوق"}
)
_AGENT_MARKERS = frozenset({"يد", "قبل", "برصاص", "رصاص", "نيران", "بنيران", "ايدي"})  # على يد، من قبل
_SPEAKER_PRONOUNS = frozenset({"انه", "انها", "انهم", "انهما"})  # "قال X إنه ..." refers to X
# Conjunctions that open a subordinate clause: "صدر بيان الجيش بعدما هددت إيران" - the army is no
# subject of the threat.
SUBORDINATORS = frozenset(
    {"بعدما", "عندما", "حينما", "بينما", "فيما", "كلما", "لما", "حيث", "لان", "اذ", "كي", "لكي"}
)
# Auxiliaries, particles and "at least" between a subject and its verb: "بومبيو كان قد توعد
# طهران", "شخصين على الأقل قتلا".
_AUXILIARIES = frozenset(
    {"كان", "كانت", "كانوا", "قد", "لقد", "سوف", "لم", "لن", "ما", "لا", "زال", "تزال", "يزال"}
    | {"علي", "الاقل"}
)
# Words after which a verb's form is its verbal noun: "بعد رفض الحكومة" (after the government's refusal).
NOUN_GOVERNORS = frozenset(
    {"بعد", "قبل", "عن", "علي", "الي", "في", "من", "منذ", "رغم", "اثر", "عقب", "خلال", "حول", "بسبب", "لدي"}
)
_CLAUSE_PUNCTUATION = frozenset("،,;؛:")
# A preposition carrying a pronoun after a relative clause's verb points back to the antecedent
# as the verb's object: "الناشط الذي قبض عليه" was arrested, he arrested nobody.
_RESUMPTIVE = frozenset(
    preposition + pronoun
    for preposition in ("علي", "ضد", "الي", "ب", "ل", "مع", "بحق")
    for pronoun in OBJECT_PRONOUNS
)
_EASED = frozenset({"081", "085"})  # CAMEO codes of easing restrictions and sanctions
# Words after a relative clause's verb searched for a pronoun referring back to the antecedent.
_RESUMPTIVE_REACH = 4
# A preposition of time or place carrying the pronoun right after a relative clause's verb makes the
# antecedent when or where the event happened, so the actor after it is the verb's subject:
# "المرة الأولى التي تدعو فيها موسكو رئيسا مصريا", "في الوقت الذي تطالب فيه واشنطن طهران".
_ADJUNCT_PREPOSITIONS = ("في", "خلال")
# The pronoun that refers back to each relative pronoun's antecedent.
_RESUMPTIVE_PRONOUN = {
    "الذي": "ه",
    "التي": "ها",
    "الذين": "هم",
    "اللواتي": "هن",
    "اللاتي": "هن",
} | dict.fromkeys(("اللذين", "اللتين", "اللذان", "اللتان"), "هما")
_REACH = 12  # words after the trigger searched for its arguments
# Sectors whose members arrest or hold people.
_ARRESTERS = frozenset({"COP", "MIL", "JUD", "SPY", "GOV", "REB", "UAF"})
# "تعرضت دورية للجيش لهجوم", "ترامب عرضة للانتقادات": whoever suffered (تعرض ل) an event noun is
# its target.
_SUFFERED = frozenset({"تعرض", "يتعرض", "تتعرض", "عرضة"})
# "وواجه ترامب انتقادات حادة", "وتلقت الحكومة انتقادات": so is whoever faces or receives one.
_FACED = frozenset(normalize_word(w) for w in ("واجه", "يواجه", "تواجه", "تلقى", "تلقت", "يتلقى", "تتلقى"))
_ASIDE = 3  # words between commas after a subject: a place or a day
# "طائرة بدون طيار تابعة لجيش الاحتلال": the owner named right after an event noun is its agent.
_BELONGING = frozenset({"تابع", "تابعة"})
# "قتل عشرة بينهم ثلاثة من رجال الشرطة": the victims an attack's toll names.
_AMONG = frozenset({"بينهم", "بينهما", "منهم", "منهما"})
_SPECIFIERS = _AMONG | {"احدهم", "احدهما", "احداهما", "عددهم", "عددهما"}  # "قتل مدنيان أحدهما طفل"
# "بيان للجيش": the army's statement (not "تصريح للصحافيين": one made to journalists).
_STATEMENTS = frozenset({"بيان", "تقرير"})
_ASCRIBED = frozenset({"منسوب", "منسوبة"})  # "منسوبة لإسرائيل": ascribed to
_COUNTERPARTS = frozenset({"نظير", "نظيرة", "نظراء"})
# Words before a list of members or examples, not of parties ("بين X وY" pairs them).
_LISTING = frozenset(
    normalize_word(w) for w in ("بين", "بينها", "منها", "مثل", "هي", "تضم", "يضم", "تشمل", "يشمل")
)
# Aircraft and guns: after an attack noun's ل they are its agent ("غارات لمقاتلات التحالف").
_PLATFORMS = frozenset(
    normalize_word(w) for w in ("مقاتلات", "طائرات", "طيران", "مدفعية", "بوارج", "مروحيات", "مقاتلة", "طائرة")
)


@dataclass(slots=True)
class Roles:
    source: Actor | None
    target: Actor | None
    # Subjects joined to the source by و ("دعا الاتحاد الأوروبي ولندن"): each acts too.
    partners: tuple[Actor, ...] = ()
    # Objects joined to the target by و ("اتهمت تركيا إسرائيل والولايات المتحدة"): each is one too.
    co_targets: tuple[Actor, ...] = ()


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
    if clitics.endswith("ل") and first > 0:
        before = tokens[first - 1]
        if before.norm in _STATEMENTS:
            return None  # "أعلن بيان لوزارة الخزانة فرض عقوبات": the ministry speaks, as a subject
        if any(s.form in _ASCRIBED for s in before.stems):
            return "by"  # "غارة جوية منسوبة لإسرائيل": ascribed to its agent
    if clitics.endswith(("ب", "ل", "ك")):
        return clitics[-1]
    if _partitive(tokens, mention):
        return None  # "مئات من الطلبة" is a quantity of students, not "from the students"
    if counted := _counted_after(tokens, first):
        return counted
    if first > 0:
        previous = tokens[first - 1]
        # Not a preposition carrying its own pronoun: "دعا إليه خادم الحرمين" - the king is the subject;
        # nor "وعبر" opening a sentence, a verb there: "وعبر الرئيس المصري عن تأييده" (expressed).
        expressed = first == 1 and previous.norm == "وعبر"
        by_hand_of = first > 1 and tokens[first - 2].norm == "من"  # من قبل: "by", قبل alone: "before"
        # Nor a verb read as ف + a preposition: "فتحت السلطات المصرية معبرها" (opened), not "so under".
        verb = any(not s.prefix and s.form in phrase_verbs() for s in previous.stems)
        readings = [s for s in previous.stems if not s.suffixed and not (verb and s.prefix)]
        for stem in (s for s in readings if not expressed):
            if _agent_marker(stem) and (stem.form != "قبل" or by_hand_of):
                return "by"
            if stem.form in _TARGET_PREPOSITIONS or stem.form in _OTHER_PREPOSITIONS:
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


@cache
def phrase_verbs() -> frozenset[str]:
    """The first words (stems) of the trigger lexicon's multi-word verb phrases (فتح in "فتح معبر")."""
    return frozenset(
        key[0]
        for row in load_table("triggers")
        if row["pos"] == "verb" and len(key := phrase_key(row["phrase"])) > 1
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
    targets = _TARGET_PREPOSITIONS - {"نحو"}  # ("نحو 60 فلسطينيا": about 60, not towards them)
    return next((s.form for s in before.stems if s.form in targets), None) if before else None


def _place_word(token: Token) -> Stem | None:
    """The reading of a word that introduces a place name (العاصمة، بمدينة) or names what an actor
    holds (مواقع، مقر), if it is one."""
    return next((s for s in token.stems if not s.suffixed and s.form in _introducing_nouns()), None)


@cache
def _introducing_nouns() -> frozenset[str]:
    return cue_words("place_word") | cue_words("holding")


def _qualifies_ally(tokens: Sequence[Token], mention: ActorMention, mentions: Sequence[ActorMention]) -> bool:
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
    return stem.form in _AGENT_MARKERS and "ال" not in stem.prefix


# Quantity words that cues.tsv does not list as numbers (it has عشرات، مئات، آلاف).
_QUANTITIES = frozenset({"عدد", "عددا", "الوف", "ملايين"})


def quantity(token: Token) -> bool:
    """A number, written or in words, or a word of quantity: "18", "عشرين", "عشرات", "عدد"."""
    numbers = cue_words("number")
    return token.norm.isdigit() or any(s.form in _QUANTITIES or s.form in numbers for s in token.stems)


def _partitive(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """ "مئات من الطلبة", "عدد من المسؤولين": a quantity, then من, then the mention."""
    return (
        mention.first > 1 and tokens[mention.first - 1].norm == "من" and quantity(tokens[mention.first - 2])
    )


def _counted(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """A number right before the mention: "18 شخصا", "عشرات المدنيين", "مئات من المتظاهرين"."""
    return mention.first > 0 and (quantity(tokens[mention.first - 1]) or _partitive(tokens, mention))


def _charged(
    tokens: Sequence[Token],
    mentions: Sequence[ActorMention],
    term: TriggerTerm,
    genitive: ActorMention | None,
) -> bool:
    """ "واتهام موسكو بالتدخل في الانتخابات": an accusation's genitive noun followed by the charge
    (ب) is the accused - not a nationality adjective ("اتهامات أميركية": the accusers), nor before
    another actor ("اتهام ترامب بكين"). (After ل it is as often the accuser: "إدانة الحكومة لـ...".)"""
    return (
        term.type == "ACCUSE"
        and genitive is not None
        and genitive.head.subkind != "adjective"
        and genitive.last < len(tokens)
        and tokens[genitive.last].norm.startswith("ب")
        and not any(m.first == genitive.last for m in mentions)  # "اتهام ترامب بكين": no charge
        and tokens[genitive.last].norm not in COMPLEMENTIZERS  # "اتهامات قطر بأن": Qatar's
    )


def _modifier(tokens: Sequence[Token], trigger: Match[TriggerTerm], mention: ActorMention) -> bool:
    """An indefinite nationality adjective after a word that is neither the trigger nor a number
    qualifies that word: in "وتحاصر مدن وقرى يمنية" the villages are Yemeni, يمنية is no subject."""
    head = mention.head
    return (
        head.kind == "country"
        and head.subkind == "adjective"
        and "ال" not in mention.prefix
        and mention.first > trigger.last
        and tokens[mention.first - 1].is_word
        and not quantity(tokens[mention.first - 1])
    )


def _qualifies_phrase_noun(
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
        and not any(s.form in _TARGET_PREPOSITIONS or s.form in _OTHER_PREPOSITIONS for s in noun.stems)
        and head.kind == "country"
        and head.subkind == "adjective"
        and "ال" not in mention.prefix
        and tokens[mention.first].norm.endswith("ية")
        and all(t.is_word and not t.definite and t.norm.endswith(("ي", "ية")) for t in between)
    )


def counterpart(token: Token) -> bool:
    """نظيره، نظيرته، نظراؤه: the other party, in the same office as the one it belongs to."""
    return any(s.form in _COUNTERPARTS for s in token.stems)


def _agrees(tokens: Sequence[Token], trigger: Match[TriggerTerm], mention: ActorMention) -> bool:
    """Whether a group, title or state right after a one-word perfect verb could be its subject: a
    verb with the feminine ت takes no man's title (منعت سفير), one without it no feminine noun or
    state (دعا السلطات، اتهم إيران). Not after a preposition, where the verb's form is its verbal
    noun (بعد رفض الحكومة)."""
    term = trigger.value
    head = mention.head
    state = head.kind == "place" or (head.kind == "country" and head.subkind == "name")
    if (
        term.pos != "verb"
        or trigger.last - trigger.first != 1
        or mention.first != trigger.last
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
    if word != verb or verb.endswith("ت") or verb.startswith(("ي", "ت", "ن")):
        return True  # not a masculine perfect
    if state:
        # A state or city name is feminine, but for a few states (العراق، لبنان).
        return any(s.form in cue_words("masculine_name") for s in tokens[mention.first].stems)
    # A group or body in ة or ات is feminine; a people's broken plural in ة (قضاة، قادة) is not.
    return not (noun.endswith("ات") or (noun.endswith("ة") and head.subkind == "noun"))


def _described(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    mention: ActorMention,
    bare_after: Sequence[ActorMention],
) -> bool:
    """ "اشتبكت القوات مع مجموعة إرهابية اقتحموا المبنى": a verb right after an indefinite group
    and before its object describes it (a relative clause without الذي) - the group is its
    subject, whatever governs it. Without an object the verb may be passive ("على رجل أدين")."""
    return (
        trigger.value.pos == "verb"
        and mention.last == trigger.first
        and mention.head.kind == "sector"
        and not any(t.definite for t in tokens[mention.first : mention.last])
        and any(m.first <= trigger.last + 1 for m in bare_after)
    )


def _window_end(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> int:
    """The token after the trigger's reach: _REACH words on (commas and quotes do not count), up to
    a strong break or a subordinator ("قد قتلوا، بينما قالت وكالة الأناضول": the agency is the next
    clause's)."""
    end, words = trigger.last, 0
    while (
        end < len(tokens)
        and words < _REACH
        and tokens[end].norm not in SENTENCE_BREAKS
        and tokens[end].norm not in SUBORDINATORS
    ):
        words += tokens[end].is_word
        end += 1
    return end


@dataclass(slots=True)
class _Arguments:
    """The actor mentions around one trigger, sorted by how they attach to it."""

    after: list[ActorMention]  # within reach after the trigger
    bare_after: list[ActorMention]  # ... with no preposition: subject or object
    marked_after: list[ActorMention]  # ... after على/ضد/إلى/مع/ب/ل: a target
    agent_after: ActorMention | None  # ... after على يد/من قبل/برصاص: the agent
    performer: ActorMention | None  # ... after a relative clause's carrying-out verb: a noun's agent
    genitive: ActorMention | None  # ... the first bare one, with no preposition on the way to it
    subject_before: ActorMention | None  # the nearest bare actor before it (or outside its clause)
    end: int  # token after the reach
    antecedent_subject: bool = False  # subject_before is the antecedent of the relative pronoun before it


def assign_roles(
    tokens: Sequence[Token],
    mentions: Sequence[ActorMention],
    trigger: Match[TriggerTerm],
    clause_begin: int,
    patient_noun: bool,
    other_triggers: Sequence[int] = (),
    casualty_verb: str | None = None,
    describes_noun: bool = False,
    other_verbs: Collection[int] = (),
    other_types: Collection[int] = (),
) -> Roles:
    """``other_triggers``: first tokens of the sentence's other triggers. An event noun that is the
    object of another trigger ("أدان شويغو الهجوم") does not take that verb's subject, and a verb's
    object stops at the next event noun ("أدان شويغو الهجوم على المسجد": the mosque is the attack's
    target, not the condemnation's). ``describes_noun``: the verb says what the event noun right
    before it did ("غارات جوية استهدفت ميليشيا الحوثي"): the noun is its subject, so the actor after
    it is its object. ``other_verbs``: the first tokens of those other triggers that are verbs;
    ``other_types``: of those of another type than this one."""
    term = trigger.value
    mentions = [m for m in mentions if not _qualifies_ally(tokens, m, mentions)]
    end = _window_end(tokens, trigger)
    after = [m for m in mentions if trigger.last <= m.first < end]
    if term.type in SYMMETRIC_TYPES or term.pos == "noun":
        # "المعارك بين قوات الجيش وميليشيا الحوثي" as "محادثات بين مصر وروسيا" - not past another
        # event word that is no actor: "وتزامنت الغارات مع مواجهات بين قوات المقاومة وميليشيات
        # الحوثي" (but "مواجهات بين الشرطة ومتظاهرين": protesters are actors).
        starts = {m.first for m in after}
        next_trigger = min((t for t in other_triggers if t >= trigger.last and t not in starts), default=end)
        pair = _between(tokens, [m for m in after if m.first < next_trigger]) or (
            _coordinated(after, trigger.last) if term.type in SYMMETRIC_TYPES else None
        )
        if pair and preposition(tokens, pair[0]) == "مع":
            # "وأضاف ماتيس خلال اجتماع مع وزيري دفاع كوريا الجنوبية واليابان": both are met with.
            pair = None
        if pair:
            return Roles(pair[0].actor, pair[1].actor)
    # A relative clause begins at its pronoun: "أشار الوزير إلى النظام السوري الذي رحب" - the
    # minister is no subject of the welcome.
    pronoun = _relative_pronoun(tokens, trigger)
    clause_begin = max(
        [clause_begin, -1 if pronoun is None else pronoun + 1]
        + [i + 1 for i in range(clause_begin, trigger.first) if tokens[i].norm in SUBORDINATORS]
    )
    governed = any(clause_begin <= t < trigger.first for t in other_triggers)
    before = (
        []
        if (term.pos == "noun" and governed) or describes_noun
        else [m for m in mentions if clause_begin <= m.first and m.last <= trigger.first]
    )
    bare_after = [m for m in after if preposition(tokens, m) is None]
    bare_before = [
        m for m in before if preposition(tokens, m) is None or _described(tokens, trigger, m, bare_after)
    ]
    # "الناشط الذي قبض عليه", "التي اعتقلتها السلطات": a relative clause whose verb carries its
    # object as a pronoun says what befell the antecedent; its subject, if named, follows the verb.
    resumptive = (
        pronoun is not None
        and not bare_before
        and term.pos == "verb"
        and _resumptive(tokens, trigger, pronoun)
    )
    # Kill/wound verbs keep the antecedent reading: a past war's toll ("الحرب السورية، التي قتل فيها
    # أكثر من 350 ألف شخص") is background, which the acceptance model keeps out only with it.
    adjunct = (
        pronoun is not None
        and term.pos == "verb"
        and casualty_verb is None
        and _adjunct(tokens, trigger, pronoun)
    )
    marked_after = [
        m
        for m in after
        if preposition(tokens, m) in _TARGET_PREPOSITIONS | {"ل"}
        # "رفع العقوبات عن السودان", "أسقط التهم عن": sanctions, bans and charges are eased for whom
        # عن names right after them (CAMEO 081, 085); elsewhere عن is "about" or "by" (صدر عن)
        or (preposition(tokens, m) == "عن" and term.cameo in _EASED and m.first <= trigger.last + 1)
        # "الاتفاق الموقع بفيينا": a capital after ب is where, not whom
        or (preposition(tokens, m) == "ب" and m.head.subkind != "capital")
    ]
    genitive = _genitive(tokens, trigger, bare_after[0], other_verbs) if bare_after else None
    if genitive is not None and _venue(term, genitive):
        genitive = None
    if genitive is not None and term.pos == "noun" and pronoun_ending(tokens, trigger):
        # "عقب لقائه فلاديمير بوتين": the pronoun is the noun's genitive, the actor after it its object.
        marked_after, genitive = sorted([genitive, *marked_after], key=lambda m: m.first), None
    # "أدانت الوزارة إطلاق صواريخ من قبل الحوثيين": the agent of an event of another type after the
    # trigger is that event's - unless و joins the two ("الاحتجاز الظالم للقس واستمرار محاكمته على
    # يد المسؤولين الأتراك"; of the same type: "مقتل شاب وإصابة آخرين برصاص الجيش").
    actor_starts = {m.first for m in after}  # (a trigger that is an actor, "متظاهر", is no event here)
    next_event = min(
        (
            t
            for t in other_types
            if t >= trigger.last and t not in actor_starts and not _joined(tokens[t - 1 : t + 1])
        ),
        default=end,
    )
    agent_after = next((m for m in after if m.first < next_event and preposition(tokens, m) == "by"), None)
    if agent_after is None and term.pos == "noun" and term.type == "ASSAULT" and marked_after:
        agent_after = _agent_with_lam(tokens, trigger, marked_after[0])
        marked_after = [m for m in marked_after if m is not agent_after]
    arguments = _Arguments(
        after=after,
        bare_after=bare_after,
        marked_after=marked_after,
        agent_after=agent_after,
        performer=_performer(tokens, trigger, after) if term.pos == "noun" else None,
        genitive=genitive,
        subject_before=(
            bare_before[-1]
            if bare_before
            else None
            if resumptive or adjunct
            else _subject_elsewhere(tokens, mentions, trigger, clause_begin)
        ),
        end=end,
        antecedent_subject=describes_noun
        or (not bare_before and pronoun is not None and not resumptive and not adjunct),
    )
    # "20 شخصا على الأقل لقوا حتفهم في انفجارين": the dead before a kill word are the attack's
    # victims, not its agent.
    fallen = arguments.subject_before if term.type == "ASSAULT" and term.pos == "noun" else None
    if fallen is not None and _fell(tokens, fallen, trigger):
        arguments.subject_before = None
    else:
        fallen = None
    sufferer = _sufferer(tokens, mentions, trigger, clause_begin) if term.pos == "noun" else None
    owner = _owner(tokens, trigger, after) if term.pos == "noun" else None
    if term.pos == "adverbial":
        source, target = _main_subject(tokens, mentions, trigger), _object(arguments)
    elif owner is not None:
        targets = [m for m in arguments.marked_after if m is not owner]
        source, target = owner, sufferer or (targets[0] if targets else None)
    elif sufferer is not None:
        # "تعرضت دورية لهجوم المسلحين": the genitive is the agent.
        source = arguments.genitive or arguments.agent_after or _from_whom(tokens, trigger, after)
        target = sufferer
    elif term.pos == "noun":
        # "تم اتهام شركة لافارج": after تم a verbal noun is a passive, its genitive the patient.
        passive = term.type not in SYMMETRIC_TYPES and after_passive_auxiliary(tokens, trigger.first)
        patient = patient_noun or passive or _charged(tokens, mentions, term, arguments.genitive)
        source, target = _noun_roles(tokens, arguments, patient, other_triggers)
        if source is None and patient and term.mode == "arrest":
            source = _announcing_arrester(tokens, arguments.subject_before, trigger)
    else:
        source, target = _verb_roles(tokens, trigger, arguments, other_triggers, casualty_verb)
    requester = _requester(tokens, trigger, after) if term.type == "REQUEST" else None
    if requester is not None:
        # "ويعقد مجلس الأمن جلسة بطلب من فرنسا": a request "from" someone is theirs, made of whoever
        # acts on it.
        source, target = requester, arguments.subject_before
    # "وأجرت أثينا وسكوبيه محادثات", "إعلان الاتحاد الأوروبي وكندا فرض عقوبات": a source joined
    # by و to the actors before it is the last of several subjects; the first leads - unless it is
    # a relative pronoun's antecedent ("بين الأوروبيين والولايات المتحدة، التي تهدد": only the US).
    leading = (
        _leading_conjuncts(tokens, source, mentions)
        if source is not None and not arguments.antecedent_subject
        else []
    )
    if term.type in SYMMETRIC_TYPES and target is None and source is not None:
        partner = _coordinated(after, source.first) if source in after else None
        if partner:
            return Roles(partner[0].actor, partner[1].actor)
        if leading:
            return Roles(leading[0].actor, source.actor)
    if resumptive:
        target = _adjacent_antecedent(tokens, mentions, pronoun)  # None: "الاتفاق الذي تم التفاوض عليه"
    if term.type == "PROTEST" and target is None:
        # "وقفة احتجاجية أمام مقر القنصلية السعودية": a protest is held before whom it targets.
        target = next((m for m in after if preposition(tokens, m) == "امام" and m is not source), None)
    if term.type == "REQUEST" and term.pos == "verb":
        target = _addressee(tokens, trigger, after, source) or target
    casualties = casualty_verb is not None or (patient_noun and term.type == "ASSAULT") or fallen is not None
    clash = _clash_party(tokens, after) if casualties else None
    if clash is not None and (source is None or target is clash):
        # "قتل العشرات في مواجهات مع الجيش الإسرائيلي": the dead fell to whom they clashed with -
        # its agent, not its victim (a named killer stays: "قتلت القوات 5 مسلحين في اشتباكات مع").
        source, target = clash, None if target is clash else target
    if target is None and term.type == "ASSAULT":
        target = fallen or _named_victim(tokens, mentions)
    if source is target:
        target = None
    partners = _conjuncts(source, after) if source is not None and term.pos == "verb" else []
    co_targets = (
        _co_targets(tokens, target, after, partners)
        if target is not None and term.pos == "verb" and term.type not in SYMMETRIC_TYPES
        else []
    )
    if leading:
        source, partners = leading[0], [*leading[1:], source, *partners]
    return Roles(
        source.actor if source else None,
        target.actor if target else None,
        tuple(m.actor for m in partners),
        tuple(m.actor for m in co_targets if m is not source),
    )


Pair = tuple[ActorMention | None, ActorMention | None]


def _joined(words: Sequence[Token]) -> bool:
    return any(s.prefix.startswith("و") for t in words for s in t.stems)


def _agent_with_lam(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], mention: ActorMention
) -> ActorMention | None:
    """ "قصفا مدفعيا للقوات التركية على مدينة عفرين": ل right after an attack noun (an adjective may
    stand between) introduces its agent when على or ضد names the target next, or when it names
    aircraft or guns ("غارات لمقاتلات التحالف"); otherwise it may be the object ("استهداف
    للمدنيين"), and after other nouns على is often an idiom ("مساعدات للبنان على نطاق أوسع")."""
    if preposition(tokens, mention) != "ل" or mention.first > trigger.last + 1:
        return None
    if any(s.form in _PLATFORMS for s in tokens[mention.first].stems):
        return mention  # "غارات لمقاتلات التحالف": aircraft and guns only strike
    if mention.last < len(tokens) and any(s.form in {"علي", "ضد"} for s in tokens[mention.last].stems):
        return mention
    return None


def _requester(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], after: Sequence[ActorMention]
) -> ActorMention | None:
    """The actor right after "من" right after a request noun: "بطلب من فرنسا", "بدعوة من الكويت" (a
    verb's "من" names whom it asks: "طلب من الحكومة"; an unvocalised verbal noun is told from the
    verb by its article or ب, or by the trigger row)."""
    noun = trigger.value.pos == "noun" or "ب" in trigger.prefix or with_article(trigger)
    if not noun or trigger.last >= len(tokens) or tokens[trigger.last].norm != "من":
        return None
    return next((m for m in after if m.first == trigger.last + 1), None)


def _announcing_arrester(
    tokens: Sequence[Token], subject: ActorMention | None, trigger: Match[TriggerTerm]
) -> ActorMention | None:
    """ "أعلنت شرطة العاصمة البريطانية، لندن، عن اعتقال رجل": a body that arrests (police, army,
    ministry), the subject of a verb of announcing (cues.tsv ``attribution``) right before it whose
    object the arrest is, made it - not a body that condemns one ("أدانت الحكومة اعتقال الصحفي")."""
    if subject is None or subject.actor.sector not in _ARRESTERS or subject.first == 0:
        return None
    verb = tokens[subject.first - 1]
    between = [t.norm for t in tokens[subject.last : trigger.first]]
    if between[-1:] == ["عن"]:
        between.pop()
    # (an aside between commas may stand between: "شرطة العاصمة البريطانية، لندن، عن اعتقال")
    aside = not between or (
        len(between) <= _ASIDE + 2 and between[0] in COMMAS and between[-1] in COMMAS and len(between) > 2
    )
    announced = any(s.form in cue_words("attribution") for s in verb.stems)
    return subject if announced and aside else None


def _genitive(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    mention: ActorMention,
    verbs: Collection[int],
) -> ActorMention | None:
    """The genitive of an event noun: a bare mention at most two tokens on ("هجوم المسلحين",
    "مقتل ثمانية من قوات الأمن"), not one behind a preposition ("غارات على مواقع الحوثيين": the
    Houthis own the positions, they do not raid them), a verb ("غارات استهدفت مواقع الحوثيين":
    the verb's object) or a comma ("في الغارات، بينهم نساء"; a quotation mark may stand
    between: "كسر الحصار" الإسرائيلي), nor one joined by و (a conjunct of something before it)."""
    between = tokens[trigger.last : mention.first - 1 if _partitive(tokens, mention) else mention.first]
    if (
        mention.first > trigger.last + 2
        or any(trigger.last <= t < mention.first for t in verbs)
        or mention.prefix.startswith("و")
        or any(t.norm in _CLAUSE_PUNCTUATION for t in between)
        or any(
            s.form in _TARGET_PREPOSITIONS or s.form in _OTHER_PREPOSITIONS for t in between for s in t.stems
        )
    ):
        return None
    return mention


_PERFORMER_REACH = 2  # words (adjectives) between an event noun and the relative pronoun after it


def _performer(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], after: Sequence[ActorMention]
) -> ActorMention | None:
    """The agent of an event noun that a relative clause names: "الغارات التي شنتها الطائرات
    الإسرائيلية", "الهجوم الذي نفذه مسلحون", "العقوبات التي فرضتها واشنطن" - the actor right after
    a verb of carrying out (cues.tsv ``performer``) that carries the noun as its object pronoun.
    Not after any verb: "الهجوم الذي أدانته فرنسا" names who condemned it."""
    pronoun = next(
        (
            i
            for i in range(trigger.last, min(len(tokens), trigger.last + _PERFORMER_REACH + 1))
            if tokens[i].norm in RELATIVE_PRONOUNS
        ),
        None,
    )
    if pronoun is None or pronoun + 1 >= len(tokens):
        return None
    # The pronoun follows the definite noun or its definite adjectives ("الغارات الجوية التي"), not
    # a noun the event noun governs ("رفضه دعم المقاطعة التي تقودها الإمارات", "للتنديد بالمطالب
    # التي قدمها الوزير").
    if not tokens[trigger.last - 1].definite or not all(
        t.norm.startswith(("ال", "وال")) for t in tokens[trigger.last : pronoun]
    ):
        return None
    verb = tokens[pronoun + 1].norm
    bare = next(
        (verb[: -len(p)] for p in sorted(OBJECT_PRONOUNS, key=len, reverse=True) if verb.endswith(p)), None
    )
    performing = cue_words("performer")
    if bare is None or not ({bare, bare + "ا"} & performing):
        return None  # (شنوها: the plural's alif is dropped before the pronoun)
    # (a noun the lexicon does not know may head the actor: "شنتها الطائرات الإسرائيلية")
    return next(
        (
            m
            for m in after
            if pronoun + 2 <= m.first <= pronoun + 3
            and preposition(tokens, m) is None
            and all(t.is_word for t in tokens[pronoun + 2 : m.first])
        ),
        None,
    )


def _venue(term: TriggerTerm, genitive: ActorMention) -> bool:
    """ "قمة سنغافورة", "محادثات جنيف", "مؤتمر لندن": a city after a meeting noun - a country after a
    summit's - names where it meets, not a party (a visit's or a call's is: "زيارة فرنسا")."""
    if term.type != "CONSULT" or term.mode in ("visit", "phone"):
        return False
    kind = genitive.head.kind
    return kind == "place" or (kind == "country" and term.mode == "multilateral")


def _noun_roles(
    tokens: Sequence[Token], a: _Arguments, patient_noun: bool, other_triggers: Sequence[int]
) -> Pair:
    genitive = a.genitive
    if patient_noun:
        # "أعلنت الشرطة مقتل ثلاثة جنود": the genitive is the victim; the subject before is the
        # announcer, not the killer - unless a counted patient follows it ("اعتقال السلطات لما يقرب
        # من 5 آلاف شخص", "اعتقال السعودية نحو 30 ناشطا": the genitive is then the agent).
        if genitive is not None and a.agent_after is None and not _counted(tokens, genitive):
            stop = min((t for t in other_triggers if t >= genitive.last), default=a.end)
            later = [
                m
                for m in a.after
                if genitive.last < m.first < stop
                and _counted(tokens, m)
                # "مقتل مقيم مصري وإصابة ثلاثة مصريين": a count after a coordinated noun is its own
                and not _joined(tokens[genitive.last : m.first])
            ]
            if later:
                return genitive, later[0]
        if (
            genitive is None
            and not a.marked_after
            and a.subject_before
            and _counted(tokens, a.subject_before)
        ):
            return a.agent_after, a.subject_before  # "44 شخصا سقطوا قتلى": the counted dead
        return a.agent_after, genitive or (a.marked_after[0] if a.marked_after else None)
    if genitive is not None and counterpart(tokens[genitive.first]):
        # "بدأ ترمب الجلسة بتهنئة نظيره الروسي": a counterpart is the other party, the object.
        return a.agent_after or a.subject_before, genitive
    # "هجوم المسلحين على حافلة": the genitive is the agent, the target follows على.
    source = genitive or a.agent_after or a.performer or a.subject_before
    return source, next((m for m in a.marked_after if m is not source), None)


def _verb_roles(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    a: _Arguments,
    other_triggers: Sequence[int],
    casualty_verb: str | None,
) -> Pair:
    # The verb's arguments end at the next event noun ("رفض بعيد لقائه بوتين إدانة موسكو": Putin is
    # the meeting's); a trigger that is itself an actor ("عشرات المحتجين") does not end them.
    starts = {m.first for m in a.bare_after}
    boundaries = [t for t in other_triggers if t not in starts]
    next_trigger = min((t for t in boundaries if t >= trigger.last), default=a.end)
    own_bare = [m for m in a.bare_after if m.first < next_trigger]
    first_bare = own_bare[0] if own_bare and own_bare[0].first <= trigger.last + 3 else None
    subject = a.subject_before
    if first_bare is not None and pronoun_ending(tokens, trigger):
        # "أسرى بريطانيين تحتجزهم قوات سوريا الديمقراطية", "هاجمه مسلحون": the verb carries its
        # object; the actor after it is the subject, the one before the object's antecedent.
        return first_bare, subject
    if first_bare is not None and _qualifies_phrase_noun(tokens, trigger, first_bare):
        # "وتخشى الصين فرض رسوم جمركية أمريكية": American tariffs - the nationality of the phrase's
        # noun imposes them; the subject before, if no target is marked, is the one facing them.
        return first_bare, next((m for m in a.marked_after if m is not first_bare), subject)
    right_before = subject is not None and (
        a.antecedent_subject
        or subject.last >= trigger.first - 1
        or all(tokens[i].norm in _AUXILIARIES for i in range(subject.last, trigger.first))
        # "أوضح الجيش الأميركي في بيانه أنه قتل متشددا": the pronoun is the speaker, the subject
        or (trigger.first > 0 and tokens[trigger.first - 1].norm in _SPEAKER_PRONOUNS)
    )
    if (
        first_bare is None
        and subject is not None
        and subject.last >= trigger.first - 1
        and not tokens[subject.first].definite
        and (subject.head.kind == "sector" or subject.head.subkind == "adjective")
        and pronoun_ending(tokens, trigger)
    ):
        # "قتل ستة أعضاء بجماعة كردية مسلحة اتهمها بالضلوع": an indefinite noun, then a verb whose
        # pronoun points back to it - a relative clause without الذي, of which it is the object.
        return a.agent_after, subject
    if casualty_verb == "injured":
        # "أصيب ثلاثة جنود", "ألف فلسطيني على الأقل أصيبوا جراء ...": أصيب is passive in form - its
        # subject, after or before it, is the wounded; only a marked agent wounds.
        return a.agent_after, first_bare or subject
    counted_object = trigger.last < len(tokens) and quantity(tokens[trigger.last])
    if (
        casualty_verb
        and right_before
        and ((not own_bare and not counted_object) or _counted(tokens, subject))
    ):
        # "60 شخصا قتلوا", "جنديين إسبانيين قتلا": the subject of a kill/wound verb with no object,
        # or a counted one, is its victim - not before a count the lexicon has no noun for
        # ("مسلحي الروهينغا قتلوا 53 هندوسيا").
        return None, subject
    if (
        trigger.value.mode == "arrest"
        and right_before
        and (not own_bare or _counted(tokens, subject))
        and subject.actor.sector not in _ARRESTERS
        and preposition(tokens, subject) is None
    ):
        # "وقالت الشرطة إن السائق اعتقل في موقع الاصطدام": no object, and a subject that arrests
        # no one - the verb is passive (اُعتقل), its subject the arrested; so is a counted one
        # whatever follows ("أن 67 شخصا اعتقلوا ... في إطار حملة ... أقرها المرشد").
        return a.agent_after, subject
    if (
        trigger.value.mode == "arrest"
        and first_bare is not None
        and (first_bare.head.kind == "person" or first_bare.actor.sector not in _ARRESTERS | {None})
        and len(own_bare) == 1
        and a.agent_after is None
    ):
        # "واعتقل كيم هاك-سونغ في محطة قطار", "واعتقلت فتاة تبلغ 17 عاما": a person or a civilian
        # alone after an arrest verb is arrested - they do not arrest; authorities do ("اعتقلت الشرطة").
        return (subject if right_before else None), first_bare
    if (
        casualty_verb
        and first_bare is not None
        and all(_specifies(tokens, first_bare, m) for m in own_bare[1:])
        and a.agent_after is None
    ):
        # "قتل جنديان أميركيان وأصيب ...": one bare actor after a kill/wound verb is its patient -
        # and the subject right before it, if any, the killer ("الجيش قتل خمسة مسلحين"); so are
        # those it counts in ("قُتل مدنيان أحدهما طفل", "قتلت عائلة من ثلاثة أشخاص").
        return (subject if right_before else None), first_bare
    if first_bare is not None and a.agent_after is not None:
        # "قتل 53 فلسطينيا على يد القوات الإسرائيلية": a passive with its agent named.
        return a.agent_after, first_bare
    if a.antecedent_subject:
        # The relative pronoun is the subject, the actor after the verb its object ("التصريحات التي
        # تتهم المواطنين الروس": a subject that is no actor) - unless the clause is a passive with
        # its agent named ("الطيار معاذ، الذي أعدم على يد تنظيم داعش").
        return (a.agent_after, subject) if a.agent_after is not None else (subject, _object(a))
    if right_before:
        # SVO: "الجيش التركي يقصف مواقع المسلحين": the actor right before the verb is its subject.
        return subject, _object(a)
    if (
        trigger.value.mode == "allege"
        # (a phrase split by its subject is not: "وأنحت بريطانيا باللائمة على روسيا")
        and len(phrase_key(trigger.value.phrase)) == 1
        and first_bare is not None
        and len(own_bare) == 1
        and first_bare.last < len(tokens)
        and any(s.prefix.startswith("ب") for s in tokens[first_bare.last].stems)
        and not any(m.first == first_bare.last for m in a.after)
    ):
        # "واتهم ميليشيا الحوثي بإفشال مساعي السلام", "واتهم ترامب بالتواطؤ": the one actor
        # between an accusation verb and what it alleges is the accused - the verb's subject went
        # before, or it is a passive (اُتهم); an accuser names whom it accuses after itself.
        return a.agent_after, first_bare
    if (
        first_bare is not None
        and _counted(tokens, first_bare)
        and a.agent_after is None
        and trigger.value.type not in _INTRANSITIVE_TYPES
    ):
        # "اعتقل 18 شخصا": a passive with its patient counted.
        return subject, first_bare
    if first_bare is not None and not _agrees(tokens, trigger, first_bare):
        # "ومنعت سفير كندا من العودة", "ودعا السلطات إلى التحقيق": a subject agrees with its verb in
        # gender; this actor is the object, the subject is unnamed or went before.
        return a.agent_after, first_bare
    if first_bare is not None and not _modifier(tokens, trigger, first_bare):
        # VSO: "أدان شويغو الهجوم": the first bare actor is the subject, the next one the object -
        # unless و joins it to the subject ("دعا الاتحاد الأوروبي ولندن إلى ضبط النفس": both ask).
        stop = min((t for t in boundaries if t >= first_bare.last), default=a.end)
        joined = _conjuncts(first_bare, a.after)
        objects = sorted(
            (m for m in a.bare_after[1:] + a.marked_after if m not in joined),
            key=lambda m: m.first,
        )
        return first_bare, next((m for m in objects if m is not first_bare and m.first < stop), None)
    return a.agent_after or subject, _object(a)


def pronoun_ending(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> str | None:
    """The pronoun the trigger word ends in, if any: a verb's object (تحتجزهم = تحتجز + هم) or a
    noun's possessor (لقائه، هجومهم; زيارتها with its ta marbuta written ت, غاراتها in the plural)."""
    word = tokens[trigger.first].norm[len(trigger.prefix) :]
    stem = phrase_key(trigger.value.phrase)[0]
    spelled = (stem, stem[:-1] + "ت", stem[:-1] + "ات") if stem.endswith("ة") else (stem,)
    return next(
        (word[len(s) :] for s in spelled if word.startswith(s) and word[len(s) :] in OBJECT_PRONOUNS), None
    )


def _conjunct_of(subject: ActorMention, mention: ActorMention) -> bool:
    return mention.first == subject.last and mention.prefix.startswith("و")


def _conjuncts(head: ActorMention, after: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions joined to a VSO subject or an object by و, in order ("وأشادت إسرائيل والسعودية",
    "اتهمت تركيا إسرائيل والولايات المتحدة")."""
    joined: list[ActorMention] = []
    last = head
    for mention in after:
        if _conjunct_of(last, mention):
            joined.append(mention)
            last = mention
    return joined


def _co_targets(
    tokens: Sequence[Token], target: ActorMention, after: Sequence[ActorMention], partners: list[ActorMention]
) -> list[ActorMention]:
    """The objects of other countries joined to a verb's target by و, each a target too ("اتهمت
    تركيا إسرائيل والولايات المتحدة") - not the second of a pair after بين ("بين بيروت وطرابلس": a
    route, not two parties), nor the members a list names ("مجموعة السبع التي تضم الولايات المتحدة
    واليابان", "عدة دول بينها تونس والمغرب", "وزراء خارجية كل من بريطانيا وألمانيا"), nor a
    nationality adjective ("للقوات العراقية والأميركية": one joint force)."""
    before = tokens[max(0, target.first - 2) : target.first]
    if target.prefix.startswith("و") or (
        before
        and (any(s.form in _LISTING for s in before[-1].stems) or [t.norm for t in before] == ["كل", "من"])
    ):
        return []  # (a target joined by و itself is a list's member: its head went before)
    countries = {target.actor.country}
    joined = []
    for mention in _conjuncts(target, after):
        country = mention.actor.country
        if mention not in partners and mention.head.subkind != "adjective" and country not in countries:
            joined.append(mention)
            countries.add(country)
    return joined


def _leading_conjuncts(
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


def _main_subject(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], trigger: Match[TriggerTerm]
) -> ActorMention | None:
    """The main clause's subject, the sentence's first bare actor before the trigger: the agent of an
    adverbial participle ("وأكد المحافظ الحسن طاهر أن ...، داعيا الأهالي") and the speaker a "قال X
    إنه" pronoun refers to."""
    return next((m for m in mentions if m.last <= trigger.first and preposition(tokens, m) is None), None)


def _object(a: _Arguments) -> ActorMention | None:
    """The first actor after the trigger, bare or behind a target preposition."""
    return min(a.bare_after + a.marked_after, key=lambda m: m.first, default=None)


def _sufferer(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], trigger: Match[TriggerTerm], clause_begin: int
) -> ActorMention | None:
    """ "تعرضت دورية للجيش لهجوم", "بتعرض المرجع علي السيستاني لمحاولة اغتيال": the actor that
    تعرض governs suffered the event noun after ل (or إلى); "وواجه ترامب انتقادات حادة": the one
    that واجه or تلقى governs suffered the noun right after it or its subject (not "واجهت الشرطة
    المتظاهرين بإطلاق النار", where the noun is how the police faced someone)."""
    marked = trigger.prefix.startswith("ل") or (trigger.first > 0 and tokens[trigger.first - 1].norm == "الي")
    verbs = [
        i
        for i in range(clause_begin, trigger.first)
        if any(s.form in (_SUFFERED if marked else _FACED) for s in tokens[i].stems)
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    bare = [m for m in mentions if preposition(tokens, m) is None]
    after = [m for m in bare if verb < m.first and m.last <= trigger.first]
    if not marked and (
        tokens[trigger.first].definite  # "واجهت الشرطة المتظاهرين": whom it faced
        or len(after) > 1
        or trigger.first != (after[0].last if after else verb + 1)
    ):
        return None
    before = [m for m in bare if clause_begin <= m.first and m.last <= verb]
    return after[0] if after else (before[-1] if before else None)


def _from_whom(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], after: Sequence[ActorMention]
) -> ActorMention | None:
    """ "تعرض لانتقادات حادة من الديمقراطيين": who an event suffered came from, right after it."""
    return next((m for m in after if preposition(tokens, m) == "من" and m.first <= trigger.last + 2), None)


def _owner(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], after: Sequence[ActorMention]
) -> ActorMention | None:
    """ "طائرة بدون طيار تابعة لوكالة المخابرات المركزية": the actor right after تابعة ل."""
    word = trigger.last
    if word >= len(tokens) or not any(s.form in _BELONGING for s in tokens[word].stems):
        return None
    return next((m for m in after if m.first == word + 1 and m.prefix.startswith("ل")), None)


def _addressee(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    after: Sequence[ActorMention],
    subject: ActorMention | None,
) -> ActorMention | None:
    """Whom a request asks: after من right behind the verb or its subject ("طلبت من البرلمان",
    "وطلبت تركيا من السعودية إثبات مغادرته") - not the object of what is asked ("لقصف إيران").
    After a preposition the verb's form is its verbal noun, and من names who asked ("بناء على
    طلب من بريطانيا")."""
    if trigger.first > 0 and tokens[trigger.first - 1].norm in NOUN_GOVERNORS:
        return None
    ends = {trigger.last} | ({subject.last} if subject is not None and subject in after else set())
    return next(
        (m for m in after if m.first - 1 in ends and preposition(tokens, m) == "من" and m is not subject),
        None,
    )


_CLASH_QUALIFIERS = 2  # words between a fighting noun and its مع: "اشتباكات عنيفة مع", "معركة بالأسلحة مع"


def _clash_party(tokens: Sequence[Token], after: Sequence[ActorMention]) -> ActorMention | None:
    """The actor right after "مواجهات مع", "اشتباكات عنيفة مع" (cues.tsv ``clash``): the other side
    of the fighting."""
    return next(
        (
            m
            for m in after
            if m.first > 1 and tokens[m.first - 1].norm == "مع" and _fought(tokens, m.first - 1)
        ),
        None,
    )


def _fought(tokens: Sequence[Token], with_at: int) -> bool:
    """A fighting noun before the مع at ``with_at``, at most two plain words before it."""
    for i in range(with_at - 1, max(-1, with_at - 2 - _CLASH_QUALIFIERS), -1):
        if any(s.form in cue_words("clash") for s in tokens[i].stems):
            return True
        if not tokens[i].is_word or tokens[i].norm in _CLAUSE_PUNCTUATION:
            return False
    return False


def _specifies(tokens: Sequence[Token], head: ActorMention, mention: ActorMention) -> bool:
    """The mention says who or how many ``head`` is, after من right behind it or a word such as
    أحدهما، بينهم، وعددهم - no second argument of the verb."""
    between = tokens[head.last : mention.first]
    return bool(between) and (
        between[0].norm == "من" or any(s.form in _SPECIFIERS for t in between for s in t.stems)
    )


def _fell(tokens: Sequence[Token], mention: ActorMention, trigger: Match[TriggerTerm]) -> bool:
    """A kill or wound word (cues.tsv ``killed``, ``injured``) between the mention and the trigger:
    "لقوا مصرعهم", "قتلوا", "أصيبوا"."""
    words = cue_words("killed") | cue_words("injured")
    return any(s.form in words for t in tokens[mention.last : trigger.first] for s in t.stems)


def _named_victim(tokens: Sequence[Token], mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The first actor named within three tokens after بينهم/منهم: the victims of a toll."""
    among = [i for i, t in enumerate(tokens) if t.norm in _AMONG]
    return next((m for i in among for m in mentions if i < m.first <= i + 3), None)


def _subject_elsewhere(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], trigger: Match[TriggerTerm], clause_begin: int
) -> ActorMention | None:
    """A subject outside the trigger's clause: the antecedent of a relative pronoun ("المفوضية،
    التي تنتقد"), the speaker of "قال X إنه قتل", or the actor an apposition describes
    ("استخدمت الولايات المتحدة، الحليف المقرب لإسرائيل، الجمعة حق النقض")."""
    pronoun = _relative_pronoun(tokens, trigger)
    if pronoun is not None:
        return _adjacent_antecedent(tokens, mentions, pronoun)
    if any(t.norm in _SPEAKER_PRONOUNS for t in tokens[max(0, trigger.first - 2) : trigger.first]):
        return _main_subject(tokens, mentions, trigger)
    comma = clause_begin - 1
    opening = apposition(tokens, comma) if comma >= 0 and tokens[comma].norm in COMMAS else None
    if opening is not None:
        return next((m for m in mentions if m.last == opening and preposition(tokens, m) is None), None)
    return None


def _relative_pronoun(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> int | None:
    """The position of a relative pronoun at most two tokens before the trigger."""
    return next(
        (
            i
            for i in range(trigger.first - 1, max(0, trigger.first - 2) - 1, -1)
            if tokens[i].norm in RELATIVE_PRONOUNS
        ),
        None,
    )


def _adjacent_antecedent(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], pronoun: int
) -> ActorMention | None:
    """The actor a relative pronoun at ``pronoun`` refers to: the last one before it with nothing
    but definite words, prepositional phrases and punctuation between ("النظام السوري الذي",
    "الناشط المناهض للحرب، الذي"); none when a noun that is no actor comes between ("محام يمثل
    المدعين الذين", "إقناع ترمب بالبقاء في الاتفاق، الذي تم التفاوض عليه"). An actor behind a
    preposition after a definite noun that is no actor qualifies that noun, the likelier antecedent ("العقوبات
    الاقتصادية على إيران، التي أعاد الرئيس العمل بها"); a place behind في is never one ("الوجود
    الإيراني في سوريا، الذي ترفضه إسرائيل")."""
    for mention in reversed(mentions):
        if mention.last > pronoun:
            continue
        if not all(_qualifier(t) for t in tokens[mention.last : pronoun]):
            return None
        governed_by = preposition(tokens, mention)
        if governed_by is None:
            return mention
        head = mention.first - (1 if mention.prefix.removesuffix("ال") else 2)
        qualifies = (
            head >= 0
            and tokens[head].is_word
            and _qualifier(tokens[head])
            and not any(m.first <= head < m.last for m in mentions)
        )
        if governed_by != "في" and not qualifies:
            return mention
    return None


def _qualifier(token: Token) -> bool:
    """A definite word or punctuation: what may stand between a noun and its relative pronoun."""
    return not token.is_word or token.definite


def _resumptive(tokens: Sequence[Token], trigger: Match[TriggerTerm], pronoun: int) -> bool:
    """The verb's object is a pronoun agreeing with the relative pronoun: on the verb (التي
    اعتقلتها) or behind a preposition in the trigger phrase or a few words on, before any
    punctuation (الذي قبض عليه، التي أعاد الرئيس العمل بها). Not "السعودية التي استقبله فيها": ه is
    someone else."""
    expected = _RESUMPTIVE_PRONOUN[tokens[pronoun].norm]
    if pronoun_ending(tokens, trigger) == expected:
        return True
    for token in tokens[trigger.first + 1 : trigger.last + _RESUMPTIVE_REACH]:
        if not token.is_word:
            return False
        if token.norm in _RESUMPTIVE and token.norm.endswith(expected):
            return True
    return False


def _adjunct(tokens: Sequence[Token], trigger: Match[TriggerTerm], pronoun: int) -> bool:
    """The verb is followed by في or خلال with the pronoun referring back to the antecedent (التي
    تدعو فيها، الذي تطالب فيه): the antecedent is a time or place, not the subject."""
    expected = _RESUMPTIVE_PRONOUN[tokens[pronoun].norm]
    return trigger.last < len(tokens) and tokens[trigger.last].norm in {
        preposition + expected for preposition in _ADJUNCT_PREPOSITIONS
    }


def _between(tokens: Sequence[Token], after: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """ "بين X وY": the first two mentions after the word بين."""
    for i, mention in enumerate(after[:-1]):
        if mention.first > 0 and tokens[mention.first - 1].norm == "بين":
            partner = after[i + 1]
            if partner.prefix.startswith("و"):
                return mention, partner
    return None


def _coordinated(after: list[ActorMention], position: int) -> tuple[ActorMention, ActorMention] | None:
    """ "مصر وروسيا" right at ``position``: two mentions joined by و."""
    for i, mention in enumerate(after[:-1]):
        if mention.first > position + 2:
            break
        partner = after[i + 1]
        if _conjunct_of(mention, partner):
            return mention, partner
    return None
