"""Compare two engines' events on real news: what changed, and a random sample to read by hand.

Rules that no annotated set covers are judged on the corpus: dump the events of the same articles
with the old and the new engine (run this file with each tree on ``PYTHONPATH``), then list the
records that changed, grouped by trigger and context, and draw a sample to judge::

    PYTHONPATH=/tmp/old/src python scripts/engine_diff.py dump /tmp/old.jsonl --articles 1500
    PYTHONPATH=src python scripts/engine_diff.py dump /tmp/new.jsonl --articles 1500
    python scripts/engine_diff.py compare /tmp/old.jsonl /tmp/new.jsonl --sample 40 --seed 7

Articles are the first ``--articles`` of the middleEast and internationalNews categories of
``../shared/corpora/ant-news-2018.jsonl.gz`` - all from one source (the corpus is ordered by source);
with ``--every K``, every K-th of them, which spreads the sample over all sources.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ant-news-2018.jsonl.gz"
CATEGORIES = ("middleEast", "internationalNews")
_CONTEXT = 80  # characters of text on each side of a trigger


def _articles(limit: int, every: int) -> Iterator[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as corpus:
        seen = taken = 0
        for line in corpus:
            article = json.loads(line)
            if article["category"] in CATEGORIES:
                seen += 1
                if (seen - 1) % every:
                    continue
                yield article
                taken += 1
                if taken == limit:
                    return


def _actor(actor: dict | None) -> str:
    return "-" if actor is None else f"{actor['country']}/{actor['sector']} «{actor['text']}»"


def dump(output: Path, limit: int, every: int) -> None:
    from hadath.pipeline import extract

    with output.open("w", encoding="utf-8") as out:
        for article in _articles(limit, every):
            text = article["text"]
            doc = extract(text, article.get("date"), doc_id=article["doc_id"], title=article.get("title"))
            events = []
            for event in doc.to_dict()["events"]:
                start = event["trigger"]["start"]
                events.append(
                    {
                        "record": f"{event['type']} {event['status']} "
                        f"{_actor(event['source'])} -> {_actor(event['target'])}",
                        "trigger": event["trigger"]["text"],
                        "context": text[max(0, start - _CONTEXT) : start + _CONTEXT].replace("\n", " "),
                    }
                )
            out.write(json.dumps({"doc_id": article["doc_id"], "events": events}, ensure_ascii=False) + "\n")


def compare(old: Path, new: Path, sample: int, seed: int) -> None:
    def read(path: Path) -> dict[str, list[dict]]:
        # One record a line: split on newlines only (str.splitlines also splits at the U+2028 and
        # U+0085 a context may hold).
        with path.open(encoding="utf-8") as lines:
            return {d["doc_id"]: d["events"] for d in map(json.loads, lines)}

    before, after = read(old), read(new)
    units = []  # (doc_id, trigger, context, old records, new records) where anything changed
    for doc_id, old_events in before.items():
        old_set = {(e["record"], e["trigger"], e["context"]) for e in old_events}
        new_set = {(e["record"], e["trigger"], e["context"]) for e in after.get(doc_id, [])}
        changed: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for record, trigger, context in old_set - new_set:
            changed.setdefault((trigger, context), ([], []))[0].append(record)
        for record, trigger, context in new_set - old_set:
            changed.setdefault((trigger, context), ([], []))[1].append(record)
        units += [(doc_id, t, c, o, n) for (t, c), (o, n) in changed.items()]
    articles = len({u[0] for u in units})
    print(f"{len(units)} changed records in {articles} of {len(before)} articles")
    for i, (doc_id, trigger, context, old_records, new_records) in enumerate(
        random.Random(seed).sample(units, min(sample, len(units)))
    ):
        print(f"#{i} {doc_id} «{trigger}» … {context}")
        for record in old_records:
            print(f"    old {record}")
        for record in new_records:
            print(f"    new {record}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="events of the corpus articles, one JSON line per article")
    dumping.add_argument("output", type=Path)
    dumping.add_argument("--articles", type=int, default=1500)
    dumping.add_argument("--every", type=int, default=1, help="take every K-th article (all sources)")
    comparing = commands.add_parser("compare", help="changed records and a random sample of them")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--sample", type=int, default=40)
    comparing.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.output, args.articles, args.every)
    else:
        compare(args.old, args.new, args.sample, args.seed)


if __name__ == "__main__":
    main()
