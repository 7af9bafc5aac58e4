"""Statements coded from what is said (events/statements.py, cues.tsv ``pejorative`` and ``regret``)."""

from __future__ import annotations

import pytest

import hadath
from tests.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # AL-economy-716-20180601: "مرفوضة" - rejected, as "غير مقبولة"
        (
            "وأعلن رئيس الوزراء الكندي، جاستن ترودو، في مؤتمر صحافي أن الرسوم الجمركية الأميركية"
            ' "مرفوضة تماما".',
            "2018-06-01",
            ("CAN", "USA"),
        ),
        # SK-middleEast-277-20180313: "غير مبررة" - unjustified
        (
            "قال وزير الخارجية الفرنسي، جان إيف لو دريان، الثلاثاء، إن العملية العسكرية التركية ضد المسلحين"
            " الأكراد بمنطقة عفرين السورية غير مبررة.",
            "2018-03-13",
            ("FRA", "TUR"),
        ),
        # FR-middleEast-255-20180411: "ذريعة" - a pretext
        (
            'وقال ظريف "يبدو أن الحكومة الأمريكية تبحث عن ذريعة للتدخل في سوريا".',
            "2018-04-11",
            ("IRN", "USA"),
        ),
        # BB-internationalNews-371-20180420: "استخفافا" - contempt
        (
            'وحينها قال أنتونيو غوتيريش، الأمين العام للأمم المتحدة إن بيونغيانغ أظهرت "استخفافا كاملا لرأي'
            ' المجتمع الدولي الموحد".',
            "2018-04-20",
            ("IGO", "PRK"),
        ),
        # CN-middleEast-924-20180514: "إبادة" - genocide
        (
            "من جهة أخرى، قال الرئيس التركي رجب طيب إردوغان خلال حديث له في لندن، إن إسرائيل دولة إرهاب،"
            " وكل ما تقوم به من قتل للفلسطينيين هو إبادة جماعية.",
            "2018-05-14",
            ("TUR", "ISR"),
        ),
        # CN-middleEast-859-20180509: "خطأ فادح" - a grave mistake
        (
            "قال الرئيس التركي، رجب طيب أردوغان، في مقابلة حصرية لـCNN، إن قرار الولايات المتحدة بنقل سفارتها"
            " إلى مدينة القدس خطأ فادح.",
            "2018-05-09",
            ("TUR", "USA"),
        ),
        # SK-middleEast-2805-20180708: "تعسفيا" - arbitrarily
        (
            "وفي تطور آخر، أعلن التحالف العربي، أن ميليشيات الحوثي أفرجت عن السفينة (GMuse) بعد احتجازها"
            " تعسفيا لمدة 62 يوما في ميناء الحديدة، على الساحل الغربي لليمن.",
            "2018-07-08",
            ("SAU", "YEM"),
        ),
        # CN-middleEast-742-20180427: "مشبوهة" - suspicious
        (
            "واشنطن، الولايات المتحدة الأمريكية (CNN)— أكد مسؤولون أمريكيون على أن هناك تكثيفا لعمليات مراقبة"
            ' ما وصفوه بـ"تحركات إيرانية مشبوهة" في سوريا.',
            "2018-04-27",
            ("USA", "IRN"),
        ),
        # CN-middleEast-930-20180515: "تشويها" - a smear
        (
            'واعتبرت الخارجية الأمريكية أن "الأعمال الأخيرة والخطابة من قبل قادة الحوثيين تجسّد تشويهاً'
            ' للبهائيين في اليمن واضطهاداً لهم".',
            "2018-05-15",
            ("USA", "YEM"),
        ),
        # SK-middleEast-273-20180314: "متواطئة" - complicit
        (
            'وأضاف المتحدث باسم البنتاغون إريك باهون "روسيا متواطئة أخلاقيا ومسؤولة عن فظائع نظام الأسد'
            ' لتمكينه من ممارسة أساليبه الوحشية".',
            "2018-03-14",
            ("USA", "RUS"),
        ),
    ],
)
def test_a_speakers_verdict_on_another_states_act_is_an_accusation(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert dyads(sentence, date, "ACCUSE") == [dyad]


def test_a_state_organ_accuses_a_party_of_its_own_state() -> None:
    # SK-middleEast-1314-20180429: the Palestinian security forces' spokesman of Hamas (a party: PTY),
    # as of a rebel or an opposition group of one's own state
    sentence = (
        "قال الناطق الرسمي لقوات الأمن الفلسطيني اللواء عدنان ضميري إن رواية حركة حماس المرتبكة في محاولة"
        " إعفاء نفسها من المسؤولية عن تفجير موكب رئيس الوزراء ورئيس المخابرات العامة لم تأت بجديد سوى"
        " أكاذيب جديدة وإصرار على الانقسام."
    )
    assert dyads(sentence, "2018-04-29", "ACCUSE") == [("PSE", "PSE")]


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # BB-middleEast-549-20180529: على right after the quote إن opens
        (
            'وقالت منظمة هيومن رايتس ووتش إن "على الرئيس ماكرون أن يوضح أن ذريعة المفاوضات السياسية لن تدفع'
            ' فرنسا إلى غض الطرف عن مسؤولية القادة السياسيين عن تردي الأوضاع الحقوقية في ليبيا".',
            "2018-05-29",
            ("NGO", "FRA"),
        ),
        # FR-middleEast-881-20180806: direct speech opening with على
        (
            'وقال ترامب في بيان "على النظام الإيراني الاختيار..فإما أن يغير سلوكه المزعزع للاستقرار ويندمج'
            ' مجددا في الاقتصاد العالمي، وإما أن يمضي قدما في مسار من العزلة الاقتصادية".',
            "2018-08-06",
            ("USA", "IRN"),
        ),
        # CN-middleEast-348-20180323: after أن and a quote
        (
            'وأكد وزير الخارجية السعودي أن "على إيران أن تحترم حسن الجوار إذا أرادت أن يكون لها دور في'
            ' المنطقة".',
            "2018-03-23",
            ("SAU", "IRN"),
        ),
    ],
)
def test_a_quote_a_speaker_opens_with_what_a_party_must_do_is_its_demand(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert dyads(sentence, date, "REQUEST") == [dyad]


@pytest.mark.parametrize(
    "sentence",
    [
        # BB-middleEast-1096-20181014: the quote before على closes a quoted word
        'وقال الرئيس الأمريكي، دونالد ترامب، إن الولايات المتحدة ستفرض "عقوبة شديدة" على السعودية إذا ثبت'
        " أن المملكة مسؤولة عن مقتل خاشقجي.",
        # FR-middleEast-771-20180716: what Syria must understand is a warning (cues.tsv knowing)
        'وحذر رئيس الوزراء الإسرائيلي بنيامين نتانياهو في حزيران/يونيو الماضي دمشق، قائلا "على سوريا أن'
        ' تفهم أن إسرائيل لن تسمح بتمركز عسكري إيراني في سوريا ضد إسرائيل".',
    ],
)
def test_no_demand_after_a_closing_quote_or_of_what_a_party_must_know(sentence: str) -> None:
    assert not dyads(sentence, "2018-07-16", "REQUEST")


# Regret at what a party of another state did is disapproval (cues.tsv ``regret``).
@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # FR-internationalNews-1917-20180620: regret at the US decision
        (
            "في المقابل، أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن أسفه للقرار الأمريكي، معتبرا"
            ' أنه كان "من الأفضل بكثير" لو بقيت واشنطن عضوا في هذه الهيئة الأممية التي تتخذ من جنيف'
            " مقرا لها.",
            "2018-06-20",
            ("IGO", "USA"),
        ),
        # SK-internationalNews-1445-20180508: the regret verb, its subject before it
        (
            'بينما نقل الإليزيه عن الرئيس إيمانويل ماكرون قوله: "فرنسا وألمانيا وبريطانيا تأسف للقرار'
            ' الأميركي بالانسحاب من اتفاق إيران النووي".',
            "2018-05-08",
            ("FRA", "USA"),
        ),
        # FR-internationalNews-1917-20180620: a regret verb, its quoted subject after it
        (
            'من جهتها، أسفت منظمة "هيومن رايتس ووتش" لقرار واشنطن، معتبرة أنه "سيضع البلد على هامش المبادرات'
            ' الدولية المصيرية للدفاع عن حقوق الإنسان".',
            "2018-06-20",
            ("NGO", "USA"),
        ),
        # AL-internationalNews-476-20180315: "معربة عن أسفها" said by the clause's subject before it
        (
            "وأشار بيان الخارجية الباكستانية إلى أنها سلمت الجانب الهندي صورا تحدد هوية الأشخاص الذين أوقفوا"
            " بالقوة والتقطوا صورا لمسؤولين في السفارة الباكستانية في #نيودلهي، معربة عن أسفها لعدم اتخاذ"
            " الجانب الهندي أي إجراء إيجابي بشأن احتجاجاتها حتى الآن.",
            "2018-03-15",
            ("PAK", "IND"),
        ),
    ],
)
def test_regret_at_what_a_party_of_another_state_did_is_disapproval(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert dyad in dyads(sentence, date, "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "date", "dyad"),
    [
        # AL-internationalNews-1869-20180709: regret at a Briton's death is sympathy
        (
            "عبر الكرملين، اليوم الاثنين، عن أسفه لوفاة بريطانية بعد تعرضها لغاز أعصاب، لكنه أكد أن أي إشارة"
            ' إلى تورط روسيا ستكون "سخيفة جدا".',
            "2018-07-09",
            ("RUS", "GBR"),
        ),
        # SK-middleEast-3879-20181015: the kingdom suffers the campaign Kuwait regrets
        (
            "أعرب مجلس الوزراء الكويتي، الاثنين، عن أسفه للحملة الظالمة التي تتعرض لها المملكة العربية"
            " السعودية والمتمثلة بالاتهامات والادعاءات التي توجه لها.",
            "2018-10-15",
            ("KWT", "SAU"),
        ),
    ],
)
def test_regret_at_what_befell_a_party_accuses_no_one(
    sentence: str, date: str, dyad: tuple[str, str]
) -> None:
    assert dyad not in dyads(sentence, date, "ACCUSE")


def test_regret_at_another_states_act_is_no_concession() -> None:
    # FR-internationalNews-1917-20180620: Guterres regrets the US decision; he concedes nothing
    sentence = (
        "في المقابل، أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن أسفه للقرار الأمريكي، معتبرا"
        ' أنه كان "من الأفضل بكثير" لو بقيت واشنطن عضوا في هذه الهيئة الأممية التي تتخذ من جنيف'
        " مقرا لها."
    )
    assert "CONCEDE" not in {e.type for e in hadath.extract(sentence, date="2018-06-20").events}
