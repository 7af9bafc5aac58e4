"""Ingest driver: read records, skip what is stored, run the engine in workers, write batches.

The parent process reads input, hashes it, and inserts the batches the workers return; everything
costly (HTML extraction, the engine, MinHash, building Arrow rows) runs in the workers, and the
parent keeps its own work per article small because it shares the cores with them. Memory stays
flat whatever the corpus size: at most ``2 × workers`` chunks are in flight, the parent's DuckDB
buffer is capped and released with the file (see :class:`StoreHandle`), and local workers are
replaced before the engine's caches grow large (see :class:`LocalExecutor`). A chunk is one
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

import duckdb

from hadath.ingest.readers import InputError
from hadath.ingest.sources import SourceRecord, count_records, input_hash, iter_records
from hadath.store.batch import Batch
from hadath.store.db import (
    DEFAULT_DB,
    WriteCounts,
    connect,
    rebuild_search_index,
    search_index_stale,
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
    hold: float = 10.0  # seconds the database may stay open (locked for other processes) between releases
    recycle_after: int = 1000  # local engine: documents after which a worker is replaced (0 = never)
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
    """Worker processes on this machine, forked from a forkserver that has the engine loaded.

    A worker is replaced after ``recycle_tasks`` chunks (None: never). The engine's per-word caches
    are bounded, but they take some 20,000 articles to fill, so a long-lived worker would grow for
    most of a corpus (``bench/ingest_speed.py --worker-memory``: 318 MB after 1,000 articles, 459 MB
    after 8,000). A replacement is forked from the forkserver, which has the engine loaded already
    (see ``preload``), so it costs only re-warming the caches, a few tenths of a second of CPU, and
    keeps the workers' memory the same on any corpus larger than ``recycle_after`` documents per
    worker.
    """

    def __init__(self, workers: int, recycle_tasks: int | None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from hadath.ingest.worker import exit_with_parent

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["hadath.ingest.preload"])
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=exit_with_parent,
            initargs=(os.getpid(),),
            max_tasks_per_child=recycle_tasks,
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
        store = stack.enter_context(contextlib.closing(StoreHandle(options.db, options.hold)))
        inflight: deque[tuple[Future, int]] = deque()  # (task, records it skipped before submission)
        for part, chunk in enumerate(_chunks(iter_records(paths), options.chunk_size)):
            if len(inflight) >= 2 * options.workers:
                _write(store, executor, inflight.popleft(), summary, progress)
            todo, skipped = _drop_unchanged(store.connection(), chunk)
            inflight.append((executor.submit(todo, part), skipped))
        while inflight:
            _write(store, executor, inflight.popleft(), summary, progress)
    # after the workers have exited, so that the index build does not add to their memory
    if options.search_index:
        with contextlib.closing(connect(options.db, wait=600)) as connection:
            if search_index_stale(connection):  # a re-run that stored nothing new keeps the index
                progress.set_description("building search index")
                rebuild_search_index(connection)
    progress.close()
    summary.seconds = time.monotonic() - started
    return summary


class StoreHandle:
    """The ingest's connection, kept open across batches and released at least every ``hold`` seconds.

    DuckDB checkpoints when the last connection closes, and a checkpoint costs about as much as
    writing a whole batch (every table touched is re-compressed), so closing after each batch
    doubled the parent's work. Closing only when the handle has been held ``hold`` seconds keeps
    that cost per second rather than per batch, while other processes (which DuckDB locks out as
    long as the file is open) still get the file at least that often: the release happens just
    before the parent waits for a worker, so it lasts while that worker finishes its chunk.
    """

    def __init__(self, db: str, hold: float) -> None:
        self._db = db
        self._hold = hold
        self._connection: duckdb.DuckDBPyConnection | None = None
        self._opened = 0.0

    def connection(self) -> duckdb.DuckDBPyConnection:
        if self._connection is None:
            self._connection = connect(self._db, wait=600)
            self._opened = time.monotonic()
        return self._connection

    def release_if_held_long(self) -> None:
        if self._connection is not None and time.monotonic() - self._opened >= self._hold:
            self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _executor(options: IngestOptions, stack: contextlib.ExitStack) -> Executor:
    if options.engine == "dask":
        directory = options.parquet_dir
        if directory is None:
            directory = tempfile.mkdtemp(prefix="hadath-parquet-", dir=Path(options.db).resolve().parent)
            stack.callback(shutil.rmtree, directory, ignore_errors=True)
        executor = DaskExecutor(options.workers, options.scheduler, Path(directory))
    elif options.engine == "local":
        recycle_tasks = -(-options.recycle_after // options.chunk_size) if options.recycle_after else None
        executor = LocalExecutor(options.workers, recycle_tasks)
    else:
        raise ValueError(f"unknown engine {options.engine!r} (local or dask)")
    stack.callback(executor.close)
    return executor


def _write(
    store: StoreHandle, executor: Executor, finished: tuple[Future, int], summary: IngestSummary, progress
) -> None:
    future, skipped = finished
    store.release_if_held_long()  # before waiting for the worker: others may open the file meanwhile
    batch = executor.batch(future)
    counts = write_batch(store.connection(), batch)
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
