"""A batch of rows ready for the store: one Arrow table per stored table.

Workers build batches (so the parent process only inserts them); the Dask engine writes them as a
Parquet dataset, one file per table and partition, and reads them back with :meth:`Batch.read_parquet`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from hadath.store.schema import arrow_schema

BATCH_TABLES = ("articles", "events", "entities", "story_signatures", "story_bands", "ingest_errors")


@dataclass(slots=True)
class Batch:
    tables: dict[str, pa.Table] = field(default_factory=dict)
    records: int = 0  # input records this batch accounts for (documents and errors)

    @classmethod
    def from_rows(cls, rows: dict[str, list[dict]], records: int) -> Batch:
        return cls(
            {
                name: pa.Table.from_pylist(rows.get(name, []), schema=arrow_schema(name))
                for name in BATCH_TABLES
            },
            records,
        )

    @classmethod
    def concat(cls, batches: list[Batch]) -> Batch:
        return cls(
            {name: pa.concat_tables([b.tables[name] for b in batches]) for name in BATCH_TABLES},
            sum(b.records for b in batches),
        )

    def write_parquet(self, directory: Path, part: int) -> None:
        """Write ``directory/TABLE/part-NNNNN.parquet`` for every table (a Hive-style dataset)."""
        import pyarrow.parquet as pq

        for name, table in self.tables.items():
            (directory / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, directory / name / f"part-{part:06d}.parquet")
        (directory / "_records").mkdir(exist_ok=True)
        (directory / "_records" / f"part-{part:06d}").write_text(str(self.records))

    @classmethod
    def read_parquet(cls, directory: Path, part: int) -> Batch:
        import pyarrow.parquet as pq

        tables = {
            name: pq.read_table(directory / name / f"part-{part:06d}.parquet", schema=arrow_schema(name))
            for name in BATCH_TABLES
        }
        return cls(tables, int((directory / "_records" / f"part-{part:06d}").read_text()))
