"""Where the engine's CPU time goes: the inclusive CPU time of its main stages and helpers, in process.

cProfile hooks every call, which inflates small, often-called functions (the phrase matcher, the
tokeniser) several times over and hides how much the rest costs. This script times only the
functions in ``STAGES``: each is wrapped (in its module and wherever it was imported by name) with
a timer of the process's CPU time, so the engine runs at nearly full speed and the shares are of
its real CPU time. Times are inclusive (a stage's helpers count in it too). Each timed call costs
about a microsecond of timer (measured and printed): a function called a hundred thousand times
(``analyse``) carries some tenths of a second of it, and so do the stages that call it.

Inputs, as ``bench/extract_speed.py`` has them: the gold sentences of arabic-event-gsr (one
record a line, every word new to the process's caches, as in one ``hadath extract`` run), or the
first ``--articles`` articles of the ANT news corpus. Lexicons and models are loaded first
(``warm_up``) and not counted.

    python bench/stage_cpu.py                 # gold sentences
    python bench/stage_cpu.py --articles 500  # ANT news articles
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import inspect
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from extract_speed import _gold_records, _news_records

from hadath.entities.ner import default_tagger
from hadath.pipeline import extract, warm_up

# module:function or module:Class.method
STAGES = (
    "hadath.pipeline:_candidates",
    "hadath.text.boilerplate:find_boilerplate",
    "hadath.text.normalize:normalize",
    "hadath.text.tokens:tokenize",
    "hadath.text.tokens:analyse",
    "hadath.text.sentences:split_sentences",
    "hadath.lexicon:PhraseMatcher.find",
    "hadath.entities.ner:DocumentTagger.tag",
    "hadath.entities.ner:NerTagger._crf_scores",
    "hadath.entities.ner:NerTagger._word_rows",
    "hadath.entities.ner:NerTagger._sentence_level_rows",
    "hadath.entities.ner:word_features",
    "hadath.entities.crf_model:ScoreDecoder.best_path",
    "hadath.entities.crf_model:ScoreDecoder.unsure",
    "hadath.entities.crf_model:ScoreDecoder.redecode",
    "hadath.entities.ner_network:WindowNetwork.inputs",
    "hadath.entities.ner_network:WindowNetwork.scores",
    "hadath.resolve.places:find_places",
    "hadath.entities.mentions:term_matches",
    "hadath.entities.mentions:actor_mentions",
    "hadath.events.split_phrases:split_verb_phrases",
    "hadath.resolve.dates:find_time_expressions",
    "hadath.events.coder:code_sentence",
    "hadath.events.roles:assign_roles",
    "hadath.events.attachment:preposition",
    "hadath.events.acceptance:AcceptanceModel.probability",
    "hadath.events.status:event_status",
    "hadath.events.timing:dated_as_history",
    "hadath.events.merge:merge_events",
    "hadath.text.topic:without_sport_events",
    "hadath.model:Document.to_dict",
)
_clock = time.process_time_ns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=int, default=0, help="ANT news articles instead of the gold sentences"
    )
    args = parser.parse_args()
    records = _news_records(args.articles) if args.articles else _gold_records()
    warm_up()
    gc.freeze()  # as `hadath extract` does after loading
    totals = {stage: [0, 0] for stage in STAGES}  # CPU ns, calls
    for stage in STAGES:
        _instrument(stage, totals[stage])
    # The tagger caches its per-word rows through a bound method made when it was loaded.
    tagger = default_tagger()
    tagger._words = functools.lru_cache(tagger._words.cache_info().maxsize)(tagger._word_rows)
    start = _clock()
    for record in records:
        json.dumps(
            extract(
                record["text"], date=record.get("date"), doc_id=record["doc_id"], title=record.get("title")
            ).to_dict(),
            ensure_ascii=False,
        )
    total = _clock() - start
    calls = sum(count for _, count in totals.values())
    timer_cost = calls * _timer_cost()
    what = f"{args.articles} ANT news articles" if args.articles else f"{len(records)} gold records"
    print(
        f"{what}: {total / 1e9:.3f} s CPU, of which about {timer_cost / 1e9:.3f} s the timers' own "
        f"({calls} timed calls)\n{'share':>6} {'CPU s':>7} {'calls':>8}  function"
    )
    for stage, (spent, calls) in sorted(totals.items(), key=lambda item: -item[1][0]):
        print(f"{100 * spent / total:5.1f}% {spent / 1e9:7.3f} {calls:8d}  {stage}")
    return 0


def _timer_cost() -> float:
    """CPU ns a timed call adds to the stages around it (the best of a few rounds)."""
    rounds = []
    for _ in range(5):
        timed = _timed(lambda: None, [0, 0])
        start = _clock()
        for _ in range(10_000):
            timed()
        rounds.append((_clock() - start) / 10_000)
    return min(rounds)


def _instrument(stage: str, total: list[int]) -> None:
    """Replace the function of ``stage`` by a timed wrapper, in its class or in every hadath module
    that holds it by name (none when the engine has no such function: an older one, timed with
    ``PYTHONPATH`` for a comparison, shows 0 calls there)."""
    module_name, qualname = stage.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        return
    owner_name, _, name = qualname.rpartition(".")
    if owner_name:
        owner = getattr(module, owner_name)
        if name not in owner.__dict__:
            return
        setattr(owner, name, _timed(owner.__dict__[name], total))
        return
    original = getattr(module, name)
    timed = _timed(original, total)
    for loaded, namespace in list(sys.modules.items()):
        if loaded.startswith("hadath"):
            for key, value in list(vars(namespace).items()):
                if value is original:
                    setattr(namespace, key, timed)


def _timed(function: Callable[..., Any], total: list[int]) -> Callable[..., Any]:
    """``function`` adding its CPU time and calls to ``total``; a generator is timed at each step."""
    if inspect.isgeneratorfunction(function):

        def steps(*args: Any, **kwargs: Any) -> Any:
            generator = function(*args, **kwargs)
            total[1] += 1
            while True:
                start = _clock()
                try:
                    item = next(generator)
                except StopIteration:
                    total[0] += _clock() - start
                    return
                total[0] += _clock() - start
                yield item

        return functools.update_wrapper(steps, function)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            total[0] += _clock() - start
            total[1] += 1

    return functools.update_wrapper(timed, function)


if __name__ == "__main__":
    sys.exit(main())
