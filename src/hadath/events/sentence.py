"""A sentence as the coder reads it: what the lexical stages found in it, and the subject it leaves
for the next sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.lexicon import Match
from hadath.lexicon.matchers import Cues, TriggerTerm
from hadath.model import Actor, Span
from hadath.resolve.actors import ActorMention
from hadath.resolve.dates import TimeExpression
from hadath.resolve.places import PlaceMention
from hadath.text.tokens import Token


@dataclass(frozen=True, slots=True)
class Subject:
    """The named subject of a sentence's last main-clause verb, which a next sentence opening with و and a
    verb of the same gender and no subject shares: "وقال عباس ... . ودعا كل دول العالم ..."."""

    actor: Actor
    feminine: bool  # the verb's ending: a feminine verb continues only a feminine one


@dataclass(slots=True)
class SentenceAnalysis:
    """What the lexical stages found in one sentence; the coder reads only this."""

    span: Span
    tokens: list[Token]
    cues: list[Match[Cues]]
    triggers: list[Match[TriggerTerm]]
    actors: list[ActorMention]
    places: list[PlaceMention]
    times: list[TimeExpression]
    carried: Subject | None = None  # what the sentence before leaves (see Subject)


def continues_sentence_before(tokens: Sequence[Token], first: int, prefix: str) -> bool:
    """A word opening its sentence with و, or right after an opening كما ("كما اتهموا قوات الحكومة
    اليمنية ..." after "وقال خبراء الأمم المتحدة ..."): both go on with the sentence before."""
    return (first == 0 and prefix == "و") or (first == 1 and tokens[0].norm == "كما" and not prefix)
