"""A four-digit number after a month name is its year however old ("نوفمبر/تشرين الثاني 1911"): before,
only 1950-2099 were years, so an old month took the publication's year and its event read as news
(hadath.resolve.dates._MONTHS_YEAR). Alone, a number stays a year only from 1950 on ("1500 شخص")."""

from __future__ import annotations

from datetime import date

from hadath.lexicon.matchers import cue_matcher
from hadath.resolve.dates import find_time_expressions
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize
from tests.conftest import reported_dyads


def _times(text: str, published: date) -> list[str]:
    tokens = tokenize(normalize(text))
    return [t.value for t in find_time_expressions(tokens, list(cue_matcher().find(tokens)), published)]


def test_an_old_year_after_a_month_is_its_year() -> None:
    # BB-middleEast-1041-20180922: the Ottoman-Persian border talks (read 2017-11 before)
    text = "حتى نوفمبر /تشرين الثاني 1911 حيث توسطت بريطانيا وروسيا القيصرية"
    assert _times(text, date(2018, 9, 22)) == ["1911-11"]
    text = "ففي نوفمبر/ تشرين الثاني من عام 1913 تم التوصل إلى اتفاق جديد وقع في الاستانة"
    assert _times(text, date(2018, 9, 22)) == ["1913-11"]


def test_an_abdication_of_1924_is_history() -> None:
    # CN-internationalNews-638-20181003: "on this day" - Britain forced Sharif Hussein to abdicate
    sentence = (
        "في 3 أكتوبر/تشرين أول من عام 1924 أجبرت بريطانيا الشريف حسين على التنازل عن عرش المملكة"
        " الحجازية الهاشمية ونفته إلى قبرص."
    )
    assert reported_dyads(sentence, "2018-10-03", "CONCEDE") == []
