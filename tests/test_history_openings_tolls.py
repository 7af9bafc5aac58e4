"""Session 17 statuses and history: what the sentence tells as background, no news of the day."""

from __future__ import annotations

import pytest

from hadath.pipeline import candidates


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # AL-internationalNews-377-20180307: the adverb opening the sentence dates the deaths the
        # violence it dates caused
        (
            "وفي يونيو/حزيران 2014 اندلعت أعمال عنف بين بوذيين ومسلمين أوقعت 4 قتلى والعديد من الجرحى.",
            "2018-03-07",
            "ASSAULT",
        ),
        # BB-internationalNews-235-20180327: ... and what the expulsion of 2016 answered
        (
            "في عام 2016 ، طردت إدارة أوباما 35 دبلوماسيًا روسيًا رداً على القرصنة المزعومة للحزب"
            " الديمقراطي الأمريكي وحملة هيلاري كلينتون خلال الانتخابات الرئاسية.",
            "2018-03-27",
            "COERCE",
        ),
    ],
)
def test_a_time_opening_the_sentence_years_back_dates_every_event_of_its_clause(
    sentence: str, published: str, event_type: str
) -> None:
    assert event_type not in {c.event.type for c in candidates(sentence, published)}


def _statuses(text: str, event_type: str, published: str) -> list[str]:
    return [c.event.status for c in candidates(text, published) if c.event.type == event_type]


def test_a_summit_that_will_not_be_held_is_negated() -> None:
    # CN-middleEast-775-20180501: the rumour that the summit would not be held
    text = (
        "عقدت القمة العربية العادية في الظهران بعد أحاديث طويلة وإشاعات كثيرة أن القمة لن تعقد، ونحن نسمع"
        " وننتظر."
    )
    assert _statuses(text, "CONSULT", "2018-05-01") == ["occurred", "negated"]


def test_talks_that_come_only_after_a_change_are_hypothetical() -> None:
    # SK-middleEast-3073-20180723
    text = (
        "وأكد وزير الخارجية أن إطلاق محادثات مع النظام الإيراني لن يحدث إلا عندما ترى واشنطن نتائج ملموسة"
        " لتغير سياسة طهران."
    )
    assert _statuses(text, "CONSULT", "2018-07-23") == ["hypothetical"]


def test_a_truce_that_will_not_cover_some_is_no_denial_of_the_truce() -> None:
    # SK-internationalNews-2037-20180609: what لن denies is the verb's object, not the ceasefire
    text = "وقالت طالبان إن وقف إطلاق النار لن يشمل القوات الأجنبية، وإن عملياتها ضدها ستستمر."
    assert _statuses(text, "RETREAT", "2018-06-09") == ["occurred"]


def test_what_invaders_seek_is_planned() -> None:
    # SK-internationalNews-2300-20180624: the plural of يسعى
    text = (
        "قال الرئيس الأميركي دونالد ترامب إن الأفراد الذين يدخلون الولايات المتحدة بطريقة غير شرعية يجب"
        " إعادتهم على الفور من حيث أتوا ودون أي إجراءات قضائية، مشبها إياهم بالغزاة الذين يسعون"
        ' "لاقتحام" البلاد.'
    )
    statuses = {c.event.trigger_text: c.event.status for c in candidates(text, "2018-06-24")}
    assert statuses["لاقتحام"] == "planned"


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # SK-internationalNews-2614-20180714: the toll of the Nice attack of 2016
        (
            "وجرى نشر 110 ألف جندي وشرطي في جميع أنحاء فرنسا لحماية احتفالات يوم الباستيل، بعد هجوم نيس"
            " عام 2016 والذي أسفر عن مقتل 86 شخصا.",
            "2018-07-14",
        ),
        # FR-internationalNews-1308-20180518: the toll of the attack a week back, after بعد
        (
            'وأفاد كولومب في تصريح لشبكة "بي أف أم تي في" أن " شابين من أصل مصري كانا يستعدان لتنفيذ'
            ' اعتداء بعبوة ناسفة أو بمادة الريسين السامة القوية جدا"، وذلك بعد أسبوع على اعتداء جهادي'
            " بالسكين أوقع قتيلا وخمسة جرحى في باريس.",
            "2018-05-18",
        ),
    ],
)
def test_the_toll_of_a_background_attack_is_background(sentence: str, published: str) -> None:
    assert "occurred" not in _statuses(sentence, "ASSAULT", published)


@pytest.mark.parametrize(
    ("sentence", "published", "event_type"),
    [
        # BB-middleEast-774-20180727: a tally of three years
        (
            "ومنذ عام 2015، قُتل عشرات الإسرائيليين في هجمات طعن أو إطلاق نار أو دهس بالسيارات، نفذها"
            " فلسطينيون كانوا يتصرفون على نحو منفرد.",
            "2018-07-27",
            "ASSAULT",
        ),
        # SK-internationalNews-1196-20180426: the agreements of a quarter of a century
        (
            "ومنذ عام 1992 أبرمت الكوريتان اتفاقات كثيرة لإنهاء تلك العداءات، لكنها سرعان ما كانت تنتهي"
            " بخلافات متبادلة مع تدهور العلاقات بينهما.",
            "2018-04-26",
            "SUPPORT",
        ),
    ],
)
def test_what_a_sentence_opening_since_years_back_tells_is_a_tally(
    sentence: str, published: str, event_type: str
) -> None:
    assert event_type not in {c.event.type for c in candidates(sentence, published)}
