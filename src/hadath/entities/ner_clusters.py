"""Build ``models/word_clusters.tsv`` and ``models/word_vectors.npz``: distributional word
clusters for the NER features, and the word vectors they are cut from.

Words that occur in the same contexts (مدينة ___ ، الرئيس ___ ، وزير ___) land in the same cluster,
so the CRF generalises from the names it saw in training to names it did not. Method, numpy only:
count each frequent word's left and right neighbours among the most frequent context words,
weight by positive PMI, reduce with a randomised SVD, then k-means twice: fine clusters over
the words and coarse clusters over the fine centroids. The cluster id "coarse.fine" works like a
Brown-cluster path: the CRF gets both the coarse prefix and the full id.

The vectors file keeps the SVD's first ``hadath.text.vectors.DIMENSIONS`` dimensions of each word
seen beside a context word, scaled to unit length (``hadath.text.vectors`` loads them for the
acceptance model). The NER does not use them (``hadath.entities.ner`` says what was tried).

Reproduce the shipped files (from the repository root; the defaults are the shipped settings)::

    python -m hadath.entities.ner_clusters

then retrain the NER model (``hadath train-ner``): its cluster features name these ids.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from hadath.ingest.readers import InputDoc, read_path
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize
from hadath.text.vectors import DIMENSIONS, FILE_NAME

CORPUS = "../shared/corpora/ant-news-2018.jsonl.gz"
OUTPUT = Path("src/hadath/models/word_clusters.tsv")


def corpus_sentences(path: str) -> list[list[str]]:
    """Normalised word sequences (one per line of article text; punctuation kept as a word)."""
    lines = []
    for record in read_path(path):
        if isinstance(record, InputDoc):
            for line in record.text.splitlines():
                words = [token.norm for token in tokenize(normalize(line))]
                if words:
                    lines.append(words)
    return lines


def context_matrix(lines: list[list[str]], vocabulary: list[str], contexts: list[str]) -> np.ndarray:
    """Positive-PMI weighted counts of (word, left/right context word) pairs."""
    row = {w: i for i, w in enumerate(vocabulary)}
    column = {w: i for i, w in enumerate(contexts)}
    width = len(contexts)
    counts = np.zeros((len(vocabulary), 2 * width), dtype=np.float32)
    for words in lines:
        padded = ["<s>", *words, "</s>"]
        for i in range(1, len(padded) - 1):
            r = row.get(padded[i])
            if r is None:
                continue
            left = column.get(padded[i - 1])
            right = column.get(padded[i + 1])
            if left is not None:
                counts[r, left] += 1
            if right is not None:
                counts[r, width + right] += 1
    total = counts.sum()
    expected = counts.sum(axis=1, keepdims=True) * counts.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts / expected)
    return np.where(counts > 0, np.maximum(pmi, 0), 0).astype(np.float32)


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row scaled to length 1 (all-zero rows stay zero)."""
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)


def reduce(matrix: np.ndarray, dimensions: int, rng: np.random.Generator) -> np.ndarray:
    """Rows projected on the top singular vectors, scaled by the singular values, largest first
    (randomised SVD, one power iteration)."""
    sketch = matrix @ rng.standard_normal((matrix.shape[1], dimensions + 20), dtype=np.float32)
    sketch = matrix @ (matrix.T @ sketch)
    basis, _ = np.linalg.qr(sketch)
    small = basis.T @ matrix
    u, s, _ = np.linalg.svd(small, full_matrices=False)
    return (basis @ u[:, :dimensions]) * s[:dimensions]


def kmeans(points: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 25) -> np.ndarray:
    """Cluster index of each point (spherical k-means, random initial centres)."""
    centres = points[rng.choice(len(points), size=k, replace=False)]
    assignment = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        assignment = np.argmax(points @ centres.T, axis=1)
        for c in range(k):
            members = points[assignment == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / max(float(np.linalg.norm(centre)), 1e-9)
    return assignment


def build(
    corpus: str,
    output: Path,
    *,
    words: int = 100_000,
    contexts: int = 2_000,
    dimensions: int = 100,
    fine: int = 1_000,
    coarse: int = 50,
    seed: int = 13,
) -> int:
    """Write the cluster table and, beside it, the vectors file; returns the number of words."""
    rng = np.random.default_rng(seed)
    lines = corpus_sentences(corpus)
    frequency = Counter(word for words_ in lines for word in words_)
    vocabulary = [w for w, n in frequency.most_common(words) if n >= 5]
    reduced = reduce(context_matrix(lines, vocabulary, vocabulary[:contexts]), dimensions, rng)
    output.parent.mkdir(parents=True, exist_ok=True)
    seen = np.linalg.norm(reduced, axis=1) > 1e-6  # the words seen beside some context word
    words_seen = "\n".join(word for word, kept in zip(vocabulary, seen, strict=True) if kept)
    np.savez(
        output.with_name(FILE_NAME),
        words=np.frombuffer(words_seen.encode("utf-8"), dtype=np.uint8),
        vectors=unit_rows(reduced[seen, :DIMENSIONS]).astype(np.float16),
    )
    # k-means compares directions (cosine) in the full reduced space
    vectors = unit_rows(reduced)
    fine_of = kmeans(vectors, fine, rng)
    centres = np.zeros((fine, vectors.shape[1]), dtype=vectors.dtype)
    np.add.at(centres, fine_of, vectors)
    coarse_of = kmeans(unit_rows(centres), coarse, rng)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(
            "# Distributional word clusters for the NER features (hadath.entities.ner).\n"
            f"# Built by hadath.entities.ner_clusters from {Path(corpus).name}: {len(vocabulary)} most\n"
            f"# frequent normalised words, PPMI of left/right neighbours, SVD {dimensions}, k-means {fine}\n"
            f"# fine clusters grouped into {coarse} coarse ones. Columns: word, cluster (coarse.fine).\n"
            "word\tcluster\n"
        )
        for i, word in enumerate(vocabulary):
            handle.write(f"{word}\t{coarse_of[fine_of[i]]}.{fine_of[i]}\n")
    return len(vocabulary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus", nargs="?", default=CORPUS, help=f"articles (.jsonl[.gz] / .txt); default {CORPUS}"
    )
    parser.add_argument(
        "output",
        nargs="?",
        type=Path,
        default=OUTPUT,
        help=f"cluster TSV to write (the vectors go beside it); default {OUTPUT}",
    )
    args = parser.parse_args(argv)
    count = build(args.corpus, args.output)
    print(f"{count} words -> {args.output}, {args.output.with_name(FILE_NAME)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
