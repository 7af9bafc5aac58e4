"""Aid nouns that name aid and report no giving (real 2018 news): the aid of agencies and workers, of
ships and trucks, access to aid, aid needed or lived on, and aid looted or tampered with."""

from __future__ import annotations

import pytest

from hadath.pipeline import extract


@pytest.mark.parametrize(
    ("doc_id", "date", "sentence"),
    [
        # aid agencies and workers: an organisation, no act (was AID SYR -> RUS)
        (
            "BB-middleEast-167-20180310",
            "2018-03-10",
            "وطالبت وكالات الإغاثة الأممية دمشق وموسكو بإيقاف القتال والسماح بإيصال الإمدادات الغذائية"
            " للمدنيين.",
        ),
        (
            "BB-internationalNews-931-20180806",
            "2018-08-06",
            "وقالت وكالات المساعدات إن الأولوية لديها كانت لتوفير ملاجئ للسكان الذين يخافون من العودة إلى"
            " منازلهم.",
        ),
        # aid ships kept out, the Houthis were their giver (was AID YEM -> YEM)
        (
            "SK-middleEast-2292-20180610",
            "2018-06-10",
            "ينتظر اليمنيون أن تنفرج أزمتهم الإنسانية باستعادة ميناء الحديدة الذي طالما حاولت سفن المساعدات"
            " الوصول إليه لكنها قوبلت بممارسات إرهابية من قبل ميليشيات الحوثي.",
        ),
        # access to aid an operation aims to ensure (was AID YEM -> YEM, occurred)
        (
            "SK-middleEast-2374-20180614",
            "2018-06-14",
            "العملية تهدف إلى ضمان وصول المساعدات الإنسانية، دون عوائق، إلى الشعب اليمني عن طريق تحرير"
            " الميناء.",
        ),
        # aid lived on and aid needed: the residents are no givers
        (
            "FR-internationalNews-253-20180304",
            "2018-03-04",
            "وكان السكان يعتمدون على مساعدات دولية تصلهم بشكل متقطع وعلى زراعات محلية أو يأتون بالمواد"
            " الغذائية عبر التهريب.",
        ),
        (
            "SK-middleEast-184-20180309",
            "2018-03-09",
            "ويعاني حوالي 5.6 مليون شخص من أوضاع تهدد حياتهم على صعيد أمنهم وحقوقهم الأساسية أو مستويات"
            " معيشتهم ويحتاجون لمساعدات إنسانية طارئة.",
        ),
        # aid tampered with by the militia (was AID IRN -> YEM)
        (
            "SK-middleEast-2828-20180710",
            "2018-07-10",
            "ولفت الرئيس اليمني إلى معاناة المواطنين بمحافظة الحديدة من ممارسات ميليشيات الحوثية الإيرانية"
            " وعبثها بالمساعدات الإنسانية وتهريب الأسلحة الإيرانية.",
        ),
    ],
)
def test_aid_only_named_is_no_aid(doc_id: str, date: str, sentence: str) -> None:
    assert "AID" not in [e.type for e in extract(sentence, date).events], doc_id


def test_aid_sent_and_looted_by_a_subject_between() -> None:
    # a giving stays one; a looting with its subject between the verb and the aid is none
    sent = "وأرسلت السعودية مساعدات إنسانية إلى اليمن."
    assert "AID" in [e.type for e in extract(sent, "2018-06-01").events]
    looted = "ونهب الحوثيون المساعدات الإغاثية في الحديدة."
    assert "AID" not in [e.type for e in extract(looted, "2018-06-01").events]


@pytest.mark.parametrize(
    ("doc_id", "date", "sentence"),
    [
        # aid ships the Houthis detained (was AID YEM -> YEM)
        (
            "SK-middleEast-1176-20180422",
            "2018-04-22",
            "وعلى هذا فلم يكن الأمر مستغربا أن يقوم الحوثيون باحتجاز 19 سفينة تحمل مساعدات إنسانية للشعب"
            " اليمني، وتمنعها من دخول ميناء الحديدة.",
        ),
        # a UN aid ship attacked (was AID IGO -> YEM)
        (
            "BB-middleEast-600-20180608",
            "2018-06-08",
            "وقالت مؤسسة موانئ البحر الأحمر اليمنية إن قوات مجهولة هاجمت سفينة مساعدات تابعة للأمم المتحدة في"
            " ميناء الحديّدة، مطلع الأسبوع.",
        ),
    ],
)
def test_aid_held_or_hit_is_no_aid(doc_id: str, date: str, sentence: str) -> None:
    assert "AID" not in [e.type for e in extract(sentence, date).events], doc_id


def test_aid_after_an_attack_noun_is_still_given() -> None:
    # FR-internationalNews-1966-20180622: the displaced from battles received food the WFP gave
    sentence = (
        "وفي محافظة حجة شمال شرق الحديدة، تلقى سكان مخيمات للنازحين من معارك محافظة الحديدة مساعدات غذائية"
        " قدمها برنامج الغذاء العالمي، حسبما أفاد مصور فرانس برس."
    )
    assert "AID" in [e.type for e in extract(sentence, "2018-06-22").events]
