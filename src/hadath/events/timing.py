"""When an event happens, against the article's publication day: the time a planned event is set
for, a weekday still ahead in the week, and history - an event its own clause dates a year or more
back, or the start of a period منذ opens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from hadath.events.status import clause_start, opens_quotation, present_form
from hadath.lexicon import Match, load_table, phrase_key
from hadath.lexicon.matchers import Cues, cue_words
from hadath.resolve.dates import TimeExpression, nearest, parse_date
from hadath.text.tokens import (
    CLAUSE_BREAKS,
    COMMAS,
    COMPLEMENTIZERS,
    QUOTES,
    RELATIVE_PRONOUNS,
    THAT_PRONOUNS,
    Token,
)

# Tokens after an event noun a relative clause describing it opens at ("القمة المرتقبة التي").
_OWN_RELATIVE = 3


def scheduled(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match,
    time: TimeExpression,
    triggers: Sequence[Match],
) -> bool:
    """The time a planned event is set for: after its trigger, in its clause, with no other event nor
    relative clause between but its own ("ستعقد القمة يوم الاثنين"، "القمة المرتقبة التي ستعقد يوم
    الاثنين"), or before it in its clause with no other event between ("أن تجري خلال الأسابيع القادمة
    مشاورات"; not "أكدت، الثلاثاء، أنها مستمرة في التحضير للقمة", "تأجيل زيارة مفتشيها بعد تعرض
    فريق لإطلاق نار الثلاثاء", "حملة يدعمها الكرملين للتأثير في انتخابات التي تجري الشهر القادم");
    not what was to come and is past ("وكان من المقرر أن يبدأ
    الفريق عمله الأحد"); nor the time of what a past verb reports ("ودعت الصحفيين لحضور ... الأسبوع
    المقبل"، "ألغى زيارته المقررة الأسبوع المقبل") or an appeal calls for ("يدعو لإجراء انتخابات ...
    العام المقبل")."""
    begin = clause_start(tokens, trigger.first)
    if time.first >= trigger.last:
        placed = (
            clause_start(tokens, time.first, at_complementizer=True) <= trigger.first
            and not any(trigger.last <= t.first < time.first for t in triggers)
            and not any(
                t.norm in RELATIVE_PRONOUNS for t in tokens[trigger.last + _OWN_RELATIVE : time.first]
            )
        )
    else:
        # "سيقوم الوزير الأسبوع المقبل بزيارة": a time still to come before the event, or a bare
        # weekday right before it ("ويعقد الحلف الخميس محادثات"), in its own clause (not "أكدت،
        # الثلاثاء، أنها مستمرة في التحضير للقمة"), no other event between
        placed = (
            (time.to_come or (time.ahead is not None and time.last == trigger.first))
            and time.first >= clause_start(tokens, trigger.first, at_complementizer=True)
            and not any(time.last <= t.first < trigger.first for t in triggers)
        )
    return (
        placed
        and (trigger.value.pos != "verb" or trigger.value.present_tense)
        and not any(s.form == "كان" for t in tokens[begin : trigger.first] for s in t.stems)
        and not any(m.first == trigger.first and ("appeal" in m.value or "threat" in m.value) for m in cues)
    )


def told_in_present(tokens: Sequence[Token], trigger: Match) -> bool:
    """A present-tense verb trigger, or an event noun whose clause opens with one ("ويعقد الحلف
    الخميس محادثات")."""
    if trigger.value.pos == "verb":
        return trigger.value.present_tense
    return present_form(tokens[clause_start(tokens, trigger.first, at_complementizer=True)])


_BESIDE = 3  # the most tokens between a verb and the weekday after it read as its own


def weekday_beside(trigger: Match, time: TimeExpression) -> bool:
    """The weekday is the event's: within three tokens after its verb ("يستقبل الرئيس الفرنسي
    الثلاثاء")، right before its noun ("وتستضيف إسطنبول الجمعة قمة"; not "غداة احتجاجات الجمعة")."""
    if trigger.value.pos == "verb":
        return 0 <= time.first - trigger.last <= _BESIDE
    return time.last == trigger.first


def later_this_week(time: TimeExpression | None, published: date | None) -> bool:
    """A bare weekday later in the week (Saturday to Friday) than the publication day: with a
    present-tense verb ("يعقد الحلف الخميس محادثات" on a Monday) the event is still to come; the
    same day or an earlier one is today's or the past one ("تعقد المنظمة الأربعاء اجتماعا" on a
    Wednesday)."""
    ahead = parse_date(time.ahead) if time and time.ahead and not time.to_come else None
    if ahead is None or published is None:
        return False
    return _week_position(ahead) > _week_position(published)


def _week_position(day: date) -> int:
    return (day.weekday() - 5) % 7  # Saturday 0 ... Friday 6


_HISTORY_DAYS = 365  # how long before publication a period must have ended to be history, not news
_OWN_TIME_REACH = 6  # tokens between an event and the time its own clause gives it
# Between an event and a time these hand the time to another clause: a break, a relative pronoun, أن,
# منذ ("أسوأ تبادل للقصف منذ الحرب الإسرائيلية في غزة عام 2014").
_NOT_ITS_TIME = CLAUSE_BREAKS | RELATIVE_PRONOUNS | COMPLEMENTIZERS | {"منذ"}
# Words that open a time adverb ("في أيلول/سبتمبر 2014"، "مطلع مارس 2015"). A bare "عام 2015" after
# the event is its time ("ووافقت إيران عام 2015"، "داهمت شقتهما في بروكسل عام 2016") unless another
# noun in construct takes it ("بزعم تدخلهم في انتخابات عام 2016"); the event noun's own genitive dates
# it ("احتجاجات عام 2013"، "تظاهرات أيار/مايو 1968"); before a verb it is the phrase's before
# ("حادث مدرسة دونبلان عام 1996 تجمعا").
_TIME_OPENERS = frozenset({"في", "من", "خلال", "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "بدايه", "نهايه"})


def dated_as_history(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match,
    times: Sequence[TimeExpression],
    triggers: Sequence[Match],
    published: date | None,
) -> bool:
    """The event's own clause dates it a year or more before publication: a time after it, with no
    other event, relative clause, أن nor break between ("الذين سيطروا على العاصمة صنعاء في
    أيلول/سبتمبر 2014"، "منذ انسحابها من مقديشو في عام 2011"), or a time adverb (also with و or ف)
    opening its verb, also past its comma ("وفي نفس اليوم من عام 1990 استأنفت إيران علاقاتها"، "ففي
    عام 1973، أبرم عقدا"), or the verb an event noun right after it is the subject or object of
    ("وفي يونيو/حزيران 2014 اندلعت أعمال عنف"); a time adverb opening the sentence dates every event
    its clause gives that time ("وفي تشرين الأول/أكتوبر 2016، قتل 140 شخصا في غارة"), and every event
    after it in its clause with no break between ("أوقعت 4 قتلى", ``_opening_history``). Not by the
    nearest date alone, which is often another event's or thing's ("انسحابها من الاتفاق النووي
    الموقع في عام 2015"، "أسوأ تبادل للقصف منذ الحرب الإسرائيلية في غزة عام 2014"), nor by a time
    منذ or بين opens: the event goes on since then ("يقبع في السجن منذ 2016"). An event noun منذ
    takes is the start of a period, background however recent ("منذ قمة سنغافورة بين ترمب وكيم جونغ
    أون الشهر الماضي"، "منذ حرب عام 2014"; the annotators code none), and so is one a span of weeks or
    more after بعد counts from ("بعد أسبوع على اعتداء جهادي بالسكين"). A pluperfect (كان opening its
    clause) its clause dates three months or more back recalls background ("وكان مجلس الأمن الدولي
    شدّد في 22 ديسمبر العقوبات" in August); undated or recent, it is often context the annotators
    code. So is a relative clause describing an actor its clause dates a month or more back ("ترامب، الذي
    انسحب في مايو" in September; ``_recalled``). A past event whose clause says "then" (cues.tsv
    ``then``: آنذاك، حينها، في ذلك الوقت) is background too, unless its clause tells a time less than a year
    back (``_recent_in_clause``), and one after بعد following a time a year or more
    back ("طردت في أغسطس 2016 ... بعد معارك"; ``_before_history``), what a party has done before
    ("وسبق أن اعتقلت السلطات البريطانية رجل الأعمال"; ``_done_before``), and a past event counted since a
    time a year or more back ("رحلت 27 ألف مهاجر ... منذ عام 2015"; ``_tallied_since``)."""
    if published is None:
        return False
    if _since_event(tokens, trigger) or _after_span(tokens, trigger):
        return True
    cause = _cause(tokens, trigger, triggers)
    if cause is not None and dated_as_history(tokens, cues, cause, times, triggers, published):
        return True
    own = own_time(tokens, trigger, times, triggers)
    if (
        own is not None
        and own.last <= trigger.first
        and _opens_sentence(tokens, own)
        and _history_of(own.value, published)
    ) or any(_opening_history(tokens, trigger, time, published) for time in times):
        return True
    if own is not None and _recalled(tokens, trigger, own, published):
        return True
    if own is not None and _dated_back(tokens, trigger, own, times, triggers, published):
        return True
    if _told_as_then(tokens, cues, trigger, triggers) and not _recent_in_clause(
        tokens, trigger, times, triggers, published
    ):
        return True
    if _done_before(tokens, cues, trigger, triggers):
        return True
    if any(_tallied_since(tokens, cues, trigger, time, triggers, published) for time in times):
        return True
    if any(_before_history(tokens, trigger, time, published) for time in times):
        return True
    for time in times:
        if _bounds_period(tokens, time):
            continue
        opener = tokens[time.first - 1].norm if time.first else ""
        adverb = _time_opener(opener) or tokens[time.first].norm in _TIME_OPENERS
        verb = trigger.first if trigger.value.pos == "verb" else _verb_before(tokens, trigger)
        if (
            verb is not None
            and adverb
            and _opens(time, verb, tokens)
            and not _in_relative_aside(tokens, time, verb)
        ):
            between: Sequence[Token] = ()
        elif time.first >= trigger.last and (
            adverb or time.first == trigger.last or not _construct(tokens[time.first - 1])
        ):
            between = tokens[trigger.last : time.first]
        else:
            continue  # before a noun, a time closes the phrase before: "المبرم عام 2015 وإعادة فرض"
        if len(between) > _OWN_TIME_REACH or any(t.norm in _NOT_ITS_TIME for t in between):
            continue
        if any(_participle(t) for t in between[1:]):
            continue  # "الاتفاق النووي الموقع في عام 2015": the time dates the participle's act
        if any(t is not trigger and trigger.last <= t.first < time.first for t in triggers):
            continue
        if _history_of(time.value, published):
            return True
    return False


_PLUPERFECT_DAYS = 90  # how long before publication a pluperfect's own time makes it background
_RELATIVE_DAYS = 31  # ... and a relative clause's describing an actor ("توم بوسيرت، الذي استقال في أبريل")
_OF_YEAR = frozenset({"لعام", "لسنه", "لسنة"})  # a year a noun takes: "الانتخابات الرئاسية لعام 2016"


def _recalled(tokens: Sequence[Token], trigger: Match, time: TimeExpression, published: date) -> bool:
    """كان opens the event's clause before it and the time is of that clause, three months or more back
    ("وكان مجلس الأمن الدولي شدّد في 22 ديسمبر العقوبات" in August), or the verb opens a relative clause
    describing an actor and the time, a month or more back, comes before the comma that closes it
    ("ترامب، الذي انسحب في مايو من الاتفاق النووي" in September; not "صديق عظيموف، الذي ألقي القبض عليه
    في مدينة ستراسبورغ، من مواليد عام 1997"): what the story recalls, not tells. Not a time before the
    clause ("في انتخابات عام 2016، من بينهم 13 شخصاً كان المحقق الخاص قد وجه اتهامات إليهم"), nor a
    year ل gives a noun ("بوتين، الذي دافع عن الكرملين ضد مزاعم تدخل بلاده في الانتخابات الرئاسية لعام
    2016")."""
    begin = clause_start(tokens, trigger.first, at_complementizer=True)
    end = _period_end(time.value)
    if time.first < begin or tokens[time.first].norm in _OF_YEAR or end is None:
        return False
    back = (published - end).days
    if (
        trigger.value.pos == "verb"
        and trigger.first > 0
        and tokens[trigger.first - 1].norm in RELATIVE_PRONOUNS
        and not any(t.norm in COMMAS for t in tokens[trigger.last : time.first])
    ):
        return back >= _RELATIVE_DAYS
    return back >= _PLUPERFECT_DAYS and any(
        s.form == "كان" for t in tokens[begin : trigger.first] for s in t.stems
    )


def _dated_back(
    tokens: Sequence[Token],
    trigger: Match,
    own: TimeExpression,
    times: Sequence[TimeExpression],
    triggers: Sequence[Match],
    published: date,
) -> bool:
    """The time that dates the event (``own_time``) ended a year or more back (``is_history``), with no
    other event between them and no recent time in its clause: history, however far past the event or
    set off by commas the time stands ("واحتجزت السلطات الإيطالية هارون، في يونيو/ حزيران 2011"،
    "وصدر حكم بالسجن عامين ... ضد الرئيس الفرنسي السابق جاك شيراك عام 2011"). A time before the event
    is its own as an adverb, before its comma or a when-word ("عند اندلاع "الربيع العربي" عام 2011، حث
    ماكين"، "عام 2016 حينما منع"); not a bare year ending a noun phrase ("حادث مدرسة دونبلان عام 1996
    تجمعا"), nor one a noun in construct or ل takes after it ("بزعم تدخلهم في انتخابات عام 2016"،
    "مخصصة لعام 2017"), nor one past a comma that does not set off the time itself ("الذي ألقي القبض
    عليه في مدينة ستراسبورغ، من مواليد عام 1997"), nor one whose clause also tells a recent time, which
    is the event's ("وأعلنت وزارة العدل، الجمعة، توجيهها الاتهام ... بالتدخل في الانتخابات الأمريكية
    عام 2016")."""
    if tokens[own.first].norm in _OF_YEAR or not is_history(own.value, published):
        return False
    opener = tokens[own.first - 1].norm if own.first else ""
    adverb = _time_opener(opener) or tokens[own.first].norm in _TIME_OPENERS
    bare_year = tokens[own.first].norm == "عام" or tokens[own.first].norm.isdigit()
    if own.last <= trigger.first:
        between = tokens[own.last : trigger.first]
        told_when = len(between) == 1 and between[0].norm in COMMAS | _WHEN
        if bare_year and not adverb and not told_when and not _until_when(tokens, own, trigger):
            return False
    else:
        if not adverb and own.first > trigger.last and _construct(tokens[own.first - 1]):
            return False
        commas = [i for i in range(trigger.last, own.first) if tokens[i].norm in COMMAS]
        if commas and commas[-1] < own.first - 1 - adverb:
            return False
    first, last = min(trigger.last, own.last), max(trigger.first, own.first)
    if any(t is not trigger and first <= t.first < last for t in triggers):
        return False
    return not _recent_in_clause(tokens, trigger, times, triggers, published)


def _recent_in_clause(
    tokens: Sequence[Token],
    trigger: Match,
    times: Sequence[TimeExpression],
    triggers: Sequence[Match],
    published: date,
) -> bool:
    """The event's clause tells a time less than a year back, the event's own: news or recent context
    the annotators code, whatever older time or "then" it also tells ("وبلغت الاحتجاجات ذروتها في 14
    أيار/مايو ... حيث قتل حينها 62 فلسطينيا" in July)."""
    return any(
        _dates(t) and not is_history(t.value, published) and _in_own_clause(tokens, trigger, t, triggers)
        for t in times
    )


_WHEN = frozenset({"عندما", "حين", "حينما"})  # a time right before them dates the clause they open


def _told_as_then(
    tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match, triggers: Sequence[Match]
) -> bool:
    """A past event whose clause says "then" ("بعد أن أصدر الرئيس الروسي حينذاك ديميتري ميدفيديف عفوا
    عنه"، "ودهس أحد المتظاهرين المؤيدين للنازيين الجدد حينذاك بسيارته حشدا"): told from a time gone
    by, background. Not a present-tense one ("يحاكم ... وزير الدفاع آنذاك"), which is news of now. The
    years up to now (then ``years``: "في السنوات الأخيرة") are a tally's time, background ("وكثّف
    المتطرفون هجماتهم ... في السنوات الأخيرة") - but not where the clause ranks the event the most of
    them before (cues.tsv ``superlative``: "أكبر المظاهرات الفلسطينية في السنوات الأخيرة"، "أدمى الأيام
    ... في السنوات الأخيرة بعدما قتلت"), nor past another event they date ("طلب السيسي ... على أرواح
    مئات من رجال الجيش والشرطة قتلهم المتشددون خلال السنوات الماضية") or far past the event, where they
    date what it is about ("واتهم المسؤولون الأميركيون والناتو موسكو بنشر عدد كبير من القوات ... في
    شبه جزيرة القرم في السنوات الأخيرة")."""
    then = [c for c in cues if "then" in c.value]  # (most sentences have none: the clause is not sought)
    if not then or told_in_present(tokens, trigger):
        return False
    end = trigger.last
    while end < len(tokens) and tokens[end].norm not in CLAUSE_BREAKS:
        end += 1
    begin = clause_start(tokens, trigger.first)
    return any(
        begin <= c.first and c.last <= end and _tallied_in(tokens, cues, c, trigger, triggers, begin)
        for c in then
    )


_YEARS = "years"  # the then value of the years up to now
_YEARS_REACH = 8  # tokens after an event the years up to now it is one of a tally of may stand at


def _tallied_in(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    then: Match[Cues],
    trigger: Match,
    triggers: Sequence[Match],
    begin: int,
) -> bool:
    """A then cue in the clause from ``begin`` tells of the event: any but the years up to now, which
    do unless a superlative before them in the clause ranks it, another event stands between, or they
    stand far past it (see _told_as_then)."""
    if then.value["then"] != _YEARS:
        return True
    ranked = _ranked(tokens, cues, begin, then.first)
    past_another = any(t is not trigger and trigger.last <= t.first < then.first for t in triggers)
    return not (ranked or past_another or then.first - trigger.last > _YEARS_REACH)


def _ranked(tokens: Sequence[Token], cues: Sequence[Match[Cues]], begin: int, end: int) -> bool:
    """A superlative (cues.tsv ``superlative``) between ``begin`` and ``end`` ranks the event among a
    span of time ("أكبر المظاهرات ... في السنوات الأخيرة"، "أول زيارة ... منذ 2011"): news, no tally.
    Not one من follows, a count ("مقتل أكثر من 240 شخصا منذ عام 2015")."""
    return any(
        "superlative" in c.value
        and begin <= c.first < end
        and not (c.last < len(tokens) and tokens[c.last].norm == "من")
        for c in cues
    )


def _tallied_since(
    tokens: Sequence[Token],
    cues: Sequence[Match[Cues]],
    trigger: Match,
    time: TimeExpression,
    triggers: Sequence[Match],
    published: date,
) -> bool:
    """A past event a منذ phrase after it in its clause counts since a time a year or more back: a tally
    of years, background ("إن بلاده رحلت 27 ألف مهاجر ... منذ عام 2015"، "أدت إلى مقتل أكثر من 240
    شخصا منذ عام 2015"، "وجمدت عضوية روسادا منذ 2015"). Not a present-tense one or a noun a present verb
    takes, which goes on ("التي تحاصرها قوات النظام ... منذ 2013"، "التي تشن هجمات في سوريا منذ عام
    2015"), nor one a superlative earlier in the sentence ranks ("أسوأ تبادل للقصف منذ الحرب ... عام
    2014"، "وهذه أول مرة تقوم فيها سفينة إيطالية بطرد مهاجرين منذ 2009"), nor a call or threat, whose
    content the time is of ("ودعا إلى إلغاء قرار الكونغرس باعتبار منظمة التحرير منظمة إرهابية منذ
    عام 1987"), nor past a break, a relative clause, أن, a participle or another event, where the time
    is another's ("الرجل، الذي يعيش في مدينة بوخوم ... منذ 1997"، "بإرجاع منظومة الإنتاج ... المتوقفة
    منذ عام 2013"، "واتهم المشير حفتر بأنه أطلق منذ شباط/فبراير 2016 حملة")."""
    since = _since_word(tokens, time)
    if since is None or since < trigger.last:
        return False
    between = tokens[trigger.last : since]
    verb = _verb_before(tokens, trigger) if trigger.value.pos == "noun" else None
    return (
        not told_in_present(tokens, trigger)
        and not (verb is not None and present_form(tokens[verb]))
        and not any(m.first == trigger.first and ("appeal" in m.value or "threat" in m.value) for m in cues)
        and sum(t.is_word for t in between) <= _DATE_REACH
        and not any(
            t.norm in _NOT_ITS_TIME or t.norm.removeprefix("ب") in _THAT or _participle(t) for t in between
        )
        and not any(t is not trigger and trigger.last <= t.first < since for t in triggers)
        and not _ranked(tokens, cues, 0, since)
        and _history_of(time.value, published)
    )


_BEFORE_DOER = 5  # tokens between سبق and its أن: the one who did it ("وسبق للهيئة الوطنية للانتخابات أن")
_BEFORE_VERB = 2  # tokens between that أن and the event: its verb ("سبق وأن شنت ضربات")
_BEFORE_THAT = frozenset({"ان", "وان"})  # "سبق أن"، "سبق وأن"


def _done_before(
    tokens: Sequence[Token], cues: Sequence[Match[Cues]], trigger: Match, triggers: Sequence[Match]
) -> bool:
    """The first event the أن after سبق opens, in its clause ("وسبق أن اعتقلت السلطات البريطانية رجل
    الأعمال الفرنسي"، "وسبق للإدارة الأميركية أن أوقفت مساعدتها"، "سبق وأن شنت ضربات"): what a party
    has done before, background the story recalls. Not an event before سبق ("وقد طلبت النيابة العامة
    السجن ... للطبيب، الذي سبق أن اعترف"), nor one a later clause or another event's word takes ("سبق
    أن دعا ... إلى قصف إيران": the call is recalled, the strike was never made)."""
    for cue in (c for c in cues if "done_before" in c.value and c.last < trigger.first):
        doer = tokens[cue.last : min(trigger.first, cue.last + _BEFORE_DOER + 1)]
        that = next((cue.last + i for i, t in enumerate(doer) if t.norm in _BEFORE_THAT), None)
        if that is None or any(t.norm in CLAUSE_BREAKS for t in tokens[cue.last : that]):
            continue
        between = tokens[that + 1 : trigger.first]
        if (
            len(between) <= _BEFORE_VERB
            and not any(t.norm in CLAUSE_BREAKS for t in between)
            and not any(cue.last <= t.first < trigger.first for t in triggers)
        ):
            return True
    return False


# A time these open bounds a period ("منذ 2016"، "ما بين 1953 و2013"، "حتى 15 أيلول/سبتمبر") and dates
# no event.
_PERIOD_OPENERS = frozenset({"منذ", "بين", "حتي"})
_SINCE_REACH = 3  # tokens before a time a منذ phrase holding it opens within


def _bounds_period(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """The time is one منذ، بين or حتى opens (also with و: "ومنذ 2011"), a منذ phrase holds, or the
    end و joins to a time بين opens ("بين 2004 ونهاية 2017")."""
    opener = tokens[time.first - 1].norm.removeprefix("و") if time.first else ""
    return (
        opener in _PERIOD_OPENERS
        or tokens[time.first].norm == "منذ"
        or _since(tokens, time)
        or _between_end(tokens, time)
    )


# The words after a time حتى opens that date the clause they open by it ("حتى عام 1975 عندما وقع").
_UNTIL_WHEN = _WHEN | {"حيث"}


def _until_when(tokens: Sequence[Token], time: TimeExpression, trigger: Match) -> bool:
    """The time ends a period حتى opens and a when-word right after it (or its comma) opens the event's
    clause."""
    when = time.last + (time.last < len(tokens) and tokens[time.last].norm in COMMAS)
    return (
        time.first > 0
        and tokens[time.first - 1].norm.removeprefix("و") == "حتي"
        and when < len(tokens)
        and tokens[when].norm in _UNTIL_WHEN
        and trigger.first > when
    )


def _between_end(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """The time or the word opening it takes و and a بين stands just before: the end of a period."""
    joined = time.first > 0 and tokens[time.first - 1].norm.startswith("و")
    if not (joined or tokens[time.first].norm.startswith("و")):
        return False
    before = tokens[max(0, time.first - _SINCE_REACH) : time.first]
    return any(t.norm == "بين" for t in before)


def _since(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """The time is that of a phrase منذ opens ("ومنذ انتخابه في 2016، قتلت الشرطة نحو 4100"): the
    start of a period."""
    return _since_word(tokens, time) is not None


def _since_word(tokens: Sequence[Token], time: TimeExpression) -> int | None:
    """Where the منذ opening the time's phrase stands, within three tokens before it or as its first."""
    for i in range(time.first, max(-1, time.first - _SINCE_REACH - 1), -1):
        if tokens[i].norm.removeprefix("و") == "منذ":
            return i
    return None


def _history_of(value: str, published: date) -> bool:
    """History for an event its clause dates: also a whole earlier year, however recent its end
    ("وفي العام الماضي، وقعت خمسة هجمات بالمتفجرات في بريطانيا": a year's tally, background)."""
    earlier_year = len(value) == 4 and value.isdigit() and int(value) < published.year
    return earlier_year or is_history(value, published)


def is_history(value: str, published: date) -> bool:
    """A resolved date, month or year that ended a year or more before publication."""
    end = _period_end(value)
    return end is not None and (published - end).days >= _HISTORY_DAYS


_CAUSE_REACH = 8  # tokens between a toll and the event before it whose toll it is
# What may stand between them: "هجوم نيس عام 2016 الذي أسفر عن مقتل"
_CAUSE_CLAUSE = COMMAS | RELATIVE_PRONOUNS


def _cause(tokens: Sequence[Token], trigger: Match, triggers: Sequence[Match]) -> Match | None:
    """The event whose toll a casualty word is (cues.tsv ``killed``, ``injured``): the event noun right
    before it, with no break but a comma or the relative pronoun of its own clause between ("بعد أسبوع
    على اعتداء جهادي بالسكين أوقع قتيلا وخمسة جرحى": the dead of a background attack are background
    too)."""
    if trigger.value.pos != "noun" or not any(
        s.form in cue_words("killed") or s.form in cue_words("injured") for s in tokens[trigger.first].stems
    ):
        return None
    before = [t for t in triggers if t.last <= trigger.first and t.value.pos == "noun"]
    if not before:
        return None
    cause = before[-1]
    between = tokens[cause.last : trigger.first]
    if len(between) > _CAUSE_REACH or any(t.norm in _NOT_ITS_TIME - _CAUSE_CLAUSE for t in between):
        return None
    return cause


def _opening_history(tokens: Sequence[Token], trigger: Match, time: TimeExpression, published: date) -> bool:
    """A time adverb opening the sentence a year or more back dates every event of its clause after
    it, its own time or not, however many events stand between ("وفي يونيو/حزيران 2014 اندلعت أعمال
    عنف بين بوذيين ومسلمين أوقعت 4 قتلى"، "في عام 2016 ، طردت إدارة أوباما 35 دبلوماسيًا روسيًا رداً
    على القرصنة المزعومة"). A منذ opening the sentence right before such a time makes what its clause
    tells since then a tally of years, background ("ومنذ عام 2015، قُتل عشرات الإسرائيليين في هجمات
    طعن"، "ومنذ 2014، يشهد اليمن حربا"; not a period an event opens, "ومنذ انتخابه في 2016، قتلت
    الشرطة نحو 4100", nor one after the event, often what it is the first or worst of: "أسوأ تبادل
    للقصف منذ الحرب ... عام 2014"). Not past a break (but the adverb's own comma), a relative clause,
    أن, منذ, nor a word setting the event before or after the time ("في عام 2014 ثم تحول لانتقاد")."""
    if time.last > trigger.first or not (_opens_sentence(tokens, time) or _opening_since(tokens, time)):
        return False
    first = time.last + (tokens[time.last].norm in COMMAS)
    between = tokens[first : trigger.first]
    return (
        _history_of(time.value, published)
        and sum(t.is_word for t in between) <= _DATE_REACH
        and not any(t.norm in _NOT_ITS_TIME | _EARLIER or t.norm.removeprefix("و") in _THAT for t in between)
    )


# Between a time and an event after it these set the event before the time ("في أغسطس 2016 ... بعد معارك");
# not with ذلك after them ("قبل عام مضى وشكل بعد ذلك فريق عمل تعاون": after the time)
_BEFORE_IT = frozenset({"بعد", "عقب", "غداه"})


def _before_history(tokens: Sequence[Token], trigger: Match, time: TimeExpression, published: date) -> bool:
    """An event after بعد, عقب or غداة that follows a time a year or more back in its clause came before
    that time: history ("طردت في أغسطس 2016 تنظيم داعش من منبج بعد معارك عنيفة"). Not past a break, a
    relative pronoun, أن nor منذ, nor a time that bounds a period or a noun takes, which dates that noun
    ("سؤاله عن التدخل الروسي في انتخابات عام 2016 بعد الاتهام الذي وجهه المحقق الخاص")."""
    if time.last > trigger.first or _bounds_period(tokens, time) or time.first == 0:
        return False
    opener = tokens[time.first - 1].norm
    if not (_time_opener(opener) or tokens[time.first].norm in _TIME_OPENERS) and _construct(
        tokens[time.first - 1]
    ):
        return False
    between = tokens[time.last : trigger.first]
    return (
        any(
            t.norm.removeprefix("و") in _BEFORE_IT and after.norm != "ذلك"
            for t, after in zip(between, tokens[time.last + 1 : trigger.first + 1], strict=True)
        )
        and sum(t.is_word for t in between) <= _DATE_REACH
        and not any(t.norm in _NOT_ITS_TIME or t.norm.removeprefix("و") in _THAT for t in between)
        and _history_of(time.value, published)
    )


def _opening_since(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """The time is what a منذ opening the sentence or a clause takes right after it ("ومنذ عام 2015،")."""
    since = time.first - 1
    return (
        since >= 0
        and tokens[since].norm.removeprefix("و") == "منذ"
        and (since == 0 or tokens[since - 1].norm in CLAUSE_BREAKS)
    )


def _opens(time: TimeExpression, verb: int, tokens: Sequence[Token]) -> bool:
    """The time stands right before the verb, or before its comma ("في 6 سبتمبر/ أيلول عام 1997،
    احتشد أكثر من مليون شخص")."""
    return time.last == verb or (time.last + 1 == verb and tokens[time.last].norm in COMMAS)


_CONJUNCTIONS = frozenset("وف")  # the proclitics a time adverb's opener takes


def _time_opener(word: str) -> bool:
    """A word opening a time adverb, also with و or ف ("وفي عام 2014"، "ففي عام 1973")."""
    return word in _TIME_OPENERS or (word[:1] in _CONJUNCTIONS and word[1:] in _TIME_OPENERS)


def _opens_sentence(tokens: Sequence[Token], time: TimeExpression) -> bool:
    """The time is an adverb at the start of the sentence or after a break ("وفي عام 2015، ...")."""
    opener = time.first - 1
    return (
        opener >= 0
        and _time_opener(tokens[opener].norm)
        and (opener == 0 or tokens[opener - 1].norm in CLAUSE_BREAKS)
    )


def _verb_before(tokens: Sequence[Token], trigger: Match) -> int | None:
    """The word right before an event noun, the verb it is the subject or object of ("اندلعت أعمال
    عنف")."""
    head = trigger.first - 1
    return head if head >= 0 and tokens[head].is_word else None


_SINCE_NOUN_REACH = 2  # tokens between منذ and the event noun its phrase holds ("منذ بدء الصراع")


def starts_period(tokens: Sequence[Token], trigger: Match) -> bool:
    """The event noun is, or starts, what a منذ phrase measures from ("منذ توقيع الاتفاق"، "منذ بدء
    الصراع السوري عام 2011"), or a span after بعد counts from: a yardstick of what the sentence tells,
    which may be of its type ("تصعيدا عسكريا غير مسبوق منذ بدء الصراع السوري عام 2011، تمثل في
    هجمات"), not an occurrence the story tells."""
    before = tokens[max(0, trigger.first - _SINCE_NOUN_REACH) : trigger.first]
    since = any(t.norm.removeprefix("و") == "منذ" for t in before) and not any(
        t.norm in CLAUSE_BREAKS for t in before
    )
    return (trigger.value.pos == "noun" and since) or _after_span(tokens, trigger)


def _since_event(tokens: Sequence[Token], trigger: Match) -> bool:
    """The event noun is what منذ takes ("منذ توقيع الاتفاق النووي"; not "منذ بدء سلسلة مسيرات
    العودة": the marches go on)."""
    return (
        trigger.value.pos == "noun"
        and trigger.first > 0
        and tokens[trigger.first - 1].norm.removeprefix("و") == "منذ"
    )


# What opens a span an event is counted from ("بعد أسبوع على"، "وعقب عامين من"; not قبل: "قبل أسبوع من
# الانتخابات" counts to what is ahead)
_SPAN_OPENERS = frozenset({"بعد", "عقب"})
_SPAN_COUNTED_FROM = frozenset({"من", "علي"})
_SPAN_REACH = 4  # tokens between بعد and its span word: "بعد أكثر من ستة أشهر"، "بعد مرور شهرين"


@cache
def _long_periods() -> frozenset[str]:
    """The period words (cues.tsv ``period``) of a week or more: أسبوع، أشهر، عام، سنوات."""
    return frozenset(
        key[0]
        for row in load_table("cues")
        if row["cue"] == "period"
        and row["value"].removesuffix("s") in ("week", "month", "year")
        and len(key := phrase_key(row["phrase"])) == 1
    )


def _after_span(tokens: Sequence[Token], trigger: Match) -> bool:
    """The event noun is what a span of weeks or more after بعد counts from, right after its على or
    من ("بعد أسبوع على اعتداء"، "بعد مرور شهرين على مقتل"، "بعد أسبوعين من إطلاق نار في مدرسة"):
    background the story's news is dated by. Not a definite or plural noun after من, which the span is
    of ("بعد شهر من الاحتجاجات الدامية"، "بعد 6 أشهر من احتجاجات متواصلة": they went on to the news), nor
    a word past من or على ("بعد ستة أسابيع من انطلاق تظاهرات": they go on), nor a span of days ("بعد
    يومين من اعتقاله", whose arrest may be the news)."""
    counted = trigger.first - 1
    if trigger.value.pos != "noun" or counted < 1 or tokens[counted].norm not in _SPAN_COUNTED_FROM:
        return False
    if not any(s.form in _long_periods() for s in tokens[counted - 1].stems):
        return False
    event = tokens[trigger.first]
    if tokens[counted].norm == "من" and (event.definite or event.norm.endswith("ات")):
        return False
    opening = tokens[max(0, counted - 1 - _SPAN_REACH) : counted - 1]
    return any(t.norm.removeprefix("و") in _SPAN_OPENERS for t in opening)


def _construct(token: Token) -> bool:
    """An indefinite feminine or plural noun: before a bare year, the year is its genitive ("انتخابات
    عام 2016"، "احتجاجات عام 2013")."""
    if any(s.prefix.endswith("ال") for s in token.stems):
        return False  # "في المدينة قبل أربعة أعوام": a definite noun takes no genitive
    if token.norm.endswith(("ته", "تها", "تهم")) or any(
        s.suffixed and s.form + "ه" == token.norm for s in token.stems
    ):
        return False  # "انفجار طائرة في بلاده عام 1994": a noun with its pronoun takes none either
    return any(s.form.endswith(("ات", "ة", "ه")) for s in token.stems)


# مفعول، مفعّل، مفتعل ...: م, a consonant (not "مانيا") and two letters more at least; not م, a letter, ي
# and a last one, a noun's shape ("المدينة"; the few participles so spelled, المدير، المقيم، take no time)
_PARTICIPLE = re.compile(r"^م(?!.ي.[ةه]?$)[^ا].{2,}$")


def _event_noun(trigger: Match) -> bool:
    return trigger.value.pos == "noun" and trigger.last - trigger.first == 1


def _participle(token: Token) -> bool:
    """A participle standing as an adjective (الموقع، المبرم، المنعقد): an act of its own, with its own
    time. With ال alone (not "بالمنطقة"), not a nisba ("المصرية"، "الماضي") nor a name ("ألمانيا")."""
    if token.norm.endswith(("ية", "يه", "ي", "يا")):
        return False
    return any(_PARTICIPLE.match(s.form) for s in token.stems if s.prefix == "ال")


def _period_end(value: str) -> date | None:
    """The last day of a resolved date, month ("2014-09": its 28th, near enough), year, decade ("199")
    or century ("19")."""
    try:
        if len(value) <= 4:
            return date(int(value.ljust(4, "9")), 12, 31)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:]), 28)
    except ValueError:
        return None
    return parse_date(value)


_DATE_REACH = 12  # words between an event and a time after it in its own clause
# أن with its pronoun opens a clause too ("أكدت، الثلاثاء، أنها مستمرة في التحضير للقمة")
_THAT = COMPLEMENTIZERS | THAT_PRONOUNS
_PARTICIPLE_REACH = 4  # tokens before the time a participle takes it within
# ... through one of these right after it ("الموقعة على الاتفاق في 2015"، "المبرم مع إيران عام 2015"، "الموقع
# عام 2015"; not "الأمم المتحدة بإسرائيل الأربعاء"، "رفعت الشكوى إلى المحكمة الخميس")
_PARTICIPLE_LINKS = frozenset({"في", "مع", "علي", "من", "بين", "عام", "الي", "عن", "خلال"})
# Before an event noun these make it an earlier or later event than the time before them ("أعلنت
# سيطرتها على مدينة عفرين، الأحد، بعد هجوم"، "غداة احتجاجات"، "في عام 2014 ثم تحول لانتقاد"); not
# إثر, a cause right before ("لقي فلسطينيان مصرعهما الأحد إثر قصف دبابة").
_EARLIER = frozenset({"بعد", "قبل", "غداه", "ثم"})
# Before another event these make it the circumstance of the first, which shares its time ("قتلوا في
# كمين نصبه الحوثيون ... ليل الخميس"، "قتل 3 برصاص الجيش الجمعة").
_CIRCUMSTANCE = frozenset({"في", "خلال", "اثر", "جراء", "بسبب", "عندما", "حين", "حينما", "بعدما"})


_YEAR_DIGITS = 4  # a value shorter than a year's is a decade ("199") or a century ("19")


def _dates(time: TimeExpression) -> bool:
    """The time can date an event or set its status: a year or finer. A decade or century ("في
    التسعينيات"، "القرن الماضي") is too coarse; it only makes what its clause tells history."""
    return len(time.value) >= _YEAR_DIGITS


def own_time(
    tokens: Sequence[Token],
    trigger: Match,
    times: Sequence[TimeExpression],
    triggers: Sequence[Match],
) -> TimeExpression | None:
    """The time the event's own clause gives it (``_in_own_clause``): the nearest after it, else the
    nearest before it. Not the nearest time of the sentence, which is often another event's or
    thing's ("انسحابها من الاتفاق النووي المبرم عام 2015"، "ميركل التي تحكم ألمانيا منذ 2005"); not a
    decade or century (``_dates``)."""
    own = [t for t in times if _dates(t) and _in_own_clause(tokens, trigger, t, triggers)]
    return min(own, key=lambda t: (t.first < trigger.first, _distance(trigger, t)), default=None)


def status_time(
    tokens: Sequence[Token], trigger: Match, times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The time nearest the trigger, for a status when its own clause gives none - not one inside a
    quotation opened after it, which is the speaker's words about something else ("وقال ماكرون ...
    بعد اجتماع مع ... ترنبول "لا أعرف ما الذي سيقرره الرئيس الأميركي يوم 12 مايو""), nor one past a
    clause ", و" opens after it ("نثمن قبول زوكربرغ الإدلاء بشهادته أمام اللجنة، ونتطلع للحصول منه
    على إجابات عن أسئلتنا في 11 أبريل")."""
    return nearest(
        [
            t
            for t in times
            if _dates(t) and not _quoted_after(tokens, trigger, t) and not _next_clause(tokens, trigger, t)
        ],
        trigger.first,
    )


def _next_clause(tokens: Sequence[Token], trigger: Match, time: TimeExpression) -> bool:
    """A comma and a word with و stand between the trigger and the time after it."""
    return any(
        tokens[i].norm in COMMAS and tokens[i + 1].norm.startswith("و")
        for i in range(trigger.last, time.first - 1)
    )


def _quoted_after(tokens: Sequence[Token], trigger: Match, time: TimeExpression) -> bool:
    """The last quotation mark between the trigger and the time after it opens a quotation (not one
    closing the trigger's own: "عدد قتلى "مسيرة العودة الكبرى" التي انطلقت في 30 مارس")."""
    marks = [i for i in range(trigger.last, time.first) if tokens[i].norm in QUOTES]
    return bool(marks) and opens_quotation(tokens, marks[-1])


def _distance(trigger: Match, time: TimeExpression) -> int:
    return time.first - trigger.last if time.first >= trigger.last else trigger.first - time.last


def _in_own_clause(
    tokens: Sequence[Token], trigger: Match, time: TimeExpression, triggers: Sequence[Match]
) -> bool:
    """No break, relative pronoun, أن nor منذ between the event and the time (a time aside between
    commas breaks nothing: "صادق مجلس الشيوخ، الأربعاء، على قانون"، "على طاطور، 36 عاما، في أكتوبر"),
    no other event but a coordinated one or its circumstance ("قتل 3 وأصيب 5 في هجوم أمس"), no
    participle with an act of its own ("الاتفاق النووي المبرم عام 2015"); a relative clause right
    after a definite event noun describes it ("الاعتداء الذي وقع مساء السبت"، not "مقتل المتظاهرين
    الذين"). A time before the event is its own unless a word setting it before or after comes
    between ("الأحد، بعد هجوم"، "في عام 2014 ثم تحول لانتقاد"). A time منذ، بين or حتى opens bounds
    a period and dates no event - but the end حتى opens dates the when-clause right after it ("استمر
    التوتر حتى عام 1975 عندما وقع شاه إيران ... اتفاق مصالحة"، "حتى نوفمبر 1911 حيث توسطت بريطانيا")."""
    if _bounds_period(tokens, time) and not _until_when(tokens, time, trigger):
        return False
    # a participle shortly before the time takes it ("الاتفاق النووي مع إيران الموقع عام 2015")، unless
    # it is among the event noun's own adjectives ("القمة التاريخية المقررة الشهر المقبل"); not one
    # further back ("الولايات المتحدة وألمانيا وفرنسا معا روسيا، الخميس")
    # (a phrase's last word is its object's: "الانسحاب من الاتفاق النووي المبرم")
    start = trigger.last if time.first >= trigger.last else 0
    near = range(max(start, time.first - _PARTICIPLE_REACH), time.first)
    adjectives = trigger.last
    while adjectives < len(tokens) and tokens[adjectives].definite and _event_noun(trigger):
        adjectives += 1
    if any(
        _participle(tokens[i]) and tokens[i + 1].norm in _PARTICIPLE_LINKS
        for i in near
        if not trigger.first <= i < adjectives
    ):
        return False
    if time.first >= trigger.last:
        first, last = trigger.last, time.first
        own_relative = _own_relative(tokens, trigger)
        skipped = {own_relative, own_relative + 1} if own_relative is not None else set()
        # an event noun right after the trigger is its genitive, the same event ("جولة مباحثات")
        later = [t for t in triggers if first < t.first < last and t.first not in skipped]
    else:
        first, last = time.last, trigger.first
        skipped = set()
        if any(t.norm in _EARLIER for t in tokens[first:last]):
            return False
        if trigger.value.pos == "verb" and _in_relative_aside(tokens, time, last):
            return False
        later = [trigger] if any(first <= t.first < last for t in triggers) else []
    between = [t for i, t in enumerate(tokens[first:last], first) if i not in skipped]
    if sum(t.is_word for t in between) > _DATE_REACH:
        return False
    marks = QUOTES | COMMAS
    if any(t.norm in _NOT_ITS_TIME - marks or t.norm.removeprefix("و") in _THAT for t in between):
        return False
    if not _asides_only(tokens, first, last, time):
        return False
    return all(_coordinated(tokens, other) for other in later)


_ASIDE = 3  # the most tokens a pair of commas or quotes sets off as an aside ("، 36 عاما،")
_TIME_PHRASE = 5  # the most tokens between a comma and the time a phrase it opens leads to


def _asides_only(tokens: Sequence[Token], first: int, last: int, time: TimeExpression) -> bool:
    """The commas and quotes of tokens[first:last] set off the time ("، الأربعاء،"، "، في بيان
    الثلاثاء"، "، في وقت مبكر من يوم السبت") or short asides and names ("، علام موسى،"، "منظمة
    "هيومن رايتس ووتش"، الاثنين")."""
    for marks in (COMMAS, QUOTES):
        found = [i for i in range(first, last) if tokens[i].norm in marks]
        if marks is COMMAS and len(found) % 2 and time.first >= last:
            after = found[-1] + 1
            if last - after <= 1 or (last - after <= _TIME_PHRASE and tokens[after].norm in _TIME_OPENERS):
                found.pop()  # the comma opens the time: "، الأربعاء"، "، في عام 1985"
        if marks is COMMAS and len(found) % 2 and time.last <= first and found[0] == first:
            found.pop(0)  # it closes the time: "الأحد، اعتقال"
        if len(found) % 2 or any(b - a - 1 > _ASIDE for a, b in zip(found[::2], found[1::2], strict=True)):
            return False
    return True


def _in_relative_aside(tokens: Sequence[Token], time: TimeExpression, verb: int) -> bool:
    """The time before a verb is that of a relative clause a comma closes before it ("وتعترض إسرائيل
    على الاتفاق النووي الذي وُقع مع إيران في عام 2015، وأشاد نتنياهو بقرار ترامب"): the relative
    pronoun comes after the last break before the time, a comma after it. (Not read before an event
    noun, which the relative clause often tells of: "الغارة الأخيرة، التي وقعت في أبريل الماضي، وأدت
    إلى مقتل 40"، "حادث الدهس الذي وقع ... الاثنين، ... اعتقال سائق الشاحنة".)"""
    opening = time.first
    while opening > 0 and tokens[opening - 1].norm not in CLAUSE_BREAKS:
        opening -= 1
    return any(t.norm in RELATIVE_PRONOUNS for t in tokens[opening : time.first]) and any(
        t.norm in COMMAS for t in tokens[time.last : verb]
    )


def _own_relative(tokens: Sequence[Token], trigger: Match) -> int | None:
    """The relative pronoun that opens a clause describing a definite event noun: after adjectives
    only ("القمة المرتقبة التي"، "مذكرة التفاهم التي")."""
    if trigger.value.pos == "verb" or not tokens[trigger.last - 1].definite:
        return None
    for i in range(trigger.last, min(trigger.last + _OWN_RELATIVE, len(tokens))):
        if tokens[i].norm in ("الذي", "التي"):
            return i
        if not tokens[i].definite or _participle(tokens[i]):
            return None
    return None


def _coordinated(tokens: Sequence[Token], other: Match) -> bool:
    """A later event joined to the first with و, or its circumstance ("في كمين"، "إثر قصف"; not
    what ب takes: "ووجهت واشنطن الجمعة الاتهام ... بقرصنة أجهزة كمبيوتر ... في 2016")."""
    before = tokens[other.first - 1].norm if other.first else ""
    return other.prefix.startswith("و") or before in _CIRCUMSTANCE
