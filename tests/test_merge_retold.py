"""An occurrence retold in fewer words is one record: the same party named alike by a later mention that
leaves the agent unsaid, and the mentions told with it in its sentence (real corpus text)."""

from __future__ import annotations

import hadath


def _of_type(text: str, date: str, event_type: str) -> list:
    return [e for e in hadath.extract(text, date).events if e.type == event_type]


def test_an_arrest_retold_without_its_arrester_is_one_arrest() -> None:
    # FR-middleEast-922-20180812: "67 شخصا" arrested by the Iranian authorities, then "67 شخصا اعتقلوا".
    arrests = [
        e
        for e in _of_type(
            "اعتقلت السلطات الإيرانية 67 شخصا خلال الأسابيع الماضية ومنعت أكثر من 100 موظف حكومي من "
            "مغادرة البلاد، ضمن حملة ضد الفساد أقرها المرشد الأعلى للجمهورية الإسلامية علي خامنئي، وفقا "
            "لوكالة ميزان للأنباء المرتبطة بالقضاء.\nأعلن القضاء الإيراني الأحد، أن 67 شخصا اعتقلوا خلال "
            "الأسابيع الماضية في إطار حملة ضد الفساد أقرها المرشد الأعلى للجمهورية الإسلامية آية الله علي "
            "خامنئي.",
            "2018-08-12",
            "COERCE",
        )
        if e.mode == "arrest"
    ]
    assert len(arrests) == 1 and arrests[0].source.text == "السلطات الإيرانية"


def test_a_death_toll_retold_in_the_same_words_is_one_attack() -> None:
    # FR-internationalNews-885-20180424: the Toronto van attack's toll, told twice.
    (attack,) = _of_type(
        "وأسفر الحادث عن مقتل 10 أشخاص وإصابة 15 آخرين.\nوأعلن رئيس شرطة تورنتو مارك سوندرز أن سائق "
        'الشاحنة الصغيرة أقدم على فعلته بشكل "متعمد"، ما أسفر عن مقتل 10 أشخاص وإصابة 15 آخرين.',
        "2018-04-24",
        "ASSAULT",
    )
    assert attack.mentions == 2


def test_the_attack_told_with_a_retold_toll_joins_its_occurrence() -> None:
    # FR-internationalNews-1042-20180502: "قتل 11 شخصا" retells the lead's toll, and "هجوم" in its
    # sentence is the lead's suicide attack, not another one.
    (attack,) = _of_type(
        "أعلنت مصادر رسمية ليبية أن هجوما انتحاريا استهدف مقر المفوضية الوطنية العليا للانتخابات في طرابلس "
        "الأربعاء، مسفرا عن مقتل 11 شخصا على الأقل.\nقتل 11 شخصا على الأقل الأربعاء في هجوم "
        '"انتحاري" استهدف "المفوضية الوطنية العليا للانتخابات" الليبية في العاصمة طرابلس، كما أفادت '
        "سلطات البلاد.",
        "2018-05-02",
        "ASSAULT",
    )
    assert attack.trigger_text == "هجوما انتحاريا"


def test_victims_of_another_number_are_another_occurrence() -> None:
    # SK-middleEast-3070-20180723: "7 مدنيين", then "في حادث منفصل، قُتل مدنيان".
    attacks = _of_type(
        "من جهة أخرى، قُتل 7 مدنيين وأصيب 4 آخرين بثلاث قذائف هاون أطلقتها مليشيا الحوثي الانقلابية "
        "المدعومة من إيران، على تجمعات سكانية في مدينة حيس جنوب الحديدة.\nوفي حادث منفصل، قُتل مدنيان "
        "أحدهما طفل في قذيفة هاون أطلقتها مليشيا الحوثي، واستهدفت تجمعا في ذات المدينة.",
        "2018-07-23",
        "ASSAULT",
    )
    assert len(attacks) == 2


def test_a_later_mention_naming_another_agent_is_another_occurrence() -> None:
    # SK-middleEast-2194-20180606: poultry producers before the governor of Yazd, then drilling
    # workers before the governor's office in Ahvaz.
    protests = _of_type(
        "وفي مدينة يزد، تظاهر منتجو الدواجن أمام مقر محافظ المدينة، احتجاجا على ارتفاع تكلفة علف الدواجن ، "
        "مما أدى إلى إفلاس العديد منهم.\nوفي الأحواز، تظاهر عمال شركة الأحواز الوطنية للحفر مطلع الأسبوع "
        "أمام مكتب المحافظ، احتجاجا على إعلان الشركة الإفلاس وبالتالي تسريح الموظفين.",
        "2018-06-06",
        "PROTEST",
    )
    assert len(protests) == 2
