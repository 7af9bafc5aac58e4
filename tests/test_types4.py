"""Trigger words in another sense (events/coder.py, lexicon/data/triggers.tsv): وصل إلى reports a visit
only when an official arrives, وصل إلى حد "went as far as" is no arrival at all, فيصل فجر is a footballer,
سيطر على مجريات a team dominating a match and تظاهر بـ "pretended"; on real 2018 corpus sentences
(doc_id noted)."""

from __future__ import annotations

from hadath.pipeline import extract


def _types(text: str, published: str) -> list[str]:
    return [e.type for e in extract(text, published).events]


def test_refugees_arriving_pay_no_visit() -> None:
    # BB-internationalNews-1029-20180828: migrants crossing the sea, no Greek-refugee meeting
    text = (
        "ومنذ ذلك الحين وحتى يوليو/ تموز 2018، ووفقا لأرقام الاتحاد الأوربي، فإن 71645 لاجئا جديدا قد"
        " وصلوا إلى اليونان عبر البحر، بينما أعيد 2224 فقط إلى تركيا."
    )
    assert "CONSULT" not in _types(text, "2018-08-28")


def test_reached_the_point_of_is_no_arrival() -> None:
    # FR-middleEast-575-20180603: the crisis "went as far as" cutting ties; Egypt visited no one
    text = (
        "وعلى خلفية هذه الحادثة، تأزم الوضع مع السعودية والإمارات والبحرين ثم مصر ووصل إلى حد الإعلان"
        " عن قطع العلاقات الدبلوماسية مع قطر في 5 يونيو/حزيران 2017 وغلق جميع الممرات والمعابر البرية"
        " والجوية."
    )
    types = _types(text, "2018-06-03")
    assert "CONSULT" not in types
    assert "SANCTION" in types


def test_a_leader_arriving_still_visits() -> None:
    # CN-middleEast-1396-20181004
    text = (
        "وصلت المستشارة الألمانية، أنجيلا ميركل، إلى إسرائيل، الأربعاء، حسب ما أعلنه المتحدث باسم رئيس"
        " الوزراء الإسرائيلي لشؤون الإعلام العربي، أوفير جندلمان."
    )
    assert "CONSULT" in _types(text, "2018-10-04")


def test_footballer_faycal_fajr_blows_up_nothing() -> None:
    # FR-internationalNews-1879-20180618: فجر is the Moroccan midfielder's name, not "blew up"
    text = (
        'ويستعد "أسود الأطلس" لمواجهة البرتغال في المباراة الثانية ضمن منافسات مجموعتهم (الثانية)'
        ' المقررة الأربعاء المقبل على ملعب "لوجنيكي" في موسكو، وأن الخسارة لا تزال مؤثرة فيهم، كما أقر'
        " به لاعب الوسط فيصل فجر لفرانس 24."
    )
    assert "ASSAULT" not in _types(text, "2018-06-18")


def test_controlling_the_run_of_play_seizes_nothing() -> None:
    # FR-internationalNews-2008-20180625: Russia's team dominated the match against Saudi Arabia
    text = (
        "فسيطرت على مجريات اللقاء رغم أن السعوديين كانوا منتشرين جيدا على الميدان، ساعين من جهتهم إلى"
        " العودة لبلادهم بفوز شرفي يعطي طعم الفرح لمغامرتهم الروسية."
    )
    assert "COERCE" not in _types(text, "2018-06-25")


def test_pretending_to_be_injured_is_no_demonstration() -> None:
    # FR-internationalNews-1647-20180605: تظاهر بـ "pretended", a goalkeeper feigning injury
    text = (
        "أقر مدرب المنتخب التونسي لكرة القدم نبيل معلول بأنه طلب من حارس مرماه معز حسن التظاهر بتعرضه"
        " للإصابة خلال المباراتين أمام البرتغال في 29 أيار/مايو وتركيا في الأول من حزيران/يونيو تحضيرا"
        " لمونديال 2018، وذلاك لأجل السماح للاعبي المنتخب بالإفطار."
    )
    assert "PROTEST" not in _types(text, "2018-06-05")
