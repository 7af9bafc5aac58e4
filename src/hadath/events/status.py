"""An event's status from the words around its trigger.

occurred      the default for a report in the past tense or a bare event noun
ongoing       a present-tense verb with no future or modal marker ("يتظاهر الآلاف"), and the
              purpose it gives ("يتظاهرون احتجاجا على ...")
planned       future particle (س، سوف), plans and schedules (يعتزم، من المقرر), wishes and aims
              (يرغب في، تسعى إلى), a future date
negated       لم/لن/لا right before the trigger, a denial verb (نفى) or عدم before it (not ما: in news
              it is "what" or "which" - "ما أدى لمقتل"، "هو ما ترفضه الحكومة" - far more often than "not")
hypothetical  questions, conditionals, modality (قد + present, ربما), appeals and threats
              whose object is the event ("دعا إلى التظاهر", "هدد بشن هجوم")
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from hadath.lexicon import Match
from hadath.lexicon.matchers import Cues, TriggerTerm, cue_words
from hadath.text.tokens import (
    CLAUSE_BREAKS,
    COMMAS,
    COMPLEMENTIZERS,
    OBJECT_PRONOUNS,
    QUOTES,
    RELATIVE_PRONOUNS,
    SENTENCE_BREAKS,
    THAT_PRONOUNS,
    Stem,
    Token,
)

# "تم/جرى + verbal noun" is the news's passive: "وتم القبض على المشتبه به", "جرى اتهام الشركة".
_PASSIVE_AUXILIARIES = frozenset({"تم", "يتم", "جري"})  # not يجري: also "conducts" (يجري محادثات)
_SCOPE = 6  # how many tokens before a trigger a clause-level cue reaches
# A negation particle takes only و/ف: with ك، ب it is another word (كلا "both", بلا "without").
_NEGATION_PROCLITICS = frozenset("وف")


def after_passive_auxiliary(tokens: Sequence[Token], first: int) -> bool:
    """Token ``first`` follows تم، يتم or جرى: a verbal noun there is the news's passive."""
    return first > 0 and any(s.form in _PASSIVE_AUXILIARIES for s in tokens[first - 1].stems)


def negates(match: Match[Cues]) -> bool:
    """A negation cue that is one: not a particle read inside كما/لما/بما."""
    kind = match.value.get("negation")
    return kind is not None and (kind != "word" or set(match.prefix) <= _NEGATION_PROCLITICS)


def clause_start(
    tokens: Sequence[Token],
    trigger: int,
    *,
    at_complementizer: bool = False,
    past_names: bool = False,
    quoted_verb: bool = False,
) -> int:
    """Index of the first token of the clause holding ``trigger`` (after the last break; with
    ``at_complementizer``, also after the last إن/أن). A time aside between commas ends no clause:
    "أعلنت وزارة الخزانة، الأربعاء، فرض عقوبات"; with ``past_names``, nor does an apposition before
    one ("نفت الحكومة اليمنية، المعترف بها دوليا، الجمعة، تقارير"), the quotation mark opening a
    short phrase quoted at the trigger ("عن وجود "مفاوضات سرية""), or a quoted name: "نفت
    وزارة الدفاع الأميركية "البنتاغون"، الخميس، استهداف ..." (a denial's reach, not a subject's:
    the quoted name is rarely the actor - "تغريدة على "تويتر""، "مراسل "العربية""). With
    ``quoted_verb`` (the trigger is a verb), a quotation opening right at it after the subject of a
    complement clause ends none either: "أن وزير الدفاع جيمس ماتيس "يدعم بقوة جهود المبعوث"" quotes
    the verb and what follows, and its subject is the minister (after a speaker the quotation is
    direct speech: "وقالت هيئة الإذاعة الإثيوبية "اتفق الزعيمان"; after more words than a subject
    takes, a verb and its object come before the quotation: "أن يحضر الرئيس ... عرضاً خاصاً
    لمسرحية "سلم نفسك"")."""
    breaks = CLAUSE_BREAKS | COMPLEMENTIZERS if at_complementizer else CLAUSE_BREAKS
    i = trigger - 1
    if quoted_verb and i > 0 and opens_quotation(tokens, i) and tokens[i - 1].is_word:
        subject = clause_start(tokens, i, at_complementizer=True)
        if (
            0 < subject < i <= subject + _QUOTED_SUBJECT_TOKENS
            and tokens[subject - 1].norm in COMPLEMENTIZERS
        ):
            return subject
    if past_names and i >= 0 and _quoted_phrase(tokens, i):
        i -= 1
    while i >= 0:
        if tokens[i].norm in COMMAS and (aside := _time_aside(tokens, i)) is not None:
            i = aside  # the decrement below steps past the opening comma
            if past_names and (before := apposition(tokens, i)) is not None:
                i = before  # "نفت الحكومة اليمنية، المعترف بها دوليا، الجمعة، تقارير"
        elif (
            past_names
            and tokens[i].norm in _OPENING_MARK
            and (opening := _quoted_name(tokens, i)) is not None
        ):
            i = opening
        elif tokens[i].norm in breaks:
            break
        i -= 1
    return i + 1


_QUOTED_SUBJECT_TOKENS = 8  # the most words a subject before a quoted verb is read through


def opens_quotation(tokens: Sequence[Token], mark: int) -> bool:
    """The mark at ``mark`` opens a quotation: « or “, or a straight quote after an even number of them."""
    norm = tokens[mark].norm
    if norm == '"':
        return sum(t.norm == '"' for t in tokens[:mark]) % 2 == 0
    return norm in ("«", "“")


# Quotation marks and brackets around a name ("البنتاغون"، تنظيم «داعش»، (CNN)) end no clause.
_OPENING_MARK = {'"': '"', "»": "«", ")": "("}  # each closing mark's opening one
_QUOTED_NAME_TOKENS = 3


def _quoted_name(tokens: Sequence[Token], closing: int) -> int | None:
    """The opening mark of at most three words quoted or bracketed with no break inside, which the
    mark at ``closing`` closes, if there is one."""
    opening_mark = _OPENING_MARK[tokens[closing].norm]
    for opening in range(closing - 2, max(-1, closing - 2 - _QUOTED_NAME_TOKENS), -1):
        if tokens[opening].norm == opening_mark:
            return opening
        if tokens[opening].norm in CLAUSE_BREAKS:
            return None
    return None


_CLOSING_MARK = {'"': '"', "«": "»", "“": "”"}  # each opening mark's closing one


def _quoted_phrase(tokens: Sequence[Token], opening: int) -> bool:
    """The mark at ``opening`` opens a quotation of at most three words, closed with no break inside:
    a phrase quoted as said (scare quotes), not a clause quoted."""
    if not opens_quotation(tokens, opening):
        return False
    closing_mark = _CLOSING_MARK[tokens[opening].norm]
    for closing in range(opening + 2, min(len(tokens), opening + 2 + _QUOTED_NAME_TOKENS)):
        if tokens[closing].norm == closing_mark:
            return True
        if tokens[closing].norm in CLAUSE_BREAKS:
            return False
    return False


def _opening_comma(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma before ``comma`` that opens a stretch of words between the two with no clause
    break in it, if there is one: what an aside is set off by."""
    opening = comma - 1
    while opening >= 0 and tokens[opening].norm not in COMMAS:
        if tokens[opening].norm in CLAUSE_BREAKS:
            return None
        opening -= 1
    return opening if 0 <= opening < comma - 1 else None


def _time_aside(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma opening a time aside that ``comma`` closes ("، مساء الأحد،", "، خلال ساعات الليل،"),
    if there is one."""
    opening = _opening_comma(tokens, comma)
    if opening is None:
        return None
    aside = tokens[opening + 1 : comma]
    if aside and aside[0].norm in _TIME_PREPOSITIONS:
        aside = aside[1:]
    words = time_words()
    timed = bool(aside) and all(
        t.norm.isdigit() or t.norm == "/" or any(s.form in words for s in t.stems) for t in aside
    )
    return opening if timed else None


_TIME_PREPOSITIONS = frozenset({"في", "خلال"})  # a time aside may open with one: "، في الليلة الماضية،"


_APPOSITION_WORDS = (2, 6)  # the shortest and longest apposition read as one


def apposition(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma opening an apposition that ``comma`` closes, if there is one: a short noun phrase
    opening with the article and holding no clause ("، الحليف المقرب لإسرائيل،"; not "، الذي ...،"
    nor one with أن; not a single word, which is as often an object: "زار مسؤولون ...، الكويت،")."""
    opening = _opening_comma(tokens, comma)
    if opening is None:
        return None
    words = tokens[opening + 1 : comma]
    shortest, longest = _APPOSITION_WORDS
    if not shortest <= len(words) <= longest:
        return None
    if not any(s.prefix == "ال" for s in words[0].stems):
        return None
    if any(t.norm in COMPLEMENTIZERS or t.norm in RELATIVE_PRONOUNS for t in words):
        return None
    return opening


# The cues.tsv kinds of the words times are made of: days, weekdays, weeks, months, parts of a day.
TIME_CUES = ("relative_day", "weekday", "direction", "period", "month", "day_part")


@cache
def time_words() -> frozenset[str]:
    """Words a time aside is made of."""
    return frozenset().union(*(cue_words(kind) for kind in TIME_CUES))


def event_status(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match[TriggerTerm],
    sentence_is_question: bool,
    future_date: bool,
    triggers: Sequence[Match[TriggerTerm]],
) -> str:
    """``triggers``: the sentence's event triggers (a purpose noun takes the tense of a verb among
    them)."""
    term = trigger.value
    clause = clause_start(tokens, trigger.first, past_names=True)
    start = max(clause, trigger.first - _SCOPE)
    before = [m for m in cues if start <= m.first < trigger.first]
    nearest = before[-1] if before else None
    adjacent = nearest is not None and nearest.last >= trigger.first - (1 if term.pos == "noun" else 0)

    if adjacent and negates(nearest) and nearest.value["negation"] in ("word", "noun"):
        if _excepted(tokens, nearest, trigger):
            return "occurred"  # لم + a present form is past: "ولم يطلق سراحه إلا في عام 1990"
        return "negated"
    if _denied(tokens, cues, trigger):
        return "negated"  # "نفت الوزارة أن تكون طائراتها قد قصفت": a denial reaches the whole clause
    if any(m.value.get("negation") == "report" and _none_reported(tokens, m, trigger) for m in before):
        return "negated"
    asked = sentence_is_question or any("question" in m.value for m in before)
    if (asked and not _presupposed(tokens, cues, before, trigger)) or any(
        _conditional(tokens, m) for m in before
    ):
        return "hypothetical"
    if _result_of_condition(tokens, cues, trigger):
        return "hypothetical"
    if not _met_with(cues, start, trigger) and (
        any(
            (_appeal_reaches(tokens, m, trigger) or "threat" in m.value) and _verb_taken(tokens, m, trigger)
            for m in before
        )
        or _called_for(tokens, cues, trigger, triggers)
        or _warned_of(tokens, cues, trigger, triggers)
    ):
        return "hypothetical"
    # a fate word reaches its object past a named subject ("عرض الرئيس الأميركي دونالد ترامب المبدئي
    # بإجراء محادثات"), so it looks through the whole clause
    # bar a duty: what it says the event must be about leaves an expected one planned ("يجب أن يكونا هدف
    # القمة المرتقبة")
    in_clause = [m for m in cues if clause <= m.first < trigger.first]
    fate = _fate(tokens, in_clause, trigger, triggers, [m for m in cues if m.first == trigger.first])
    ahead = _ahead(tokens, cues, trigger)
    if fate is not None and (fate != "hypothetical" or ahead is None):
        return fate  # "ألغت واشنطن لقاء بين ..." (negated), "تأجيل الاجتماع" (planned)
    if _not_that(tokens, trigger):
        return "negated"  # "لإقناع واشنطن بألا تنسحب": ألا is أن لا
    if ahead is not None:
        return ahead  # "القمة المرتقبة", "لقاء محتمل", "الاجتماع المقبل", "الزيارة تأجلت"
    if _ahead_of(tokens, trigger):
        return "planned"  # "مع اقتراب موعد نقل السفارة"، "وصل إلى بروكسل عشية قمة للحلف"
    if (fore := _subject_of_verb_ahead(tokens, cues, trigger, triggers)) is not None:
        return fore  # "اجتماعا مع كوريا الشمالية قد يعقد ..."، "الإضرابات التي ستشهدها الشركة"
    if "س" in trigger.prefix and term.pos == "verb":
        # (a past-tense row after س is the first person's أ-present: "إنني سأنسحب"، "سألتقي")
        return "planned"
    held = (_carrier(tokens, cues, trigger.first) or (trigger.first, ""))[0]  # "سيحاول التوصل لاتفاق"
    if term.pos == "noun" and held > 0 and _future_verb(tokens[held - 1]):
        return "planned"  # "سيجري محادثات", "ستعقد اجتماعا": the verb carrying the noun is future
    if any("future" in m.value and _plans(tokens, m, trigger, triggers) for m in before) or future_date:
        return "planned"
    if _purpose_lam(tokens, cues, trigger):
        return "planned"
    if _before_one(tokens, cues, trigger):
        return "planned"  # "وسط تصاعد التوتر قبيل تظاهرات جديدة"
    if term.present_tense and any("modal" in m.value for m in before if m.last >= trigger.first - 2):
        return "hypothetical"  # قد + present is "may"; قد + past is "has"
    # (a bare past-tense row there is its verbal noun: "ويمكن أن يصدر بحقه حكم بالسجن")
    verbal_noun = term.pos == "noun" or not (term.present_tense or trigger.prefix)
    if verbal_noun and _may_take(tokens, before, trigger):
        return "hypothetical"  # "يمكن للشرطة احتجاز الشخص"
    if term.present_tense or (
        _purpose_adverbial(tokens, trigger) and _present_verb_before(tokens, trigger, triggers)
    ):
        return "ongoing"
    return "occurred"


# ألا (أن لا) before a present-tense verb, bare or with ب، و، ف ("بألا تنسحب"، "على ألا يتم")
_NOT_THAT_PREFIXES = frozenset({"", "ب", "و", "ف"})


_BEFORE = frozenset({"قبل", "قبيل"})
# before قبل these make it the verb "accepted": its subject pronoun after أن/إن, قد
_THAT_SUBJECT = THAT_PRONOUNS | {"قد", "وقد"}


_POSSESSED = OBJECT_PRONOUNS | {"ي", "نا", "ك", "كم"}  # the pronouns a noun takes
_BEFORE_DATED_REACH = 4  # tokens after the event noun a time of its own may stand at


def _before_one(tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]) -> bool:
    """An indefinite event noun after قبيل or قبل, not in construct with a definite noun: one still
    ahead of what the story tells ("قبيل تظاهرات جديدة عند الحدود"، "قبيل احتجاجات يعتزم الفلسطينيون
    تنظيمها"، "قبيل مسيرة تضامن في برلين يوم الأربعاء"); a definite one, or one with its pronoun, is
    an event since held ("كان يتحدث قبل التظاهرة"، "اعتقل الأمريكيون صدام حسين ... قبل إعدامه")."""
    if trigger.value.pos != "noun" or trigger.prefix or not trigger.first:
        return False
    if tokens[trigger.first - 1].norm.removeprefix("و") not in _BEFORE:
        return False
    if trigger.first > 1 and (
        tokens[trigger.first - 2].norm == "من" or tokens[trigger.first - 2].norm in _THAT_SUBJECT
    ):
        return False  # "من قبل محتجين": by them; "وقال الرئيس الأميركي إنه قبل استقالة سفيرة": accepted
    head, after = tokens[trigger.last - 1], trigger.last
    if head.definite or any(head.norm[len(s.prefix) + len(s.form) :] in _POSSESSED for s in head.stems):
        return False  # "قبل إعدامه أواخر عام 2006"، "قبل احتجازي وخلاله": his, mine, told of the past
    end = after + _BEFORE_DATED_REACH
    if any(t.norm.isdigit() for t in tokens[after:end]) or any(
        after <= m.first < end and ("month" in m.value or m.value.get("direction") == "past") for m in cues
    ):
        return False  # "قبل حرب تموز"، "قبل اتفاقية أوسلو للسلام في 1992"، "قبل مفاوضات ... السابقة"
    return not (after < len(tokens) and tokens[after].definite)


def _not_that(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """The trigger is the present-tense verb of ألا, "that ... not" (spelled like إلا, which takes a
    noun or a past verb: "لم يبق إلا الانسحاب"), not a future one ("وإلا سنرد": otherwise)."""
    if not trigger.value.present_tense or "س" in trigger.prefix or not trigger.first:
        return False
    return any(s.form == "الا" and s.prefix in _NOT_THAT_PREFIXES for s in tokens[trigger.first - 1].stems)


_EXCEPT_REACH = 4  # tokens after a negated trigger its إلا may stand at


def _excepted(tokens: Sequence[Token], negation: Match[Cues], trigger: Match[TriggerTerm]) -> bool:
    """لم ... إلا is "only" and past: "ولم يطلق سراحه إلا في عام 1990" (he was released, in 1990), "لم
    يقتل إلا شخص واحد" - the event took place (not لن ... إلا: "لن يتم إلا عبر الأراضي الإسرائيلية" is
    still to come)."""
    return any(s.form == "لم" for s in tokens[negation.first].stems) and _only_after(tokens, trigger.last)


def _not_to_come(tokens: Sequence[Token], after: int) -> str | None:
    """The status of an event whose verb after لن ends before token ``after``: negated when the verb
    takes nothing ("أن القمة لن تعقد،"), hypothetical when إلا makes it wait on something else ("لن
    يحدث إلا عندما"); none when the verb takes an object, which is what is denied ("إن وقف إطلاق النار
    لن يشمل القوات الأجنبية")."""
    if _only_after(tokens, after):
        return "hypothetical"
    return "negated" if after >= len(tokens) or tokens[after].norm in CLAUSE_BREAKS else None


def _only_after(tokens: Sequence[Token], first: int) -> bool:
    """إلا within a few tokens from ``first``, in its clause: "only" ("لم يقتل إلا شخص واحد"، "لن يتم إلا
    بعد")."""
    for token in tokens[first : first + _EXCEPT_REACH]:
        if token.norm == "الا":
            return True
        if token.norm in CLAUSE_BREAKS:
            return False
    return False


# Cue kinds that make what follows a wh-word no fact: "لماذا لم"، "كيف يمكن"، "متى سوف"
_HEDGES = frozenset({"negation", "future", "modal", "question", "conditional", "appeal", "threat"})


def _presupposed(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    before: Sequence[Match[Cues]],
    trigger: Match[TriggerTerm],
) -> bool:
    """A wh-word (cues.tsv question ``wh``) before a past event in its clause asks how, when, why or by
    whom it took place, so it did: "ولم يعرف تحديدا متى قتل العمال"، "لماذا أفرجوا عن الحاويات؟". Not
    one before a present or future verb or another cue ("كيف يمكن"، "متى سوف تبدأون"، "لماذا لم يجر
    انتقاد"), nor a question the nearest asker of which is هل."""
    asker = next((m for m in reversed(before) if "question" in m.value), None)
    if asker is None or asker.value["question"] != "wh" or trigger.value.present_tense:
        return False
    after = asker.last  # (the match's end: the word after it)
    if after >= len(tokens) or any(m.first == after and _HEDGES & m.value.keys() for m in cues):
        return False
    return not present_form(tokens[after]) and not _future_verb(tokens[after])


# Words that open a phrase of place, time or cause: an appeal noun's object ends before one
# ("تخلى عن مطلب إعادة فتح التحقيق في مقتل والده": the killing took place).
_CIRCUMSTANCE_OPENERS = frozenset({"في", "بعد", "بعدما", "قبل", "اثر", "عقب", "بسبب", "منذ", "خلال"})


def _appeal_reaches(tokens: Sequence[Token], cue: Match[Cues], trigger: Match[TriggerTerm]) -> bool:
    """An appeal cue makes the trigger after it hypothetical - a noun's only up to a phrase of place,
    time or cause after its object (a verb's object often stands past one: "دعا في بيان إلى ...")."""
    kind = cue.value.get("appeal")
    if kind == "verb" and cue.prefix.endswith("ال"):
        kind = "noun"  # a verb with the article is its verbal noun: "وجاء الطلب بعد أن استدعت ..."
    if kind != "noun":
        return kind is not None
    return not any(t.norm in _CIRCUMSTANCE_OPENERS for t in tokens[cue.last : trigger.first])


def _verb_taken(tokens: Sequence[Token], cue: Match[Cues], trigger: Match[TriggerTerm]) -> bool:
    """A call or threat takes a verb as its object only after أن, ل، ب or إلى ("دعا إلى أن تفرج"،
    "طالب بأن يفرج"): a present-tense or plural past verb joined by و, or with none, is a clause of
    its own ("وطالب المتظاهرون الحكومة بالاستقالة ورشقوا الشرطة بالحجارة"، "الوسم الذي يطلب الصفح
    ... ويشيد بإنجازاته") or a relative one ("بإعادة رفات جنديين تحتجزهما حماس"). Any event noun
    may be its object."""
    verb = trigger.value.present_tense or tokens[trigger.first].norm.endswith("وا")
    if not verb or trigger.prefix[:1] in ("ل", "ب"):
        return True  # (a bare past form is as often the verbal noun: "اقترح منع تقديم طلبات")
    if tokens[trigger.first - 1].norm in _APPEAL_OBJECT:
        return True
    joined = trigger.prefix[:1] in ("و", "ف")
    return not joined and any(t.norm in COMPLEMENTIZERS for t in tokens[cue.last : trigger.first])


def _met_with(cues: Sequence[Match[Cues]], start: int, trigger: Match[TriggerTerm]) -> bool:
    """The event is what a verb of reception (cues.tsv ``met_with``) in its clause takes with ب, or
    opens with one: a reaction that took place, even to a call ("وقوبلت دعوتها بانتقادات واسعة"،
    "دعوة الحوثيين حتى اللحظة قوبلت بالرفض")."""
    return any(
        "met_with" in m.value
        and (m.first == trigger.first or (start <= m.first < trigger.first and trigger.carries("ب")))
        for m in cues
    )


def _plans(
    tokens: Sequence[Token],
    cue: Match[Cues],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
) -> bool:
    """A future cue before the trigger makes it planned; a verb of planning or wishing (يعتزم، يريد)
    takes a verbal noun, or a verb after أن or ل ("يسعى ليلتقي"), so a present-tense verb after it with
    neither is a clause of its own ("الذين لا يريدون أي حل ويرفضون السلام"). (A past-tense trigger may
    be the verbal noun spelled alike: "تعتزم منع"، "سيتم طرده".) A plan noun (خطة، استعدادات، نية)
    reaches only the event it is about: a verb joined by و only after أن or ل, or right after another
    event, whose verbal noun it then is ("من المقرر أن يجتمع ... ويلتقي"; not "كثفت السلطات
    الاستعدادات ... واستنفرت الشرطة"), nothing past لكن ("عبر عن هذا الاستعداد لكنه لم يتوان في
    توجيه تهديدات"), and not the ل-object of a word before it ("تعرضت خطة ماي لانتقاد": the
    criticism took place)."""
    term = trigger.value
    kind = cue.value["future"]
    between = tokens[cue.last : trigger.first]
    opened = trigger.prefix.endswith("ل") or any(t.norm in COMPLEMENTIZERS for t in between)
    if kind == "noun":
        joined = trigger.prefix[:1] in ("و", "ف") and not any(t.last == trigger.first for t in triggers)
        if term.pos == "verb" and not opened and joined:
            return False
        if any(t.norm.removeprefix("و").startswith("لكن") for t in between):
            return False
        return not (trigger.prefix.endswith("ل") and _lam_taker_before(tokens, cue.first))
    if kind != "verb" or not (term.pos == "verb" and term.present_tense):
        return True
    return opened


_LAM_TAKER_REACH = 2  # tokens before a plan noun a word taking ل may stand at ("تعرضت خطة ماي")


def _lam_taker_before(tokens: Sequence[Token], first: int) -> bool:
    """A word whose object takes ل (cues.tsv ``lam_object``) stands right before token ``first``."""
    return any(
        s.form in cue_words("lam_object")
        for t in tokens[max(0, first - _LAM_TAKER_REACH) : first]
        for s in t.stems
    )


_ASIDE_TOKENS = 4  # the longest stretch between commas a denial reaches its أن across


def _denied(tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]) -> bool:
    """A denial verb (cues.tsv negation ``verb``) in the trigger's clause, or in the clause before
    when the trigger's opens with أن after a comma - the denial's object past its subject or a short
    aside ("ونفى المتحدث باسم التحالف العربي في اليمن، أن تكون غارات التحالف قد استهدفت"، "نفى
    الرئيس الأمريكي، دونالد ترامب، أن يكون قد أمر")."""
    end = trigger.first
    clause = clause_start(tokens, end, past_names=True)
    for step in range(3):
        # past a comma, not a denial inside a relative clause: "قال المتحدث، الذي نفى ذلك، إن ..."
        if any(
            m.value.get("negation") == "verb"
            and clause <= m.first < end
            and (step == 0 or not any(t.norm in RELATIVE_PRONOUNS for t in tokens[clause : m.first]))
            for m in cues
        ):
            return True
        opens_complement = step == 0 and clause < end and tokens[clause].norm in COMPLEMENTIZERS
        aside = step > 0 and end - clause <= _ASIDE_TOKENS
        if clause == 0 or tokens[clause - 1].norm not in COMMAS or not (opens_complement or aside):
            return False
        end = clause - 1
        clause = clause_start(tokens, end, past_names=True)
    return False


_REPORTED_OF = frozenset({"عن", "بشان", "حول"})  # what a report is of


def _none_reported(tokens: Sequence[Token], cue: Match[Cues], trigger: Match[TriggerTerm]) -> bool:
    """No report was made of the event: it is what the cue's عن, بشأن or حول is about ("ولم ترد
    تقارير فورية عن وقوع إصابات")، not in a phrase of place, time or cause after that ("عن إصابات في
    الهجوم الذي شنه مسلحون": the attack took place)."""
    between = [t.norm for t in tokens[cue.last : trigger.first]]
    of = next((i for i, word in enumerate(between) if word in _REPORTED_OF), None)
    return of is not None and not any(
        word in _NO_OBJECT_BETWEEN or word in SENTENCE_BREAKS for word in between[of + 1 :]
    )


# Words that open a phrase of place, time or cause: an event after one is no object of the verb
# before it ("الزيارة تأجلت بعد مقتل الصماد").
_NO_OBJECT_BETWEEN = frozenset(
    {"في", "من", "عن", "الي", "علي", "بعد", "بعدما", "قبل", "اثر", "عقب", "بسبب", "منذ", "خلال", "حتي"}
)


# What opens a conditional's result clause: فإن with or without its subject pronoun, فسوف, فلن.
_RESULT_REACH = 8  # tokens after the marker a trigger may stand at (a long sentence goes on to facts)
_RESULT_MARKERS = frozenset({"فان", "فانه", "فانها", "فانهم", "فانهما", "فاننا", "فانني", "فسوف", "فلن"})
# "إذا كان ... قد ... فإن": a concession (while X was ..., Y), both clauses facts
_CONCESSIVE = frozenset({"كان", "كانت", "كانوا"})
# What a condition may open its clause after: a break or a complementizer with its subject pronoun
_CONDITION_OPENERS = CLAUSE_BREAKS | COMPLEMENTIZERS | THAT_PRONOUNS


def _conditional(tokens: Sequence[Token], cue: Match[Cues]) -> bool:
    """An if-clause cue. "في حالة" (cue conditional_noun) is "if" before a verbal noun with its
    pronoun ("في حالة إدانته"; cues.tsv lists others as conditional rows: "في حالة وصول"); before
    anything else it names a state, an event noun's too ("في حالة تأهب"، "في حالة استنفار")."""
    if "conditional_noun" not in cue.value:
        return "conditional" in cue.value
    after = cue.last  # (the match's end: the word after it)
    if after >= len(tokens):
        return False
    word = tokens[after]
    return any(s.suffixed for s in word.stems) and word.norm.endswith(tuple(OBJECT_PRONOUNS))


def _result_of_condition(
    tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]
) -> bool:
    """The trigger is in the result clause of a condition that opens its clause, however far back:
    "محذرا من انه في حال لم يحصل ذلك فإن هذه الدول تعرض نفسها لعقوبات"."""
    for cue in cues:
        if cue.first >= trigger.first:
            break
        if (
            not _conditional(tokens, cue)
            or (cue.first > 0 and tokens[cue.first - 1].norm not in _CONDITION_OPENERS)
            or tokens[cue.last].norm in _CONCESSIVE
        ):
            continue
        between = tokens[max(cue.last, trigger.first - _RESULT_REACH) : trigger.first]
        if any(t.norm in _RESULT_MARKERS for t in between) and not any(
            t.norm in SENTENCE_BREAKS for t in tokens[cue.last : trigger.first]
        ):
            return True
    return False


_APPEAL_OBJECT = frozenset({"الي"})  # what a call is for: "دعا ... إلى" (not على: "صوتت على رفع الحظر")


def _called_for(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
) -> bool:
    """The object of a call or demand however far its addressee pushes it ("ودعت أكثر من 150 شخصية
    دولية، من بينها أليس ووكر، إلى إطلاق سراح طاطور"): إلى (or ب) before the event, an appeal
    word earlier in the sentence and no other verb between them. ل is "to" only right after the
    addressee ("دعا ترامب نظيره الروسي فلاديمير بوتين، لزيارة الولايات المتحدة"): with a phrase of
    place, time or cause between ("دعوا الناس إلى الخروج ... وهو ما دفع المصلين لمغادرة المساجد
    للاحتجاج") or after a word taking ل ("وأدت لمقتل المئات") it is no appeal's. A noun joined by و
    to such an object is called for with it ("للمطالبة بتسليم جثمانه، وإطلاق سراح المحتجزين") when
    the object is the appeal's own, with no phrase of place, time or cause between them (not "طلب
    ... تجنيد مقاتلين بعد تكبد ميليشياته خسائر بشرية نتيجة الضربات الجوية والمواجهات"); an event a
    call to hold or join it takes is its object too ("إلى المشاركة في مسيرة", ``_carrier``)."""
    first, marker = trigger.first, trigger.prefix.removesuffix("ال")
    conjunct = trigger.value.pos == "noun" and marker == "و"
    if conjunct:
        events = {t.first for t in triggers}
        first, marker = _first_conjunct(tokens, first, events) or (first, marker)
    first, marker = _carrier(tokens, cues, first) or (first, marker)
    before = tokens[first - 1] if first else None
    lam = marker.endswith("ل")
    if before is None or (before.norm not in _APPEAL_OBJECT and not marker.endswith("ب") and not lam):
        return False
    appeal = _governing_cue(tokens, cues, first, triggers, "appeal")
    if appeal is None:
        return False
    if conjunct and any(
        t.norm in _NO_OBJECT_BETWEEN for t in tokens[appeal + 1 : first - (before.norm in _APPEAL_OBJECT)]
    ):
        return False
    return not lam or not (
        any(t.norm in _NO_OBJECT_BETWEEN for t in tokens[appeal + 1 : first])
        or any(s.form in cue_words("lam_object") for s in before.stems)
    )


_CARRIER_PREPOSITIONS = frozenset({"في", "الي"})  # "المشاركة في مسيرة"، "الانضمام إلى تجمع"


def _carrier(tokens: Sequence[Token], cues: Sequence[Match[Cues]], first: int) -> tuple[int, str] | None:
    """A verbal noun of holding or joining an event (cues.tsv ``carrier``: تنظيم، المشاركة في، الخروج
    في) right before the event noun at token ``first``, or before its في or إلى: where the call reaches
    it, with its proclitic ("ودعا نشطاء إلى المشاركة في مسيرة"، "وطالب بعض مشجعي النادي ... بتنظيم
    مظاهرة"، "دعوات شعبية للمشاركة في مسيرات"). Not a definite event past the preposition, one under
    way that the call is to join ("وحثهم على المشاركة في الاعتصامات"), nor a carrier after عدم ("حثهم
    على عدم المشاركة في الاحتجاجات")."""
    at = first - 1
    if at > 0 and tokens[at].norm in _CARRIER_PREPOSITIONS:
        if tokens[first].definite:
            return None
        at -= 1
    carrier = next((m for m in cues if m.first == at and "carrier" in m.value), None)
    if carrier is None or (at > 0 and tokens[at - 1].norm == "عدم"):
        return None
    return at, carrier.prefix.removesuffix("ال")


def _warned_of(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
) -> bool:
    """What a warning is of, right after its من, however far the warned push it ("وحذر صالحي الرئيس
    الأميركي، دونالد ترامب، من الانسحاب من الاتفاق النووي"): it may come; it has not."""
    if not trigger.first or tokens[trigger.first - 1].norm != "من":
        return False
    return _governing_cue(tokens, cues, trigger.first, triggers, "warning") is not None


def _governing_cue(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    first: int,
    triggers: Sequence[Match[TriggerTerm]],
    kind: str,
) -> int | None:
    """Where the last cue of ``kind`` earlier in the sentence than token ``first`` (an event, or the
    object it is joined to) stands, if no verb and no new clause stand between them (", و": "حث ترامب
    الدول ... على زيادة نفقاتها، وقوبل الأمر بانتقادات")."""
    start = first - 1
    while start > 0 and tokens[start - 1].norm not in SENTENCE_BREAKS:
        start -= 1
    cue = max((m.first for m in cues if kind in m.value and start <= m.first < first), default=None)
    if cue is None or any(cue < t.first < first and t.value.pos == "verb" for t in triggers):
        return None
    if any(tokens[i].norm in COMMAS and tokens[i + 1].norm.startswith("و") for i in range(cue, first - 1)):
        return None
    return cue


_CONJUNCT_REACH = 8  # tokens back from a noun joined by و to the object it is joined to
# على inside an object is its own object's ("الضغط على إسرائيل"), or the name Ali once normalised
_NOT_IN_CONJUNCT = _NO_OBJECT_BETWEEN - {"علي"}


def _first_conjunct(tokens: Sequence[Token], first: int, events: set[int]) -> tuple[int, str] | None:
    """The nearest word before token ``first`` that إلى or ب makes an object ("إلى وقف القتال وإطلاق
    سراح ..."), with its proclitic, when no other event (the noun is joined to that one: "بزيارات
    للسجون لمشاهدة أساليب التعذيب والاعتداء على السجناء"), break nor phrase of place, time or cause
    stands between (not "دعت إلى الهدوء بعد اشتباكات ومقتل 5") nor another word joined by و, which may
    open a clause ("المطالبة بالحقوق السياسية، وأدت لمقتل المئات واعتقال الآلاف"). Not ل, which also
    joins a noun to its object ("لمنع القصف المروع للغوطة الشرقية وقصف العاصمة": the shelling goes on)."""
    for j in range(first - 1, max(0, first - _CONJUNCT_REACH) - 1, -1):
        token = tokens[j]
        if token.norm[:1] == "و" or token.norm in _NOT_IN_CONJUNCT | SENTENCE_BREAKS:
            return None
        if j > 0 and tokens[j - 1].norm in _APPEAL_OBJECT:
            return j, ""
        if any(s.prefix.removesuffix("ال") == "ب" for s in token.stems):
            return j, "ب"
        if j in events:
            return None
    return None


def _fate(
    tokens: Sequence[Token],
    before: Sequence[Match[Cues]],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
    at_trigger: Sequence[Match[Cues]] = (),
) -> str | None:
    """The status a word calling off, putting off or promising an event noun gives it (cues.tsv
    ``fate``): a cancelled meeting (ألغت كوريا الشمالية اجتماعا) is negated, a postponed or a
    promised or offered one (تعهد بتقديم مساعدات، عرض بإجراء محادثات: cues.tsv ``offer``) planned,
    one owed or urged (ويتعين إطلاق سراحه، لإقناع واشنطن بالبقاء) hypothetical. The word governs its
    object only, the first event after it with no preposition between: "ألغى زيارته بعد اجتماع ..."
    leaves the meeting alone. A promise or duty also governs the present-tense verb of the أن after it
    ("وتعهدت الحكومة بمقتضى الاتفاق، أن تسحب ..."، "يجب على إيران أن توقف ...")."""
    cue = next((m for m in reversed(before) if "fate" in m.value or "offer" in m.value), None)
    if cue is None:
        return None
    fate = cue.value.get("fate") or cue.value["offer"]
    between = [m for m in triggers if cue.last <= m.first < trigger.first]
    if between:
        called_off = _instrument_of_called_off(tokens, before, between[-1], trigger, triggers)
        told_on = _told_of_foiled(tokens, before, between, trigger, triggers, at_trigger)
        return fate if called_off or told_on else None
    if fate == "hypothetical" and cue.first and tokens[cue.first - 1].norm in _PAST_BEING:
        return None  # what should not have been was: "ما كان ينبغي احتجاز الأميركيين الثلاثة"
    with_ba = trigger.carries("ب") or tokens[trigger.first - 1].carries("ب")
    if "offer" in cue.value and not with_ba:
        return None  # an offer takes its object with ب; what it takes bare it shows ("وعرض المتحدث صاروخا")
    if fate == "negated" and trigger.carries("ب"):
        return None  # what is called off or foiled is taken bare: "وأحبط الجيش بدعم من القوات ... محاولة"
    if trigger.value.pos != "noun":
        ahead = trigger.value.present_tense and fate != "negated"
        opened = _not_that(tokens, trigger) or any(
            t.norm in COMPLEMENTIZERS for t in tokens[cue.last : trigger.first]
        )
        return fate if ahead and opened else None
    if any(t.norm in _NO_OBJECT_BETWEEN or t.carries("ل") for t in tokens[cue.last : trigger.first]):
        return None  # (an event after a word with ل is that word's: "وعد بإيجاد حلول لأزمة مقاطعة المحروقات")
    return fate


_PAST_BEING = frozenset({"كان", "كانت", "يكن"})  # "ما كان ينبغي"، "لم يكن ينبغي": a counterfactual duty


def _instrument_of_called_off(
    tokens: Sequence[Token],
    before: Sequence[Match[Cues]],
    event: Match[TriggerTerm],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
) -> bool:
    """``trigger`` is what an event called off or foiled was to be done with: a noun with ب right after
    it, or after the quotation mark closing it ("أحبطت قوة أمنية هجوما بعبوة ناسفة"، "أحبطت قوات
    التحالف محاولة "هجوم إرهابي" بطائرة بدون طيار")."""
    return (
        trigger.carries("ب")
        and trigger.first - event.last <= 1
        and all(t.norm in QUOTES for t in tokens[event.last : trigger.first])
        and _fate(tokens, [m for m in before if m.first < event.first], event, triggers) == "negated"
    )


# the type whose foiling the mentions after it tell on (not "أحبطت محاولة اختراق ... بالقبض على")
_ATTACK = "ASSAULT"
_TOOK_PLACE = ("killed", "injured", "clash")  # cues of what a foiling did: not the foiled attack


def _told_of_foiled(
    tokens: Sequence[Token],
    before: Sequence[Match[Cues]],
    between: Sequence[Match[TriggerTerm]],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
    at_trigger: Sequence[Match[Cues]],
) -> bool:
    """``trigger`` tells on, in its clause, the attack a word foiled before it: the weapon it was to
    be done with and its aim ("أحبطت السبت محاولة مهاجم انتحاري يرتدي حزاما ناسفا استهداف كنيسة"), with
    only mentions of that attack between. Not the deaths, wounds or clashes of the foiling, which took
    place ("أحبطت قوات الجيش المصري هجوما ... مما أسفر عن مقتل 3 مسلحين"، "أحبطت اعتداء ... وقتلت
    "إرهابيين"")."""
    foiled = between[0]
    return (
        trigger.value.type == _ATTACK
        and not any(kind in m.value for m in at_trigger for kind in _TOOK_PLACE)
        and all(m.value.type == _ATTACK for m in between)
        and _fate(tokens, [m for m in before if m.first < foiled.first], foiled, triggers) == "negated"
    )


_AHEAD_REACH = 2  # tokens after an event noun its adjective may stand at ("القمة التاريخية المرتقبة")


def _ahead(tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]) -> str | None:
    """The status an adjective right after an event noun gives it (cues.tsv ``ahead``): expected or
    scheduled ("القمة المرتقبة"، "الاجتماع المقبل") is planned, possible ("قمة محتملة") hypothetical."""
    if trigger.value.pos != "noun":
        return None
    end = min(len(tokens), trigger.last + _AHEAD_REACH)
    if any(t.norm in CLAUSE_BREAKS for t in tokens[trigger.last : end]):
        end = next(i for i in range(trigger.last, end) if tokens[i].norm in CLAUSE_BREAKS)
    return next(
        (
            m.value["ahead"]
            for m in cues
            if trigger.last <= m.first < end and "ahead" in m.value and m.prefix in ("", "ال")
        ),
        None,
    )


def _ahead_of(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """An event noun in construct after a noun of what lies ahead (cues.tsv ``ahead_of``: موعد، عشية،
    انتظار، وشك): an event whose date is set or awaited ("مع اقتراب موعد نقل السفارة"، "حدد موعد
    لقائه مع كيم") or one the clause's news comes the day before ("ووصل الرئيس الأميركي، مساء
    الثلاثاء، إلى بروكسل عشية قمة لحلف الناتو"، "عشية الاجتماع المقرر لمجلس الأمن"), one awaited
    ("في مخيمات مؤقتة بانتظار المساعدات من الحكومة") or one on the brink ("كانت على
    وشك الإفراج عن القس") is still ahead of the story. Not after الموعد, which takes no noun ("الموعد
    النهائي")."""
    if trigger.value.pos != "noun" or trigger.prefix not in ("", "ال") or not trigger.first:
        return False
    ahead = cue_words("ahead_of")
    return any(s.form in ahead and not s.prefix.endswith("ال") for s in tokens[trigger.first - 1].stems)


_SUBJECT_REACH = 4  # tokens after an event noun the verb it is the subject of may stand at
_PAIR_REACH = 14  # tokens after its بين the verb of a noun naming a pair may stand at


def _subject_of_verb_ahead(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match[TriggerTerm],
    triggers: Sequence[Match[TriggerTerm]],
) -> str | None:
    """An event noun that is the subject of a future or "may" verb after it, or that a relative
    clause with a future verb describes, is still ahead: "أن اجتماعا مع كوريا الشمالية قد يعقد خلال
    الأسابيع المقبلة" (hypothetical), "الإضرابات التي ستشهدها شركة الطيران" (planned); not one that
    "may have" done something ("هجمات صوتية غامضة قد تكون أثرت": they took place); one that لن denies
    is negated ("أن القمة لن تعقد"), hypothetical if only something else brings it ("أن إطلاق محادثات
    مع النظام الإيراني لن يحدث إلا عندما ...", ``_not_to_come``). "سوف" and a modal
    verb before أن ("يمكن أن") count as the future and "may" verbs. The verb is the
    first one after the noun and its complements, with no break nor other event between. A bare
    past-tense trigger right before سوف or a modal verb is its verbal noun ("أن رفع العقوبات سوف
    يساعد"; not before قد or a word spelled like س + a verb: "وقد أدين سيغيف بتهريب مخدرات")."""
    term = trigger.value
    noun = term.pos == "noun"
    if not noun and (term.present_tense or trigger.prefix):
        return None
    end = min(len(tokens) - 1, trigger.last + (_SUBJECT_REACH if noun else 1))
    i = trigger.last - 1
    while (i := i + 1) < end:
        token = tokens[i]
        if token.norm == "بين":
            # "القمة التاريخية بين الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون
            # ستعقد": the pair the noun names stands between it and its verb
            end = min(len(tokens) - 1, i + _PAIR_REACH)
            continue
        if token.norm in CLAUSE_BREAKS or token.norm in COMPLEMENTIZERS or token.norm == "ما":
            return None  # "المساعدات الإغاثية وهو ما سيسهم": what ما opens has its own subject
        if any(t.first == i for t in triggers):
            return None  # another event between: the verb is its own
        if token.norm in RELATIVE_PRONOUNS:
            if i != trigger.last:
                return None  # a relative clause on a word after the event describes that word
            continue
        if noun and token.norm == "قد" and present_form(tokens[i + 1]):
            if _may_have(tokens, i + 1):
                return None  # "هجمات صوتية غامضة قد تكون أثرت": only what the attacks did is hedged
            return "hypothetical"
        if noun and token.norm.startswith("س") and _future_verb(token) and not _noun_shape(token):
            return "planned"  # not after و: "تم التوصل إلى اتفاق وسيعلن رسميا" is a clause of its own
        if token.norm == "سوف" and present_form(tokens[i + 1]):
            return "planned"  # "أن رفع العقوبات سوف يساعد على تعافي الاقتصاد"
        if noun and token.norm == "لن" and present_form(tokens[i + 1]):
            return _not_to_come(tokens, i + 2)
        if tokens[i + 1].norm == "ان" and any(m.first == i and m.value.get("modal") == "verb" for m in cues):
            return "hypothetical"  # "محذرا من أن فرض قيود يمكن أن يزيد من أعداد القتلى"
    return None


# What may stand between a verb and the event noun it takes: a preposition ("قد يؤدي إلى حظر") or a
# party or pronoun with ل or ب ("يمكن للشرطة احتجاز"، "يمكن أن يصدر بحقه حكم")
_TAKEN_AFTER = frozenset({"الي", "في", "علي", "عن"})
_JOINING = frozenset("وف")  # the proclitics that join a noun to the one before instead of its taking it


def _may_take(tokens: Sequence[Token], before: Sequence[Match[Cues]], trigger: Match[TriggerTerm]) -> bool:
    """An event noun a "may" verb takes: a modal verb right before it ("يمكن للشرطة احتجاز الشخص"، "لن
    نستطيع منع إيران"), or a present-tense verb after قد or ربما ("ممن قد يتعرضون للاعتقال"، "ربما يشير
    لوجود تفاهمات") or after a modal verb with أن ("ويمكن أن يصدر بحقه حكم بالسجن"); or a modal noun takes
    it in construct ("وحذر من احتمال فرض عقوبات"، "خشية اعتقاله"): what may come, not what took place."""
    modals = [m for m in before if "modal" in m.value]
    modal = {m.last - 1: m.value["modal"] for m in modals}
    # a noun or an unsuffixed verb row (its verbal noun: "احتمال فرض عقوبات"), not an inflected verb ("هذه
    # المخاوف اقترحت فرنسا") nor a noun joined to the modal noun by و ("المخاوف والتهديدات التي تطال")
    verbal_noun = trigger.value.pos == "noun" or not trigger.suffixed
    if verbal_noun and trigger.prefix[:1] not in _JOINING and modal.get(trigger.first - 1) == "noun":
        return True
    verb = trigger.first - 1
    gap = verb >= 0 and (
        tokens[verb].norm in _TAKEN_AFTER or tokens[verb].carries("ل") or tokens[verb].carries("ب")
    )
    if gap:
        verb -= 1
    if verb < 0 or not gap and any(m.last - 1 == verb and m.last - m.first > 1 for m in modals):
        return False  # "وقد يؤدي رفض الحزب لدعم الاتفاق إلى": what may lead to something is its cause
    if modal.get(verb) == "verb":
        return True
    if verb < 1 or not present_form(tokens[verb]) or _may_have(tokens, verb):
        return False
    if tokens[verb - 1].norm == "ان":
        return verb >= 2 and modal.get(verb - 2) == "verb"
    # after قد a ت-verb is as often a past one of the forms تفعّل and تفاعل ("وقد تعرض لانتقادات")
    return modal.get(verb - 1) == "particle" and not tokens[verb].norm.startswith("ت")


_BEING = frozenset({"يكون", "تكون", "يكونوا", "يكونون", "تكونان", "يكونان"})  # كان after قد: "may have"


def _may_have(tokens: Sequence[Token], verb: int) -> bool:
    """قد + كان + a past verb at token ``verb``: "may have done" - the hedge is on what the subject did,
    which it did before ("قد تكون أثرت"), not on whether it took place."""
    return (
        tokens[verb].norm in _BEING
        and verb + 1 < len(tokens)
        and tokens[verb + 1].is_word
        and not present_form(tokens[verb + 1])
        and tokens[verb + 1].norm != "قد"
    )


def _noun_shape(token: Token) -> bool:
    """A word spelled like س + a present-tense verb whose endings are a noun's or a name's: سيطرته
    (سيطرة)، سياسات، سياسي، سيرغي، سيلفا، سيناء (a verb's ا is its object's ها: ستشهدها)."""
    return any(
        s.form.endswith(("ة", "ات", "ي", "ء")) or (s.form.endswith("ا") and not s.form.endswith("ها"))
        for s in token.stems
    )


def present_form(token: Token) -> bool:
    """A present-tense verb's shape (يعقد، تجري): the imperfect prefix, and no noun ending."""
    return any(_present_stem(s) for s in token.stems)


def _present_stem(stem: Stem) -> bool:
    return stem.form[:1] in ("ي", "ت", "ن") and len(stem.form) >= 4 and not stem.form.endswith(("ة", "ات"))


def _future_verb(token: Token) -> bool:
    """A present-tense verb with the future particle س (سيجري، ستعقد، سنواصل) - not a noun spelled
    alike (سنوات، سيطرة، سياسة)."""
    return any(s.prefix.endswith("س") and _present_stem(s) for s in token.stems)


# Outcomes a party works for - a release, sanctions, a truce, an accord, support: ل before their noun
# is "in order to". Not attacks, protests or meetings: "تعرض الوزير لمحاولة اغتيال", "خرجوا للاحتجاج",
# "وصل لزيارة" report what happened.
_SOUGHT_TYPES = frozenset({"RETREAT", "SANCTION", "SUPPORT", "AGREE", "COOPERATE", "CONCEDE"})


def _purpose_lam(tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match[TriggerTerm]) -> bool:
    """ل before a sought outcome - its verbal noun, or a verb (ليطلق) - is "in order to" ("جهودها
    لإطلاق سراحه", "مشروع قانون لفرض عقوبات"), unless the word before takes its object with ل
    (cues.tsv ``lam_object``: "المعارض لاتفاق السلام", "التوصل لاتفاق"); so is ل before the verbal
    noun of reaching or holding it (``_carrier``: "مساعي مسؤولين مصريين وأمميين، للتوصل إلى هدنة")."""
    if trigger.value.type not in _SOUGHT_TYPES:
        return False
    own = (trigger.first, trigger.prefix.removesuffix("ال"))
    first, marker = _carrier(tokens, cues, trigger.first) or own
    if not marker.endswith("ل"):
        return False
    return first == 0 or not any(s.form in cue_words("lam_object") for s in tokens[first - 1].stems)


def _purpose_adverbial(tokens: Sequence[Token], trigger: Match[TriggerTerm]) -> bool:
    """An indefinite accusative verbal noun ("احتجاجا على", "تنديدا ب"): it names the purpose of the
    clause's verb, so it shares that verb's tense."""
    token = tokens[trigger.first]
    return (
        trigger.value.pos == "noun"
        and not trigger.prefix
        and token.norm.endswith("ا")
        and not trigger.value.phrase.endswith("ا")
    )


def _present_verb_before(
    tokens: Sequence[Token], trigger: Match[TriggerTerm], triggers: Sequence[Match[TriggerTerm]]
) -> bool:
    """ "ويتظاهر آلاف العمال احتجاجا على ...": a present-tense verb trigger earlier in the clause."""
    clause = clause_start(tokens, trigger.first)
    verbs = [m.value for m in triggers if clause <= m.first < trigger.first and m.value.pos == "verb"]
    return bool(verbs) and verbs[-1].present_tense
