"""Dates, places and sentence ends read on real 2018 articles (events.timing, resolve.dates,
resolve.places, text.sentences)."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates, extract
from hadath.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("sentence", "published", "trigger", "date"),
    [
        # SK-middleEast-3151-20180728: last year, set off by commas after the verb
        (
            "يذكر أن وزير الخارجية السورية وليد المعلم أعرب، العام الماضي، عن استعداد دمشق للحوار مع"
            ' الأكراد حول إقامة "إدارة ذاتية".',
            "2018-07-28",
            "عن استعداد",
            "2017",
        ),
        # BB-middleEast-533-20180524: last week, as the month of the day a week back
        (
            "ولم يكشف بومبيو عن طبيعة الإجراءات الجديدة التي تجهزها واشنطن، لكنه وصف فرض عقوبات على رئيس"
            ' البنك المركزي الإيراني، الأسبوع الماضي، بأنها "فقط مجرد بداية".',
            "2018-05-24",
            "فرض عقوبات",
            "2018-05",
        ),
        # SK-internationalNews-3258-20181001 (dates_dev): last month
        (
            "وزعم الادعاء الاثنين، أن الرجال الستة وجميعهم مواطنون ألمان تتراوح أعمارهم بين 20 و 30 عاما-"
            ' شكلوا جماعة تطلق على نفسها اسم "ثورة كيمنتس" مع رجل سابع اعتقل في قضية منفصلة الشهر الماضي.',
            "2018-10-01",
            "اعتقل",
            "2018-09",
        ),
    ],
)
def test_last_week_month_or_year_dates_the_event(
    sentence: str, published: str, trigger: str, date: str
) -> None:
    dates = [c.event.date for c in candidates(sentence, published) if c.event.trigger_text == trigger]
    assert dates == [date]


def test_a_year_in_a_relative_clause_before_a_verb_makes_it_no_history() -> None:
    # BB-middleEast-1016-20180928: the deal was signed in 2015; Netanyahu's praise is news, not history
    sentence = (
        "وتعترض إسرائيل على الاتفاق النووي الذي وُقع مع إيران في عام 2015، وأشاد نتنياهو بقرار الرئيس"
        " الأمريكي، دونالد ترامب، الانسحاب منه."
    )
    dates = [c.event.date for c in candidates(sentence, "2018-09-28") if c.event.trigger_text == "وأشاد"]
    assert dates == [None]  # no time of its own: the pipeline gives it the publication day


def _places(sentence: str, published: str, trigger: str) -> list[str | None]:
    events = extract(sentence, published).to_dict()["events"]
    return [(e["location"] or {}).get("name") for e in events if e["trigger"]["text"] == trigger]


def test_an_event_after_haythu_happens_at_the_place_before_it() -> None:
    # SK-middleEast-3222-20180801: held in Tripoli, the place حيث refers to
    sentence = (
        "وكان الإرهابي قد سافر إلى ليبيا مع شقيقه هاشم قبل وقت قصير من التفجير، قبل أن يعود إلى مانشستر"
        " لتنفيذ الهجوم، بينما بقي شقيقه في طرابلس، حيث تم احتجازه لدى جماعة تابعة لبلحاج."
    )
    assert _places(sentence, "2018-08-01", "احتجازه") == ["Tripoli"]


def test_the_place_of_the_event_answered_is_not_the_strikes() -> None:
    # AL-internationalNews-1117-20180511: the strikes were in Syria; the rockets answered hit the Golan
    sentence = (
        "وأعلن الجيش الإسرائيلي، الخميس، أنه ضرب ليلاً عشرات الأهداف العسكرية الإيرانية في سوريا رداً على"
        " إطلاق صواريخ نسبه إلى إيران ضد مواقعه في هضبة الجولان المحتلة."
    )
    assert _places(sentence, "2018-05-11", "ضرب") == ["Syria"]


def test_a_full_stop_with_no_space_after_it_ends_the_sentence() -> None:
    # FR-internationalNews-2165-20180705: "ترشحه.بوضياف" is two sentences; "سي.إن.إن" and
    # "بيت.كوم" are not
    text = (
        "وأعلن عن تفاؤله بجمع التوقيعات لقبول ترشحه.بوضياف، وهو نجل الرئيس الراحل محمد بوضياف، قال إنه"
        " تخلى عن مطلب إعادة فتح التحقيق. وقالت شبكة سي.إن.إن وموقع بيت.كوم إن ذلك صحيح."
    )
    assert [text[s.start : s.end].split()[0] for s in split_sentences(text)] == ["وأعلن", "بوضياف،", "وقالت"]


def test_a_denial_reaches_an_event_noun_in_scare_quotes() -> None:
    # CN-middleEast-282-20180316: the government denied reports of "secret negotiations"
    sentence = (
        'نفت الحكومة اليمنية، المعترف بها دوليا، الجمعة، تقارير إخبارية عن وجود "مفاوضات سرية" بين الحوثيين'
        " والمملكة العربية السعودية من أجل إنهاء الحرب المستمرة في اليمن منذ 3 سنوات."
    )
    statuses = [
        c.event.status for c in candidates(sentence, "2018-03-16") if c.event.trigger_text == "مفاوضات"
    ]
    assert statuses == ["negated"]
