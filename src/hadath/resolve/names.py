"""Names an article repeats in short: "الوزير المفوض وليد بخاري" first, then "بخاري" alone;
"حزب العمال الكردستاني" first, then "الحزب".

News names a person in full once, with office and country, and by surname afterwards. A later
mention of a name with no country of its own takes the country and sector of the article's fuller
mention of the same surname. An organisation is named in full once and then by its head noun
alone (``short_names.tsv``): that definite head is the organisation the article last named so.
An office is named with its country once ("رئيس الوزراء تيريزا ماي") and alone afterwards
("ورحبت رئيسة الوزراء"): the bare title is in the country of the office last named so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from hadath.lexicon.matchers import short_names
from hadath.model import Actor
from hadath.resolve.actors import ActorMention
from hadath.text.normalize import normalize_word
from hadath.text.tokens import Token, lexicon_key


class NameBook:
    """What the article has named in full with a country: people by surname, organisations by
    head noun."""

    def __init__(self) -> None:
        self._people: dict[str, tuple[str, str | None]] = {}
        self._full_names: dict[str, Actor] = {}  # surname -> the person first named in full with it
        self._organizations: dict[str, Actor] = {}
        self._offices: dict[tuple[str, ...], str] = {}  # title words -> country last named with it
        self._nationals: dict[str, str] = {}  # sector noun -> country of its last indefinite mention

    def learn(self, tokens: Sequence[Token], mentions: Iterable[ActorMention]) -> None:
        for mention in mentions:
            actor = mention.actor
            if not actor.country:
                continue
            surname = _surname(mention)
            if surname:
                self._people.setdefault(surname, (actor.country, actor.sector))
                if len(actor.text.split()) > 1:
                    self._full_names.setdefault(surname, actor)
            head = _organization_head(tokens, mention)
            if head is not None:
                self._organizations[head] = actor  # the latest: "الحزب" is the party last named
            office = _office(tokens, mention)
            if office is not None:
                self._offices[office] = actor.country
            if _national(tokens, mention):
                self._nationals[_noun(tokens, mention)] = actor.country

    def complete(
        self, text: str, tokens: Sequence[Token], mentions: Iterable[ActorMention]
    ) -> list[ActorMention]:
        """The sentence's mentions with what the article named before: a surname alone takes the
        country (and sector, if it has none) of its fuller mention; a head noun alone is the
        organisation last named with it, and no actor when there is none."""
        completed: list[ActorMention] = []
        for mention in mentions:
            head = _short_form(tokens, mention)
            known = self._organizations.get(head) if head else None
            unit = completed[-1] if completed else None
            if known and unit and _unit_of(unit, mention):
                # "مقاتلات التحالف": the coalition's fighters - one actor, in the coalition's state.
                start, end = unit.actor.start, mention.actor.end
                actor = replace(
                    unit.actor,
                    text=text[start:end],
                    country=known.country,
                    sector=unit.actor.sector or known.sector,
                    end=end,
                )
                completed[-1] = replace(unit, actor=actor, last=mention.last)
            elif known:
                actor = replace(
                    known, text=mention.actor.text, start=mention.actor.start, end=mention.actor.end
                )
                completed.append(replace(mention, actor=actor))
            elif mention.head.subkind != "short":  # a sector noun (الحزب) stays one
                completed.append(self._with_surname(tokens, mention))
        return completed

    def _with_surname(self, tokens: Sequence[Token], mention: ActorMention) -> ActorMention:
        surname = _surname(mention)
        # A name the NER found may carry the wrong type ("وأشارت ماي": an ORG); one word is enough.
        word = surname or (normalize_word(mention.actor.text) if mention.head.subkind == "ner" else "")
        full = self._full_names.get(word)
        if full is not None and _by_surname(mention) and full.name != mention.actor.name:
            # "العقيد تركي المالكي" named first, then "المالكي" or "العقيد المالكي": the same man, not
            # the namesake the lexicon lists under the surname alone (Nouri al-Maliki).
            actor = replace(mention.actor, name=full.name, country=full.country, sector=full.sector)
            return replace(mention, actor=actor)
        if mention.actor.country:
            return mention
        if len(mention.terms) == 1 and (office := _office(tokens, mention)) in self._offices:
            return replace(mention, actor=replace(mention.actor, country=self._offices[office]))
        if surname not in self._people:
            return mention
        country, sector = self._people[surname]
        actor = replace(mention.actor, country=country, sector=mention.actor.sector or sector)
        return replace(mention, actor=actor)

    def with_nationality(
        self, tokens: Sequence[Token], mentions: Sequence[ActorMention]
    ) -> list[ActorMention]:
        """The mentions, with a bare definite sector noun ("الأشخاص") that repeats one the article named
        indefinite with a nationality ("أشخاصا إيرانيين") of that country, not of the place or the home
        state. The repeat names no state anew: callers tally the article's countries before this."""
        return [self._with_nationality(tokens, m) for m in mentions]

    def _with_nationality(self, tokens: Sequence[Token], mention: ActorMention) -> ActorMention:
        if (
            mention.actor.country
            or mention.head.kind != "sector"
            or mention.last - mention.first != 1
            or not mention.prefix.endswith("ال")
            or qualified_head(tokens, mention.first, mention.prefix)
        ):
            return mention
        country = self._nationals.get(_noun(tokens, mention))
        if country is None:
            return mention
        return replace(mention, actor=replace(mention.actor, country=country))


def _national(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """A one-word indefinite sector noun right before a nationality adjective ("شركة إيرانية"; not
    "وزارة الخارجية العراقية", which "الوزارة" repeats in whatever state the story is), not a
    relative adjective ("عسكري أمريكي": "العسكري" is mostly "military")."""
    return (
        mention.head.kind == "sector"
        and not mention.prefix.endswith("ال")
        and mention.head_last == mention.first + 1
        and not _noun(tokens, mention).endswith("ي")
        and len(mention.terms) == 2
        and (mention.terms[1].kind, mention.terms[1].subkind) == ("country", "adjective")
        and mention.last == mention.head_last + 1
    )


def _noun(tokens: Sequence[Token], mention: ActorMention) -> str:
    """A sector noun's stem, without the accusative's alif ("أشخاصا" and "الأشخاص" alike)."""
    return _head(tokens, mention).removesuffix("ا")


def _surname(mention: ActorMention) -> str | None:
    """The last word of a mention that names a person."""
    if not any(term.kind == "person" for term in mention.terms):
        return None
    words = normalize_word(mention.actor.text).split()
    return words[-1] if words else None


def _by_surname(mention: ActorMention) -> bool:
    """A person named by one word, alone or after a title ("المالكي"، "العقيد المالكي")."""
    if mention.head.subkind == "title":
        return mention.last - mention.head_last == 1
    return len(mention.actor.text.split()) == 1


def _office(tokens: Sequence[Token], mention: ActorMention) -> tuple[str, ...] | None:
    """The words of the title a mention begins with (رئيس الوزراء، وزير الخارجية), the office's
    feminine and masculine alike (رئيسة = رئيس), or None for a mention that names no office."""
    head = mention.head
    if head.kind != "sector" or head.subkind != "title":
        return None
    first = _head(tokens, mention).removesuffix("ة")
    return (first, *(lexicon_key(t.norm) for t in tokens[mention.first + 1 : mention.head_last]))


def _unit_of(unit: ActorMention, mention: ActorMention) -> bool:
    """An indefinite sector noun right before the mention, in construct with it (مقاتلات التحالف)."""
    return (
        unit.last == mention.first
        and unit.head.kind == "sector"
        and not unit.prefix.endswith("ال")
        and not unit.actor.country
    )


def _organization_head(tokens: Sequence[Token], mention: ActorMention) -> str | None:
    """The short head (حزب، تحالف ...) of a lexicon organisation the mention names in more than
    that word - heading it, or after a unit or member of it ("بقوات من تحالف دعم الشرعية")."""
    if mention.head.kind == "organization" and mention.head.subkind == "organization":
        head = _head(tokens, mention) if mention.last - mention.first > 1 else None
        return head if head in short_names() else None
    if not any(t.kind == "organization" and t.subkind == "organization" for t in mention.terms[1:]):
        return None
    keys = (lexicon_key(s.form) for t in tokens[mention.first + 1 : mention.last - 1] for s in t.stems)
    return next((key for key in keys if key in short_names()), None)


def _head(tokens: Sequence[Token], mention: ActorMention) -> str:
    """The stem of a mention's first word as the lexicon matched it ("وللتحالف" -> "تحالف")."""
    return _stem(tokens[mention.first], mention.prefix)


def _stem(token: Token, prefix: str) -> str:
    form = next((s.form for s in token.stems if s.prefix == prefix), token.stems[0].form)
    return lexicon_key(form)


def qualified_head(tokens: Sequence[Token], first: int, prefix: str) -> bool:
    """A head noun with an adjective of its own after it ("الحزب الحاكم", "الاتحاد الألماني"): a
    body of its own, not the organisation the article named before."""
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    return following is not None and _agrees(_stem(tokens[first], prefix), following)


def _short_form(tokens: Sequence[Token], mention: ActorMention) -> str | None:
    """The head noun of a one-word definite mention that may stand for an organisation
    ("الحزب", "للتحالف"), unless an adjective of its own follows ("الحزب الحاكم")."""
    if mention.last - mention.first != 1 or not mention.prefix.endswith("ال"):
        return None
    head = _head(tokens, mention)
    if head not in short_names() or qualified_head(tokens, mention.first, mention.prefix):
        return None
    return head


def _agrees(head: str, word: Token) -> bool:
    """Whether a definite word after a head noun can be its adjective: it agrees in gender and
    is not a plural ("ودعت الحركة الفلسطينيين" has an object, "الحركة الإسلامية" an adjective); a
    feminine plural's is feminine too ("القوات الأجنبية")."""
    form = word.norm
    if not word.is_word or not form.startswith("ال"):
        return False
    if head.endswith(("ة", "ات")):
        return form.endswith("ة")
    return not form.endswith(("ة", "ين", "ون", "ات"))
