"""Party countries on fresh news (session 22): where a mention ends, and national bodies the
gazetteers read as international ones - on real 2018 corpus sentences."""

from __future__ import annotations

from tests.conftest import party_codes


def test_an_organisation_after_a_states_name_is_the_verbs_object() -> None:
    # FR-internationalNews-1506-20180529: "إسرائيل حركة حماس" read as one mention made Israel's
    # accusation one of Hamas (ISR/PTY) against a Palestinian government.
    text = (
        "وتتهم إسرائيل حركة حماس التي تسيطر على القطاع وخاضت ثلاث حروب ضدها منذ نهاية 2008، باستخدام"
        " الاحتجاجات التي انطلقت في ذكرى يوم الأرض في 30 آذار/مارس غطاء لممارسة أعمال عنف."
    )
    assert ("ISR", "GOV", "PSE", "PTY") in party_codes(text, "2018-05-29", "ACCUSE")


def test_an_organisation_after_a_capital_is_the_verbs_object() -> None:
    # BB-middleEast-612-20180613: "الرياض الحوثيين" as one mention gave Riyadh's accusation to a
    # Saudi rebel group, of Iran (the adjective after the charge).
    text = (
        "وتتهم الرياض الحوثيين باستخدام ميناء الحديدة في تهريب السلاح إيراني الصنع، وهو ما نفته"
        " الجماعة وإيران."
    )
    assert ("SAU", "GOV", "YEM", "REB") in party_codes(text, "2018-06-13", "ACCUSE")


def test_a_national_security_council_is_no_un_security_council() -> None:
    # SK-middleEast-723-20180401: the American council meets at the White House; "مجلس الأمن" of
    # the lexicon alone is the UN's (IGO).
    text = (
        "ومن المتوقع أن يجتمع مجلس الأمن القومي الأميركي في البيت الأبيض في أوائل الأسبوع لبحث الحملة"
        " التي تقودها الولايات المتحدة على التنظيم في سوريا."
    )
    assert [p[:2] for p in party_codes(text, "2018-04-01", "CONSULT")] == [("USA", "GOV")]


def test_the_one_actor_held_responsible_is_the_object_of_an_unsaid_subject() -> None:
    # FR-internationalNews-727-20180414: May, the subject of the sentence before, holds Damascus
    # responsible; "دمشق" alone between حمّل and المسؤولية is whom she holds, not who holds.
    text = (
        "بررت رئيسة الوزراء البريطانية تيريزا ماي في بيان السبت مشاركة بريطانيا في الضربات العسكرية"
        ' في سوريا، مؤكدة أنه "لم يكن هناك بديل عن استخدام القوة (...) لمنع النظام السوري من استخدام'
        ' الأسلحة الكيميائية".\n'
        'وحملت دمشق المسؤولية عن الهجوم الكيميائي المفترض في دوما، مضيفة "بحثنا عن كل الوسائل'
        ' الدبلوماسية، لكن جهودنا تم إحباطها باستمرار".'
    )
    assert [p[0::2] for p in party_codes(text, "2018-04-14", "ACCUSE")] == [("GBR", "SYR")]


def test_a_subject_and_the_one_held_responsible_after_it_keep_their_roles() -> None:
    # AL-internationalNews-1443-20180603 (shortened): two actors between the verb and the
    # responsibility are its subject and whom it holds.
    text = "حملت الجامعة العربية إسرائيل مسؤولية قتل المسعفة الفلسطينية رزان النجار."
    assert [p[0::2] for p in party_codes(text, "2018-06-03", "ACCUSE")] == [("IGO", "ISR")]


def test_an_organisation_after_a_definite_phrase_is_the_verbs_object() -> None:
    # FR-internationalNews-682-20180411: "الجيش الروسي الخوذ البيضاء" was one Russian mention, the
    # accuser's party (RUS -> RUS); a definite phrase takes no second definite noun.
    text = "كما اتهم الجيش الروسي الخوذ البيضاء بفبركة الهجوم المحتمل على المدنيين في دوما."
    assert ("RUS", "MIL", "SYR", "HLH") in party_codes(text, "2018-04-11", "ACCUSE")


def test_a_houthi_adjective_after_a_title_stays_in_the_phrase() -> None:
    # AL-internationalNews-1735-20180622 (shortened): "القيادي الحوثي" is one Houthi leader (the
    # relative adjective), not a leader and the Houthis who arrest him.
    text = (
        "وقال بيان مقتضب، لألوية العمالقة في الجيش الوطني، إن قواته ألقت"
        ' "القبض على القيادي الحوثي أبو جلال الريامي".'
    )
    assert party_codes(text, "2018-06-22", "COERCE") == [("YEM", "COP", "YEM", "PTY")]
