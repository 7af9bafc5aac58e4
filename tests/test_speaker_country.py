"""بلاده "his country" is the country of the person named just before it, not the sentence's first state."""

from __future__ import annotations

import pytest

from hadath.pipeline import extract


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        # SK-middleEast-1519-20180508: Israel is named first, the withdrawal is Trump's country's
        (
            "وكان الجيش الإسرائيلي قد نشر منظومات دفاع جوي في الجولان المحتل، بالتزامن مع إعلان الرئيس"
            " الأميركي دونالد ترامب انسحاب بلاده من الاتفاق النووي المبرم مع إيران.",
            "SANCTION",
            "USA",
        ),
        # FR-internationalNews-2297-20180714: the embassy moved is Trump's country's, not Abbas's
        (
            "وفي سياق هذا اللقاء أبلغ عباس بوتين قلقه إزاء قرار الرئيس الأمريكي دونالد ترامب نقل سفارة بلاده"
            " إلى القدس وكذلك إزاء أنشطة الاستيطان الإسرائيلية.",
            "SUPPORT",
            "USA",
        ),
    ],
)
def test_his_country_is_the_named_persons(sentence: str, event_type: str, source: str) -> None:
    events = [e for e in extract(sentence, "2018-05-08").events if e.type == event_type]
    assert events and all(e.source is not None and e.source.country == source for e in events)
