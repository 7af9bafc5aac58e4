"""Ingest driver: read records, skip what is stored, run the engine in workers, write batches.

The parent process reads input, hashes it, and inserts the batches the workers return; everything
costly (HTML extraction, the engine, MinHash, building Arrow rows) runs in the workers. At most
``2 × workers`` chunks are in flight, so memory stays flat whatever the corpus size. A chunk is one
transaction: a run killed at any moment leaves whole chunks stored, and a re-run skips exactly those.
Chunks are written in input order, so story and cluster ids do not depend on worker timing or on
the engine (local processes or Dask).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from hadath.ingest.readers import InputError
from hadath.ingest.sources import SourceRecord, count_records, iter_records
from hadath.ingest.worker import input_hash
from hadath.store.batch import Batch
from hadath.store.db import (
    DEFAULT_DB,
    WriteCounts,
    connect,
    rebuild_search_index,
    unchanged_inputs,
    write_batch,
)


@dataclass(slots=True)
class IngestOptions:
    db: str = DEFAULT_DB
    workers: int = 2
    engine: str = "local"  # "local" (process pool) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None = a LocalCluster
    parquet_dir: str | None = None  # Dask: where the Parquet dataset goes (kept); None = temporary
    chunk_size: int = 200  # documents per worker task and per transaction
    progress: bool = True
    search_index: bool = True  # rebuild the full-text index at the end


@dataclass(slots=True)
class IngestSummary:
    records: int = 0  # input records seen (documents and unreadable ones)
    skipped: int = 0  # stored already from identical input, or repeated within the input
    written: WriteCounts = field(default_factory=WriteCounts)
    seconds: float = 0.0

    @property
    def duplicates(self) -> int:
        return self.skipped + self.written.unchanged

    def lines(self) -> list[str]:
        w = self.written
        rate = self.records / self.seconds if self.seconds else 0.0
        return [
            f"records read      {self.records:>9,}",
            f"documents stored  {w.documents:>9,}  ({w.replaced:,} replaced a changed text)",
            f"duplicates        {self.duplicates:>9,}  (already stored or repeated in the input)",
            f"near-duplicates   {w.story_joined:>9,}  (joined an existing story)",
            f"events            {w.events:>9,}",
            f"errors            {w.errors:>9,}  (new rows in ingest_errors)",
            f"time              {self.seconds:>9.1f} s  ({rate:,.1f} records/s)",
        ]


class Executor(Protocol):
    def submit(self, records: list[SourceRecord], part: int) -> Future: ...
    def batch(self, future: Future) -> Batch: ...


class LocalExecutor:
    """Worker processes on this machine (forkserver: workers start clean, with the engine preloaded)."""

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from hadath.ingest.worker import exit_with_parent

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["hadath.ingest.worker"])
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=exit_with_parent, initargs=(os.getpid(),)
        )

    def submit(self, records: list[SourceRecord], part: int) -> Future:
        from hadath.ingest.worker import process_chunk

        return self._pool.submit(process_chunk, records)

    def batch(self, future: Future) -> Batch:
        return future.result()

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


class DaskExecutor:
    """Tasks on a Dask cluster; each writes its rows as one partition of a Parquet dataset, which the
    parent then loads (the directory must be visible to workers and parent: a shared filesystem)."""

    def __init__(self, workers: int, scheduler: str | None, directory: Path) -> None:
        from dask.distributed import Client, LocalCluster

        self._cluster = None
        if scheduler is None:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
        self._client = Client(scheduler or self._cluster)
        self.directory = directory

    def submit(self, records: list[SourceRecord], part: int) -> Future:
        from hadath.ingest.worker import process_chunk_to_parquet

        return self._client.submit(process_chunk_to_parquet, records, str(self.directory), part, pure=False)

    def batch(self, future: Future) -> Batch:
        return Batch.read_parquet(self.directory, future.result())

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def ingest(paths: Iterable[str], options: IngestOptions) -> IngestSummary:
    paths = list(paths)
    started = time.monotonic()
    summary = IngestSummary()
    progress = _progress_bar(paths, options.progress)
    with contextlib.ExitStack() as stack:
        executor = _executor(options, stack)
        inflight: deque[tuple[Future, int]] = deque()  # (task, records it skipped before submission)
        for part, chunk in enumerate(_chunks(iter_records(paths), options.chunk_size)):
            finished = inflight.popleft() if len(inflight) >= 2 * options.workers else None
            with contextlib.closing(connect(options.db, wait=600)) as connection:
                if finished:
                    _write(connection, executor, finished, summary, progress)
                todo, skipped = _drop_unchanged(connection, chunk)
            inflight.append((executor.submit(todo, part), skipped))
        while inflight:
            with contextlib.closing(connect(options.db, wait=600)) as connection:
                _write(connection, executor, inflight.popleft(), summary, progress)
        if options.search_index:
            progress.set_description("building search index")
            with contextlib.closing(connect(options.db, wait=600)) as connection:
                rebuild_search_index(connection)
    progress.close()
    summary.seconds = time.monotonic() - started
    return summary


def _executor(options: IngestOptions, stack: contextlib.ExitStack) -> Executor:
    if options.engine == "dask":
        directory = options.parquet_dir
        if directory is None:
            directory = tempfile.mkdtemp(prefix="hadath-parquet-", dir=Path(options.db).resolve().parent)
            stack.callback(shutil.rmtree, directory, ignore_errors=True)
        executor = DaskExecutor(options.workers, options.scheduler, Path(directory))
    elif options.engine == "local":
        executor = LocalExecutor(options.workers)
    else:
        raise ValueError(f"unknown engine {options.engine!r} (local or dask)")
    stack.callback(executor.close)
    return executor


def _write(
    connection, executor: Executor, finished: tuple[Future, int], summary: IngestSummary, progress
) -> None:
    future, skipped = finished
    batch = executor.batch(future)
    counts = write_batch(connection, batch)
    summary.written.add(counts)
    summary.skipped += skipped
    summary.records += batch.records + skipped
    progress.update(batch.records + skipped)
    progress.set_postfix(events=summary.written.events, errors=summary.written.errors, refresh=False)


def _chunks(records: Iterator[SourceRecord], size: int) -> Iterator[list[SourceRecord]]:
    """Consecutive lists of up to ``size`` records."""
    chunk: list[SourceRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _drop_unchanged(connection, chunk: list[SourceRecord]) -> tuple[list[SourceRecord], int]:
    """The records still to process: not stored from identical input, and not repeated later in the
    chunk (the later record wins, as it does across chunks). Returns them and how many were dropped."""
    last: dict[str, int] = {}
    for index, record in enumerate(chunk):
        if not isinstance(record, InputError):
            last[record.doc_id] = index
    unchanged = unchanged_inputs(connection, {chunk[i].doc_id: input_hash(chunk[i]) for i in last.values()})
    todo = [
        record
        for index, record in enumerate(chunk)
        if isinstance(record, InputError) or (last[record.doc_id] == index and record.doc_id not in unchanged)
    ]
    return todo, len(chunk) - len(todo)


class _NoProgress:
    def update(self, n: int) -> None: ...
    def set_postfix(self, **kwargs) -> None: ...
    def set_description(self, text: str) -> None: ...
    def close(self) -> None: ...


def _progress_bar(paths: list[str], enabled: bool):
    if not enabled:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=count_records(paths), unit=" doc", dynamic_ncols=True, smoothing=0.1)
