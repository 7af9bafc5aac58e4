"""Ingest: read sources, run the engine on worker processes, write the results to the DuckDB store."""

import os

# Arrow's default allocator (mimalloc) keeps the pages of freed buffers, and an ingest process frees
# a few MB of Arrow data per batch (received batches, filtered copies, tables DuckDB scans through
# pyarrow), so the parent grew with the corpus: replayed alone, from 260 MB (2k-5k articles stored) to
# 344 MB (25k+), against 199 to 227 MB with malloc (docs/scale-out.md, memory). Arrow reads this
# variable once, when it is loaded, so it is set here, before any ingest module imports pyarrow; the
# workers, the forkserver and Dask's processes inherit it. A process that loaded pyarrow earlier
# keeps its allocator.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
