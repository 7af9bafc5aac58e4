"""A rights or relief organisation its words tie to no state is not placed in the story's home country:
it reports on that state, it is not of it."""

from __future__ import annotations

from hadath.pipeline import extract


def test_rights_groups_criticising_a_state_are_not_of_it() -> None:
    # AL-internationalNews-804-20180405
    text = (
        "وتعرضت #إسرائيل لانتقادات من قبل منظمات حقوقية على خلفية استخدام جنودها الرصاص الحي الأسبوع "
        "الماضي، فيما دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس ووزيرة خارجية الاتحاد الأوروبي "
        "فيديريكا موغيريني إلى إجراء تحقيق مستقل."
    )
    accusations = [e for e in extract(text, "2018-04-05").events if e.type == "ACCUSE"]
    assert [(e.source.text, e.source.country) for e in accusations if e.source] == [("منظمات حقوقية", None)]
    assert [e.target.country for e in accusations if e.target] == ["ISR"]
