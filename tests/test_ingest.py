"""`hadath ingest` end to end with the real engine: mixed and broken inputs, re-runs, SIGKILL, Dask."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hadath.ingest.run import IngestOptions, StoreHandle, ingest
from hadath.store.db import StoreLocked, connect
from tests.conftest import ROOT, shared_path

ARTICLE = (
    "القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الروسي سيرغي لافروف وبحث معه "
    "العلاقات الثنائية وسبل تعزيز التعاون في مجالات الطاقة والتجارة."
)
BOMBING = (
    "بغداد - قتل عشرة أشخاص وأصيب عشرون آخرون في انفجار سيارة مفخخة استهدف سوقا شعبيا وسط بغداد صباح "
    "الخميس، بحسب ما أفادت مصادر أمنية."
)
PROTEST = (
    "تظاهر آلاف الطلاب في الخرطوم أمس احتجاجا على ارتفاع أسعار الخبز، وطالبوا الحكومة بالتراجع عن قرارها."
)
ENGLISH = "Thousands of students protested in Khartoum yesterday against the rise in bread prices."
PAGE = (
    "<html><head><title>مظاهرة في الخرطوم</title><meta property='og:site_name' content='سودان نيوز'>"
    "<meta name='date' content='2018-01-17'></head><body><nav>الرئيسية | أخبار | رياضة</nav><article>"
    f"<h1>مظاهرة في الخرطوم</h1><p>{PROTEST}</p><p>وأغلقت قوات الأمن الشوارع المؤدية إلى القصر.</p>"
    "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
)


def options(db: Path, **overrides) -> IngestOptions:
    settings = {"db": str(db), "workers": 2, "progress": False, "search_index": False, "chunk_size": 20}
    return IngestOptions(**{**settings, **overrides})


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, content_type, body in (
            (
                "https://news.example/bombing",
                "text/html; charset=utf-8",
                PAGE.replace(PROTEST, BOMBING).encode(),
            ),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    """Good files of every format next to one bad item of every kind."""
    root = tmp_path / "input"
    (root / "sub").mkdir(parents=True)
    (root / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "wire.jsonl").write_text(
        jsonl(
            {"doc_id": "w1", "text": BOMBING, "date": "2018-03-01", "source": "reuters"},
            {"doc_id": "w2", "text": PROTEST, "date": "2018-01-17"},
        )
        + '{"doc_id": "broken", "text": "نص\n'  # malformed JSON line (line 3)
        + jsonl({"doc_id": "en1", "text": ENGLISH}),  # a non-Arabic article (line 4)
        encoding="utf-8",
    )
    (root / "page.html").write_text(PAGE, encoding="utf-8")
    write_warc(root / "crawl.warc.gz")
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (root / "latin1.txt").write_bytes("تقرير".encode() + "café".encode("latin-1"))
    full = gzip.compress(
        jsonl(*({"doc_id": f"gz{i}", "text": f"{PROTEST} ({i})"} for i in range(200))).encode()
    )
    (root / "truncated.jsonl.gz").write_bytes(full[: len(full) // 2])
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")  # unsupported suffix inside a directory: not read
    return root


def rows(db: Path, sql: str) -> list[tuple]:
    with connect(db, read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_a_mixed_directory_ingests_every_good_document_and_one_error_per_bad_one(mixed_dir, tmp_path) -> None:
    db = tmp_path / "store.duckdb"
    summary = ingest([str(mixed_dir)], options(db))
    ids = {doc_id for (doc_id,) in rows(db, "SELECT doc_id FROM articles")}
    gz_ids = {i for i in ids if i.startswith("gz")}
    assert ids - gz_ids == {"article", "w1", "w2", "en1", "page", "https://news.example/bombing"}
    assert gz_ids and gz_ids == {f"gz{i}" for i in range(len(gz_ids))}  # the readable part of the gzip
    errors = rows(db, "SELECT path, line, doc_id, message FROM ingest_errors ORDER BY path, line")
    by_file = {Path(path).name: (line, doc_id, message) for path, line, doc_id, message in errors}
    assert len(errors) == 6 and len(by_file) == 5  # wire.jsonl has two bad lines
    assert "empty" in by_file["empty.txt"][2]
    assert "binary" in by_file["binary.txt"][2]
    assert "UTF-8" in by_file["latin1.txt"][2]
    assert "ends early or is corrupt" in by_file["truncated.jsonl.gz"][2]
    wire_errors = [e for e in errors if e[0].endswith("wire.jsonl")]
    assert [(line, doc_id) for _, line, doc_id, _ in wire_errors] == [(3, None), (4, "en1")]
    assert "malformed JSON" in wire_errors[0][3] and "not Arabic" in wire_errors[1][3]
    assert summary.written.errors == 6
    source, published, title = rows(
        db, "SELECT source, published, title FROM articles WHERE doc_id = 'page'"
    )[0]
    assert (source, str(published), title) == ("سودان نيوز", "2018-01-17", "مظاهرة في الخرطوم")
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id = 'en1'") == [(0,)]


def test_re_ingesting_adds_no_row_and_a_changed_text_replaces_its_rows(mixed_dir, tmp_path) -> None:
    db = tmp_path / "store.duckdb"
    tables = ("articles", "events", "entities", "story_bands", "ingest_errors")
    count_all = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
    ingest([str(mixed_dir)], options(db))
    before = rows(db, count_all)
    again = ingest([str(mixed_dir)], options(db))
    assert rows(db, count_all) == before
    assert again.written.documents == 0 and again.duplicates == again.records - 5  # all but the 5 unreadable
    (mixed_dir / "article.txt").write_text(BOMBING, encoding="utf-8")
    changed = ingest([str(mixed_dir)], options(db))
    assert (changed.written.documents, changed.written.replaced) == (1, 1)
    assert rows(db, "SELECT body FROM articles WHERE doc_id = 'article'") == [(BOMBING,)]
    assert rows(db, "SELECT count(*), count(DISTINCT doc_id) FROM articles")[0][0] == before[0][1]


def corpus_sample(tmp_path: Path, size: int) -> Path:
    path = tmp_path / f"ant-{size}.jsonl"
    with gzip.open(shared_path("corpora", "ant-news-2018.jsonl.gz"), "rt", encoding="utf-8") as source:
        path.write_text("".join(itertools.islice(source, size)), encoding="utf-8")
    return path


def stored_state(db: Path) -> dict[str, list[tuple]]:
    return {
        "articles": rows(db, "SELECT doc_id, content_hash, story_id, n_events FROM articles ORDER BY doc_id"),
        "events": rows(db, "SELECT event_id, type, cameo, cluster_id FROM events ORDER BY event_id"),
        "entities": rows(db, 'SELECT doc_id, idx, text, type, "start" FROM entities ORDER BY doc_id, idx'),
        "errors": rows(db, "SELECT path, line, doc_id, message FROM ingest_errors ORDER BY path, line"),
    }


def articles_now(db: Path) -> int:
    try:
        with connect(db, read_only=True, wait=0) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except StoreLocked:  # the ingest is writing a batch
        return 0
    except Exception:  # not created yet
        return 0


def test_a_run_killed_halfway_and_restarted_ends_with_exactly_the_articles_of_a_clean_run(tmp_path) -> None:
    corpus = corpus_sample(tmp_path, 150)
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    ingest([str(corpus)], options(clean))
    # A run that kills its own process group (itself and its workers) with SIGKILL once three
    # batches are stored, as it comes to write the fourth: the same point on any machine, where
    # watching the file from outside raced a fast run to its end.
    run = (
        "import os, signal, sys\n"
        "import hadath.ingest.run as run\n"
        "stored = run.write_batch\n"
        "def write(connection, batch, written=[]):\n"
        "    if len(written) == 3:\n"
        "        os.killpg(0, signal.SIGKILL)\n"
        "    written.append(stored(connection, batch))\n"
        "    return written[-1]\n"
        "run.write_batch = write\n"
        "run.ingest([sys.argv[1]], run.IngestOptions(db=sys.argv[2], workers=1, chunk_size=10, hold=0,"
        " progress=False, search_index=False))\n"
    )
    command = [sys.executable, "-c", run, str(corpus), str(killed)]
    process = subprocess.run(
        command, cwd=ROOT, start_new_session=True, stderr=subprocess.DEVNULL, timeout=300
    )
    assert process.returncode == -signal.SIGKILL
    partial = articles_now(killed)
    assert 0 < partial < 150, "the run was not interrupted halfway"
    resumed = ingest([str(corpus)], options(killed))
    assert resumed.skipped >= partial
    assert stored_state(killed) == stored_state(clean)
    assert rows(killed, "SELECT count(*) = count(DISTINCT doc_id) FROM articles") == [(True,)]


def test_recycled_workers_store_the_same_rows_as_long_lived_ones(tmp_path) -> None:
    corpus = corpus_sample(tmp_path, 40)
    long_lived, recycled = tmp_path / "long.duckdb", tmp_path / "recycled.duckdb"
    ingest([str(corpus)], options(long_lived, recycle_after=0))
    ingest([str(corpus)], options(recycled, chunk_size=10, recycle_after=10))  # a new worker per chunk
    assert stored_state(recycled) == stored_state(long_lived)


def readable_by_another_process(db: Path) -> bool:
    probe = "import sys, duckdb; duckdb.connect(sys.argv[1], read_only=True).close()"
    return subprocess.run([sys.executable, "-c", probe, str(db)], capture_output=True).returncode == 0


def test_the_store_stays_open_across_batches_and_is_released_every_hold_seconds(tmp_path) -> None:
    db = tmp_path / "store.duckdb"
    store = StoreHandle(str(db), hold=1.0)
    first = store.connection()
    store.release_if_held_long()
    assert store.connection() is first  # no close (and checkpoint) per batch
    assert not readable_by_another_process(db)
    time.sleep(1.0)
    store.release_if_held_long()
    assert readable_by_another_process(db)
    store.close()


def test_ingest_processes_allocate_arrow_buffers_with_malloc() -> None:
    # Arrow's default allocator kept the ingest parent's freed batch buffers, so the parent grew with the
    # corpus; the ingest package picks malloc before pyarrow loads, for itself and its children
    env = {key: value for key, value in os.environ.items() if key != "ARROW_DEFAULT_MEMORY_POOL"}
    code = "import hadath.ingest.run, pyarrow; print(pyarrow.default_memory_pool().backend_name)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "system"


def test_the_dask_engine_gives_the_same_rows_as_the_local_engine(tmp_path) -> None:
    corpus = corpus_sample(tmp_path, 40)
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest([str(corpus)], options(local))
    parquet = tmp_path / "parquet"
    summary = ingest([str(corpus)], options(dask, engine="dask", parquet_dir=str(parquet)))
    assert summary.written.documents == 40
    assert stored_state(dask) == stored_state(local)
    assert sorted(p.name for p in (parquet / "articles").iterdir()) == [
        f"part-{i:06d}.parquet" for i in range(2)
    ]
    again = ingest([str(corpus)], options(dask, engine="dask", parquet_dir=str(tmp_path / "again")))
    assert again.written.documents == 0 and stored_state(dask) == stored_state(local)


def test_query_export_and_search_commands(mixed_dir, tmp_path, capsys) -> None:
    from hadath.cli import main

    db = tmp_path / "store.duckdb"
    ingest([str(mixed_dir)], options(db, search_index=True))
    assert main(["query", "--db", str(db), "SELECT count(*) AS n FROM articles WHERE language = 'ar'"]) == 0
    assert capsys.readouterr().out.split() == ["n", str(rows(db, "SELECT count(*) FROM articles")[0][0] - 1)]
    assert main(["search", "--db", str(db), "مظاهرة الخرطوم", "--limit", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split("\t")[0] == "page"
    out = tmp_path / "events.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", str(out)]) == 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(exported) == rows(db, "SELECT count(*) FROM events")[0][0]
    assert main(["query", "--db", str(tmp_path / "missing.duckdb"), "SELECT 1"]) == 1
    assert "no database" in capsys.readouterr().err
