"""The event store: idempotent writes, replacement of changed texts, story and cluster dedup.

Documents here are built with the data model (the engine's output contract), so the store's own
logic is tested whatever the engine codes today; tests/test_ingest.py runs the engine end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.ingest.readers import InputDoc
from hadath.ingest.sources import input_hash
from hadath.ingest.worker import document_rows
from hadath.model import Actor, Document, Event, Location, Span
from hadath.store.batch import Batch
from hadath.store.db import connect, write_batch

WIRE = (
    "بغداد (رويترز) - قال مسؤولون أمنيون إن سيارة ملغومة انفجرت في سوق مزدحمة بحي الكرادة في وسط العاصمة "
    "العراقية بغداد صباح يوم الخميس مما أسفر عن مقتل عشرة أشخاص على الأقل وإصابة عشرين آخرين. وقالت "
    "المصادر إن الانفجار وقع قرب مسجد في ساعة الذروة حين كان المتسوقون يشترون حاجاتهم قبل عطلة نهاية "
    "الأسبوع. ولم تعلن أي جهة مسؤوليتها عن الهجوم على الفور، لكن تنظيم الدولة الإسلامية نفذ هجمات مماثلة "
    "في المدينة خلال الأشهر الماضية. وفرضت قوات الأمن طوقا حول المنطقة ونقلت سيارات الإسعاف الجرحى إلى "
    "مستشفيات قريبة."
)
# The same wire story as another site ran it: own headline line, one word changed, a line appended.
WIRE_COPY = (
    "انفجار دام في بغداد\n" + WIRE.replace("صباح يوم الخميس", "صباح الخميس") + "\nتابعونا على مواقع التواصل."
)
OTHER = (
    "القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الروسي سيرغي لافروف وبحث معه "
    "العلاقات الثنائية بين البلدين وسبل تعزيز التعاون في مجالات الطاقة والسياحة والتجارة، إضافة إلى تطورات "
    "الأوضاع في سوريا وليبيا. وأكد الجانبان أهمية استئناف الرحلات الجوية المباشرة بين موسكو والقاهرة."
)


def bombing(doc_id: str, text: str, date: str, place: str = "Baghdad") -> Document:
    """An article with one ASSAULT event as the engine codes it (source IMG, target IRQ civilians)."""
    start = text.find("انفجر")
    event = Event(
        type="ASSAULT",
        cameo="183",
        status="reported",
        trigger=Span(start, start + 5),
        trigger_text=text[start : start + 5],
        sentence=Span(0, len(text)),
        mode="bombing",
        quad_class=4,
        goldstein=-10.0,
        source=Actor("مسلحون", None, "IMG", "REB", 0, 0),
        target=Actor("أشخاص", None, "IRQ", "CVL", 0, 0),
        date=date,
        location=Location("بغداد", place, "IRQ", 33.34, 44.4, 0, 0),
        killed=10,
        injured=20,
    )
    return Document(doc_id=doc_id, text=text, date=date, events=[event])


def batch_of(*docs: tuple[Document, str]) -> Batch:
    """A batch for ``(document, source site)`` pairs, built as an ingest worker builds it."""
    rows: dict[str, list[dict]] = {}
    for doc, source in docs:
        record = InputDoc(doc.doc_id, doc.text, date=doc.date, source=source, path="test.jsonl")
        for table, row in document_rows(doc, record, input_hash(record)):
            rows.setdefault(table, []).append(row)
    return Batch.from_rows(rows, len(docs))


@pytest.fixture
def db(tmp_path: Path):
    connection = connect(tmp_path / "store.duckdb")
    yield connection
    connection.close()


def count(db, sql: str) -> int:
    return db.execute(sql).fetchone()[0]


def test_writing_the_same_batch_twice_adds_nothing(db) -> None:
    batch = batch_of((bombing("a1", WIRE, "2018-03-01"), "reuters"), (Document("o1", OTHER), "ahram"))
    first = write_batch(db, batch)
    tables = ("articles", "events", "entities", "story_signatures", "story_bands")
    before = {table: count(db, f"SELECT count(*) FROM {table}") for table in tables}
    second = write_batch(db, batch)
    assert (first.documents, first.events) == (2, 1)
    assert (second.documents, second.unchanged, second.events) == (0, 2, 0)
    assert {table: count(db, f"SELECT count(*) FROM {table}") for table in tables} == before


def test_a_changed_text_replaces_every_row_of_its_document(db) -> None:
    write_batch(db, batch_of((bombing("a1", WIRE, "2018-03-01"), "reuters")))
    changed = write_batch(db, batch_of((Document("a1", OTHER), "reuters")))
    assert (changed.documents, changed.replaced) == (1, 1)
    assert db.execute("SELECT body FROM articles WHERE doc_id = 'a1'").fetchall() == [(OTHER,)]
    assert count(db, "SELECT count(*) FROM events") == 0  # the old text's event went with it
    assert count(db, "SELECT count(*) FROM story_signatures WHERE doc_id = 'a1'") == 1


def test_the_same_wire_story_from_two_sources_gets_one_story_id(db) -> None:
    write_batch(db, batch_of((bombing("reuters-1", WIRE, "2018-03-01"), "reuters")))
    # a later run: the copy must be linked to the stored story through the persisted band hashes
    counts = write_batch(
        db,
        batch_of((bombing("site-7", WIRE_COPY, "2018-03-01"), "alsumaria"), (Document("o1", OTHER), "ahram")),
    )
    stories = dict(db.execute("SELECT doc_id, story_id FROM articles").fetchall())
    assert stories == {"reuters-1": "reuters-1", "site-7": "reuters-1", "o1": "o1"}
    assert counts.story_joined == 1


def test_copies_within_one_batch_join_the_first_ones_story(db) -> None:
    counts = write_batch(
        db,
        batch_of(
            (Document("o1", OTHER), "ahram"),
            (bombing("reuters-1", WIRE, "2018-03-01"), "reuters"),
            (bombing("site-7", WIRE_COPY, "2018-03-01"), "alsumaria"),
            (bombing("site-9", WIRE_COPY + "\nاقرأ أيضا: أخبار العراق", "2018-03-01"), "shafaq"),
        ),
    )
    stories = dict(db.execute("SELECT doc_id, story_id FROM articles").fetchall())
    assert stories == {"o1": "o1", "reuters-1": "reuters-1", "site-7": "reuters-1", "site-9": "reuters-1"}
    assert counts.story_joined == 2


def test_three_reports_of_one_attack_form_one_cluster_with_three_articles(db) -> None:
    reports = [
        (bombing("r1", WIRE, "2018-03-01"), "reuters"),
        (bombing("r2", WIRE_COPY, "2018-03-01"), "alsumaria"),
        (bombing("r3", "انفجرت سيارة مفخخة في سوق الكرادة ببغداد وقتل عشرة.", "2018-03-02"), "aljazeera"),
    ]
    write_batch(db, batch_of(*reports[:2]))
    write_batch(db, batch_of(reports[2]))
    # another Baghdad bombing a week later, and one elsewhere the same day, are other occurrences
    write_batch(
        db,
        batch_of(
            (bombing("later", "انفجرت عبوة ناسفة في بغداد.", "2018-03-09"), "reuters"),
            (bombing("mosul", "انفجرت عبوة ناسفة في الموصل.", "2018-03-01", place="Mosul"), "reuters"),
        ),
    )
    clusters = db.execute(
        "SELECT n_articles, n_sources, first_reported, last_reported, location_name FROM event_clusters "
        "ORDER BY n_articles DESC, location_name"
    ).fetchall()
    assert [row[0] for row in clusters] == [3, 1, 1]
    assert clusters[0][1] == 3
    assert str(clusters[0][2]) == "2018-03-01" and str(clusters[0][3]) == "2018-03-02"
    assert count(db, "SELECT count(DISTINCT cluster_id) FROM events WHERE doc_id IN ('r1','r2','r3')") == 1


def test_events_without_a_place_are_never_merged(db) -> None:
    first, second = bombing("p1", WIRE, "2018-03-01"), bombing("p2", WIRE_COPY, "2018-03-01")
    for doc in (first, second):
        doc.events[0].location = None
    write_batch(db, batch_of((first, "reuters"), (second, "alsumaria")))
    assert count(db, "SELECT count(DISTINCT cluster_id) FROM events") == 2


def test_views_count_per_day_dyad_and_actor(db) -> None:
    write_batch(
        db,
        batch_of(
            (bombing("r1", WIRE, "2018-03-01"), "reuters"), (bombing("r2", WIRE_COPY, "2018-03-01"), "x")
        ),
    )
    assert db.execute("SELECT day, type, events, occurrences FROM daily_counts_by_type").fetchall()[0][
        1:
    ] == (
        "ASSAULT",
        2,
        1,
    )
    assert db.execute(
        "SELECT source_country, target_country, events FROM daily_counts_by_dyad"
    ).fetchall() == [("IMG", "IRQ", 2)]
    assert db.execute("SELECT quad_class, goldstein_sum FROM daily_quad_goldstein").fetchall() == [(4, -20.0)]
    assert db.execute("SELECT actor, events FROM top_actors ORDER BY actor").fetchall() == [
        ("أشخاص", 2),
        ("مسلحون", 2),
    ]
