"""Words that look like events but are none - a rank taken, a feeling caused, Dante - and war tolls
counted in number words (events/split_phrases.py, events/casualties.py)."""

from __future__ import annotations

import hadath
from hadath.pipeline import candidates
from tests.conftest import dyad


def _types(text: str, date: str) -> set[str]:
    return {c.event.type for c in candidates(text, date)}


def test_a_rank_with_its_subject_between_is_no_seizure() -> None:
    # AL-sport-1052-20180402 and BB-culture-111-20180412: احتل ... المركز، أهمية with a team or a thing
    # (no actor) between the verb and its object: a place in a table, an importance, no occupation.
    team = (
        "وكانت آخر نسخة غادر فيها الهلال المسابقة من دور المجموعات كانت عام 2006 والتي كان يتأهل فريق "
        "واحد من كل مجموعة واحتل الهلال المركز الثاني في مجموعته التي ضمت العين الإماراتي المتصدر "
        "وماشال الأوزبكي والميناء العراقي."
    )
    assert "COERCE" not in _types(team, "2018-04-02")
    food = (
        'احتل الطعام أهمية في حياة المصريين كما يتضح من إحدى وظائف الملك نفسه والاعتقاد بأن "كلماته '
        'هي التي تخلق الطعام".'
    )
    assert "COERCE" not in _types(food, "2018-04-12")
    # A seizure stays one.
    assert "COERCE" in _types("واحتلت القوات التركية مدينة عفرين السورية.", "2018-03-18")


def test_what_gives_cause_for_a_feeling_asks_nothing() -> None:
    # CN-middleEast-1001-20180522 and SK-internationalNews-1594-20180516: يدعو للسخرية، للأسف
    # "is ridiculous, regrettable", no call on anyone.
    ridicule = (
        'وأضاف جندلمان: "التوجه الفلسطيني إلى المحكمة يدعو للسخرية لأنه يأتي حينما يواصل الفلسطينيون '
        'التحريض على تنفيذ عمليات إرهابية ضد مواطنينا".'
    )
    assert "REQUEST" not in _types(ridicule, "2018-05-22")
    regret = (
        "من جهتها، قالت وزارة الوحدة في الجارة كوريا الجنوبية، إن قرار كوريا الشمالية اليوم الأربعاء "
        "تعليق اجتماع على مستوى وزاري بين الكوريتين يدعو للأسف ولا يتفق مع إعلان تاريخي أصدره البلدان "
        "في أواخر أبريل."
    )
    assert "REQUEST" not in _types(regret, "2018-05-16")


def test_dante_condemns_no_one() -> None:
    # BB-culture-218-20180705: دانتي is a name, not دانت "she condemned".
    text = (
        "وطبقا لنعي نشرته صحيفة أمريكية محلية لدانتي، الذي توفي في 2003، فقد عرف دانتي كرجل، وطلب هو "
        'نفسه أن يدعى "السيد جيل".'
    )
    assert "ACCUSE" not in _types(text, "2018-07-05")


def test_number_words_times_thousands() -> None:
    # FR-internationalNews-873-20180423: "نحو عشرة آلاف" is 10,000 dead, a war's toll, no attack.
    text = (
        "وأدى النزاع في اليمن منذ التدخل السعودي على رأس التحالف العسكري إلى مقتل نحو عشرة آلاف شخص "
        "في ظل أزمة إنسانية تعتبرها الأمم المتحدة من بين الأسوأ في العالم حاليا."
    )
    assert "ASSAULT" not in _types(text, "2018-04-23")
    # BB-middleEast-612-20180613: so is "نحو 10 آلاف".
    assert "ASSAULT" not in _types(
        "وقتل نحو 10 آلاف شخص في اليمن منذ تدخل التحالف بقيادة السعودية في مارس/ آذار 2015.", "2018-06-13"
    )


def test_the_war_and_its_injured_told_with_its_toll_are_no_attack() -> None:
    # BB-middleEast-940-20180825: the dead and the injured of the war in Yemen, and the fighting itself.
    text = "وقتل نحو 10 آلاف شخص، ثلثهم من المدنيين، وأصيب 55 ألفا أخرون في القتال، بحسب الأمم المتحدة."
    assert "ASSAULT" not in _types(text, "2018-08-25")


def test_a_count_is_not_read_past_another_casualty_word() -> None:
    # AL-internationalNews-1239-20180518: 12,000 are the injured; the 110 dead have no count after
    # مصرعهم.
    text = (
        "ومنذ ذلك اليوم، لقي 110 فلسطينيين مصرعهم وأصيب نحو 12 ألفا آخرين، برصاص الجيش الإسرائيلي، "
        "كان آخرها مقتل 62 فلسطينيًا وجرح 3188 آخرين، الاثنين والثلاثاء الماضي."
    )
    doc = hadath.extract(text, date="2018-05-18")
    assert all(e.killed != 12000 for e in doc.events if e.type == "ASSAULT")


def test_an_invitation_for_a_visit_is_an_agreement() -> None:
    # SK-internationalNews-2758-20180721 and SK-internationalNews-2112-20180612: an invitation for a state
    # visit is coded AGREE (PLOVER manual, CONSULT ambiguities), with the invited person between the
    # subject and لزيارة, and with إلى زيارة.
    text = "ودعا ترامب الخميس بوتين لزيارة واشنطن لعقد اجتماع ثان بينهما في الخريف."
    coded = {(c.event.type, *dyad(c.event)) for c in candidates(text, "2018-07-21")}
    assert ("AGREE", "USA", "RUS") in coded and "REQUEST" not in {t for t, _, _ in coded}
    text = 'وقالت الوكالة إن "كيم جونغ أون دعا ترامب إلى زيارة بيونغيانغ في وقت مناسب".'
    assert "AGREE" in _types(text, "2018-06-12") and "REQUEST" not in _types(text, "2018-06-12")
