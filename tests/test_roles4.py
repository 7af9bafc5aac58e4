"""Who did what to whom in real 2018 corpus sentences (round 4 of session 15)."""

from __future__ import annotations

import hadath
from hadath.model import Event

# SK-internationalNews-3436-20181012
BRANSON = (
    "بعد نحو عامين قضاهما بين السجن والإقامة الجبرية، قرر القضاء التركي، الجمعة، إطلاق سراح القس "
    "الأميركي أندرو برانسون، مما يمثل انفراجة نسبية في أزمة عكرت العلاقة بين أنقرة وواشنطن، وزادت "
    "عمق الأزمة الاقتصادية التي عرفتها تركيا خلال الأشهر الأخيرة."
)

# BB-middleEast-824-20180802
SEOUL = "وأضاف أن سيول تبذل ما في وسعها لضمان إطلاق سراح مواطنها المخطوف."


def _releases(text: str, date: str) -> list[Event]:
    return [e for e in hadath.extract(text, date=date).events if e.type == "RETREAT"]


def test_the_genitive_of_a_release_is_who_is_set_free() -> None:
    """ "إطلاق سراح القس الأميركي": the American pastor is released (the target), not the releaser."""
    releases = _releases(BRANSON, "2018-10-12")
    assert releases and all(e.target and e.target.country == "USA" for e in releases)
    assert all(e.source is None or e.source.country != "USA" for e in releases)


def test_a_kidnapped_citizen_is_not_the_releaser() -> None:
    """ "إطلاق سراح مواطنها المخطوف": the kidnapped citizen is the one to be freed."""
    releases = _releases(SEOUL, "2018-08-02")
    assert releases and all(e.source is None or e.source.sector != "CVL" for e in releases)
    assert any(e.target and e.target.sector == "CVL" for e in releases)
