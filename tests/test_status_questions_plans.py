"""Statuses on real corpus sentences (events/status.py, cues.tsv): what a wh-question asks about took
place, a plan noun reaches only the event it is about, what a word of pushing drives a party to,
لم ... إلا, and the verbs after a call that are no object of it."""

from __future__ import annotations

from hadath.pipeline import candidates


def _statuses(text: str, event_type: str, date: str) -> list[str]:
    return [c.event.status for c in candidates(text, date) if c.event.type == event_type]


def test_when_the_workers_were_killed_is_unknown_not_whether() -> None:
    # FR-middleEast-206-20180402
    assert _statuses("ولم يعرف تحديدا متى قتل العمال في العراق.", "ASSAULT", "2018-04-02") == ["occurred"]


def test_why_they_released_asks_about_a_release() -> None:
    # BB-internationalNews-355-20180418
    assert _statuses('وقال : "لماذا أفرجوا عن الحاويات؟"', "RETREAT", "2018-04-18") == ["occurred"]


def test_when_an_attack_will_start_is_still_a_question() -> None:
    # gold sentence (assault_dev): a wh-word before a future verb asks about what has not happened
    text = "كل يوم تقولون سوف نبدأ الحرب سوف نبدأ الحرب، متى سوف تبدأون هذا الهجوم فعليا ؟"
    assert "occurred" not in _statuses(text, "ASSAULT", "2008-01-01")


def test_a_plan_criticised_is_a_criticism() -> None:
    # SK-internationalNews-2648-20180715: تعرض takes the criticism with ل, not the plan
    text = (
        "وتعرضت خطة ماي بعد ذلك لانتقاد خلال مقابلة صحفية للرئيس الأميركي دونالد ترامب وهو موقف "
        "تراجع عنه خلال اجتماع مع رئيسة الوزراء الجمعة."
    )
    assert _statuses(text, "ACCUSE", "2018-07-15") == ["occurred"]


def test_preparations_end_before_a_clause_joined_by_and() -> None:
    # FR-middleEast-530-20180525
    text = (
        "وأمس الخميس كثفت السلطات الاستعدادات على مستوى كافة الهيئات الحكومية واستنفرت الشرطة والجيش "
        "وأغلقت المدارس حتى يوم الاثنين تحسبا للاعصار."
    )
    assert _statuses(text, "MOBILIZE", "2018-05-25") == ["occurred"]


def test_readiness_ends_at_but() -> None:
    # FR-internationalNews-906-20180425
    text = "ترامب عبر عن هذا الاستعداد لكنه لم يتوان في توجيه تهديدات لإيران.."
    assert _statuses(text, "THREATEN", "2018-04-25") == ["occurred"]


def test_what_drove_him_to_withdraw_is_a_withdrawal() -> None:
    # CN-middleEast-854-20180509
    text = (
        "من جانبه أشار الرئيس ترامب إلى أن عرض نتنياهو المتكلف عن أرشيف إيران النووي الذي حدث قبل قرابة "
        "اسبوع كان جزءاً من الأسباب التي دفعته للانسحاب من الاتفاق."
    )
    assert _statuses(text, "SANCTION", "2018-05-09") == ["occurred"]


def test_a_plan_still_reaches_its_own_event() -> None:
    # SK-internationalNews-626-20180328 (shortened) and SK-internationalNews-471-20180320
    assert (
        _statuses(
            "أعلنت حكومات أوروبية والولايات المتحدة ودول أخرى عن خطط لطرد أكثر من 100 دبلوماسي روسي.",
            "SANCTION",
            "2018-03-28",
        )
        == ["planned"] * 2
    )
    assert _statuses(
        "ومن المقرر أن يجتمع وزيرا خارجية البلدين في فيينا، في 30 مارس.", "CONSULT", "2018-03-20"
    ) == ["planned"]


def test_attacks_that_may_have_harmed_took_place() -> None:
    # AL-internationalNews-135-20180221: قد تكون أثرت hedges what the attacks did, not the attacks
    text = (
        "استقبل الرئيس الكوبي #راوول_كاسترو الثلاثاء وفدا برلمانيا أميركيا يزور الجزيرة للبحث في هجمات "
        "صوتية غامضة قد تكون أثرت في صحة دبلوماسيين أميركيين في هافانا."
    )
    assert _statuses(text, "ASSAULT", "2018-02-21") == ["occurred"]


def test_a_meeting_that_may_be_held_is_still_ahead() -> None:
    # SK-internationalNews-1036-20180420 (shortened): قد + a verb of its own taking place
    text = "وقال إن اجتماعا مع كوريا الشمالية قد يعقد خلال الأسابيع المقبلة."
    assert _statuses(text, "CONSULT", "2018-04-20") == ["hypothetical"]


def test_not_released_until_is_a_release() -> None:
    # BB-internationalNews-275-20180402: لم ... إلا is "only"; the release is history, so no event
    text = "وقد حكم على مانديلا بالسجن مدى الحياة في عام 1964، ولم يطلق سراحه إلا في عام 1990."
    assert "negated" not in _statuses(text, "RETREAT", "2018-04-02")


def test_a_relative_verb_after_a_demand_is_no_demand() -> None:
    # BB-middleEast-904-20180819: Hamas holds the remains; Israel demands their return
    text = "وتطالب إسرائيل بالتهدئة وبإعادة رفات جنديين تحتجزهما حماس، ويعتقد أنهما قتلا في حرب 2014."
    assert _statuses(text, "COERCE", "2018-08-19") == ["ongoing"]


def test_a_verb_joined_after_a_request_is_a_clause_of_its_own() -> None:
    # FR-middleEast-854-20180730 (its opening shortened)
    text = "ظهر وسم #حقك_علينا_يا_سيسي الذي يطلب الصفح والغفران من الرئيس ويشيد بإنجازاته من أجل مصر."
    assert _statuses(text, "SUPPORT", "2018-07-30") == ["ongoing"]


def test_restrictions_that_could_raise_the_toll_are_not_imposed() -> None:
    # FR-internationalNews-550-20180321 (its opening shortened)
    text = (
        "وطلب وزير الدفاع الأمريكي جيم ماتيس من الكونغرس عدم التدخل في الدور الأمريكي في الحرب، محذرا من أن "
        'فرض قيود يمكن أن "يزيد من أعداد القتلى المدنيين ويعيق التعاون بشأن مكافحة الإرهاب".'
    )
    assert _statuses(text, "COERCE", "2018-03-21") == ["hypothetical"]


def test_lifting_sanctions_that_will_help_is_not_done() -> None:
    # SK-middleEast-3383-20180814 (shortened): a bare past form before سوف is the verbal noun
    text = "مشيرا إلى أن رفع العقوبات سوف يساعد على تعافي الاقتصاد السوري وتشجع عودة اللاجئين."
    events = [c.event for c in candidates(text, "2018-08-14")]
    lifting = [e.status for e in events if text[e.trigger.start : e.trigger.end] == "رفع العقوبات"]
    assert lifting == ["planned"]
