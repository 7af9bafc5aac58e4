"""Proposals (events/coder.py): a proposal (اقترح، اقتراح) is an offer to cooperate (AGREE) when what it
proposes is a cooperative event (a meeting, a release) or it is made to another state after على; a
proposal of a measure, a law or a name is no event. Keeping silent (التزم الصمت) commits to nothing
(triggers.tsv). Real 2018 news sentences."""

from __future__ import annotations

from tests.conftest import dyads


def test_a_proposal_of_a_policy_is_no_agreement() -> None:
    # SK-internationalNews-252-20180310: renaming a party (was AGREE FRA -> FRA)
    sentence = (
        "اقترحت زعيمة اليمين المتطرف الفرنسي مارين لوبان تغيير اسم الجبهة الوطنية، ضمن عملية تغيير تهدف"
        " إلى تحسين صورة الحزب المناهض للهجرة مرة أخرى بعد الهزيهمة أمام إيمانويل ماكرون في السباق الرئاسي."
    )
    assert dyads(sentence, "2018-03-10", "AGREE") == []
    # FR-internationalNews-1368-20180521: a name put to the president (was AGREE ITA -> ITA)
    sentence = (
        "اقترحت حركة خمس نجوم وحزب الرابطة الاثنين على الرئيس الإيطالي اسم جوزيبي كونتي المحامي الأنيق"
        " البالغ 54 عاما لترؤس أول حكومة شعبوية لبلد أسس المشروع الأوروبي."
    )
    assert dyads(sentence, "2018-05-21", "AGREE") == []
    # FR-internationalNews-1036-20180502: a prize for another (was AGREE KOR -> USA)
    sentence = (
        "وكان الرئيس الكوري الجنوبي اقترح الاثنين أن تذهب جائزة نوبل للسلام إلى نظيره الأمريكي وذلك ردا"
        " على سؤال عما إذا كان يعتقد أن اللقاء التاريخي الذي جرى بينه وبين الزعيم الكوري الشمالي في قرية"
        " بانمونجوم الحدودية الجمعة يستحق أن يكافأ عليه بهذه الجائزة القيمة."
    )
    assert dyads(sentence, "2018-05-02", "AGREE") == []


def test_a_proposed_resolution_is_no_agreement_between_its_sponsors() -> None:
    # BB-middleEast-364-20180417 (was AGREE USA -> GBR)
    sentence = (
        "وليست هذه المرة الأولى التي تعرقل فيها روسيا تصويتا يتعلق باستخدام أسلحة كيمياوية، فقبل نحو عام"
        " صوتت بالفيتو على قرار أممي اقترحته الولايات المتحدة وبريطانيا وفرنسا، يهدف إلى فرض عقوبات على"
        " سوريا بعد مزاعم هجوم بأسلحة كيمياوية، استهدف بلدة خان شيخون التي تسيطر عليها المعارضة."
    )
    assert ("USA", "GBR") not in dyads(sentence, "2018-04-17", "AGREE")


def test_a_proposed_meeting_or_release_stays_an_offer() -> None:
    # SK-internationalNews-1301-20180501: a summit's venue
    sentence = (
        "وكان ترامب اقترح الاثنين أن تعقد القمة التاريخية بينه وبين الزعيم الكوري الشمالي في قرية بانمونغوم"
        " على الحدود بين الكوريتين، مؤكدا في الوقت نفسه أن سنغافورة هي أيضا مكان محتمل لاستضافة هذا الحدث"
        " التاريخي."
    )
    assert ("USA", "PRK") in dyads(sentence, "2018-05-01", "AGREE")
    # FR-internationalNews-1607-20180603: freeing jailed opponents
    sentence = (
        "وأمام الجمعية التأسيسية المؤلفة فقط من أنصاره، كان مادورو اقترح الإفراج عن المعارضين المسجونين"
        ' "لتجاوز الجروح التي خلفتها التظاهرات والمؤامرات".'
    )
    assert [s for s, _ in dyads(sentence, "2018-06-03", "AGREE")] == ["VEN"]


def test_a_proposal_made_to_another_state_stays_an_offer() -> None:
    # FR-internationalNews-418-20180314: a joint inquiry offered to London
    sentence = (
        'وبعدما أكد "براءة" روسيا، قال أنه اقترح على الحكومة البريطانية فتح "تحقيق مشترك"، وحذر من أن'
        " موسكو سترد إذا اتخذت إجراءات ضدها."
    )
    assert ("RUS", "GBR") in dyads(sentence, "2018-03-14", "AGREE")


def test_keeping_silent_is_no_commitment() -> None:
    # AL-internationalNews-1561-20180611 (was AGREE SGP -> SGP)
    sentence = (
        "وكانت وسائل الإعلام الرسمية في بيونغ يانغ قد التزمت الصمت حول خبر سفر الزعيم كيم ووصوله إلى"
        " #سنغافورة الاحد، استعدادا للقمة مع ترمب، الثلاثاء."
    )
    assert dyads(sentence, "2018-06-11", "AGREE") == []
    # BB-internationalNews-350-20180418 (was AGREE USA -> USA)
    sentence = (
        "كما أنها كانت صاحبة مواقف أكثر تحررية من زوجها والحزب الجمهوري لكنها كانت تلتزم الصمت أحيانا"
        " لتفادي الاصطدام بزوجها وبالحزب."
    )
    assert dyads(sentence, "2018-04-18", "AGREE") == []
