"""When an event happens (events.timing, resolve.dates) on real Arabic sentences."""

from __future__ import annotations

from hadath.pipeline import candidates


def test_a_nisba_adjective_is_no_participle_with_a_time_of_its_own() -> None:
    # BB-internationalNews-686-20180623: الماضية is no participle taking the year (الموقع في عام 2015
    # is); the wave of protests that began in 2015 is history
    sentence = (
        "وشهدت اثيوبيا موجة من الاحتجاجات على مدار السنوات الماضية بدأت في عام 2015 بسبب خلاف على ملكية"
        " أراضي بين محتجين من عرقية أورومو والحكومة."
    )
    assert "الاحتجاجات" not in {c.event.trigger_text for c in candidates(sentence, "2018-06-23")}
