"""Throughput and memory of the real ``hadath extract`` command, whole process (start-up included).

Cases: the start-up cost (one short line), the ~1,900 gold sentences of arabic-event-gsr as one JSONL
file, the same file doubled (~3,800 lines, the size of the stated target), and the first 2,000
articles of the ANT news corpus. Sentences are counted with ``split_sentences`` outside the timed
runs. Peak RSS is the largest summed RSS of the process tree, polled with psutil. Each run's CPU
time (user + system, of the process and the workers it waited for) is recorded beside its wall
time: other load on the shared machine stretches wall time far more than CPU time, so two engines
compare better on CPU milliseconds a sentence.

Unless ``--no-ner``, the NER tagger alone is then timed in this process on every gold sentence, in
CPU time (so other load on the machine inflates it less than wall time), each record's sentences
tagged as one document (``NerTagger.tag_sentences``): a fresh tagger (empty per-word caches, as in
a new ``extract`` process), then the same sentences again.

Run from the repository root: ``python bench/extract_speed.py [--workers N] [--repeat N]``; the table
goes to stdout and every number to ``bench/out/extract_speed.json``.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import psutil  # installed with dask[distributed] (hadath[scale])

from hadath.text.sentences import split_sentences

if TYPE_CHECKING:
    from hadath.entities.ner import NerTagger

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GSR_FILES_GLOB = SHARED / "benchmarks" / "arabic-event-gsr" / "*_dev.jsonl"
GSR_FILES = sorted(GSR_FILES_GLOB.parent.glob(GSR_FILES_GLOB.name))
ANT_NEWS = SHARED / "corpora" / "ant-news-2018.jsonl.gz"
OUT = REPO / "bench" / "out" / "extract_speed.json"
HADATH = [sys.executable, "-m", "hadath"]
# How often the process tree's memory is sampled while a run is going.
POLL_SECONDS = 0.02


@dataclass(slots=True)
class Case:
    name: str
    path: Path
    docs: int
    sentences: int


@dataclass(slots=True)
class NerCpu:
    sentences: int
    tokens: int
    cold_ms_per_sentence: float  # CPU, fresh tagger (best of --repeat)
    warm_ms_per_sentence: float  # CPU, the same tagger over the same sentences again


@dataclass(slots=True)
class Run:
    case: str
    docs: int
    sentences: int
    wall_s: float
    cpu_s: float  # user + system time of the process tree (workers included)
    docs_per_s: float
    sentences_per_s: float
    cpu_ms_per_sentence: float
    peak_rss_mb: float
    output_lines: int
    failed_docs: int  # output lines that report an error instead of a document
    returncode: int


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--workers", type=int, help="passed to `hadath extract --workers` if it has that option"
    )
    parser.add_argument("--no-ner", action="store_true", help="pass --no-ner (lexicon entities only)")
    parser.add_argument("--articles", type=int, default=2000, help="ANT news articles to code (default 2000)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per case; the fastest is kept (default 1)"
    )
    parser.add_argument(
        "--out", type=Path, default=OUT, help=f"JSON report (default {OUT.relative_to(REPO)})"
    )
    args = parser.parse_args()
    if not GSR_FILES or not ANT_NEWS.is_file():
        print(f"shared data absent: need {GSR_FILES_GLOB} and {ANT_NEWS}", file=sys.stderr)
        return 2
    extra = _worker_args(args.workers) + (["--no-ner"] if args.no_ner else [])

    with tempfile.TemporaryDirectory(prefix="hadath-bench-") as tmp:
        cases = _write_cases(Path(tmp), args.articles)
        runs = [
            min((_run(case, extra, Path(tmp)) for _ in range(args.repeat)), key=lambda r: r.wall_s)
            for case in cases
        ]
    ner = None if args.no_ner else _ner_cpu(_gold_records(), args.repeat)

    print(_table(runs))
    if ner:
        print(
            f"\nNER tagger alone, {ner.sentences} gold sentences ({ner.tokens} tokens): "
            f"{ner.cold_ms_per_sentence:.3f} ms CPU a sentence with a fresh tagger, "
            f"{ner.warm_ms_per_sentence:.3f} warm"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "command": " ".join(["hadath", "extract", *extra, "FILE"]),
        "commit": _commit(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "repeat": args.repeat,
        "runs": [asdict(run) for run in runs],
        "ner_cpu": asdict(ner) if ner else None,
    }
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten {args.out}")
    return 1 if any(run.returncode or run.failed_docs for run in runs) else 0


def _worker_args(workers: int | None) -> list[str]:
    """``["--workers", N]`` when asked for and ``hadath extract`` supports it (else a warning, nothing)."""
    if workers is None:
        return []
    help_text = subprocess.run([*HADATH, "extract", "--help"], capture_output=True, text=True).stdout
    if "--workers" not in help_text:
        print("hadath extract has no --workers option; running it as is", file=sys.stderr)
        return []
    return ["--workers", str(workers)]


def _gold_records() -> list[dict]:
    return [
        {"doc_id": record["doc_id"], "date": record["date"], "text": record["text"]}
        for path in GSR_FILES
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    ]


def _news_records(articles: int) -> list[dict]:
    """The first ``articles`` records of the ANT news corpus."""
    with gzip.open(ANT_NEWS, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in itertools.islice(handle, articles)]


def _write_cases(directory: Path, articles: int) -> list[Case]:
    """The input files of every case, with their document and sentence counts."""
    gold = _gold_records()
    doubled = [*gold, *({**record, "doc_id": record["doc_id"] + "#2"} for record in gold)]
    news = _news_records(articles)
    one_line = [{"doc_id": "startup", "date": "2018-03-01", "text": gold[0]["text"]}]
    inputs = {
        "startup (1 line)": one_line,
        f"gsr sentences ({len(gold)})": gold,
        f"gsr doubled ({len(doubled)})": doubled,
        f"ant-news articles ({len(news)})": news,
    }
    return [
        _write_case(directory, index, name, records) for index, (name, records) in enumerate(inputs.items())
    ]


def _write_case(directory: Path, index: int, name: str, records: list[dict]) -> Case:
    path = directory / f"case{index}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    sentences = sum(len(split_sentences(record["text"])) for record in records)
    return Case(name=name, path=path, docs=len(records), sentences=sentences)


def _run(case: Case, extra: list[str], directory: Path) -> Run:
    """One timed ``hadath extract`` run over the case's file, output written to a file and counted."""
    output = directory / "output.jsonl"
    with output.open("wb") as stdout:
        cpu_before = _children_cpu()
        start = time.perf_counter()
        process = subprocess.Popen(
            [*HADATH, "extract", *extra, str(case.path)], stdout=stdout, stderr=subprocess.PIPE
        )
        peak = _poll_peak_rss(process)
        _, stderr = process.communicate()
        wall = time.perf_counter() - start
        cpu = _children_cpu() - cpu_before
    if process.returncode:
        print(
            f"{case.name}: exit {process.returncode}\n{stderr.decode(errors='replace')[-2000:]}",
            file=sys.stderr,
        )
    with output.open("rb") as handle:
        documents = [json.loads(line) for line in handle]
    return Run(
        case=case.name,
        docs=case.docs,
        sentences=case.sentences,
        wall_s=round(wall, 3),
        cpu_s=round(cpu, 3),
        docs_per_s=round(case.docs / wall, 1),
        sentences_per_s=round(case.sentences / wall, 1),
        cpu_ms_per_sentence=round(1000 * cpu / case.sentences, 3),
        peak_rss_mb=round(peak / 2**20, 1),
        output_lines=len(documents),
        failed_docs=sum("error" in document for document in documents),
        returncode=process.returncode,
    )


def _ner_cpu(records: list[dict], repeat: int) -> NerCpu:
    """CPU time of the NER tagger on every sentence of ``records``, tokenised as ``extract`` does."""
    from hadath.entities.ner import NerTagger
    from hadath.text.normalize import normalize
    from hadath.text.tokens import tokenize

    documents = []  # per record, its sentences' words
    for record in records:
        text = record["text"]
        tokens = tokenize(normalize(text))
        spans = split_sentences(text)
        sentences = [[text[t.start : t.end] for t in tokens if s.start <= t.start < s.end] for s in spans]
        documents.append([words for words in sentences if words])
    NerTagger.load().tag(documents[0][0])  # lexicons and word clusters load once per process
    cold = warm = float("inf")
    for _ in range(repeat):
        tagger = NerTagger.load()
        cold = min(cold, _tagging_cpu(tagger, documents))
        warm = min(warm, _tagging_cpu(tagger, documents))
    count = sum(map(len, documents))
    return NerCpu(
        sentences=count,
        tokens=sum(len(words) for sentences in documents for words in sentences),
        cold_ms_per_sentence=round(1000 * cold / count, 3),
        warm_ms_per_sentence=round(1000 * warm / count, 3),
    )


def _tagging_cpu(tagger: NerTagger, documents: list[list[list[str]]]) -> float:
    """CPU seconds to tag every document, each a record's sentences (as ``extract`` tags an article)."""
    start = time.process_time()
    for sentences in documents:
        tagger.tag_sentences(sentences)
    return time.process_time() - start


def _children_cpu() -> float:
    """User + system seconds of every child process that has ended and been waited for (a run's
    workers are waited for by ``hadath extract``, so theirs count in its own)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _poll_peak_rss(process: subprocess.Popen) -> int:
    """Largest summed RSS (bytes) of the process and all its descendants, sampled until it exits."""
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(member.memory_info().rss for member in tree))
        except psutil.Error:  # a member exited between listing and sampling: skip this sample
            pass
        time.sleep(POLL_SECONDS)
    return peak


def _table(runs: Iterable[Run]) -> str:
    header = (
        f"{'case':<28} {'docs':>6} {'sents':>6} {'wall s':>8} {'docs/s':>8} {'sents/s':>8} {'cpu s':>7} "
        f"{'cpu ms/sent':>11} {'peak MB':>8} {'failed':>6}"
    )
    rows = [
        f"{r.case:<28} {r.docs:6d} {r.sentences:6d} {r.wall_s:8.2f} {r.docs_per_s:8.1f} "
        f"{r.sentences_per_s:8.1f} {r.cpu_s:7.2f} {r.cpu_ms_per_sentence:11.3f} {r.peak_rss_mb:8.1f} "
        f"{r.failed_docs:6d}" + ("" if r.returncode == 0 else f"  EXIT {r.returncode}")
        for r in runs
    ]
    return "\n".join([header, *rows])


def _commit() -> str | None:
    """The short commit hash, with ``+dirty`` when the working tree has uncommitted changes."""
    git = ["git", "-C", str(REPO)]
    head = subprocess.run(
        [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        [*git, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True
    )
    return (head + ("+dirty" if dirty.stdout.strip() else "")) or None


if __name__ == "__main__":
    sys.exit(main())
