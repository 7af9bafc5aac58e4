"""Distributional word vectors of 2018 Arabic news: ``models/word_vectors.npz``.

Each frequent word of the ANT corpus (normalised, as ``Token.norm``) has a unit vector of
``DIMENSIONS`` float16 values: the leading dimensions of a PPMI + SVD of the words it stands beside.
Words used alike lie close together. The acceptance model reads them; ``python -m
hadath.entities.ner_clusters`` builds them, with the NER's word clusters cut from the same SVD.
The file holds arrays ``vectors`` and ``words`` (their UTF-8 text, one word a line, as bytes) and
is not compressed, so that loading costs a process little.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np

FILE_NAME = "word_vectors.npz"  # under the package's models/
DIMENSIONS = 32  # the leading SVD dimensions shipped (float16: 4.5 MB for 70k words)


@cache
def word_vectors() -> tuple[dict[str, int], np.ndarray]:
    """(word -> row, ``[row, dimension]`` unit vectors, float32 in memory for fast sums); no words
    and an empty matrix when the file is absent."""
    path = resources.files("hadath").joinpath("models", FILE_NAME)
    if not path.is_file():
        return {}, np.zeros((0, DIMENSIONS), dtype=np.float32)
    with path.open("rb") as handle, np.load(handle) as arrays:
        words, vectors = arrays["words"].tobytes().decode("utf-8").split("\n"), arrays["vectors"]
    return dict(zip(words, range(len(words)), strict=True)), vectors.astype(np.float32)
