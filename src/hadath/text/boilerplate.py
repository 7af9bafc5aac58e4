"""Split the article body from what is not the article.

Five signals, all from ``lexicon/data/boilerplate.tsv`` or plain layout:
- a dateline at the very start ("القاهرة - الأناضول", "دبي، الإمارات (CNN) --");
- lines opening with a known marker (اقرأ أيضا، شارك، صورة، بقلم ...), kind taken from the file;
  a read-also marker standing alone also claims the short lines under it;
- a trailing block of two or more short lines with no final punctuation: related headlines;
- a short line with no final punctuation inside an article whose paragraphs end with it: a heading
  or another story's headline set in the text (BBC Arabic puts links there) - it names, not tells;
  so does a short line ending with its own question or exclamation mark, in any article;
- a trailing block of other stories' lead paragraphs (CNN Arabic appends five, August to October
  2018, cut at 240 characters): up to five, each of 60 to 250 characters, opening neither with a
  conjunction (a verb's own و counts not: "وافقت اللجنة") nor with a connective ("كما"، "أما"، "يذكر
  أن") and sharing little vocabulary with the article's first paragraph (datelines aside), unless it
  gives its own weekday above another such lead (CNN appends leads of the article's topic); one at
  least gives its own story's weekday, near its start ("قال الرئيس التركي، الإثنين، إن") or after a
  long subject ("أعلنت شرطة العاصمة البريطانية، لندن، عن اعتقال رجل ...، الثلاثاء"), or its own
  dateline, and another does too or is cut off before its final stop - or five stand under a
  paragraph going on with the text ("وأضاف ...", "وأردف ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from hadath.lexicon import load_table
from hadath.model import Boilerplate, Span
from hadath.text.normalize import normalize_word
from hadath.text.vectors import word_vectors

_SHORT_LINE = 120  # a headline or prompt line is short; body paragraphs rarely are
_SENTENCE_END = re.compile(r"""[.!?؟…:؛]["»”’)\]]*\s*$""")
_SEPARATOR = re.compile(r"^[\s\-_=*~•.]{3,}$")
# "CITY[, COUNTRY] (AGENCY) -" or "CITY - AGENCY:" at the start of an article.
_DATELINE_DASH = re.compile(r"^\s*[^\n.،:]{2,40}?[،,]?\s*[-–—ـ]+\s*")
_DATELINE_PAREN = re.compile(r"^\s*[^\n.]{2,60}?\(\s*([^()\n]{2,30})\s*\)\s*[-–—ـ:]*\s*")
_WORDS = re.compile(r"[^\W_]+")
# A question or exclamation mark ending a line of its own, with no single stop or comma before it
# and closing no quotation: a line telling something and then asking ("... في فرنسا. لماذا؟", "إذاً،
# لماذا هي منتشرة في نيجيريا؟") is the text's, and so is a question it quotes ("سأل الناشط: "هل ..."؟").
_OWN_MARK = re.compile(r"""^[^.!?؟،,]*(?:\.\.+[^.!?؟،,]*)*[^\s"»”’.!?؟،,] ?[!?؟]+$""")
_FREQUENT = 20_000  # the most frequent words of the corpus' vocabulary (models/word_vectors.npz)


class _Markers(NamedTuple):
    line_openers: dict[str, list[tuple[str, str]]]  # (phrase, kind) grouped by first word, file order
    agencies: tuple[str, ...]
    desks: tuple[str, ...]  # newsrooms an agency datelines stories from
    connectives: tuple[str, ...]  # paragraph openers going on with the text
    longest: int  # the longest opener's length in characters


@cache
def _markers() -> _Markers:
    """The rows of boilerplate.tsv, as words."""
    line_openers: dict[str, list[tuple[str, str]]] = {}
    agencies: list[str] = []
    desks: list[str] = []
    connectives: list[str] = []
    for row in load_table("boilerplate"):
        words = _words(row["phrase"])
        if row["kind"] == "agency":
            agencies.append(words)
        elif row["kind"] == "desk":
            desks.append(words)
        elif row["kind"] == "connective":
            connectives.append(words)
        else:
            line_openers.setdefault(words.partition(" ")[0], []).append((words, row["kind"]))
    longest = max((len(opener) for group in line_openers.values() for opener, _ in group), default=0)
    return _Markers(line_openers, tuple(agencies), tuple(desks), tuple(connectives), longest)


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(normalize_word(text)))


def _lines(text: str) -> Iterator[Span]:
    start = 0
    for match in re.finditer(r"\n", text):
        yield Span(start, match.start())
        start = match.end()
    yield Span(start, len(text))


def find_boilerplate(text: str) -> list[Boilerplate]:
    """Non-body stretches of ``text``, in order, not overlapping."""
    lines = [line for line in _lines(text) if text[line.start : line.end].strip()]
    found: list[Boilerplate] = []
    dateline = _dateline(text)
    if dateline:
        found.append(dateline)
    found.extend(_marked_lines(text, lines))
    claimed = {(b.start, b.end) for b in found}
    found.extend(b for b in _related_headlines(text, lines) if (b.start, b.end) not in claimed)
    claimed = {(b.start, b.end) for b in found}
    found.extend(_related_stories(text, lines, claimed))
    claimed = {(b.start, b.end) for b in found}
    found.extend(b for b in _headings(text, lines) if (b.start, b.end) not in claimed)
    return sorted(found, key=lambda b: b.start)


def _dateline(text: str) -> Boilerplate | None:
    agencies = _markers().agencies
    for pattern in (_DATELINE_PAREN, _DATELINE_DASH):
        match = pattern.match(text)
        if not match:
            continue
        head = _words(text[match.start() : match.end()])
        after = _words(text[match.end() : match.end() + 40])
        for agency in agencies:
            if agency in head.split(" ") or head.endswith(agency):
                return Boilerplate(match.start(), match.end(), "dateline")
            if pattern is _DATELINE_DASH and (after + " ").startswith(agency + " "):
                # "القاهرة - الأناضول: نص" — the agency follows the dash; claim it and its colon.
                rest = re.match(r"[^\n:]{0,40}:\s*", text[match.end() :])
                if rest:
                    return Boilerplate(match.start(), match.end() + rest.end(), "dateline")
    return None


def from_desk(text: str, dateline: Boilerplate) -> bool:
    """Whether a dateline names an agency's newsroom (boilerplate.tsv ``desk``), not the story's place."""
    head = _words(text[dateline.start : dateline.end])
    return any((head + " ").startswith(desk + " ") for desk in _markers().desks)


def _marked_lines(text: str, lines: list[Span]) -> Iterator[Boilerplate]:
    markers = _markers()
    openers = markers.line_openers
    # Openers are matched on the line's first words only; twice the longest opener (diacritics
    # take room too) is plenty, less its last word, which the cut may have split.
    head_length = 2 * markers.longest + 20
    under_read_also = False
    for line in lines:
        raw = text[line.start : line.end]
        words = _words(raw[:head_length])
        if len(raw) > head_length:
            words = words.rpartition(" ")[0]
        short = len(raw.strip()) <= _SHORT_LINE
        kind = None
        if _SEPARATOR.match(raw):
            kind = "separator"
        else:
            for opener, opener_kind in openers.get(words.partition(" ")[0], ()):
                if words == opener or words.startswith(opener + " "):
                    if short or opener_kind == "read_also":
                        kind = opener_kind
                    break
        if kind is None and under_read_also and short and not _SENTENCE_END.search(raw):
            kind = "read_also"
        under_read_also = kind == "read_also"
        if kind:
            yield Boilerplate(line.start, line.end, kind)


def _related_headlines(text: str, lines: list[Span]) -> list[Boilerplate]:
    block: list[Span] = []
    for line in reversed(lines):
        raw = text[line.start : line.end].strip()
        if len(raw) > _SHORT_LINE or _SENTENCE_END.search(raw) or len(block) == len(lines) - 1:
            break
        block.append(line)
    if len(block) < 2:
        return []
    return [Boilerplate(line.start, line.end, "related_headlines") for line in reversed(block)]


def _headings(text: str, lines: list[Span]) -> Iterator[Boilerplate]:
    """Short lines between the first and the last that name rather than tell. A line ending with its
    own question or exclamation mark (not a quote's) is a subheading or a link to another story
    ("الاحتجاجات في الأردن.. ماذا بعد؟", France 24's "حرب باردة!") in any article. A line without final
    punctuation is a heading only in an article whose long paragraphs (two at least) all end with
    punctuation but one: many writers end none (Sky News Arabia), and then a short line is just a
    short paragraph. A line opening with a conjunction continues the text."""
    paragraphs = [text[line.start : line.end].strip() for line in lines]
    long = [p for p in paragraphs if len(p) > _SHORT_LINE]
    unpunctuated = sum(1 for p in long if not _SENTENCE_END.search(p))
    punctuated_article = len(long) - unpunctuated >= 2 and unpunctuated <= 1
    for line, paragraph in zip(lines[1:-1], paragraphs[1:-1], strict=True):
        if len(paragraph) > _SHORT_LINE or _continues(paragraph):
            continue
        if _OWN_MARK.match(paragraph):
            kind = "exclamation" if paragraph.endswith("!") else "question"
            yield Boilerplate(line.start, line.end, kind)
        elif punctuated_article and not _SENTENCE_END.search(paragraph):
            yield Boilerplate(line.start, line.end, "heading")


def _continues(paragraph: str) -> bool:
    """Whether a line opens with a conjunction (و، ف، لكن) and so goes on with the text. A word of two
    letters is taken to go on with it too (a preposition: "في العام 2011، حين كانت ...")."""
    first = _words(paragraph).partition(" ")[0]
    return _conjunction(first) or (first.startswith(("و", "ف")) and len(first) <= 2)


def _conjunction(first: str) -> bool:
    """Whether a paragraph's first word opens with the conjunction و/ف (or is لكن). و/ف may be the word's
    own letter ("واشنطن تفرض عقوبات", "فرنسا تدين", "وافقت اللجنة"): a conjunction leaves a frequent
    word of the corpus ("وقال" -> "قال"); a word the corpus does not know is taken as one with it."""
    if first == "لكن":
        return True
    if not first.startswith(("و", "ف")) or len(first) <= 2:
        return False
    rows, _ = word_vectors()
    return rows.get(first[1:], _FREQUENT) < _FREQUENT or first not in rows


_LEAD_MIN = 60  # characters: a story's lead paragraph is a full sentence
_LEAD_MAX = 250  # characters: CNN Arabic cuts the leads it appends at 240 (all 3,645 found are shorter)
_LEAD_OVERLAP = 0.4  # a lead sharing this share of its words with the article's opening is the article's
_LEADS_MAX = 5  # CNN Arabic appends five; a longer run of such paragraphs is the article's own
_ARTICLE = re.compile(r"^(?:[وفبلك]?ال|[وف])")
_LABEL = re.compile(r"^\W*\w+(?: \w+)?:|^\s*(?:[-–•*]|\d+\s*[-.)])")


def _related_stories(text: str, lines: list[Span], claimed: set[tuple[int, int]]) -> list[Boilerplate]:
    """Other stories' leads after the article (see the module docstring); the block ends at a line
    already claimed (a read-also link closes the article, not a lead), at a labelled line ("الموقع:
    تطل سوتشي ..." of a guide) or at a list item ("3- أظافر اليدين"). A paragraph sharing much of its
    vocabulary with the article's opening is the article's, unless it gives its own story's weekday
    and stands above a lead already found: CNN appends leads of the article's topic (under a Khashoggi
    story, "أعلنت وزارة الخارجية الأمريكية أن الوزير مايك بومبيو شكر العاهل السعودي ..., الثلاثاء")."""
    if len(lines) < 3:
        return []
    opening = _vocabulary(_words(_undated(text[lines[0].start : lines[0].end])))
    block: list[Span] = []
    dated = cut = 0
    for line in reversed(lines[1:]):
        raw = text[line.start : line.end]
        words = _words(_undated(raw))
        vocabulary = _vocabulary(words)
        # A story's own dateline inside the article dates it as its weekday would.
        own_date = _dateline(raw) is not None or not _weekdays().isdisjoint(words.split(" "))
        if (
            len(block) == _LEADS_MAX
            or (line.start, line.end) in claimed
            or _LABEL.match(raw)
            or not _LEAD_MIN <= len(words) <= _LEAD_MAX
            or _goes_on(words)
            or (len(vocabulary & opening) >= _LEAD_OVERLAP * len(vocabulary) and not (own_date and block))
        ):
            break
        block.append(line)
        dated += own_date
        cut += not _SENTENCE_END.search(raw)
    if not _evidenced(text, lines, block, dated, cut):
        return []
    return [Boilerplate(line.start, line.end, "related_stories") for line in reversed(block)]


def _evidenced(text: str, lines: list[Span], block: list[Span], dated: int, cut: int) -> bool:
    """Whether a block of lead-like paragraphs is other stories': one dates its story and another does
    too or is cut off; or the block is full and the paragraph above it goes on with the text, as the
    article's own paragraphs do ("وأضاف"، "كما") and no lead does."""
    if len(block) >= 2 and dated and dated + cut >= 2:
        return True
    if len(block) < _LEADS_MAX or len(lines) <= _LEADS_MAX + 1:
        return False
    above = lines[-_LEADS_MAX - 1]
    return _goes_on(_words(text[above.start : above.end]))


def _undated(paragraph: str) -> str:
    """A paragraph without its dateline: CNN's "دبي، الإمارات العربية المتحدة (CNN)" opens the article
    and some other stories' leads alike, and says nothing of either's subject."""
    dateline = _dateline(paragraph)
    return paragraph[dateline.end :] if dateline else paragraph


def _goes_on(words: str) -> bool:
    """Whether a paragraph (normalised ``words``) opens as one going on with the text, not as a lead:
    with a conjunction or a connective of boilerplate.tsv ("كما"، "أما"، "إلى ذلك"، "يذكر أن")."""
    return _conjunction(words.partition(" ")[0]) or any(
        (words + " ").startswith(connective + " ") for connective in _markers().connectives
    )


def _vocabulary(words: str) -> set[str]:
    """The content words of a paragraph's normalised ``words``, without a leading article or
    conjunction (so that "الحكومة" and "والحكومة" count as one word)."""
    return {_ARTICLE.sub("", word) for word in words.split(" ") if len(word) > 3}


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(_words(row["phrase"]) for row in load_table("cues") if row["cue"] == "weekday")


def body_spans(text: str, boilerplate: list[Boilerplate]) -> list[Span]:
    """The stretches of ``text`` left once the boilerplate is cut out."""
    spans: list[Span] = []
    cursor = 0
    for part in boilerplate:
        if part.start > cursor:
            spans.append(Span(cursor, part.start))
        cursor = max(cursor, part.end)
    if cursor < len(text):
        spans.append(Span(cursor, len(text)))
    return spans
