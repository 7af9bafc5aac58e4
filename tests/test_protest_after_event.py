"""A protest mentioned after another event of its sentence is that event's setting or cause, which
the acceptance model weighs (events/acceptance.py, _after_other_event), on real 2018 news."""

from __future__ import annotations

import pytest

from hadath.pipeline import extract
from tests.conftest import protest_features

# SK-middleEast-2160-20180604: the news is the arrests; the protests are when they were made
ARRESTS = (
    "وكانت قد أعلنت أجهزة الأمن عن اعتقال العشرات خلال الاحتجاجات الأخيرة التي عمت مدن المملكة من"
    " بينم جنسيات عربية."
)
# FR-internationalNews-2326-20180716: the clashes came after months of protests
CLASHES = "ووقعت المواجهات بعد أكثر من ثلاثة أشهر من التظاهرات الاحتجاجية على طول الحدود."


@pytest.mark.parametrize(("sentence", "published"), [(ARRESTS, "2018-06-04"), (CLASHES, "2018-07-16")])
def test_a_protest_after_another_event_is_not_the_news(sentence: str, published: str) -> None:
    (found,) = protest_features(sentence, published)
    assert found.get("PROTEST:after_event") == 1.0
    assert [e for e in extract(sentence, published).events if e.type == "PROTEST"] == []


def test_a_protest_that_opens_its_sentence_is_judged_as_before() -> None:
    # plover_dev (2018): the protest is the sentence's news, no other event's trigger before it
    sentence = "وشارك آلاف الفلسطينيين في الاحتجاجات قرب الحدود بعد عصر الجمعة لحوالي ثلاث ساعات."
    (found,) = protest_features(sentence, "2018-05-12")
    assert "PROTEST:after_event" not in found
    assert any(e.type == "PROTEST" for e in extract(sentence, "2018-05-12").events)
