"""A later definite event noun that names no agent of its own ("الهجوم"، "القنبلة") retells the last
occurrence of its type (merge.merge_retold), not a second one with a party filled in from the article
(real corpus sentences, doc_id noted)."""

from __future__ import annotations

import hadath


def _attacks(text: str, date: str) -> list:
    return [e for e in hadath.extract(text, date).events if e.type == "ASSAULT"]


def test_the_attack_told_again_by_its_noun_is_one_attack() -> None:
    # SK-internationalNews-2137-20180614: the knife attack, then "فإن الهجوم جرى في ..." with no attacker.
    (attack,) = _attacks(
        "لقي شخصان مصرعها جراء هجوم بالسكين، في وقت مبكر من الخميس، داخل مسجد في جنوب إفريقيا، قبل أن "
        "تقتل قوات الأمن منفذ الاعتداء.\n"
        ' وبحسب ما نقلته "فرانس برس" عن مصادر من الشرطة، فإن الهجوم جرى في من مالزبري على مقربة من '
        "الكاب، جنوب غربي البلاد.",
        "2018-06-14",
    )
    assert attack.mentions == 4


def test_the_bomb_told_again_by_its_noun_keeps_the_named_bombers() -> None:
    # SK-middleEast-3463-20180819: "قنبلة زرعها إرهابيون", then "القنبلة التي زرعت بمنطقة تامزيابت".
    (attack,) = _attacks(
        "أفادت مصالح الحماية المدنية في الجزائر بمقتل طفل وإصابة خمسة أطفال آخرين بجروح إثر انفجار قنبلة "
        "زرعها إرهابيون كانت تستهدف دوريات لأجهزة الأمن شمالي الجزائر.\n"
        "وأفادت الهيئة في بيان بأن القنبلة التي زرعت بمنطقة تامزيابت ببلدية أحنيف التابعة لولاية البويرة "
        "كانت تهدف في الأساس للترصد لتحركات رجال الأمن، مضيفةً أن الحادثة أسفرت عن مقتل طفل (12 عامًا) "
        "وإصابة خمسة آخرين لا تتجاوز أعمارهم 13 عامًا حالة أربعة منهم خطرة.",
        "2018-08-19",
    )
    assert (attack.source.text, attack.target.text) == ("إرهابيون", "طفل")
