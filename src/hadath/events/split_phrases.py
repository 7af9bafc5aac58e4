"""Verb-phrase triggers split by their subject.

Arabic news puts the subject between a verb and the rest of its phrase: "استدعت تركيا وجنوب
أفريقيا سفيريهما", "قضت محكمة النقض المصرية، السبت، بإعدام 6 متهمين", "بحث الرئيس مع نظيره".
The trigger lexicon lists such phrases whole ("استدعى السفير", "قضت بإعدام", "بحث مع"); this finds
them when the subject - one actor, or several joined by و, and a time set off by commas - stands
between the verb and the rest. The trigger is the verb alone, so the subject stays an actor.
A verb of two objects (cues.tsv double_object: حمّل) may have both its subject and its first object
of any length before the rest: "وحملت الرئاسة الفلسطينية حركة حماس، التي تسيطر على قطاع غزة منذ 2007،
المسؤولية".
A verb of carrying out (cues.tsv carry_out: قام، يقوم) with a verbal noun after ب is read as that noun's
verb, so the subject of قام - after it, or an actor right before it - is the agent and the noun's
genitive its object: "وقامت قوات الاحتلال باعتقال ثلاثة شبان" (the genitive of اعتقال is its patient);
the negation and future of قام are the event's ("لم يقم التحالف باستهداف"، "ستقوم بطرد دبلوماسيين").
A blocker that pairs a verb with its object (triggers.tsv mode object: "احتل المركز" "came first", no
seizure) is one whatever subject stands between them ("احتل الهلال المركز الثاني").
A noun that a relative clause's verb takes as its object is read as the lexicon's AGREE phrase of that
verb and noun: "الدعوة التي وجهها ترامب لبوتين" is "وجه دعوة", an invitation, no call (REQUEST).
Other types are left alone: such clauses mostly recall background ("الاتفاق الذي وقع بين إيران
والقوى الكبرى"، "العقوبات التي رفعت عن إيران"، "بالدعم الذي قدمه الغرب للعراق" in 1980-88).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from hadath.events.attachment import ending_pronoun, phrase_verbs, present_spellings, quantity
from hadath.lexicon import Match, PhraseMatcher, load_table, phrase_key
from hadath.lexicon.matchers import BLOCKER, TriggerTerm, cue_values, cue_words, trigger_matcher
from hadath.resolve.actors import ActorMention
from hadath.resolve.dates import TimeExpression
from hadath.text.tokens import COMMAS, QUOTES, RELATIVE_PRONOUNS, Token, word_token

_MAX_SUBJECT = 8  # tokens between the verb and the rest of its phrase
_MAX_REST = 4  # words of the phrase after the subject
_NOT_A_SUBJECT = ("و", "ف", "ب", "ل", "ك")  # proclitics of a conjunct or a prepositional phrase
_TIME_PREPOSITIONS = frozenset({"في", "يوم", "منذ", "خلال"})
_OBJECT_PREPOSITIONS = frozenset({"علي", "الي"})  # على، إلى before the object the phrase befalls
_ADVERBS = frozenset({"ايضا", "كذلك"})  # "وقد تعهدت إيران أيضا بالرد": "also" after the subject
_OBJECT = "object"  # triggers.tsv mode of a blocker: a verb and its object, any subject between them
_AGREE = "AGREE"  # the one type a relative clause's verb gives its noun (see the module doc)
_MAX_GAP = 4  # words of such a subject ("تحتل الولايات المتحدة الأميركية المرتبة الثانية")
_MAX_SECOND = 16  # tokens between a verb of two objects and the second (cues.tsv double_object)
_CARRY_OUT = "carry_out"  # cues.tsv word lists of verbs (see _verb_forms)
_DOUBLE_OBJECT = "double_object"
_INSIDE_OBJECTS = COMMAS | QUOTES | frozenset("()")  # the marks a subject and an object may carry
_PAST_ENDINGS = ("تا", "ت", "و")  # the dual, and the feminine and plural before a pronoun (حملتها، حملوه)
_CLAUSE_PROCLITICS = frozenset({"", "و", "ف"})  # not حملته "his campaign" after ب or ل
_SUBJECT_ENDINGS = ("و", "تا", "ون", "ان")  # a past's and a present's dual or plural subject (حملوا: حملو)


def split_verb_phrases(
    tokens: Sequence[Token],
    triggers: Sequence[Match[TriggerTerm]],
    mentions: Sequence[ActorMention],
    times: Sequence[TimeExpression],
) -> list[Match[TriggerTerm]]:
    """``triggers``, with each verb whose lexicon phrase continues after its subject read as that
    phrase (in place of a reading of the verb alone, and of any trigger in the phrase's rest: "القبض
    على" in "ألقت الشرطة القبض على" is the phrase's, not an event of its own)."""
    matcher, verbs, double = trigger_matcher(), phrase_verbs(), _double_object_forms()
    whole = {i for t in triggers if t.last - t.first > 1 for i in range(t.first, t.last)}
    mention_at = {m.first: m for m in mentions}
    ends = {m.last for m in mentions}
    time_at = {t.first: t for t in times}
    found: list[Match[TriggerTerm]] = []
    absorbed: set[int] = set()  # tokens of the phrases' rests: no triggers of their own
    for i, token in enumerate(tokens):
        if i in whole:
            continue
        relative = _relative_object(tokens, i, matcher)
        if relative is not None:
            found.append(relative)
            continue
        collocation = _collocation(tokens, i, matcher)
        if collocation is not None:
            found.append(Match(i, i + 1, collocation.value, collocation.prefix))
            absorbed.update(range(collocation.first, collocation.last))
            continue
        carrying = next((s.prefix for s in token.stems if s.form in _verb_forms(_CARRY_OUT)), None)
        subject_before = carrying is not None and i in ends and not carrying.startswith(_NOT_A_SUBJECT)
        noun = _carried_out(tokens, i + 1, matcher) if subject_before else None
        if noun is not None:
            # "الشرطة قامت باعتقال ستة": the actor right before قام does what the noun names too - not
            # after و, where it is an earlier verb's object ("وأسكت وسائل الإعلام وقام باعتقال أشخاص");
            # with no subject there the verb's reading would take the patient after the noun for its
            # subject ("وتقوم بتوقيف بعض الفلسطينيين")
            found.append(_noun_as_verb(i, noun, carrying))
            absorbed.update(range(i + 1, i + 1 + noun.last))
            continue
        phrase_verb = i + 1 in mention_at and (
            carrying is not None or any(s.form in verbs for s in token.stems)
        )
        rests = _rests(tokens, i + 1, mention_at, time_at) if phrase_verb else []
        for rest in rests:
            match = next(iter(matcher.find([token, *tokens[rest : rest + _MAX_REST]])), None)
            if match is not None and match.first == 0 and match.last > 1 and match.value.pos == "verb":
                found.append(Match(i, i + 1, match.value, match.prefix))
                absorbed.update(range(rest, rest + match.last - 1))
                break
            noun = _carried_out(tokens, rest, matcher) if carrying is not None else None
            if noun is not None:
                # "وقامت قوات الاحتلال باعتقال ثلاثة شبان": the subject of قام does what the noun
                # names, so the noun is read as its verb - its genitive is the object, not the agent
                found.append(_noun_as_verb(i, noun, carrying))
                absorbed.update(range(rest, rest + noun.last))
                break
        else:
            if any(s.form in double for s in token.stems) and (
                second := _second_object(tokens, i, matcher, mention_at)
            ):
                found.append(second)
    if not found:
        return list(triggers)
    verbs = {m.first for m in found}
    kept = [t for t in triggers if t.first not in verbs and t.first not in absorbed]
    return sorted(kept + found, key=lambda m: m.first)


def _relative_object(
    tokens: Sequence[Token], i: int, matcher: PhraseMatcher[TriggerTerm]
) -> Match[TriggerTerm] | None:
    """The lexicon's AGREE verb phrase of the relative clause's verb and the noun ``i`` it takes as its
    object ("الدعوة التي وجهها" is "وجه دعوة"), as a match of the noun; none when the noun alone is
    AGREE already."""
    if i + 2 >= len(tokens) or tokens[i + 1].norm not in RELATIVE_PRONOUNS:
        return None
    match = next(iter(matcher.find([tokens[i + 2], tokens[i]])), None)
    if match is None or match.first != 0 or match.last != 2 or match.value.type != _AGREE:
        return None
    alone = next(iter(matcher.find([tokens[i]])), None)
    if alone is not None and alone.value.type == _AGREE:
        return None
    noun = phrase_key(match.value.phrase)[-1]
    prefix = next((s.prefix for s in tokens[i].stems if s.form == noun), "")  # the noun's own proclitics
    return Match(i, i + 1, match.value, prefix)


@cache
def _collocation_verbs() -> frozenset[str]:
    return frozenset(
        phrase_key(row["phrase"])[0]
        for row in load_table("triggers")
        if row["type"] == BLOCKER and row["mode"] == _OBJECT
    )


def _collocation(
    tokens: Sequence[Token], i: int, matcher: PhraseMatcher[TriggerTerm]
) -> Match[TriggerTerm] | None:
    """The object-collocation blocker whose verb is token ``i`` and whose object follows a subject of
    up to _MAX_GAP words (no punctuation between), as a match of the object's tokens."""
    token = tokens[i]
    if not any(s.form in _collocation_verbs() for s in token.stems):
        return None
    for rest in range(i + 2, min(len(tokens), i + 2 + _MAX_GAP)):
        if not tokens[rest - 1].is_word:
            return None
        match = next(iter(matcher.find([token, *tokens[rest : rest + _MAX_REST]])), None)
        if (
            match is not None
            and match.first == 0
            and match.last > 1
            and match.value.type == BLOCKER
            and match.value.mode == _OBJECT
        ):
            return Match(rest, rest + match.last - 1, match.value, match.prefix)
    return None


def _second_object(
    tokens: Sequence[Token],
    i: int,
    matcher: PhraseMatcher[TriggerTerm],
    mention_at: dict[int, ActorMention],
) -> Match[TriggerTerm] | None:
    """The phrase of verb ``i`` of two objects (cues.tsv double_object) whose rest, its second object,
    stands after the verb's subject and its first object within _MAX_SECOND tokens of words, commas and
    quotes: "حمل الجيش فيلق القدس الإيراني مسؤولية الهجمات"، "حملت الرئاسة حركة حماس، التي تسيطر على
    قطاع غزة منذ 2007، المسؤولية"، "إسرائيل تحمل حماس مسؤولية". The subject is an actor before the verb,
    an unnamed speaker right after it (see object_after_unnamed_subject: "وحمل المصدر النظام السوري
    مسؤولية") or the first party after it (a party: an actor and those joined to it by و); with one
    party and no subject ("وحملت الرابطة جماعة الحوثي المسؤولية"، "وحملت حماس والمنظمات الفلسطينية
    المسؤولية") the object would be read as the accuser. An adverbial's subject is the main clause's:
    one party, its object, will do ("محملة السعودية المسؤولية عن أمنه")."""
    readings = _verb_readings(tokens, i, mention_at)
    if not readings:
        return None
    before = (
        _subject_before(tokens, i, mention_at)
        or object_after_unnamed_subject(tokens, i + 1, mention_at) is not None
    )
    relative = i > 0 and any(s.form in RELATIVE_PRONOUNS for s in tokens[i - 1].stems)
    parties = int(before) + _carried_parties(tokens[i], readings, relative)
    for rest in range(i + 1, min(len(tokens), i + 1 + _MAX_SECOND)):
        if not tokens[rest].is_word and tokens[rest].norm not in _INSIDE_OBJECTS:
            return None
        if rest in mention_at and not (parties > before and _joined(tokens, rest, mention_at)):
            parties += 1
        elif parties:
            for verb, prefix in readings:
                match = next(iter(matcher.find([verb, *tokens[rest : rest + _MAX_REST]])), None)
                if match is None or match.first != 0 or match.last < 2:
                    continue
                if match.value.pos == "adverbial" or (match.value.pos == "verb" and parties > 1):
                    return Match(i, i + 1, match.value, match.prefix if prefix is None else prefix)
    return None


_UNNAMED_SUBJECT = 2  # words of a subject that names no actor: a noun and its adjective ("المتحدث الرسمي")


def object_after_unnamed_subject(
    tokens: Sequence[Token], first: int, mention_at: Mapping[int, ActorMention]
) -> int | None:
    """Where the object of a verb begins after a subject that names no actor, if one begins at ``first``
    (right after the verb) and a bare actor follows it: a noun of an unnamed speaker or of what one says
    with the article (cues.tsv speaker_noun, spokesman), and maybe its adjective ("وحمل المصدر النظام
    السوري مسؤولية"، "وحملت الشكوى السلطات الحوثية مسؤولية"، "وحمل المتحدث الرسمي "حكومة الاحتلال
    المسؤولية""). Who the subject is, the sentence before tells."""
    if (
        first >= len(tokens)
        or first in mention_at  # (a spokesman with the body he speaks for is an actor: a party)
        or not any(s.prefix == "ال" and s.form in _speaker_nouns() for s in tokens[first].stems)
    ):
        return None
    for end in range(first + 1, min(len(tokens), first + _UNNAMED_SUBJECT + 1)):
        if end > first + 1 and not any(s.prefix == "ال" for s in tokens[end - 1].stems):
            return None
        after = end + (end < len(tokens) and tokens[end].norm in QUOTES)
        mention = mention_at.get(after)
        if mention is not None and not mention.prefix.removesuffix("ال"):
            return after
    return None


@cache
def _speaker_nouns() -> frozenset[str]:
    return cue_words("speaker_noun") | cue_words("spokesman")


def _carried_parties(token: Token, readings: Sequence[tuple[Token, str | None]], relative: bool) -> int:
    """The parties verb ``token`` carries as endings: its object as a pronoun in a ``relative`` clause,
    where it is the antecedent ("غولن الذي تحمله أنقرة مسؤولية"، "هيلاري كلينتون التي حملها الجمهوريون";
    elsewhere it names someone the roles do not find: "وحملوها مسؤولية"), its subject in the dual or plural
    ("حملتا روسيا ... مسؤولية": a named subject would follow a singular verb, so the actor after is the
    object)."""
    words = {token.norm[len(s.prefix) :] for s in token.stems if s.prefix in _CLAUSE_PROCLITICS}
    forms = {s.form for s in token.stems if s.prefix in _CLAUSE_PROCLITICS}  # حملوها: حملو
    verbs = {s.form for v, _ in readings for s in v.stems if s.form in cue_words(_DOUBLE_OBJECT)}
    pronoun = relative and any(ending_pronoun(w, v, True) for w in words for v in verbs)
    stems = {f[: -len(e)] for f in forms for e in _SUBJECT_ENDINGS if f.endswith(e)}
    subject = any(stem in present_spellings(v) for stem in stems for v in verbs)
    return int(pronoun) + int(subject)


def _joined(tokens: Sequence[Token], i: int, mention_at: dict[int, ActorMention]) -> bool:
    """Whether the actor at ``i`` is joined by و to the party before it: itself, or the word it qualifies
    if that is no actor's ("حماس والمنظمات الفلسطينية", not "هولندا وأستراليا موسكو")."""
    word_before = not any(m.first < i <= m.last for m in mention_at.values()) and any(
        s.prefix.startswith("و") for s in tokens[i - 1].stems
    )
    return mention_at[i].prefix.startswith("و") or word_before


def _subject_before(tokens: Sequence[Token], i: int, mention_at: dict[int, ActorMention]) -> bool:
    """Whether token ``i`` comes right after an actor or a relative pronoun, its subject."""
    return any(m.last == i for m in mention_at.values()) or (
        i > 0 and any(s.form in RELATIVE_PRONOUNS for s in tokens[i - 1].stems)
    )


@cache
def _verb_forms(cue: str) -> frozenset[str]:
    """The verbs of a cues.tsv word list and their presents with ت (يقوم: تقوم; يحمل: تحمل): of
    carrying out what a verbal noun with ب names (carry_out: قام، يقوم), of two objects (double_object)."""
    return frozenset(form for verb in cue_words(cue) for form in present_spellings(verb))


@cache
def _double_object_forms() -> frozenset[str]:
    """The stems a verb of two objects may have: its forms (_verb_forms) and its pasts with the ending
    kept (_PAST_ENDINGS)."""
    verbs = cue_words(_DOUBLE_OBJECT)
    return _verb_forms(_DOUBLE_OBJECT) | {v + e for v in verbs for e in _PAST_ENDINGS}


def carried_out_end(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> int:
    """The token after the verbal noun that a reading of قام carries out ("يقوم الحوثيون باحتجاز 19
    سفينة": after احتجاز), or after the trigger itself: what the event did begins there."""
    if not any(s.form in _verb_forms(_CARRY_OUT) for s in tokens[trigger.first].stems):
        return trigger.last
    noun = phrase_key(trigger.value.phrase)
    return next(
        (
            i + len(noun)
            for i in range(trigger.last, min(len(tokens), trigger.last + _MAX_SUBJECT + 1))
            if any(s.prefix == "ب" and s.form == noun[0] for s in tokens[i].stems)
        ),
        trigger.last,
    )


def _carried_out(
    tokens: Sequence[Token], i: int, matcher: PhraseMatcher[TriggerTerm]
) -> Match[TriggerTerm] | None:
    """The event noun that token ``i`` begins with ب ("باعتقال"، "بهدم منزل"), as a match of its tokens
    (a verb's row with ب is its verbal noun: هدم). Not a visit: the lexicon lists the phrases of قام
    it reads as a visit ("قام بزيارة"; "قام الزعيمان بجولة في المبنى" is none)."""
    match = next(iter(matcher.find(tokens[i : i + _MAX_REST])), None)
    if match is None or match.first != 0:
        match = _verbal_noun(tokens[i], matcher)
    if match is None or match.prefix != "ب":
        return None
    return match if match.value.pos != "adverbial" and match.value.mode != "visit" else None


def _verbal_noun(token: Token, matcher: PhraseMatcher[TriggerTerm]) -> Match[TriggerTerm] | None:
    """Token ``token``, a verbal noun the lexicon reads only after قام ("قام مسلحون بمهاجمة سيارة": alone,
    مهاجمة is as often a verbal attack), as a match of its verb's lexicon row."""
    for stem in token.stems:
        verb = cue_values("carried_noun").get(stem.form)  # مهاجمة -> هاجم
        match = next(iter(matcher.find([word_token(verb)])), None) if verb else None
        if match is not None:
            return Match(0, 1, match.value, stem.prefix)
    return None


def _noun_as_verb(i: int, noun: Match[TriggerTerm], prefix: str) -> Match[TriggerTerm]:
    """The verb of carrying out at ``i`` read as the verb of the event noun it carries out."""
    return Match(i, i + 1, replace(noun.value, pos="verb"), prefix)


def _verb_readings(
    tokens: Sequence[Token], i: int, mention_at: dict[int, ActorMention]
) -> list[tuple[Token, str | None]]:
    """Token ``i`` if a verb of two objects, or - where a clause may begin: after و or ف, or after its
    subject - its present with ت read as the present with ي, with that stem's proclitics: the lexicon
    leaves out "تحمل المسؤولية", which is mostly the verbal noun "to bear" ("على تحمل المسؤولية"، "ضرورة
    تحمل مرتكبي الهجوم ... مسؤولية")."""
    verbs = cue_words(_DOUBLE_OBJECT)
    if any(s.form in verbs for s in tokens[i].stems):
        return [(tokens[i], None)]
    # a past with its ending kept before an object pronoun or in the dual ("وحملتها"، "حملوه"، "حملتا"):
    # the stems keep the ending of short verbs
    past = [
        (word_token(s.form[: -len(e)]), s.prefix)
        for s in tokens[i].stems
        for e in _PAST_ENDINGS
        if s.form.endswith(e) and s.form[: -len(e)] in verbs and s.prefix in _CLAUSE_PROCLITICS
    ]
    present = [(s, "ي" + s.form[1:]) for s in tokens[i].stems if s.form.startswith("ت")]
    return past + [
        (word_token(form), s.prefix)
        for s, form in present
        if form in verbs and (s.prefix.startswith(("و", "ف")) or _subject_before(tokens, i, mention_at))
    ]


def _rests(
    tokens: Sequence[Token],
    start: int,
    mention_at: dict[int, ActorMention],
    time_at: dict[int, TimeExpression],
) -> list[int]:
    """Where a phrase may go on after a subject that begins at ``start``: past one actor or several
    joined by و, an apposition set off by a comma, times (with في، يوم ...), "also", a count and
    commas - and past one more bare actor, the object ("حملت الجامعة العربية إسرائيل المسؤولية"), if
    no person (a person after the subject is rather its apposition: "لقي القيادي الحوثي العقيد
    عبدالله الكول مصرعه"), or an actor after على or إلى; none when no actor stands there."""
    i, actors, rests = start, 0, []
    objects = 0  # tokens of an object after على or إلى, which the subject's length does not count
    while i < len(tokens) and i - start - objects < _MAX_SUBJECT:
        mention = mention_at.get(i)
        bare = mention is not None and not mention.prefix.startswith(_NOT_A_SUBJECT)
        if mention is not None and not rests and (mention.prefix.startswith("و") if actors else bare):
            actors += 1
            i = mention.last
        elif bare and actors and not rests:
            # the object ("حملت الجامعة العربية إسرائيل المسؤولية"); a person may rather be the
            # subject's apposition ("لقي القيادي الحوثي العقيد عبدالله الكول مصرعه"), so the phrase
            # may go on before it, and else after it ("ودعا ترامب الخميس بوتين لزيارة واشنطن")
            rests.append(i)
            if _person(mention):
                rests.append(mention.last)
            i = mention.last
        elif mention is not None and actors and not rests and tokens[i - 1].norm in COMMAS:
            i = mention.last  # "وتعهد عبد الملك الحوثي، زعيم أنصار الله، بالانتقام": an apposition
        elif actors and not rests and tokens[i].norm in _ADVERBS:
            i += 1
        elif (
            actors
            and not rests
            and tokens[i].norm in _OBJECT_PREPOSITIONS
            and (after := _object_after(tokens, i + 1, mention_at))
        ):
            # "سيطر الحوثيون على الحديدة" goes on at على; "حكمت المحكمة على ستة أردنيين بالسجن",
            # "وجه مولر إلى غيتس ومانافورت ... 12 اتهاما" after whom it befalls
            rests.append(i)
            objects, i = objects + after - i, after
        elif actors and quantity(tokens[i]) and i + 1 not in mention_at:
            i += 1  # "وجه الإدعاء الماليزي 17 تهمة": a count of the phrase's noun
        elif i in time_at:
            i = time_at[i].last
        elif tokens[i].norm in _TIME_PREPOSITIONS and i + 1 in time_at:
            i = time_at[i + 1].last  # "رفعت الولايات المتحدة في أكتوبر عقوبات"
        elif tokens[i].norm in COMMAS:
            i += 1
        else:
            break
    if not actors:
        return []
    return rests + [i] if i - start - objects <= _MAX_SUBJECT else rests


def _object_after(tokens: Sequence[Token], i: int, mention_at: dict[int, ActorMention]) -> int | None:
    """The token after an actor at ``i``, or after a number and an actor ("ستة أردنيين")."""
    if i < len(tokens) and i not in mention_at and quantity(tokens[i]):
        i += 1
    return mention_at[i].last if i in mention_at else None


def _person(mention: ActorMention) -> bool:
    return mention.head.kind == "person" or mention.head.subkind == "title"
