"""Ingest speed: articles/s, events/s, peak memory per process, parent CPU per article, database size.

    python bench/ingest_speed.py                      # 3k and 31k articles, 1 and 2 workers, local and dask
    python bench/ingest_speed.py --sizes 3000 --runs local:1 local:2
    python bench/ingest_speed.py --worker-memory 12000   # one worker's RSS as it codes 12k articles
    python bench/ingest_speed.py --parent-replay bench/out/ingest-all-local-2.duckdb   # parent alone

Each run ingests into a fresh database under bench/out/ (or ``--out DIR``) with ``python -m hadath
ingest`` and polls every 0.2 s the RSS and CPU time of that process and of each of its children
(workers, forkserver, Dask scheduler and nannies). It records the peak RSS of the whole tree, of the
parent and of each child, the CPU milliseconds per article spent in the parent and in the children (the
parent shares the cores with the workers, so its CPU per article bounds the speed-up), and a timeline
every 5 s. Results are appended to ingest_speed.jsonl in that directory and printed as a table.
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
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "ant-news-2018.jsonl.gz"
OUT = ROOT / "bench" / "out"
TIMELINE_EVERY = 5.0  # seconds between two timeline points


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


@dataclass
class TreeMonitor:
    """Per-process peak RSS and CPU time of a process and all its descendants (workers, forkserver,
    Dask scheduler and nannies), sampled by :meth:`sample`; a process that has exited keeps the
    last values seen (so a recycled worker's last < 0.2 s of CPU is missed).

    RSS counts pages shared between processes (the engine the workers inherit from the forkserver)
    once per process; the timeline also records the tree's PSS, which splits shared pages between
    the processes that share them (their sum is the memory the tree really uses)."""

    root: psutil.Process
    peak_tree: int = 0
    peak: dict[int, int] = field(default_factory=dict)  # pid -> peak RSS
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> user + system seconds
    timeline: list[dict] = field(default_factory=list)

    def sample(self, seconds: float) -> None:
        members = [self.root, *self.root.children(recursive=True)]
        rss_now: dict[int, int] = {}
        for member in members:
            with contextlib.suppress(psutil.NoSuchProcess):  # a worker that just exited
                rss_now[member.pid] = member.memory_info().rss
                times = member.cpu_times()
                self.peak[member.pid] = max(self.peak.get(member.pid, 0), rss_now[member.pid])
                self.cpu[member.pid] = times.user + times.system
        self.peak_tree = max(self.peak_tree, sum(rss_now.values()))
        if not self.timeline or seconds - self.timeline[-1]["t"] >= TIMELINE_EVERY:
            pss = 0
            for member in members:
                with contextlib.suppress(psutil.NoSuchProcess):
                    pss += member.memory_full_info().pss
            parent = self.root.pid
            self.timeline.append(
                {
                    "t": round(seconds, 1),
                    "parent_mb": round(rss_now.get(parent, 0) / 2**20),
                    "children_mb": sorted(
                        (round(v / 2**20) for k, v in rss_now.items() if k != parent), reverse=True
                    ),
                    "tree_mb": round(sum(rss_now.values()) / 2**20),
                    "tree_pss_mb": round(pss / 2**20),
                    "parent_cpu_s": round(self.cpu.get(parent, 0.0), 1),
                    "children_cpu_s": round(sum(self.cpu.values()) - self.cpu.get(parent, 0.0), 1),
                }
            )

    def summary(self, articles: int) -> dict:
        parent = self.root.pid
        parent_cpu = self.cpu.get(parent, 0.0)
        children_cpu = sum(self.cpu.values()) - parent_cpu
        return {
            "peak_rss_mb": round(self.peak_tree / 2**20),
            "peak_pss_mb": max((point["tree_pss_mb"] for point in self.timeline), default=0),
            "parent_peak_rss_mb": round(self.peak.get(parent, 0) / 2**20),
            # one entry per child process, largest first: the workers (recycled ones included), the
            # forkserver, the resource tracker
            "children_peak_rss_mb": sorted(
                (round(rss / 2**20) for pid, rss in self.peak.items() if pid != parent), reverse=True
            ),
            "parent_cpu_s": round(parent_cpu, 1),
            "children_cpu_s": round(children_cpu, 1),
            "parent_cpu_ms_per_article": round(1000 * parent_cpu / max(1, articles), 2),
            "children_cpu_ms_per_article": round(1000 * children_cpu / max(1, articles), 2),
            "timeline": self.timeline,
        }


def run(corpus: Path, engine: str, workers: int, label: str, out: Path) -> dict:
    db = out / f"ingest-{label}.duckdb"
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
    monitor = TreeMonitor(process)
    while process.poll() is None:
        monitor.sample(time.monotonic() - started)
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
        "db_mb": round(db.stat().st_size / 2**20, 1),
        **monitor.summary(articles),
        "summary": summary.strip().splitlines(),
    }


def worker_memory(articles: int, every: int = 1000) -> None:
    """RSS of one long-lived worker (this process) after every ``every`` articles it has processed:
    how fast the engine's bounded per-word caches fill, which sets how often ingest recycles workers."""
    from hadath.ingest.sources import iter_records
    from hadath.ingest.worker import process_chunk

    me = psutil.Process()
    records = itertools.islice(iter_records([str(CORPUS)]), articles)
    done = 0
    started = time.process_time()
    while chunk := list(itertools.islice(records, every)):
        process_chunk(chunk)
        done += len(chunk)
        print(
            f"{done:>7,} articles  RSS {me.memory_info().rss / 2**20:6.0f} MB  "
            f"CPU {time.process_time() - started:6.1f} s",
            flush=True,
        )


def parent_replay(stored: Path, out: Path, chunk_size: int = 200) -> None:
    """The parent's side of an ingest of the whole corpus (reading, skip check, batch writes with their
    lookups and checkpoints, search index) without the engine: each worker batch is rebuilt from the
    rows a previous run stored in ``stored`` (exported once as Parquet parts, one per chunk of input
    lines; story and cluster ids may differ from that run's), and the parent's RSS is sampled every
    20 ms. Prints the RSS median and maximum per band of stored articles, the peak of the last batch
    and search-index build, and the parent's CPU per article: the parent's memory at 3k and 31k
    articles, apart from the workers'."""
    import threading
    from concurrent.futures import Future

    import hadath.ingest.run as ingest_run  # first: hadath.ingest chooses Arrow's allocator
    from hadath.store.batch import BATCH_TABLES, Batch
    from hadath.store.schema import arrow_schema

    parts = out / "replay-parts"
    if not parts.exists():
        with duckdb.connect(str(stored), read_only=True) as connection:
            last = connection.execute("SELECT max(line) FROM articles").fetchone()[0]
            for part in range(-(-last // chunk_size)):
                lines = f"line BETWEEN {part * chunk_size + 1} AND {(part + 1) * chunk_size}"
                docs = f"doc_id IN (SELECT doc_id FROM articles WHERE {lines})"
                tables = {}
                for name in BATCH_TABLES:
                    columns = ", ".join(f'"{field.name}"' for field in arrow_schema(name))
                    where = lines if name in ("articles", "ingest_errors") else docs
                    query = f"SELECT {columns} FROM {name} WHERE {where} ORDER BY ALL"
                    tables[name] = connection.execute(query).to_arrow_table().cast(arrow_schema(name))
                Batch(tables, chunk_size).write_parquet(parts, part)

    me = psutil.Process()
    samples: list[tuple[int, int, float]] = []  # (articles handed to the parent so far, RSS, CPU s)
    handed = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append((handed[0], me.memory_info().rss, time.process_time()))
            time.sleep(0.02)

    class Replay:  # stands in for the worker pool: a chunk's batch is the stored rows of those lines
        def submit(self, records, part: int) -> Future:
            future = Future()
            future.set_result(part)
            return future

        def batch(self, future: Future) -> Batch:
            batch = Batch.read_parquet(parts, future.result())
            handed[0] += batch.tables["articles"].num_rows
            return batch

        def close(self) -> None: ...

    ingest_run._executor = lambda options, stack: Replay()
    db = out / "ingest-replay.duckdb"
    for path in (db, db.with_suffix(".duckdb.wal")):
        path.unlink(missing_ok=True)
    threading.Thread(target=sample, daemon=True).start()
    started = time.process_time()
    summary = ingest_run.ingest([str(CORPUS)], ingest_run.IngestOptions(db=str(db), progress=False))
    finished = time.process_time()
    done.set()
    articles = summary.written.documents
    writing = [(n, rss) for n, rss, _ in samples if n < articles]
    batches = max(cpu for n, _, cpu in samples if n < articles) - started  # all but the last batch
    print(
        f"{articles:,} articles: parent CPU {1000 * batches / articles:.2f} ms/article for the batches, "
        f"{finished - started - batches:.1f} s for the last batch and the search index"
    )
    for low, high in (
        (2000, 5000),
        (5000, 10000),
        (10000, 15000),
        (15000, 20000),
        (20000, 25000),
        (25000, 10**9),
    ):
        band = sorted(rss for n, rss in writing if low <= n < high)
        if band:
            print(
                f"  {low:>6,}+ articles: RSS median {band[len(band) // 2] / 2**20:4.0f} MB, "
                f"max {band[-1] / 2**20:4.0f} MB"
            )
    index = max((rss for n, rss, _ in samples if n >= articles), default=0)
    whole = max(rss for _, rss, _ in samples)
    print(f"  last batch and search index: max {index / 2**20:.0f} MB; whole run: max {whole / 2**20:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", nargs="+", default=["3000", "all"], help="article counts, or 'all'")
    parser.add_argument("--runs", nargs="+", default=["local:1", "local:2", "dask:2"], help="ENGINE:WORKERS")
    parser.add_argument(
        "--out",
        type=Path,
        default=OUT,
        help="directory for the databases and ingest_speed.jsonl (default: %(default)s)",
    )
    parser.add_argument(
        "--worker-memory",
        type=int,
        metavar="N",
        help="instead: RSS of one worker over the first N articles, every 1,000 (one process)",
    )
    parser.add_argument(
        "--parent-replay",
        type=Path,
        metavar="DB",
        help="instead: the parent's memory over the whole corpus, without the engine, replaying DB's rows",
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} absent: ../shared is not beside the repo")
    if args.worker_memory:
        worker_memory(args.worker_memory)
        return
    if args.parent_replay:
        args.out.mkdir(parents=True, exist_ok=True)
        parent_replay(args.parent_replay, args.out)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        corpus = subset(None if size == "all" else int(size))
        for spec in args.runs:
            engine, workers = spec.split(":")
            result = run(corpus, engine, int(workers), f"{size}-{engine}-{workers}", args.out)
            results.append(result)
            with open(args.out / "ingest_speed.jsonl", "a", encoding="utf-8") as log:
                log.write(json.dumps(result, ensure_ascii=False) + "\n")
            print(
                f"{result['label']:<16} {result['articles']:>7,} articles {result['events']:>7,} events "
                f"{result['seconds']:>7.1f} s {result['articles_per_s']:>7.1f} art/s "
                f"{result['events_per_s']:>7.1f} ev/s peak {result['peak_rss_mb']:>5} MB "
                f"(PSS {result['peak_pss_mb']} MB; parent {result['parent_peak_rss_mb']} MB, "
                f"largest children {result['children_peak_rss_mb'][:3]} MB "
                f"of {len(result['children_peak_rss_mb'])}) "
                f"parent CPU {result['parent_cpu_ms_per_article']:.2f} ms/article, "
                f"children {result['children_cpu_ms_per_article']:.1f} ms/article, "
                f"db {result['db_mb']:>6.1f} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
