"""Events coded from what a named speaker says, after its verb of speech, in the clause its إن/أن
opens or in direct speech: a pejorative word it gives a party of another state is the speaker's
accusation of that party ("قال منوتشين إن الاحتجاز الظالم ... غير مقبول"), and a verb of wrongdoing
or "behind" said of the clause's subject ("أكد الجبير أن أوتاوا أخطأت") its accusation of that
subject; a clause it opens with "must" is the speaker's demand ("قال لافروف إنه يجب على الدبلوماسيين
الأمريكيين مغادرة ..."). Regret at what a party of another state did is disapproval of it ("أعرب
غوتيريس عن أسفه للقرار الأمريكي")."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from hadath.events.attachment import OTHER_PREPOSITIONS, TARGET_PREPOSITIONS, conjuncts, preposition
from hadath.events.relatives import subject_after
from hadath.events.roles import Roles
from hadath.events.sentence import SentenceAnalysis, continues_sentence_before
from hadath.events.status import clause_start, negates, opens_quotation
from hadath.lexicon import Match
from hadath.lexicon.matchers import BLOCKER, Cues, TriggerTerm, cue_phrases, cue_words
from hadath.model import Actor, Event
from hadath.resolve.actors import ActorMention
from hadath.text.tokens import (
    CLAUSE_BREAKS,
    COMMAS,
    COMPLEMENTIZERS,
    QUOTES,
    RELATIVE_PRONOUNS,
    SENTENCE_BREAKS,
    THAT_PRONOUNS,
    Token,
)

_LIKENING = frozenset({"يشبه", "تشبه", "بمثابة"})  # "like", "tantamount to"
# A pronoun between a subject and a definite word makes that word the predicate ("إن روسيا هي المسؤولة
# عن الهجوم": Russia is the one to blame), no label.
_SEPARATING_PRONOUNS = frozenset({"هو", "هي", "هم"})
# What a speaker says of a named party with a pejorative word ("قال منوتشين إن "الاحتجاز الظالم ...
# على يد المسؤولين الأتراك غير مقبول"") is the speaker's accusation of it, coded as the verbs of
# calling are (triggers.tsv وصف، اعتبر: ACCUSE 111). The pejorative word is its trigger.
_STATEMENT = TriggerTerm("", "ACCUSE", "noun", "disapprove", (), "111", strong=False, present_tense=False)
# What a speaker says must be done ("قال بوتين إنه لا بد من سحب جميع القوات الأجنبية") is its demand,
# coded as the verbs of demanding are (triggers.tsv طالب، على ضرورة: REQUEST 100). The modal is its trigger.
_DEMAND = TriggerTerm("", "REQUEST", "verb", None, (), "100", strong=False, present_tense=False)
# What opens what a speaker says: إن/أن, bare or - where no bare one, quote or colon does - with the
# pronoun of the clause's subject ("قال إنه يجب"); either restarts the clause.
_OPENINGS = COMPLEMENTIZERS | THAT_PRONOUNS
_STATEMENT_OPENING = 15  # words from a speech verb to the إن/أن, quote or colon opening what it says
_STATEMENT_REACH = 30  # words from that opening to the pejorative word
# Cues between the opening and the pejorative word that make it no assertion ("إن إيران لا تشكل
# تهديدا"، "إذا كانت ..."، "قد يكون ...").
_UNASSERTED = frozenset({"negation", "conditional", "modal", "question", "future", "appeal", "threat"})
# Events whose noun's genitive suffers them ("استهداف المدنيين غير مقبول"، "غزو العراق"): no party to a
# statement's accusation.
_SUFFERED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def pejorative_words(
    tokens: Sequence[Token], cues: Sequence[Match[Cues]], triggers: Sequence[Match[TriggerTerm]]
) -> list[Match[TriggerTerm]]:
    """The pejorative words of a sentence as triggers of a statement's accusation (see statement):
    not a trigger word itself ("اعتداء" is an attack), nor a label with the article ("العدوان
    الإسرائيلي") unless ب, ك or a likening word gives it ("يشبه المافيا"), a pronoun makes it the
    predicate ("إن روسيا هي المسؤولة عن الهجوم", see _SEPARATING_PRONOUNS) or a cause or agent word
    names who did it ("هذا العمل العدائي من قبل الميليشيا"، "جرائمه البشعة التي يرتكبها", see
    _cause_word), nor a word after ب; and its words of regret at something ("عن أسفها الشديد لما
    سمته تورط منظمة اليونسكو", see _regret) - a CONCEDE trigger too, that codes regret at one's own
    act."""
    taken = {i for t in triggers if t.value.type != BLOCKER for i in range(t.first, t.last)}
    return [
        Match(
            c.first,
            c.last,
            replace(_STATEMENT, phrase=" ".join(t.norm for t in tokens[c.first : c.last])),
            c.prefix,
        )
        for c in cues
        if (
            "pejorative" in c.value
            and "ب" not in c.prefix  # what a charge or a condemnation is of ("اعتقل ... بمزاعم التجسس")
            and not taken & set(range(c.first, c.last))
            and not (
                _definite(tokens, c)
                and not given_by_particle(tokens, c)
                and not (c.first > 0 and tokens[c.first - 1].norm in _SEPARATING_PRONOUNS)
                and _cause_word(tokens, c) is None
            )
        )
        or ("regret" in c.value and _regret_word(tokens, c))
    ]


# What regret is at: a ل-word or من/إزاء right after the word of regret or its adjective ("أسفها
# الشديد لما"، "أسفها من قرار الولايات المتحدة"، "تأسف للقرار الأميركي").
_REGRET_PREPOSITIONS = frozenset({"من", "ازاء"})
_REGRET_REACH = 8  # words from there to the party whose act is regretted
_SUBJECT_GAP = 2  # words from a regret verb to its subject's name ("أسفت منظمة "هيومن رايتس ووتش"")


def _regret_word(tokens: Sequence[Token], regret: Match[Cues]) -> bool:
    """A word of regret with no preposition of its own nor the article, but after عن ("للأسف"، "مع
    الأسف": unfortunately; "أعربت عن الأسف الشديد لما وصفته")."""
    clitics = regret.prefix.strip("وف")
    return not clitics or (clitics == "ال" and regret.first > 0 and tokens[regret.first - 1].norm == "عن")


def _regretted(tokens: Sequence[Token], regret: Match[Cues], actors: Sequence[ActorMention]) -> int | None:
    """Where what a word of regret is at begins, past its adjective or the subject of a regret verb
    ("أسفت منظمة هيومن رايتس ووتش لقرار واشنطن")."""
    if not _regret_word(tokens, regret):
        return None
    at = _past_adjective(tokens, regret.last)
    if at < len(tokens) and _regretted_at(tokens[at]):
        return at
    subject = _regret_subject(tokens, regret, actors)
    if subject is None:
        return None
    at = subject.last
    while at < len(tokens) and tokens[at].norm in QUOTES:
        at += 1  # (a quoted subject: "أسفت منظمة "هيومن رايتس ووتش" لقرار واشنطن")
    return at if at < len(tokens) and _regretted_at(tokens[at]) else None


def _past_adjective(tokens: Sequence[Token], at: int) -> int:
    """Past the adjective of a word of regret (الشديد، البالغ، العميق)."""
    return at + (at < len(tokens) and tokens[at].norm.startswith("ال") and not tokens[at].carries("ل"))


def _regret_subject(
    tokens: Sequence[Token], regret: Match, actors: Sequence[ActorMention]
) -> ActorMention | None:
    """The subject named right after a regret verb, before what it regrets ("أسفت منظمة ... لقرار")."""
    at = _past_adjective(tokens, regret.last)
    if at < len(tokens) and _regretted_at(tokens[at]):
        return None
    return next((m for m in actors if at <= m.first <= at + _SUBJECT_GAP and not m.prefix.strip("و")), None)


def _regretted_at(token: Token) -> bool:
    return token.norm in _REGRET_PREPOSITIONS or token.carries("ل")


def _definite(tokens: Sequence[Token], word: Match[Cues]) -> bool:
    """A pejorative word with the article, or a negated adjective with it on the adjective ("الهجرة
    غير الشرعية"): a label of what it follows."""
    return word.prefix.endswith("ال") or (
        word.last - word.first == 2
        and tokens[word.first].norm in ("غير", "لا")
        and tokens[word.first + 1].norm.startswith("ال")
    )


def demand_words(
    tokens: Sequence[Token], cues: Sequence[Match[Cues]], actors: Sequence[ActorMention]
) -> list[Match[TriggerTerm]]:
    """The words of a sentence that open a clause of what a speaker says with "must", as triggers of
    a statement's demand (see statement): a modal ("إنه يجب"، "أنه لا بد"; or right after the clause's
    subject: "إن كوريا الشمالية يجب أن") or على with the one who must and its أن - or a party named right
    after it and the verbal noun of what it must do - after إن/أن, إنه/أنه, a colon or an opening quote
    ("إن على تركيا أن تفصل الجماعات المتشددة"، "بقوله إنه على إيران أن توقف تخصيب اليورانيوم"، "قائلا
    "على سوريا أن تفهم""، "إن على الولايات المتحدة سحب المقاتلين الأكراد")."""
    modals = [
        (c.first, c.last)
        for c in cues
        if c.value.get("opinion") == "verb"
        and not c.prefix
        and c.first > 0
        and (tokens[c.first - 1].norm in _OPENINGS or _obliged_subject(tokens, actors, c.first) is not None)
    ]
    obligations = [
        (i, i + 1)
        for i in range(1, len(tokens))
        if tokens[i].norm == _OBLIGATION
        and (tokens[i - 1].norm in _OPENINGS or tokens[i - 1].norm == ":" or opens_quotation(tokens, i - 1))
        and (
            any(t.norm in _THAT for t in tokens[i + 2 : i + 2 + _OBLIGED_REACH])
            # "إن على الولايات المتحدة سحب قواتها": a party named right after على, what it must do
            # told with a verbal noun - not what it must know or expect (a warning: "إن على الروس
            # الاستعداد") nor a duty it has ("إن على روسيا مسؤولية خاصة": a judgement, no demand)
            or any(
                m.first == i + 1
                and not m.prefix.removesuffix("ال")
                and m.last < len(tokens)
                and not _is(tokens[m.last], "knowing")
                and not _is(tokens[m.last], "duty")
                for m in actors
            )
        )
    ]
    return [
        Match(first, last, replace(_DEMAND, phrase=" ".join(t.norm for t in tokens[first:last])), "")
        for first, last in sorted(modals + obligations)
    ]


def statement(
    sentence: SentenceAnalysis,
    actors: Sequence[ActorMention],
    subjects: Sequence[tuple[Match, Actor]],
    triggers: Sequence[Match[TriggerTerm]],
    word: Match[TriggerTerm],
) -> Roles | None:
    """The speaker and the party of a pejorative word or a modal in what a named speaker says: after
    the last word of speech before it (قال، أكد، مشيرا ...), in what its إن/أن opens (or a quote or a
    colon right after it: direct speech), within a few words of the clause's last إن/أن, with nothing
    that denies or suspends it in between and no verb of accusing or rejecting of its own (which
    codes it). A pejorative word's party is the first actor of another state than the speaker's (or
    of its own state's other side, see _opponents) that a cause or agent word right after it names
    ("هجوما متهورا من قبل بشار الأسد", see _cause_after), else the first named in that clause before the
    word, as a subject, a genitive or an agent ("على يد المسؤولين الأتراك"), or - for a word for what a
    party says - as its genitive ("مزاعم المغرب"); a modal's is the one it names with على or ل ("يجب على
    الدبلوماسيين الأمريكيين", see _demand); a verb of wrongdoing's is the clause's subject (see
    _said_subject); the parties joined to the accused one by و are accused too (see joined_parties)."""
    if any(c.first == word.first and "regret" in c.value for c in sentence.cues):
        return _regret(sentence, actors, subjects, triggers, word)
    said = _said(sentence, subjects, triggers, word)
    if said is None:
        return None
    speaker, clause = said
    if word.value.type == "REQUEST":
        return _demand(sentence.tokens, actors, speaker, word)
    tokens, cues = sentence.tokens, sentence.cues
    kind = next(
        (c.value["pejorative"] for c in cues if c.first == word.first and "pejorative" in c.value), ""
    )
    if kind == "subject":
        subject = _said_subject(tokens, actors, clause, word)
        party = subject if subject is not None and _accusable(speaker, subject) else None
    else:
        harms = {t.last for t in triggers if t.value.type in _SUFFERED_TYPES}
        party = _cause_after(tokens, actors, speaker, word) or next(
            (
                m
                for m in actors
                if clause < m.first
                and (m.last <= word.first or (m.first == word.last and kind == "claim"))
                and _accusable(speaker, m)
                and not (m.first in harms and _suffers(tokens, m))
                and preposition(tokens, m) in (None, "by")
            ),
            None,
        )
    if party is None:
        return None
    co_parties = tuple(m.actor for m in joined_parties(party, actors, cues) if _accusable(speaker, m))
    return Roles(speaker, party.actor, co_targets=co_parties)


def _said_subject(
    tokens: Sequence[Token], actors: Sequence[ActorMention], clause: int, word: Match[TriggerTerm]
) -> ActorMention | None:
    """The subject a verb of wrongdoing or "behind" (a pejorative row of value subject: أخطأت، تستغل، فشلت
    في، وراء) is said of: the bare actor right after the إن/أن, quote or colon opening the clause
    (past an opening quote), named before the word ("أكد الجبير أن أوتاوا "أخطأت""، "أن الحكومة الروسية
    وراء الهجوم"; not a genitive of the subject: "أن المحادثات بين وفدها والضباط الروس فشلت في التوصل")."""
    at = clause
    while at + 1 < word.first and tokens[at + 1].norm in QUOTES:
        at += 1
    subject = subject_after(actors, at)
    return subject if subject is not None and subject.last <= word.first else None


# What names a party as the cause or the agent of what a pejorative word names right after it ("تتعرض
# لهجمة شرسة جراء الإجراءات الإسرائيلية"، "انتهاكات خطيرة من قبل الميليشيات"، "الجرائم التي ترتكبها
# سلطات الاحتلال": a relative clause's performer verb; the cause words and agent phrases, cues.tsv).
_CAUSE_GAP = 2  # words from the pejorative word to the cause word (an adjective, a quote)
_CAUSE_REACH = 3  # words from the cause word to the party (its genitive or the adjective of one)


def _cause_word(tokens: Sequence[Token], word: Match) -> int | None:
    """The cause word or agent phrase (cues.tsv) right after a pejorative word, in its clause."""
    for i in range(word.last, min(len(tokens), word.last + _CAUSE_GAP + 1)):
        before = tokens[i - 1].norm
        if (
            tokens[i].norm in cue_words("cause")
            or (before, tokens[i].norm) in cue_phrases("agent")
            or (before in RELATIVE_PRONOUNS and _is(tokens[i], "performer"))
        ):
            return None if any(t.norm in CLAUSE_BREAKS - QUOTES for t in tokens[word.last : i]) else i
    return None


def _cause_after(
    tokens: Sequence[Token], actors: Sequence[ActorMention], speaker: Actor, word: Match[TriggerTerm]
) -> ActorMention | None:
    """The party a cause or agent word right after a pejorative word names: its genitive or that
    genitive's adjective, the one من قبل or على يد gives, or the subject of the relative clause's verb."""
    cause = _cause_word(tokens, word)
    if cause is None:
        return None
    return next(
        (
            m
            for m in actors
            if cause < m.first <= cause + _CAUSE_REACH
            and not any(t.norm in CLAUSE_BREAKS for t in tokens[cause : m.first])
            and _accusable(speaker, m)
        ),
        None,
    )


def _accusable(speaker: Actor, party: ActorMention) -> bool:
    """A party a speaker's pejorative word can accuse: one of a known state, not the speaker, of
    another state or its own state's other side, and no town (a town is where, not who: "حادثة
    دوما")."""
    return (
        bool(party.actor.text)
        and party.actor.country is not None
        and (party.actor.country != speaker.country or _opponents(speaker, party.actor, _ACCUSED_SECTORS))
        and party.actor.text != speaker.text
        and party.head.subkind != "city"
    )


_ALLY_CUES = ("allies", "allegiance")  # cues.tsv: وحلفائه، وداعميه; وحليفتها (an allegiance word)


def joined_parties(
    party: ActorMention, actors: Sequence[ActorMention], cues: Sequence[Match[Cues]]
) -> list[ActorMention]:
    """The actors joined to an accused party by و, accused with it - one record per dyad ("إن السعودية
    ومعارضين للحكومة يقفون وراء"، "إن إسرائيل والولايات المتحدة ..."), and the allies named right after
    its word of allies ("بشار الأسد وحلفائه الروس والإيرانيين"، "النظام وداعميه الروس والإيرانيين")."""
    joined = conjuncts(party, [m for m in actors if m.first >= party.last])
    last = joined[-1] if joined else party
    allies = next(
        (
            c
            for c in cues
            if c.first == last.last and c.prefix.startswith("و") and any(k in c.value for k in _ALLY_CUES)
        ),
        None,
    )
    if allies is None:
        return joined
    ally = next((m for m in actors if m.first == allies.last and not m.prefix.startswith("و")), None)
    if ally is None:
        return joined
    return [*joined, ally, *conjuncts(ally, [m for m in actors if m.first >= ally.last])]


_REGRETFUL_REACH = 4  # words from a verb of expressing to the regret it expresses ("أعربت عن بالغ أسفها")
_LOSSES = frozenset({"killed", "injured", "accident"})  # cues of deaths, wounds and disasters regretted


def _regret(
    sentence: SentenceAnalysis,
    actors: Sequence[ActorMention],
    subjects: Sequence[tuple[Match, Actor]],
    triggers: Sequence[Match[TriggerTerm]],
    word: Match[TriggerTerm],
) -> Roles | None:
    """Who regrets and the party of another state whose act it regrets (see regretted_party): the
    subject of the verb that expresses it ("أعربت الخارجية المصرية ... عن أسفها"), else the first actor
    of its clause with no preposition ("عبر الكرملين عن أسفه"، "وأن المغرب يعبر عن أسفه"), else the
    regret verb's subject after it ("أسفت منظمة ... لقرار واشنطن"), else the subject of the clause
    before ("معربة عن أسفها")."""
    tokens = sentence.tokens
    begin = clause_start(tokens, word.first, at_complementizer=True)
    near = word.first - _REGRETFUL_REACH
    after = _regret_subject(tokens, word, actors)
    speaker = (
        next((a for verb, a in reversed(subjects) if near <= verb.first <= word.first), None)
        or next(
            (
                m.actor
                for m in actors
                if begin <= m.first < m.last <= word.first and m.actor.text and preposition(tokens, m) is None
            ),
            None,
        )
        or (after.actor if after is not None else None)
        or said_by_at(sentence, subjects, word.first, word.prefix)
    )
    if speaker is None:
        return None
    party = regretted_party(sentence, actors, triggers, word, speaker)
    return Roles(speaker, party) if party is not None else None


def _what_regretted(
    sentence: SentenceAnalysis, actors: Sequence[ActorMention], regret: Match
) -> tuple[int, int] | None:
    """Where what the word of regret at ``regret`` is at begins and ends: before a comma or a relative
    clause, within a few words."""
    tokens = sentence.tokens
    reach = max(regret.last, regret.first + _STATEMENT_OPENING)  # (past a subject: "أعرب غوتيريس عن أسفه")
    word = next((c for c in sentence.cues if regret.first <= c.first < reach and "regret" in c.value), None)
    at = _regretted(tokens, word, actors) if word is not None else None
    if at is None:
        return None
    end = next(
        (
            i
            for i in range(at, min(len(tokens), at + _REGRET_REACH))
            if tokens[i].norm in CLAUSE_BREAKS or tokens[i].norm in RELATIVE_PRONOUNS
        ),
        min(len(tokens), at + _REGRET_REACH),
    )
    return at, end


def _loss(sentence: SentenceAnalysis, at: int, end: int) -> bool:
    return any(at <= c.first < end and (_LOSSES & c.value.keys()) for c in sentence.cues)


def regrets_loss(sentence: SentenceAnalysis, actors: Sequence[ActorMention], regret: Match) -> bool:
    """The word of regret at ``regret`` is at deaths, wounds or a disaster: sympathy, no apology ("يعرب
    مجلس الأمن عن غضبه وأسفه لمقتل المدنيين الفلسطينيين"، "أعرب الكرملين عن أسفه لوفاة بريطانية")."""
    regretted = _what_regretted(sentence, actors, regret)
    return regretted is not None and _loss(sentence, *regretted)


def regretted_party(
    sentence: SentenceAnalysis,
    actors: Sequence[ActorMention],
    triggers: Sequence[Match[TriggerTerm]],
    regret: Match,
    speaker: Actor,
) -> Actor | None:
    """The party of another state than the speaker's whose act the word of regret at ``regret`` (a
    regret word, or a trigger whose phrase ends in one, its subject in between: "أعرب ... عن أسفه") is
    at: the first actor named in what the regret is at, before a comma or a relative clause ("للحملة
    الظالمة التي تتعرض لها المملكة": the kingdom suffers it), not a civilian nor one a harm befell;
    regret at a death is sympathy ("أسفه لوفاة بريطانية"); none for regret at one's own act ("تعبر عن
    أسفها لتلك الأخطاء")."""
    tokens = sentence.tokens
    regretted = _what_regretted(sentence, actors, regret)
    if regretted is None or speaker.country is None or _loss(sentence, *regretted):
        return None
    at, end = regretted
    harms = {t.last for t in triggers if t.value.type in _SUFFERED_TYPES}
    party = next((m for m in actors if at <= m.first and m.last <= end), None)
    if (
        party is None
        or not party.actor.text
        or party.actor.country is None
        or party.actor.sector == "CVL"
        or party.head.subkind == "city"
        or party.actor.text == speaker.text
        or (party.actor.country == speaker.country and not _opponents(speaker, party.actor, _ACCUSED_SECTORS))
        or (party.first in harms and _suffers(tokens, party))
    ):
        return None
    return party.actor


# A state's organs and those who fight or oppose it at home: what one says of the other is an
# accusation or a demand too ("واعتبر أنه يجب على الحوثيين عدم تقويض ميناء الحديدة").
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_OPPOSING_SECTORS = frozenset({"REB", "OPP"})  # (a party may rule: "رأى الأسد أن على حزب البعث أن")
# What an organ of a state says of a party of its own with a pejorative word is an accusation of an
# opponent ("قال الناطق الرسمي لقوات الأمن الفلسطيني ... إن رواية حركة حماس ... أكاذيب").
_ACCUSED_SECTORS = _OPPOSING_SECTORS | {"PTY"}


def _opponents(speaker: Actor, party: Actor, opposing: frozenset[str] = _OPPOSING_SECTORS) -> bool:
    """A speaker and a party of one state on either side of its state and its opposition (a state
    named alone speaks for its government)."""
    sides = {speaker.sector or "GOV", party.sector or "GOV"}
    return bool(sides & _STATE_SECTORS) and bool(sides & opposing)


def own_side(speaker: Actor, party: Actor) -> bool:
    """Two organs of one state (a state named alone speaks for its government): what one says the other
    does is no accusation ("وأضاف روحاني "إيران لن تنتهك الاتفاق النووي""، "قال بيسكوف إن ... اتهامات
    واشنطن بأن موسكو تنتهك"); its press and its other sides may accuse it."""
    return (
        speaker.country is not None
        and party.country == speaker.country
        and {speaker.sector or "GOV", party.sector or "GOV"} <= _STATE_SECTORS
    )


def _said(
    sentence: SentenceAnalysis,
    subjects: Sequence[tuple[Match, Actor]],
    triggers: Sequence[Match[TriggerTerm]],
    word: Match[TriggerTerm],
) -> tuple[Actor, int] | None:
    """The speaker of a word in what a named speaker says, and where the clause it is in opens (see
    statement)."""
    tokens, cues = sentence.tokens, sentence.cues
    speech = speech_word(cues, word.first)
    if speech is None:
        return None
    said = range(speech.last, min(word.first, speech.last + _STATEMENT_OPENING))
    opening = next((i for i in said if tokens[i].norm in COMPLEMENTIZERS), None)
    if opening is None and "verdict" not in speech.value:
        opening = next((i for i in said if tokens[i].norm in QUOTES or tokens[i].norm == ":"), None)
    if opening is None:
        opening = next((i for i in said if tokens[i].norm in _OPENINGS), None)
    if opening is None or any(t.norm in SENTENCE_BREAKS for t in tokens[speech.last : opening]):
        return None
    clause = max(i for i in range(opening, word.first) if i == opening or tokens[i].norm in _OPENINGS)
    if word.first - clause > _STATEMENT_REACH or any(
        t.norm in SENTENCE_BREAKS for t in tokens[opening + 1 : word.first]
    ):
        return None
    if unasserted(tokens, cues, opening, word.first):
        return None
    if any(
        opening < t.first < word.first and t.value.type in ("ACCUSE", "REJECT") and t.value.pos == "verb"
        for t in triggers
    ):
        return None
    speaker = said_by(sentence, subjects, speech)
    if speaker is None or speaker.country is None:
        return None  # (whose side a speaker of no known state is on, and so whom it accuses, is unknown)
    return speaker, clause


def unasserted(tokens: Sequence[Token], cues: Sequence[Match[Cues]], opening: int, first: int) -> bool:
    """A cue between what opens a clause and the word at ``first`` that makes the clause no assertion
    (see _UNASSERTED): "إن إيران لا تشكل تهديدا"، "أن الولايات المتحدة "ستندم" إذا انتهكت"."""
    return any(
        opening < c.first < first
        and (_UNASSERTED & c.value.keys())
        and ("negation" not in c.value or (negates(c) and not _excepted(tokens, c.last, first)))
        for c in cues
    )


_EXCEPT = frozenset({"سوي", "الا"})  # "لم تأت بجديد سوى أكاذيب": a negation then "but" asserts what follows


def _excepted(tokens: Sequence[Token], negation_end: int, word: int) -> bool:
    return any(t.norm in _EXCEPT for t in tokens[negation_end:word])


_OBLIGATION = "علي"  # "إن على إيران أن ...": "Iran must ..."
_THAT = frozenset({"ان", "الا"})
_OBLIGED_REACH = 6  # words from على past the one who must to its أن
_FIRST_PERSON = frozenset({"علينا", "لنا"})  # "يجب علينا", "لا بد لنا": what the speaker's side must do


def _demand(
    tokens: Sequence[Token], actors: Sequence[ActorMention], speaker: Actor, modal: Match[TriggerTerm]
) -> Roles | None:
    """A speaker's demand of the one it names with على or ل right after the modal (or right after
    على itself); none when it names no one of a known state ("يجب تطهير إدلب": who must is unknown)
    or the speaker's own side must act ("يجب علينا"، "يجب أن نكون"، its own state), nor when what it must
    do is know (cues.tsv ``knowing``)."""
    after = tokens[modal.last : modal.last + 2]
    if any(t.norm in _FIRST_PERSON for t in after) or (
        len(after) == 2 and after[0].norm == "ان" and after[1].norm.startswith("ن")
    ):
        return None
    that = next(
        (
            i
            for i in range(modal.last, modal.last + 2 + _OBLIGED_REACH)
            if i < len(tokens) and tokens[i].norm in _THAT
        ),
        None,
    )
    if that is not None and that + 1 < len(tokens) and _is(tokens[that + 1], "knowing"):
        return None  # "على سوريا أن تفهم أن إسرائيل لن تسمح": what it must know is a warning
    addressee = _obliged_subject(tokens, actors, modal.first) or next(
        (
            m.actor
            for m in actors
            if (m.first == modal.last and tokens[modal.first].norm == _OBLIGATION)
            or (m.first == modal.last + 1 and tokens[modal.last].norm == _OBLIGATION)
            or (m.first in (modal.last, modal.last + 1) and preposition(tokens, m) == "ل")
        ),
        None,
    )
    if (
        addressee is None
        or not addressee.text
        or addressee.country is None
        or (addressee.country == speaker.country and not _opponents(speaker, addressee))
    ):
        # (what one's own state must do is no demand of another: "يجب على المملكة المتحدة التحرك"، "أن
        # على القوات المسلحة أن تكون يقظة")
        return None
    return Roles(speaker, addressee)


def _obliged_subject(tokens: Sequence[Token], actors: Sequence[ActorMention], modal: int) -> Actor | None:
    """The subject of a clause a speaker says, named right after its إن/أن and right before the modal at
    ``modal`` ("قال إن كوريا الشمالية يجب أن تتخلى"): the one who must."""
    return next(
        (
            m.actor
            for m in actors
            if m.last == modal
            and m.first > 0
            and tokens[m.first - 1].norm in COMPLEMENTIZERS
            and not m.prefix.removesuffix("ال")
            and m.actor.text
        ),
        None,
    )


def speech_word(cues: Sequence[Match[Cues]], first: int) -> Match[Cues] | None:
    """The last word of speech before a token (see is_speech)."""
    return max((c for c in cues if c.last <= first and is_speech(c)), key=lambda c: c.first, default=None)


def is_speech(cue: Match[Cues]) -> bool:
    """A word of speech: an attribution verb (قال، أكد), a verb of calling or deeming (اعتبر، واصفا), or
    another (رأى، مشيرا) - not one after a preposition or the article ("بالقول")."""
    return (
        "verdict" in cue.value or "saying" in cue.value or cue.value.get("attribution") == "verb"
    ) and not cue.prefix.strip("وف")


_SPEAKER_REACH = 2  # words from a verb of speech to its subject ("وقال متحدث باسم الوزارة")
_SPEAKER_AUXILIARIES = frozenset({"قد", "لقد", "كان", "كانت"})  # "وكان بومبيو قد قال"
# What opens what is said, before which a speaker named after its verb stands ("وقال إن إيران").
_SAID_OPENINGS = _OPENINGS | QUOTES | {":"}


def speech_subject(
    tokens: Sequence[Token], actors: Sequence[ActorMention], event_words: Collection[int], speech: Match[Cues]
) -> Actor | None:
    """A word of speech's named subject, the one finder of who says what (an adverbial - مشيرا، واصفا -
    has none: it is said by the clause's subject before it, see said_by): the actor right before it,
    past قد or كان ("بومبيو قد قال"; one governed there is often a relative clause's speaker: "تقرير
    لمجموعة خبراء في الأمم المتحدة قال إن"); else the one a spokesman word right after it names (see
    _spoken_for); else one in the few words after it, with no preposition but ب (a name's first
    letter: "وقال بومبيو"), before what it opens and with no preposition or event word between
    ("وقال متحدث باسم وزارة الداخلية إن"، "وقالت مصادر أمنية يمنية" - but not "أعلن عن وجود الحزب"،
    "أعلنت تأييدها لقرار الرئيس الأمريكي": the actor is an object's genitive)."""
    if "adverbial" in (speech.value.get("verdict"), speech.value.get("saying")):
        return None  # (the actor next to one is its object: "وعلق قاسمي على تصريحات بومبيو واصفا إياها")
    before = speech.first
    while before > 0 and tokens[before - 1].norm in _SPEAKER_AUXILIARIES:
        before -= 1
    named = [m for m in actors if m.actor.text]
    return (
        next((m.actor for m in named if m.last == before), None)
        or _named_aside(tokens, named, before)
        or _spoken_for(tokens, named, speech.last)
        or next(
            (
                m.actor
                for m in named
                if speech.last <= m.first <= speech.last + _SPEAKER_REACH
                and not any(_past_subject(t) for t in tokens[speech.last : m.first])
                and not any(i in event_words for i in range(speech.last, m.first))
                and preposition(tokens, m) in (None, "ب")
            ),
            None,
        )
    )


_ASIDE_PLACE = (
    1  # words from the subject to the aside's comma: "رئيس الجالية المصرية بغزة، عادل عبدالرحمن، قال"
)


def _named_aside(tokens: Sequence[Token], named: Sequence[ActorMention], before: int) -> Actor | None:
    """The subject before a person's name between commas that ends right before the verb of speech
    ("رئيس الجالية المصرية بغزة، عادل عبدالرحمن، قال إن"): the title names the speaker's state; the
    name alone, with none of its own, does not."""
    if before < 2 or tokens[before - 1].norm not in COMMAS:
        return None
    name = next((m for m in named if m.last == before - 1 and m.head.kind == "person"), None)
    if name is None or name.actor.country or name.first < 1 or tokens[name.first - 1].norm not in COMMAS:
        return None
    opening = name.first - 1
    return next(
        (
            m.actor
            for m in reversed(named)
            if opening - _ASIDE_PLACE <= m.last <= opening
            and m.actor.country
            and preposition(tokens, m) is None
        ),
        None,
    )


def _past_subject(token: Token) -> bool:
    """A word between a verb of speech and an actor that makes the actor no subject: what the verb
    opens ("وقال إن إيران") or a preposition ("أعلن عن وجود الحزب"، "وأشار إلى استخدام الحوثيين")."""
    return (
        token.norm in _SAID_OPENINGS or token.norm in TARGET_PREPOSITIONS or token.norm in OTHER_PREPOSITIONS
    )


def _spoken_for(tokens: Sequence[Token], actors: Sequence[ActorMention], first: int) -> Actor | None:
    """The speaker a spokesman word at ``first`` names (cues.tsv ``spokesman``): the body after it, past
    its office adjectives and باسم, or ل after an adjective ("المتحدث الرسمي باسم الخارجية المصرية"،
    "الناطق الرسمي لقوات الأمن الفلسطيني") - or the person named right after that body, who speaks with
    its state and sector ("... اللواء عدنان ضميري": no state of his own)."""
    if first >= len(tokens) or not _is(tokens[first], "spokesman"):
        return None
    at = first + 1
    while at < len(tokens) and _is(tokens[at], "office_adjective"):
        at += 1
    on_behalf = at < len(tokens) and tokens[at].norm == "باسم"
    qualified = at > first + 1
    body = next((m for m in actors if m.first == at + on_behalf), None)
    if body is None or not (
        (on_behalf and not body.prefix.removesuffix("ال"))
        # (ل right after the word is whom it tells: "وقال المتحدث للصحافيين"، "لوكالة فرانس برس")
        or (qualified and body.prefix.removesuffix("ال") == "ل" and body.actor.sector != "MED")
    ):
        return None
    after = body.last + (body.last < len(tokens) and tokens[body.last].norm in COMMAS)
    person = next(
        (
            m
            for m in actors
            if m.first == after
            and not m.prefix.removesuffix("ال")  # (not whom it tells: "بيسكوف للصحفيين")
            and (m.head.kind == "person" or m.head.subkind == "title")
        ),
        None,
    )
    if person is None or person.actor.country not in (None, body.actor.country):
        return body.actor
    return replace(person.actor, country=body.actor.country, sector=body.actor.sector or person.actor.sector)


def _is(token: Token, cue: str) -> bool:
    return any(s.form in cue_words(cue) for s in token.stems)


def said_by(
    sentence: SentenceAnalysis, subjects: Sequence[tuple[Match, Actor]], speech: Match[Cues]
) -> Actor | None:
    """Who says what a word of speech opens: its own subject (see speech_subject, among the sentence's
    subjects); else the sentence's last subject before it, of a verb or an earlier word of speech
    ("نددت روسيا ...، معتبرة أن"، "وكان بومبيو قد قال إن ...، مشيرا إلى أن"); else, for a sentence
    opening with it ("وأضاف أن"), the one the sentence before left."""
    return said_by_at(sentence, subjects, speech.first, speech.prefix)


def said_by_at(
    sentence: SentenceAnalysis, subjects: Sequence[tuple[Match, Actor]], first: int, prefix: str
) -> Actor | None:
    """The subject of a word at ``first`` with no subject of its own (see said_by)."""
    earlier = [(verb.first, actor) for verb, actor in subjects if verb.first <= first and actor.text]
    if earlier:
        return max(earlier, key=lambda pair: pair[0])[1]
    carried = sentence.carried
    return (
        carried.actor
        if carried is not None and continues_sentence_before(sentence.tokens, first, prefix)
        else None
    )


def _suffers(tokens: Sequence[Token], genitive: ActorMention) -> bool:
    """The actor named right after an attack, an arrest or a sanction suffers it, unless it is a
    nationality adjective or ل names the one that does ("جرائم الحرب الإسرائيلية"، "استهداف إسرائيل
    للمركز الثقافي": the agent)."""
    after = tokens[genitive.last] if genitive.last < len(tokens) else None
    agent = after is not None and after.carries("ل")
    return genitive.head.subkind != "adjective" and not agent


def same_statement(event: Event, word: Match[TriggerTerm], speaker: Actor, party: Actor) -> bool:
    """An event of the sentence that codes what a statement would: the speaker's accusation of the
    party's state, or any demand of the speaker's."""
    return (
        event.type == word.value.type
        and event.source is not None
        and event.source.text == speaker.text
        and (
            word.value.type == "REQUEST"
            or (event.target is not None and event.target.country == party.country)
        )
    )


def given_by_particle(tokens: Sequence[Token], word: Match[Cues]) -> bool:
    """A definite word given as what something is called or likened to: "بالإرهابي", "بـ"الجريمة"",
    "كالمافيا", "شيء يشبه المافيا"."""
    if word.prefix[:-2].endswith(("ب", "ك")):
        return True
    before = word.first - 1
    while before >= 0 and tokens[before].norm in QUOTES:
        before -= 1
    return before >= 0 and (tokens[before].norm in ("ب", "ك") or tokens[before].norm in _LIKENING)
