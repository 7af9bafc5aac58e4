"""The lines sources close their articles with, which tell no news: BBC Arabic's app prompt in both
wordings, France 24's live-stream prompt, CNN Arabic's social-media disclaimer, Al Arabiya's op-ed
disclaimer and a magazine's copyright line. An op-ed's "* نقلا عن ..." stays in the body: the
newspaper it names gives the column its country."""

from __future__ import annotations

from hadath.text.boilerplate import find_boilerplate
from tests.conftest import corpus_articles


def _cut(text: str) -> dict[str, str]:
    return {text[p.start : p.end].strip(): p.kind for p in find_boilerplate(text)}


def test_prompts_disclaimers_and_copyright_lines_are_cut() -> None:
    articles = corpus_articles(
        "BB-middleEast-706-20180708",
        "FR-internationalNews-1461-20180526",
        "CN-middleEast-1089-20180603",
        "AL-culture-15-20180215",
    )
    # The app prompt's older wording ("يمكنكم استلام إشعارات") was cut already, this one was not.
    cut = _cut(articles["BB-middleEast-706-20180708"])
    prompt = (
        "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول."
    )
    assert cut[prompt] == "promo"
    cut = _cut(articles["FR-internationalNews-1461-20180526"])
    assert cut["لمتابعة المباشر على الحواسيب اللوحية، اضغط هنا..."] == "promo"
    cut = _cut(articles["CN-middleEast-1089-20180603"])
    disclaimer = (
        "علماً أن CNN بالعربية لا يمكنها التأكد من صحة المعلومات المتناقلة عبر مواقع التواصل الاجتماعي."
    )
    assert cut[disclaimer] == "note"
    # The article's own last line above the disclaimer stays.
    assert not any(line.startswith("يذكر أن الملك سلمان") for line in cut)
    cut = _cut(articles["AL-culture-15-20180215"])
    assert cut["**حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية"] == "note"


def test_an_op_eds_disclaimer_is_cut_and_its_newspaper_kept() -> None:
    text = corpus_articles("AL-sport-959-20180329")["AL-sport-959-20180329"]
    cut = _cut(text)
    assert cut["** جميع المقالات المنشورة تمثل رأي كتابها فقط."] == "note"
    assert "*نقلا عن الرؤية الإماراتية" not in cut
