"""Names an article repeats: "الوزير المفوض وليد بخاري" first, then "بخاري" alone.

News names a person in full once, with office and country, and by surname afterwards. A later
mention of a name with no country of its own takes the country and sector of the article's fuller
mention of the same surname.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from hadath.resolve.actors import ActorMention
from hadath.text.normalize import normalize_word


class NameBook:
    """Surnames the article has named with a country, and what they were named as."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, str | None]] = {}

    def learn(self, mentions: Iterable[ActorMention]) -> None:
        for mention in mentions:
            surname = _surname(mention)
            if surname and mention.actor.country:
                self._known.setdefault(surname, (mention.actor.country, mention.actor.sector))

    def complete(self, mention: ActorMention) -> ActorMention:
        """The mention, with the country (and sector, if it has none) of an earlier fuller mention."""
        surname = _surname(mention)
        if mention.actor.country or surname not in self._known:
            return mention
        country, sector = self._known[surname]
        actor = replace(mention.actor, country=country, sector=mention.actor.sector or sector)
        return replace(mention, actor=actor)


def _surname(mention: ActorMention) -> str | None:
    """The last word of a mention that names a person."""
    if not any(term.kind == "person" for term in mention.terms):
        return None
    words = normalize_word(mention.actor.text).split()
    return words[-1] if words else None
