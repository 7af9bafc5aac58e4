"""Who is source and who is target, on real 2018 news sentences (events/roles.py, relatives.py,
attachment.py): whom the pronoun of a passive with تم refers to, a relative clause with no الذي
after an indefinite noun, and a capital after a masculine verb."""

from __future__ import annotations

from hadath.model import Event
from hadath.pipeline import extract


def _events(sentence: str, published: str, event_type: str) -> list[Event]:
    return [e for e in extract(sentence, published).events if e.type == event_type]


def _roles(event: Event) -> tuple[str | None, str | None]:
    return (event.source.text if event.source else None, event.target.text if event.target else None)


def test_the_pronoun_of_a_passive_with_tamma_is_the_actor_right_before() -> None:
    # SK-internationalNews-1184-20180426: Abbas Edalat is the one arrested
    sentence = (
        "أكدت وسائل إعلان إيرانية الخميس، أن الجامعي البريطاني (الإيراني الأصل) والناشط من أجل السلام،"
        ' عباس عدالت، تم اعتقاله للاشتباه بدوره في "شبكة تسلل".'
    )
    assert [e.target.text for e in _events(sentence, "2018-04-26", "COERCE") if e.target] == ["عباس عدالت"]


def test_the_pronoun_of_a_passive_with_tamma_passes_an_aside_on_its_actor() -> None:
    # FR-internationalNews-2404-20180720: Benalla was detained, not Macron whose aide he is
    sentence = (
        "أعلنت النيابة العامة في باريس الجمعة أن ألكسندر بينالا، مساعد مدير مكتب الرئيس إيمانويل ماكرون،"
        ' تم توقيفه ووضعه رهن التحقيق للاشتباه بممارسته "أعمال عنف" و"انتحال وظيفة".'
    )
    assert [e.target.text for e in _events(sentence, "2018-07-20", "COERCE") if e.target] == [
        "ألكسندر بينالا"
    ]


def test_what_was_not_destroyed_is_the_subject_of_the_passive() -> None:
    # SK-middleEast-1058-20180416: the Syrian air force was the target of the strikes
    sentence = (
        "وكان الهدف من نشر تلك الصورة إظهار أن سلاح الجو السوري لم يتم تدميره في الضربات التي وجهتها"
        " الولايات المتحدة وبريطانيا وفرنسا ضد مواقع عسكرية."
    )
    targets = [e.target for e in _events(sentence, "2018-04-16", "ASSAULT") if e.target]
    assert ("SYR", "سلاح الجو السوري") in [(t.country, t.text) for t in targets]


def test_a_release_after_an_indefinite_noun_frees_that_noun() -> None:
    # BB-internationalNews-106-20180306: Russia freed four Western spies; ten Russian spies were
    # arrested in the United States
    sentence = (
        "وكان سكريبال من بين أربعة جواسيس غربيين أطلقت روسيا سراحهم مقابل عشرة جواسيس روس قبض عليهم"
        " في الولايات المتحدة."
    )
    assert [_roles(e) for e in _events(sentence, "2018-03-06", "RETREAT")] == [("روسيا", "جواسيس")]
    assert [e.target.text for e in _events(sentence, "2018-03-06", "COERCE") if e.target] == ["جواسيس روس"]


def test_a_pronoun_on_the_noun_of_another_phrase_is_no_object() -> None:
    # CN-middleEast-308-20180320: دعمه is al-Walid's support, for the kingdom and its government
    sentence = 'وأكد الوليد دعمه الكلي "للمملكة ولحكومتي والملك سلمان والأمير محمد بن سلمان".'
    events = _events(sentence, "2018-03-20", "SUPPORT")
    assert events and all(e.target is not None and e.target.text for e in events)


def test_a_capital_after_a_masculine_verb_is_its_object() -> None:
    # SK-middleEast-3820-20181011: (Pompeo) warned Tehran - Tehran warns no one
    sentence = (
        'وهذا يشمل الجماعات والميليشيات المرتبطة بإيران"، وحذر طهران من أنها "ستدفع الثمن غاليا" إذا'
        " هددت الولايات المتحدة أو أيا من حلفائها."
    )
    warn = sentence.index("وحذر")
    warnings = [e for e in _events(sentence, "2018-10-11", "THREATEN") if e.trigger.start == warn]
    assert all(e.source is None or e.source.country != "IRN" for e in warnings)


def test_a_capital_after_a_bare_verbal_noun_is_its_agent() -> None:
    # SK-internationalNews-1736-20180523: في أعقاب فرض واشنطن عقوبات - Washington imposed them
    sentence = "ويأتي ذلك، في أعقاب فرض واشنطن عقوبات على 5 إيرانيين لارتباطهم بالحرس الثوري الإيراني."
    assert [e.source.country for e in _events(sentence, "2018-05-23", "SANCTION") if e.source] == ["USA"]
