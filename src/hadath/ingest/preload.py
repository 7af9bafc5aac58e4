"""Imported once by the ingest's forkserver: runs one short document through the worker's code path
before any worker is forked, so that every worker (including those that replace recycled ones)
starts with the engine's lexicons and models loaded and datasketch imported, sharing those pages,
instead of spending about two seconds of CPU loading its own copy."""

from hadath.ingest.readers import InputDoc
from hadath.ingest.worker import process_chunk

process_chunk(
    [InputDoc("warm-up", "قتل عشرة أشخاص في انفجار سيارة مفخخة وسط بغداد صباح الخميس.", "2020-01-01")]
)
