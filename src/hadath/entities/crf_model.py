"""Read the attribute (feature) names a trained crfsuite model keeps, straight from the model file.

The tagger only needs to build features the model has weights for, so it asks the model which
those are. python-crfsuite can only answer by dumping the whole model as text and parsing it
(about a second, paid at every start-up); the model file stores the same names in a small
constant database (CQDB) that is read here directly. crfsuite writes only attributes with at
least one non-zero weight, so these are exactly the useful ones.

File layout (crfsuite 0.12, ``crf1dm.c`` and ``cqdb.c``; little-endian 32-bit fields): the header
holds magic ``lCRF``, size, type ``FOMC``, version, counts, then section offsets, the fourth being
the attribute CQDB; a CQDB chunk starts with ``CQDB``, size, flag, byte order, the number of
entries and the offset of its backward array, which points to each ``(id, size, name\\0)`` record.
"""

from __future__ import annotations

import struct
from pathlib import Path

_HEADER = struct.Struct("<4sI4sIIIIIII")  # magic .. num_attrs, off_features, off_labels, off_attrs
_CQDB_HEADER = struct.Struct("<4sIIIII")  # chunk id, size, flag, byte order, bwd size, bwd offset
_RECORD = struct.Struct("<II")  # id, key size (with its trailing NUL)


def model_attributes(path: str | Path) -> frozenset[str]:
    """Every attribute name stored in the crfsuite model at ``path``."""
    data = Path(path).read_bytes()
    magic, _, kind, *_, attributes_at = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite CRF model")
    chunk, _, _, _, count, backward_at = _CQDB_HEADER.unpack_from(data, attributes_at)
    if chunk != b"CQDB":
        raise ValueError(f"{path}: attribute table not found")
    names = []
    for offset in struct.unpack_from(f"<{count}I", data, attributes_at + backward_at):
        record = attributes_at + offset
        _, size = _RECORD.unpack_from(data, record)
        names.append(data[record + _RECORD.size : record + _RECORD.size + size - 1].decode("utf-8"))
    return frozenset(names)
