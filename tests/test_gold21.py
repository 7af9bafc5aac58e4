"""Parties of attack reports in the Arabic gold sentences (real newswire text)."""

from __future__ import annotations

import hadath


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
