"""Acts named but not done - alleged support of terrorism, sanctions broken - and war tolls, which are
no attack (lexicon/data/triggers.tsv mode mention, events/coder.py)."""

from __future__ import annotations

import hadath
from hadath.pipeline import candidates
from tests.conftest import dyad


def _records(text: str, date: str) -> set[tuple[str, str | None, str | None]]:
    doc = hadath.extract(text, date=date)
    return {(e.type, *dyad(e)) for e in doc.events}


def test_alleged_support_of_terrorism_is_no_support() -> None:
    # FR-internationalNews-666-20180410: the crown prince says Iran supports terrorism - an allegation,
    # not Iran's (or the French people's) support given to anyone.
    text = (
        "لكن ولي العهد السعودي الأمير محمد قال إن حكومة إيران لا تخدم مصالح شعبها "
        "وتدعم الإرهاب وتعمل ضد مصلحة السعودية."
    )
    assert not {r for r in _records(text, "2018-04-10") if r[0] in {"SUPPORT", "AID"}}


def test_alleged_support_bounds_the_roles_before_it() -> None:
    # SK-internationalNews-2423-20180702: no support, and the Iranian people after "دعم الإرهاب" are
    # not the target of منع before it either.
    text = (
        "وشددت على ضرورة منع النظام الإيراني من دعم الإرهاب وتصديره، "
        "مشيرة إلى الشعب الإيراني تضرر من نظام الملالي الذي يحكم البلاد."
    )
    coded = [c.event for c in candidates(text, "2018-07-02")]
    assert not [e for e in coded if e.type == "SUPPORT"]
    coerced = [e for e in coded if e.type == "COERCE"]
    assert coerced and all(e.target is None for e in coerced)


def test_sanctions_broken_or_dodged_are_no_sanction() -> None:
    # SK-internationalNews-2886-20180803 and SK-internationalNews-2015-20180607: sanctions in force,
    # named as what Russia's permits break and what a secret channel dodged.
    broken = (
        'وذكرت صحيفة "وول ستريت جورنال" الخميس، أن السلطات الروسية سمحت لآلاف العمال الجدد من كوريا '
        "الشمالية بدخول البلاد، وأصدرت تصاريح عمل جديدة، الأمر الذي يعد انتهاكا للعقوبات التي فرضها "
        "مجلس الأمن الدولي على بيونغ يانغ."
    )
    assert not {r for r in _records(broken, "2018-08-03") if r[0] == "SANCTION"}
    dodged = (
        "دعا الرئيس الأميركي دونالد ترامب، الخميس، إلى تحقيق في معلومات كشفها تقرير بمجلس الشيوخ عن سعي "
        "إدارة الرئيس السابق باراك أوباما لمنح إيران طريقة سرية للوصول إلى النظام المالي الأميركي لتجاوز "
        "العقوبات الأميركية المفروضة على طهران بعد اتفاق 2015."
    )
    assert not {r for r in _records(dodged, "2018-06-07") if r[0] == "SANCTION"}


def test_a_wars_death_toll_is_no_attack() -> None:
    # FR-internationalNews-550-20180321: three years of war in Yemen summed up, no killing reported.
    text = (
        "وقتل أكثر من 9200 شخص وجرح عشرات الآلاف في الحرب المستمرة منذ ثلاث سنوات في اليمن التي تشهد "
        "حربا أهلية وحربا بالوكالة بين القوتين الاقليميتين السعودية وإيران."
    )
    doc = hadath.extract(text, date="2018-03-21")
    assert not [e for e in doc.events if e.type == "ASSAULT" and "قتل" in e.trigger_text]


def test_a_toll_of_the_injured_is_not_the_killed() -> None:
    # BB-middleEast-746-20180717: the 15,000 are the injured; 130 killed is an attack's toll.
    text = (
        "وقال مسؤولون صحيون في غزة إن أكثر من 130 فلسطينيا قد قتلوا وأصيب 15 ألفا برصاص القوات "
        "الإسرائيلية خلال تلك الاحتجاجات."
    )
    assert ("ASSAULT", "ISR", "PSE") in _records(text, "2018-07-17")


def test_the_two_hands_condemn_no_one() -> None:
    # AL-economy-638-20180522: اليدين is "the hands" (مكتوفة اليدين "with folded hands"), not يدين.
    text = (
        'وأضاف أن الولايات المتحدة لن تبقى مكتوفة اليدين "في وقت تنهار فنزويلا ولا يزال الشعب الشجاع '
        'ضحية البؤس".'
    )
    assert not [c for c in candidates(text, "2018-05-22") if c.event.type == "ACCUSE"]
