"""Ingest speed: articles/s, events/s, peak memory of the whole process tree, database size.

    python bench/ingest_speed.py                      # 3k and 31k articles, 1 and 2 workers, local and dask
    python bench/ingest_speed.py --sizes 3000 --runs local:1 local:2

Each run ingests into a fresh database under bench/out/ with ``python -m hadath ingest`` and polls the
RSS of that process and all its children (workers, forkserver, Dask scheduler and nannies) every
0.2 s. Results are appended to bench/out/ingest_speed.jsonl and printed as a table.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "ant-news-2018.jsonl.gz"
OUT = ROOT / "bench" / "out"


def subset(size: int | None) -> Path:
    """The first ``size`` articles of the corpus as a .jsonl.gz file (the whole corpus for None)."""
    if size is None:
        return CORPUS
    path = OUT / f"ant-{size}.jsonl.gz"
    if not path.exists():
        with (
            gzip.open(CORPUS, "rt", encoding="utf-8") as source,
            gzip.open(path, "wt", encoding="utf-8") as out,
        ):
            out.writelines(itertools.islice(source, size))
    return path


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):  # a worker that just exited
            total += member.memory_info().rss
    return total


def run(corpus: Path, engine: str, workers: int, label: str) -> dict:
    db = OUT / f"ingest-{label}.duckdb"
    for path in (db, db.with_suffix(".duckdb.wal")):
        path.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "hadath",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        str(workers),
        "--engine",
        engine,
        "--quiet",
    ]
    started = time.monotonic()
    process = psutil.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process))
        time.sleep(0.2)
    seconds = time.monotonic() - started
    summary = process.stderr.read()
    if process.returncode:
        raise SystemExit(f"{label} failed:\n{summary}")
    with duckdb.connect(str(db), read_only=True) as connection:
        articles, events = connection.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)"
        ).fetchone()
    return {
        "label": label,
        "engine": engine,
        "workers": workers,
        "input": corpus.name,
        "articles": articles,
        "events": events,
        "seconds": round(seconds, 1),
        "articles_per_s": round(articles / seconds, 1),
        "events_per_s": round(events / seconds, 1),
        "peak_rss_mb": round(peak / 2**20),
        "db_mb": round(db.stat().st_size / 2**20, 1),
        "summary": summary.strip().splitlines(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", nargs="+", default=["3000", "all"], help="article counts, or 'all'")
    parser.add_argument("--runs", nargs="+", default=["local:1", "local:2", "dask:2"], help="ENGINE:WORKERS")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} absent: ../shared is not beside the repo")
    OUT.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        corpus = subset(None if size == "all" else int(size))
        for spec in args.runs:
            engine, workers = spec.split(":")
            result = run(corpus, engine, int(workers), f"{size}-{engine}-{workers}")
            results.append(result)
            with open(OUT / "ingest_speed.jsonl", "a", encoding="utf-8") as log:
                log.write(json.dumps(result, ensure_ascii=False) + "\n")
            print(
                f"{result['label']:<16} {result['articles']:>7,} articles {result['events']:>7,} events "
                f"{result['seconds']:>7.1f} s {result['articles_per_s']:>7.1f} art/s "
                f"{result['events_per_s']:>7.1f} ev/s peak {result['peak_rss_mb']:>5} MB "
                f"db {result['db_mb']:>6.1f} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
