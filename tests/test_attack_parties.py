"""Parties of attack reports in the Arabic gold sentences (real newswire text)."""

from __future__ import annotations

import hadath
from hadath.pipeline import candidates


def test_the_owner_of_an_attacked_unit_suffered_the_attack() -> None:
    # gsr-assault-AAW_ARB_20070328.0048-4: "تعرضت قاعدة تابعة للجيش ... الى هجوم" - the base is no
    # actor, the army that owns it suffered the attack (not the Tamil rebels it was ascribed to).
    text = (
        "كذلك، تعرضت قاعدة تابعة للجيش في شرق الجزيرة أمس الى هجوم انتحاري، نسب الى المتمردين "
        "التاميل، واسفر عن مقتل اربعة جنود على الاقل وجرح 10 آخرين."
    )
    events = hadath.extract(text, "2007-03-28").events
    attack = next(e for e in events if text[e.trigger.start : e.trigger.end] == "هجوم انتحاري")
    assert attack.target is not None and attack.target.text == "للجيش" and attack.target.sector == "MIL"


def test_a_wound_word_joined_to_a_toll_does_not_take_the_dead_as_its_agent() -> None:
    # gsr-assault-AAW_ARB_20080314.0023-1: "مقتل ستة مدنيين افغان امس وجرح 37 شخصا" - جرح continues
    # the casualty noun; the dead civilians are victims, not who wounded 37 people.
    text = (
        "اعلنت مصادر رسمية مقتل ستة مدنيين افغان امس وجرح 37 شخصا بينهم اربعة جنود اميركيين في هجوم "
        "انتحاري بسيارة مفخخة استهدف موكبا لقوات اجنبية على طريق مطار كابل وتبنته حركة طالبان."
    )
    sources = [c.event.source.text for c in candidates(text, "2008-03-14") if c.event.source is not None]
    assert "مدنيين افغان" not in sources


def test_a_killing_joined_to_an_attack_on_a_victim_has_her_as_target() -> None:
    # BB-internationalNews-495-20180512: "بعد اغتصاب فتاة تبلغ ثماني سنوات وقتلها" - she was killed.
    events = hadath.extract(
        "واندلعت شرارة موجة الغضب المنددة بالاعتداءات الجنسية مؤخرا بعد اغتصاب فتاة تبلغ ثماني "
        "سنوات وقتلها في يناير/كانون الثاني.",
        "2018-05-12",
    ).events
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.text == "فتاة" for e in events)


def test_a_fighter_merged_with_a_state_adjective_keeps_no_state_name() -> None:
    # gsr-assault-AAW_ARB_20081017.0033-1: the fighter killed ("مقاتلا قتل") merges with the strike
    # on "منطقة باكستانية"; he takes Pakistan's country, not its name, so he is not read as the
    # unnamed Pakistani attacker's own state and dropped.
    events = hadath.extract(
        "قال مسؤولون في المخابرات الباكستانية إن مقاتلا قتل بعدما اطلقت طائرة بدون طيار، يعتقد أنها "
        "أميركية، صاروخا على منطقة باكستانية على الحدود الافغانية أمس.",
        "2008-10-17",
    ).events
    killing = next(e for e in events if e.type == "ASSAULT")
    assert killing.target is not None and killing.target.text == "مقاتلا" and killing.target.sector == "UAF"


def test_a_patrol_passing_when_a_bomb_went_off_is_its_target() -> None:
    # gsr-assault-AAW_ARB_20071219.0043-3: "انفجرت لدى مرور دورية للشرطة" - the police patrol was hit.
    events = hadath.extract(
        "وقالت مصادر امنية ان «سيارة مفخخة مركونة على جانب الطريق في شارع النضال (وسط بغداد) انفجرت "
        "لدى مرور دورية للشرطة، مما ادى الى مقتل اربعة وإصابة سبعة بجروح»، حسبما افادت وكالة الصحافة "
        "الفرنسية.",
        "2007-12-19",
    ).events
    blast = next(e for e in events if e.type == "ASSAULT")
    assert blast.source is None or blast.source.sector != "COP"
    assert blast.target is not None and blast.target.text == "دورية للشرطة" and blast.target.sector == "COP"


def test_a_toll_told_with_an_attack_on_a_patrol_is_of_the_attack_on_the_patrol() -> None:
    # gsr-assault-AAW_ARB_20081202.0027-8: "بمقتل 15 شخصا ... في هجوم انتحاري ... استهدف دورية مشتركة
    # للقوات العراقية والاميركية": the people killed were hit in an attack aimed at the forces.
    events = hadath.extract(
        "وفي الموصل، أفادت الشرطة بمقتل 15 شخصا على الأقل وإصابة 30 آخرين بجروح في هجوم انتحاري بسيارة "
        "مفخخة استهدف دورية مشتركة للقوات العراقية والاميركية وسط المدينة.",
        "2008-12-02",
    ).events
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].killed == 15
    assert attacks[0].target is not None and attacks[0].target.sector == "MIL"


def test_soldiers_named_among_the_wounded_are_no_attackers() -> None:
    # gsr-assault-AAW_ARB_20070901.0024-1: "واصابة اربعة اخرين، بينهم عسكريون من القوة الدولية في
    # هجوم انتحاري" - the troops are among the wounded; the soldier killed stays the target.
    events = hadath.extract(
        "اعلنت وزارة الداخلية الافغانية وقوات الحلف الاطلسي مقتل جندي أفغاني امس واصابة اربعة اخرين، "
        "بينهم عسكريون من القوة الدولية في هجوم انتحاري بسيارة مفخخة في كابل.",
        "2007-09-01",
    ).events
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.source is not None and attack.source.text == "" and attack.source.sector == "UAF"
    assert attack.target is not None and attack.target.text == "جندي أفغاني"


def test_the_group_that_claimed_an_attack_is_its_source() -> None:
    # gsr-assault-AAW_ARB_20080314.0023-1: "في هجوم انتحاري ... استهدف موكبا لقوات اجنبية ... وتبنته
    # حركة طالبان": the Taliban claimed the attack.
    events = hadath.extract(
        "اعلنت مصادر رسمية مقتل ستة مدنيين افغان امس وجرح 37 شخصا بينهم اربعة جنود اميركيين في هجوم "
        "انتحاري بسيارة مفخخة استهدف موكبا لقوات اجنبية على طريق مطار كابل وتبنته حركة طالبان.",
        "2008-03-14",
    ).events
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.source is not None and attack.source.text == "حركة طالبان" and attack.source.sector == "REB"


def test_tanks_that_fired_their_guns_are_the_attackers() -> None:
    # gsr-assault-AAW_ARB_20061115.0044-14: "إن دبابات أميركية أطلقت نيرانها على المنطقة" (triggers.tsv
    # أطلق نيران, as أطلق النار).
    events = hadath.extract(
        "وقال سكان في المدينة إن دبابات أميركية أطلقت نيرانها على المنطقة، وأن القتلى ليسوا من المسلحين.",
        "2006-11-15",
    ).events
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.source is not None and attack.source.text == "دبابات أميركية"
    assert attack.source.sector == "MIL"
