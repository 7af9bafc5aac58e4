"""Event dates: time expressions in a sentence resolved against the publication date.

Handles أمس/اليوم/غدا, weekdays with or without الماضي/المقبل ("يوم الجمعة الماضي"), month names
in both systems, also written together ("سبتمبر/ أيلول الماضي"), day numbers before a month,
explicit years, also after من ("أكتوبر من العام الماضي"), times counted back ("قبل يومين"، "قبل
ثلاثة أشهر"). A bare weekday is the last such day, or today; an event planned for it takes the next
(``TimeExpression.ahead``, chosen by the coder once it knows the event's status). A result is as
precise as the text: "2017-11-24", "2017-09" or "2014"; a decade ("في التسعينيات": "199") or a century
("القرن الماضي": "19") only tells history from news and dates no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hadath.lexicon import Match
from hadath.lexicon.matchers import Cues, cue_words
from hadath.text.normalize import normalize_word
from hadath.text.tokens import Token

_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
# After a month name a four-digit number is its year however old ("نوفمبر/تشرين الثاني 1911"); alone,
# only a recent one is (_YEAR: "1500 شخص" is a count).
_MONTHS_YEAR = re.compile(r"^(1\d{3}|20\d\d)$")
_YEAR_WORDS = frozenset({"عام", "سنة", "عامي"})  # before a year number: "يوليو عام 2015", "لعام 2016"
_THE_YEAR = frozenset({"العام", "السنة"})  # before الماضي/المقبل: "سبتمبر العام الماضي"
_DAY = re.compile(r"^([1-9]|[12]\d|3[01])$")


@dataclass(slots=True)
class TimeExpression:
    first: int  # token span [first, last)
    last: int
    value: str  # resolved ISO date, month or year; a decade's or century's first digits ("199", "19")
    # A weekday named bare ("يوم الاثنين") is the last such day, or today, in a report; of an event
    # still to come ("سيجتمع الوزراء يوم الاثنين") it is the next: that day's date.
    ahead: str | None = None
    # "الأسبوع/الشهر/العام المقبل": the time of what is still to come, whatever its precision.
    to_come: bool = False


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_time_expressions(
    tokens: Sequence[Token], cues: Sequence[Match[Cues]], published: date | None
) -> list[TimeExpression]:
    """Every resolvable time expression of a sentence, in order."""
    found: list[TimeExpression] = []
    by_first = {m.first: m for m in cues}
    i = 0
    while i < len(tokens):
        match = by_first.get(i)
        # a time counted back opens with قبل, a year is digits: most words are neither, so ask no more
        expression = _ago(tokens, i, by_first, published) if _AGO in tokens[i].norm else None
        if expression is None and match:
            expression = _expression_at(tokens, match, by_first, published)
        if expression is None and tokens[i].norm.isdigit():
            expression = _year_at(tokens, i)
        if expression is None:
            i += 1
            continue
        found.append(expression)
        i = expression.last
    return found


_AGO = "قبل"
_ABOUT = frozenset({"نحو", "حوالي", "قرابة"})  # "قبل نحو عامين"
_FEW = frozenset({"قليلة", "قليل"})  # "قبل أيام قليلة"


def _ago(
    tokens: Sequence[Token], i: int, by_first: dict[int, Match[Cues]], published: date | None
) -> TimeExpression | None:
    """ "قبل يومين"، "قبل ثلاثة أسابيع"، "قبل عام": a time counted back from publication, as precise
    as its unit - a day for hours and days, a month for weeks and months, a year for years; "قبل
    أيام" (a few) is this month or last, "قبل أشهر" or "قبل سنوات" no date. Not "قبل (أيام قليلة)
    من الانتخابات" (counted back from another event) nor "قبل عام 2015" (before a year)."""
    if published is None or not any(s.form == _AGO and s.prefix in ("", "و") for s in tokens[i].stems):
        return None
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].norm in _ABOUT)
    count = None
    if j < len(tokens) and tokens[j].norm.isdigit():
        count, j = int(tokens[j].norm), j + 1
    elif (number := by_first.get(j)) and number.value.get("number", "").isdigit():
        count, j = int(number.value["number"]), number.last
    unit_match = by_first.get(j)
    if unit_match is None or "period" not in unit_match.value:
        return None
    end = unit_match.last
    after = end + (end < len(tokens) and tokens[end].norm in _FEW)
    if after < len(tokens) and (tokens[after].norm == "من" or _YEAR.match(tokens[after].norm)):
        return None
    unit = unit_match.value["period"]
    if count is None and not unit.endswith("s"):
        count = 2 if tokens[j].norm.endswith("ين") else 1  # the dual: يومين، عامين، سنتين
    unit = unit.removesuffix("s")
    if unit in ("hour", "day"):
        day = published - timedelta(days=0 if unit == "hour" else count or 3)
        value = day.isoformat() if count or unit == "hour" else f"{day:%Y-%m}"
    elif unit == "week":
        value = f"{published - timedelta(weeks=count or 3):%Y-%m}"
    elif count is None:
        return None
    elif unit == "month":
        months = published.year * 12 + published.month - 1 - count
        value = f"{months // 12:04d}-{months % 12 + 1:02d}"
    else:
        value = f"{published.year - count:04d}"
    return TimeExpression(i, end, value)


def _direction_after(
    by_first: dict[int, Match[Cues]], position: int, tokens: Sequence[Token]
) -> tuple[str, int]:
    # Skip the slash and the second month name of "سبتمبر/ أيلول الماضي".
    j = position
    while j < len(tokens) and (tokens[j].norm == "/" or (j in by_first and "month" in by_first[j].value)):
        j = by_first[j].last if j in by_first else j + 1
    match = by_first.get(j)
    if match and "direction" in match.value:
        return match.value["direction"], match.last
    return "", position


def _expression_at(
    tokens: Sequence[Token], match: Match[Cues], by_first: dict[int, Match[Cues]], published: date | None
) -> TimeExpression | None:
    cue = match.value
    if "relative_day" in cue and published:
        if cue["relative_day"] == "0" and not match.prefix.endswith("ال"):
            return None  # "اليوم" is today, a bare "يوم" is just "day"
        day = published + timedelta(days=int(cue["relative_day"]))
        weekday = by_first.get(match.last)
        if weekday is None or "weekday" not in weekday.value:
            return TimeExpression(match.first, match.last, day.isoformat())
        # "غدا الخميس"، "اليوم الأربعاء": the day named, the one nearest (an article dated a day
        # late still says "اليوم الأربعاء" of Wednesday) - but today or yesterday is no day to come.
        day += timedelta(days=(int(weekday.value["weekday"]) - day.weekday() + 3) % 7 - 3)
        if int(cue["relative_day"]) <= 0:
            day = min(day, published)
        return TimeExpression(match.first, weekday.last, day.isoformat())
    if "weekday" in cue and published and match.prefix.endswith("ال"):
        # A day is named with the article ("الأحد"، "يوم الجمعة"): a bare "أحد" is "one of".
        direction, end = _direction_after(by_first, match.last, tokens)
        back = (published.weekday() - int(cue["weekday"])) % 7
        forward = (int(cue["weekday"]) - published.weekday()) % 7
        if direction == "future":
            day = published + timedelta(days=forward or 7)
        else:
            day = published - timedelta(days=back or (7 if direction == "past" else 0))
        ahead = None if direction else (published + timedelta(days=forward)).isoformat()
        return TimeExpression(match.first, max(end, match.last), day.isoformat(), ahead)
    if "period" in cue and published and match.prefix.endswith("ال"):
        return _period(tokens, match, by_first, published)
    if "month" in cue:
        return _month_expression(tokens, match, by_first, published)
    if "decade" in cue and published and not _age(tokens, match):
        return _decade(tokens, match, by_first, published)
    if "century" in cue and published:
        return TimeExpression(match.first, match.last, str(_century(cue["century"], published) - 1))
    return None


def _century(value: str, published: date) -> int:
    """The century a cues.tsv ``century`` row names: its number, or the one before publication's."""
    return published.year // 100 if value == "past" else int(value)


def _decade(
    tokens: Sequence[Token], match: Match[Cues], by_first: dict[int, Match[Cues]], published: date
) -> TimeExpression | None:
    """ "في التسعينيات"، "خلال تسعينيات القرن الماضي"، "الستينيات من القرن العشرين": the decade as its
    years' first three digits ("199"), of the century named after it, else the last one begun before
    publication ("الخمسينيات" of 2018 are the 1950s) - from the fifties on: a bare earlier one is as
    often an adult's age as a time."""
    end = match.last
    after = end + (end < len(tokens) and tokens[end].norm == "من")
    century = by_first.get(after)
    tens = int(match.value["decade"])
    if century is not None and "century" in century.value:
        year, end = (_century(century.value["century"], published) - 1) * 100 + tens, century.last
    elif tens < _AGE_DECADES:
        return None  # "رجلين في مطلع العشرينات"، "بائع متجول في منتصف الثلاثينات": an age
    else:
        year = published.year // 100 * 100 + tens
        if year > published.year:
            year -= 100
    return TimeExpression(match.first, end, str(year // 10))


_AGE_DECADES = 50  # the first decade that, bare, is a time rather than an age
_AGE_WORDS = frozenset({"عمر", "العمر"})  # "في الخمسينيات من عمره"، "في الثلاثينيات من العمر"
_AGE_HOLDERS = frozenset({"هو", "هي", "وهو", "وهي"})  # "وهو في أواخر العشرينات": his age
_AGE_REACH = 3  # tokens before a decade its holder's pronoun stands at


def _age(tokens: Sequence[Token], match: Match[Cues]) -> bool:
    """A decade of someone's age, not of history: "من عمره" or "من العمر" after it, or a pronoun a
    few words before it ("وهو في أواخر العشرينات")."""
    end = match.last
    if (
        end + 1 < len(tokens)
        and tokens[end].norm == "من"
        and any(s.form in _AGE_WORDS for s in tokens[end + 1].stems)
    ):
        return True
    return any(t.norm in _AGE_HOLDERS for t in tokens[max(0, match.first - _AGE_REACH) : match.first])


def _month_expression(
    tokens: Sequence[Token], match: Match[Cues], by_first: dict[int, Match[Cues]], published: date | None
) -> TimeExpression | None:
    if match.last - match.first == 1 and not any(
        s.form in cue_words("month") and not s.suffixed for s in tokens[match.first].stems
    ):
        return None  # "مايك" (Mike) is no ماي + ك
    month = int(match.value["month"])
    first = match.first
    day = None
    if first > 0 and _DAY.match(tokens[first - 1].norm):
        day = int(tokens[first - 1].norm)
        first -= 1
    direction, end = _direction_after(by_first, match.last, tokens)
    year = None
    j = max(end, match.last)
    while j < len(tokens) and (tokens[j].norm == "/" or (j in by_first and "month" in by_first[j].value)):
        j = by_first[j].last if j in by_first else j + 1
    if j > max(end, match.last) and tokens[j - 1].norm != "/":
        end = j  # "في 21 آذار/مارس": the second name is of the time too
    if j + 1 < len(tokens) and tokens[j].norm == "من" and _year_word(tokens[j + 1]):
        j += 1  # "28 أكتوبر من عام 2008"، "سبتمبر من العام الماضي"
    if j + 1 < len(tokens) and _year_word(tokens[j]) and _MONTHS_YEAR.match(tokens[j + 1].norm):
        j += 1  # "يوليو عام 2015"
    if j < len(tokens) and _MONTHS_YEAR.match(tokens[j].norm):
        year, end = int(tokens[j].norm), j + 1
    elif not direction and published and j < len(tokens) and tokens[j].norm in _THE_YEAR:
        # "في سبتمبر/أيلول العام الماضي": the month of last year (or of next year)
        direction_of_year, after = _direction_after(by_first, j + 1, tokens)
        if direction_of_year:
            year = published.year + (1 if direction_of_year == "future" else -1)
            end = after
    if day is None and year is None and not direction and not _introduces_month(tokens, match):
        return None  # "وقالت تيريزا ماي إن"، "مارس ضغوطا": a bare month name needs في، منذ، مطلع ...
    if year is None and published:
        year = published.year
        if direction == "past" and month >= published.month:
            year -= 1
        elif direction == "future" and month <= published.month:
            year += 1
        elif not direction and month > published.month + 1:
            year -= 1  # a month named without a year is most often a recent one
    if year is None:
        return None
    value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return TimeExpression(first, max(end, match.last), value)


def _period(
    tokens: Sequence[Token], match: Match[Cues], by_first: dict[int, Match[Cues]], published: date
) -> TimeExpression | None:
    """ "الأسبوع المقبل"، "الشهر القادم"، "العام المقبل": the next month ("2018-06") or year ("2019");
    the next week as a day in it, a week after publication. "الأسبوع الماضي"، "الشهر الماضي"، "العام
    الماضي": the last month or year; the last week as the month of the day a week back, as "قبل
    أسبوع" ("وصف فرض عقوبات على رئيس البنك المركزي، الأسبوع الماضي"، "أعرب، العام الماضي، عن
    استعداد دمشق"; they were given the publication day)."""
    direction, end = _direction_after(by_first, match.last, tokens)
    period = match.value["period"]
    if not direction or period not in ("week", "month", "year"):
        return None
    if period == "year" and _former_general(tokens, match, end):
        return None
    if direction == "past" and tokens[match.first].norm.endswith("ين"):
        return None  # "خلال الأسبوعين الماضيين": a span up to publication, no date
    step = 1 if direction == "future" else -1
    if period == "week":
        day = published + timedelta(days=7 * step)
        value = day.isoformat() if step > 0 else f"{day:%Y-%m}"
    elif period == "month":
        months = published.year * 12 + published.month - 1 + step
        value = f"{months // 12:04d}-{months % 12 + 1:02d}"
    else:
        value = f"{published.year + step:04d}"
    return TimeExpression(match.first, end, value, to_come=step > 0)


def _former_general(tokens: Sequence[Token], match: Match[Cues], end: int) -> bool:
    """ "المدعي العام السابق"، "الأمين العام السابق": after a definite noun "العام" is "general" and
    "السابق" (an office adjective) "former" - a title, not last year."""
    return (
        match.first > 0
        and any(s.prefix.endswith("ال") for s in tokens[match.first - 1].stems)
        and any(s.form in cue_words("office_adjective") for s in tokens[end - 1].stems)
    )


# Words after which a month name with no day, year or الماضي/المقبل is a time: "في مارس",
# "منذ أيار", "مطلع يونيو", "شهر أبريل"; and a bare year ("في 2016").
_MONTH_INTRODUCERS = frozenset(
    normalize_word(word)
    for word in (
        "في",
        "منذ",
        "خلال",
        "حتى",
        "بحلول",
        "مطلع",
        "أوائل",
        "أواخر",
        "أواسط",
        "منتصف",
        "نهاية",
        "بداية",
        "شهر",
    )
)


# ماي (May, in the Maghreb) is as often Theresa May ("اتصلت راد بماي"): only a word introduces it,
# not ب or ل.
_NAME_MONTHS = frozenset({"ماي"})


def _introduces_month(tokens: Sequence[Token], match: Match[Cues]) -> bool:
    previous = tokens[match.first - 1].norm if match.first > 0 else ""
    if previous in _MONTH_INTRODUCERS:
        return True
    word = tokens[match.first].norm[len(match.prefix) :]
    return word not in _NAME_MONTHS and match.prefix.removesuffix("ال") in ("ب", "وب", "ل", "ول")


def _year_at(tokens: Sequence[Token], i: int) -> TimeExpression | None:
    """ "عام 2015"، "العام 2014"; a bare year after a word that opens a time ("في 2016"، "منذ 2011"،
    "مطلع 2017"): the year alone."""
    if not _YEAR.match(tokens[i].norm) or i == 0:
        return None
    if _year_word(tokens[i - 1]):
        return TimeExpression(i - 1, i + 1, tokens[i].norm)
    if any(s.form in _MONTH_INTRODUCERS and s.prefix in ("", "و", "ف") for s in tokens[i - 1].stems):
        return TimeExpression(i, i + 1, tokens[i].norm)
    return None


def _year_word(token: Token) -> bool:
    return any(s.form in _YEAR_WORDS for s in token.stems)


def nearest(expressions: Sequence[TimeExpression], position: int) -> TimeExpression | None:
    """The time expression closest to token ``position`` (ties: the earlier one)."""
    best = None
    for expression in expressions:
        distance = min(abs(expression.first - position), abs(expression.last - 1 - position))
        if best is None or distance < best[0]:
            best = (distance, expression)
    return best[1] if best else None
