"""Relative clauses and subjects outside a trigger's clause: the antecedent a relative pronoun refers
to ("الناشط الذي قبض عليه"), whether the clause's verb carries its object as a pronoun, and the
speaker of "قال X إنه"."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from hadath.events.attachment import IN_IT, preposition, pronoun_ending
from hadath.events.status import apposition, time_words
from hadath.lexicon import Match, phrase_key
from hadath.lexicon.matchers import TriggerTerm, cue_words
from hadath.resolve.actors import ActorMention
from hadath.text.tokens import (
    COMMAS,
    COMPLEMENTIZERS,
    HARD_BREAKS,
    OBJECT_PRONOUNS,
    QUOTES,
    RELATIVE_PRONOUNS,
    Token,
)

SPEAKER_PRONOUNS = frozenset({"انه", "انها", "انهم", "انهما"})  # "قال X إنه ..." refers to X
# "شوهد خاشقجي لآخر مرة وهو يزور القنصلية": a circumstantial clause's pronoun is the main subject
CIRCUMSTANTIAL_PRONOUNS = frozenset({"وهو", "وهي", "وهم", "وهما"})
# A preposition carrying a pronoun after a relative clause's verb points back to the antecedent
# as the verb's object: "الناشط الذي قبض عليه" was arrested, he arrested nobody.
_CARRIERS = ("علي", "ضد", "الي", "ب", "ل", "مع", "بحق")
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
# Words before a trigger in a clause that a comma parts from the subject after إن: the verb and one
# more, a verbal noun the verb governs ("تواصل إطلاق صواريخ").
_OPENING_VERB = 1
_HAS = frozenset({"قد", "وقد"})  # "قد أعلن": the verb's particle before it
_BEING = frozenset({"كان", "وكان", "كانت", "وكانت"})  # "وكان الرئيس ... قد أعلن": a pluperfect's كان
# Words between a statement noun and a verb describing it with فيه: "بيانا رئاسيا حول اليمن، أدان فيه".
_STATEMENT_REACH = 6


def main_subject(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], trigger: Match[TriggerTerm]
) -> ActorMention | None:
    """The main clause's subject, the sentence's first bare actor before the trigger: the agent of an
    adverbial participle ("وأكد المحافظ الحسن طاهر أن ...، داعيا الأهالي") and the speaker a "قال X
    إنه" pronoun refers to."""
    return next((m for m in mentions if m.last <= trigger.first and preposition(tokens, m) is None), None)


def subject_elsewhere(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], trigger: Match[TriggerTerm], clause_begin: int
) -> ActorMention | None:
    """A subject outside the trigger's clause: the antecedent of a relative pronoun ("المفوضية،
    التي تنتقد"), the speaker of "قال X إنه قتل", the actor an apposition describes
    ("استخدمت الولايات المتحدة، الحليف المقرب لإسرائيل، الجمعة حق النقض"), the subject right
    after إن that a comma parts from the verb opening the trigger's clause, or the subject with its
    name in apposition that opens the sentence ("الرئيس الأميركي، دونالد ترامب، قد أعلن")."""
    pronoun = relative_pronoun(tokens, trigger)
    if pronoun is not None:
        return adjacent_antecedent(tokens, mentions, pronoun)
    if any(t.norm in SPEAKER_PRONOUNS for t in tokens[max(0, trigger.first - 2) : trigger.first]):
        return main_subject(tokens, mentions, trigger)
    comma = clause_begin - 1
    if comma < 0 or tokens[comma].norm not in COMMAS:
        return None
    opening = apposition(tokens, comma)
    if opening is not None:
        return next((m for m in mentions if m.last == opening and preposition(tokens, m) is None), None)
    # "إن مهاجما انتحاريا من حركة طالبان، فجر حافلة"، "إن ميليشيات الحوثي، تواصل إطلاق صواريخ": a
    # comma between the subject after إن and the verb that opens the clause (further on, the clause's
    # own words may name another subject: "إن السيدة الأولى، ميلانيا ترامب، لن تصحب زوجها إلى قمة").
    subject = next((m for m in mentions if m.last == comma), None)
    if subject is None:
        return None
    if (
        trigger.first <= clause_begin + _OPENING_VERB
        and subject.first > 0
        and tokens[subject.first - 1].norm in COMPLEMENTIZERS
    ):
        return subject_after(mentions, subject.first - 1)
    # "وكان الرئيس الأميركي، دونالد ترامب، قد أعلن، الثلاثاء، الانسحاب": a subject with its name in
    # apposition opens the sentence, and the comma after the name parts it from the verb (past قد
    # and a time aside).
    opening_words = [
        t
        for t in tokens[clause_begin : trigger.first]
        if t.is_word and t.norm not in _HAS and not any(s.form in time_words() for s in t.stems)
    ]
    if (
        len(opening_words) <= _OPENING_VERB
        and any(t.norm in COMMAS for t in tokens[subject.first : subject.last])
        and all(t.norm in _BEING for t in tokens[: subject.first])
    ):
        return subject
    return None


def complement_subject(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], trigger: Match[TriggerTerm]
) -> ActorMention | None:
    """The subject of a complement clause that a verb joined by و inside it shares: the bare actor
    right after إن/أن, an earlier verb and its words between it and the trigger with no punctuation
    ("وأكد الوزير أن إيران تزعزع استقرار المنطقة وتدعم الحوثيين": Iran backs the Houthis - neither
    the speaker nor the Houthis) - past a comma, only a present tense verb ("إن النظام الإيراني يشعل
    الصراعات في المنطقة، ويدعم"; after a comma a past verb is the speaker's: "وقال عباس إن واشنطن لم
    تعد وسيطا، ودعا")."""
    term = trigger.value
    if term.pos != "verb" or trigger.prefix != "و" or pronoun_ending(tokens, trigger) is not None:
        return None  # ("ورفضهم للسلام": a verbal noun)
    opening = next(
        (
            i
            for i in range(trigger.first - 1, -1, -1)
            if tokens[i].norm in COMPLEMENTIZERS or not _clause_word(tokens[i], term.present_tense)
        ),
        None,
    )
    if opening is None or tokens[opening].norm not in COMPLEMENTIZERS:
        return None
    subject = subject_after(mentions, opening)
    return subject if subject is not None and subject.last < trigger.first - 1 else None


def subject_after(mentions: Sequence[ActorMention], opening: int) -> ActorMention | None:
    """The subject of the clause إن/أن at token ``opening`` opens: the bare actor (no preposition)
    right after it ("قال إن اللواء قاسم سليماني ... يقف خلف")."""
    return next((m for m in mentions if m.first == opening + 1 and not m.prefix.removesuffix("ال")), None)


def _clause_word(token: Token, comma: bool) -> bool:
    return token.is_word or (comma and token.norm in COMMAS)


def statement_issuer(
    tokens: Sequence[Token], mentions: Sequence[ActorMention], trigger: Match[TriggerTerm]
) -> ActorMention | None:
    """The issuer of a statement a verb with فيه/فيها describes, with no relative pronoun ("أصدر مجلس
    الأمن الدولي اليوم الخميس بيانا رئاسيا حول اليمن، أدان فيه قيام الحوثيين"، "عقد مؤتمرا صحفيا دعا
    فيه"): the verb's subject is the statement's maker, the last bare actor before the statement
    noun (cues.tsv ``briefing``, or a word of speech: "وقال ترامب في تغريدة ... يهدد فيها الرئيس
    الإيراني"), so the actor after the verb is its object."""
    if trigger.value.pos != "verb" or trigger.last >= len(tokens) or tokens[trigger.last].norm not in IN_IT:
        return None
    said_in = cue_words("briefing") | cue_words("speech")
    for i in range(trigger.first - 1, max(-1, trigger.first - 1 - _STATEMENT_REACH), -1):
        token = tokens[i]
        if (token.norm in HARD_BREAKS and not _around_one_word(tokens, i)) or token.norm in RELATIVE_PRONOUNS:
            return None
        if token.norm in said_in or any(s.form in said_in for s in token.stems):
            return next(
                (m for m in reversed(mentions) if m.last <= i and preposition(tokens, m) is None),
                None,
            )
    return None


def _around_one_word(tokens: Sequence[Token], i: int) -> bool:
    """The mark at ``i`` is one of two quotes around one word, a name ('موقع "تويتر"'), no clause's end."""
    return tokens[i].norm in QUOTES and any(
        0 <= j < len(tokens) and tokens[j].norm in QUOTES for j in (i - 2, i + 2)
    )


def relative_pronoun(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> int | None:
    """The position of a relative pronoun at most two tokens before the trigger."""
    return next(
        (
            i
            for i in range(trigger.first - 1, max(0, trigger.first - 2) - 1, -1)
            if tokens[i].norm in RELATIVE_PRONOUNS
        ),
        None,
    )


def adjacent_antecedent(
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


def has_resumptive_object(tokens: Sequence[Token], trigger: Match[TriggerTerm], pronoun: int) -> bool:
    """The verb's object is a pronoun agreeing with the relative pronoun: on the verb (التي
    اعتقلتها) or behind a preposition in the trigger phrase or a few words on, before any
    punctuation (الذي قبض عليه، التي أعاد الرئيس العمل بها). Not "السعودية التي استقبله فيها": ه is
    someone else."""
    return carries_object(tokens, trigger, (_RESUMPTIVE_PRONOUN[tokens[pronoun].norm],), relative=True)


def carries_object(
    tokens: Sequence[Token],
    trigger: Match[TriggerTerm],
    pronouns: Collection[str] = OBJECT_PRONOUNS,
    relative: bool = False,
) -> bool:
    """The verb carries its object as one of ``pronouns``: on itself (اعتقلتها), on the trigger
    phrase's preposition (قبض عليهم) or on a release's noun, whether the subject splits the phrase
    or follows it ("أربعة جواسيس غربيين أطلقت روسيا سراحهم", "أطلقت سراحهم كوريا الشمالية"). In a
    ``relative`` clause, whose pronoun says whom the object refers to, also on any of the phrase's
    nouns or on a preposition a few words on, before any punctuation ("التي أعاد الرئيس العمل
    بها"); with none, such a pronoun may be the subject's ("وأكد الوليد دعمه") or another verb's
    object ("مقاتلات قصفت بلدة تسيطر عليها المعارضة")."""
    if pronoun_ending(tokens, trigger) in pronouns:
        return True
    nouns = phrase_key(trigger.value.phrase)[1:] if relative or trigger.value.mode == "release" else ()
    phrase_nouns = {word + p for word in nouns for p in pronouns}
    carrying = {p + pronoun for p in _CARRIERS for pronoun in pronouns}
    reach = trigger.last + (_RESUMPTIVE_REACH if relative else 0)
    for i in range(trigger.first + 1, min(len(tokens), trigger.last + _RESUMPTIVE_REACH)):
        token = tokens[i]
        if not token.is_word:
            return False
        if token.norm in phrase_nouns or (token.norm in carrying and i < reach):
            return True
    return False


def antecedent_is_adjunct(tokens: Sequence[Token], trigger: Match[TriggerTerm], pronoun: int) -> bool:
    """The verb is followed by في or خلال with the pronoun referring back to the antecedent (التي
    تدعو فيها، الذي تطالب فيه): the antecedent is a time or place, not the subject."""
    expected = _RESUMPTIVE_PRONOUN[tokens[pronoun].norm]
    return trigger.last < len(tokens) and tokens[trigger.last].norm in {
        preposition + expected for preposition in _ADJUNCT_PREPOSITIONS
    }
