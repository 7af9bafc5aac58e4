"""Actor countries and sectors (resolve/actors.py, names.py, the gazetteers), on real 2018 corpus
sentences."""

from __future__ import annotations

from hadath.pipeline import extract
from tests.conftest import party_codes


def test_a_name_after_an_office_in_a_state_is_of_that_state_where_it_recurs() -> None:
    # SK-middleEast-3614-20180910: the Bahraini cleric is named after "في البحرين،" (the NER splits
    # his name in two); the Iranian authorities release a Bahraini, not one of their own.
    text = (
        "في حلقة جديدة من سلسلة الانتهاكات الإيرانية للزائرين، كشف عضو المجلس الأعلى للشؤون"
        " الإسلامية في البحرين، الشيخ محمد ملا أحمد التوبلاني عن ما تعرض عليه من أذى ومتاعب، خلال"
        " زيارته الدينية لمدينة مشهد الإيرانية الأسبوع الماضي.\n"
        "وأفرجت السلطات الإيرانية عن الشيخ محمد التوبلاني السبت بعد اعتقاله بعدة أيام، وبعد تعرضه"
        " لهجومين من قبل عدد من الإرهابيين والمطلوبين في مدينة مشهد الإيرانية."
    )
    assert ("IRN", "GOV", "BHR") in [p[:3] for p in party_codes(text, "2018-09-10", "RETREAT")]


def test_an_office_in_a_state_with_a_state_of_its_own_keeps_it() -> None:
    # The British ambassador in Egypt is British: the name after "في مصر،" is the ambassador's.
    doc = extract("وقال السفير البريطاني في مصر، جون كاسن، إن بلاده تدعم الإصلاحات.", "2018-05-01")
    assert all(e.source is None or e.source.country != "EGY" for e in doc.events)


def test_a_leader_of_rebels_is_a_rebel() -> None:
    # SK-middleEast-381-20180319: "زعيم المتمردين" is the Houthi leader, not the Yemeni government.
    parties = party_codes(
        "وأكدت المصادر ان زعيم المتمردين طلب من كل قبيلة في صعدة تجنيد أكثر من 100 شخص لرفد جبهات"
        " الحوثيين التي تتكبد خسائر فادحة خاصة على جبهات الساحل الغربي ومحاور صعدة حيث تتقدم قوات"
        " الشرعية بثبات.",
        "2018-03-19",
        "REQUEST",
    )
    assert parties and parties[0][1] == "REB"


def test_a_region_alone_is_no_actor() -> None:
    # FR-middleEast-773-20180716: Human Rights Watch's Middle East director calls for an inquiry -
    # "الشرق الأوسط" is her remit, not a government that calls.
    text = (
        "طالبت منظمة هيومن رايتس ووتش الاثنين، السلطات اللبنانية بالتحقيق حول ظروف اعتقال الممثل زياد"
        " عيتاني بتهمة التعامل مع إسرائيل.\n"
        'ودعت مديرة الشرق الأوسط للمنظمة الحقوقية إلى إجراء "تحقيق شامل في معاملته خلال الاحتجاز وسبب'
        ' توقيفه".'
    )
    doc = extract(text, "2018-07-16")
    countries = {a.country for e in doc.events for a in (e.source, e.target) if a is not None}
    assert "MEA" not in countries


def test_a_person_placed_in_a_state_is_not_its_government() -> None:
    # SK-internationalNews-3222-20180912: the pop singer "in Turkey" is Turkish, and no government.
    text = (
        "لم يكن يتوقع مغني البوب الشهير في تركيا، مابيل ماتيز، أن أغيته التي أطلقتها أخيرا، ستجلب له"
        " متاعب كبيرة، قد تصل إلى حد حرمانه من الغناء ودخول السجن.\n"
        'وذكرت صحيفة "حرييت"، الأربعاء، أن المدعي العام في إسطنبول فتح تحقيقا مع ماتيز (33 عاما)، إثر'
        ' بلاغ قدمه "مجهول" ضد الفنان الشهير، اتهمه بالترويج لجماعة الداعية فتح غولن.'
    )
    targets = [p[2:] for p in party_codes(text, "2018-09-12", "ACCUSE")]
    assert ("TUR", None) in targets and ("TUR", "GOV") not in targets


def test_the_giants_brigades_are_yemeni_forces() -> None:
    # SK-middleEast-2989-20180719: rebels killed in clashes with the Giants Brigades (a Yemeni
    # pro-government force, coded like the annotators' "قوات الشرعية": YEM MIL), not by an unnamed foe.
    parties = party_codes(
        'وذكرت مصادر "سكاي نيوز عربية" أن العملية أسفرت عن مقتل 11 مسلحا من المتمردين، في مواجهات مع'
        " ألوية العمالقة على إثر عملية تسلل ليلية إلى مواقعها شرقي وجنوبي التحيتا.",
        "2018-07-19",
        "ASSAULT",
    )
    assert ("YEM", "MIL") in [p[:2] for p in parties]
