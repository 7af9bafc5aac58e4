"""Parties' countries on real 2018 articles: names the gazetteers gave to the wrong person
(lexicon/data/people.tsv)."""

from __future__ import annotations

from hadath.pipeline import extract


def _entity_countries(text: str, published: str, surface: str) -> list[str | None]:
    return [e.country for e in extract(text, published).entities if e.text == surface]


def test_kushner_spelled_with_ya_is_jared_kushner() -> None:
    # AL-internationalNews-1755-20180624: all 32 bare «كوشنير» of the 2018 corpus are Trump's adviser,
    # none Bernard Kouchner (was FRA)
    text = (
        'وجاءت تصريحات كوشنير في مقابلة نادرة مع صحيفة "القدس" الفلسطينية، بينما يقوم بجولة في المنطقة'
        " مع جيسون غرينبلات مبعوث الرئيس الأميركي دونالد ترمب الخاص للشرق الأوسط، لتعزيز جهود استئناف"
        " عملية السلام المتعثرة بين الفلسطينيين والإسرائيليين."
    )
    assert _entity_countries(text, "2018-06-24", "كوشنير") == ["USA"]


def test_the_ibrahimi_mosque_is_no_un_envoy() -> None:
    # SK-middleEast-2099-20180602: «الحرم الإبراهيمي» is Hebron's mosque, not Lakhdar Brahimi (was IGO)
    text = (
        'أفاد مراسل "سكاي نيوز عربية" في رام الله، السبت، بمقتل شاب فلسطيني برصاص مستوطن قرب الحرم'
        " الإبراهيمي في مدينة الخليل، جنوبي الضفة الغربية."
    )
    assert _entity_countries(text, "2018-06-02", "الإبراهيمي") in ([], [None])
