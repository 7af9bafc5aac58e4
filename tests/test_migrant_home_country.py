"""Migrants and refugees a sentence gives no nationality are not placed in the story's home country:
the story is of the state they reached, not the one they left - unless the sentence tells of their
return home."""

from __future__ import annotations

from hadath.pipeline import extract


def _targets(text: str, date: str, event_type: str) -> list[tuple[str, str | None]]:
    return [
        (e.target.text, e.target.country)
        for e in extract(text, date).events
        if e.type == event_type and e.target is not None
    ]


def test_migrants_kept_out_are_not_of_the_state_that_bars_them() -> None:
    # SK-internationalNews-3376-20181009
    text = (
        "قال وزير استرالي، الثلاثاء، إن بلاده تعتزم منع بعض المهاجرين الجدد من الإقامة في أكبر مدنها، "
        'سيدني وملبورن وبرزبين، "لبضعة أعوام على الأقل" بهدف تخفيف التكدس في المناطق الحضرية.'
    )
    assert _targets(text, "2018-10-09", "COERCE") == [("المهاجرين", None)]


def test_migrants_to_be_deported_are_not_of_the_deporting_state() -> None:
    # FR-internationalNews-287-20180306
    text = (
        "وتركزت حملة سالفيني الانتخابية على معاداة الهجرة ووعد بترحيل مئات آلاف المهاجرين "
        '"غير القانونيين" ووصف اليورو بأنه "عملة فاشلة".'
    )
    assert _targets(text, "2018-03-06", "COERCE") == [("المهاجرين", None)]


def test_refugees_called_home_are_of_the_state_that_calls_them() -> None:
    # SK-middleEast-2737-20180703
    text = (
        'دعت الحكومة السورية اللاجئين إلى العودة، قائلة إنها طهرت بنجاح مناطق كبيرة من "الإرهابيين" '
        "حيث تعكس الدعوة النادرة ثقة الحكومة المتزايدة بعد أكثر من سبع سنوات من الحرب."
    )
    assert _targets(text, "2018-07-03", "REQUEST") == [("اللاجئين", "SYR")]
