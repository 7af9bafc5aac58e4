"""Near-duplicate articles (stories) and repeated reports of one occurrence (clusters).

Stories: every article gets a MinHash signature of its normalised word 3-grams (datasketch). The
signature is cut into ``BANDS`` bands of ``ROWS`` values; two articles sharing any band hash are
candidates (LSH), and a candidate whose estimated Jaccard similarity reaches ``STORY_THRESHOLD`` is
the same story. Band hashes and signatures are stored, so a later run links new articles to old
stories with one join instead of rebuilding an index. An article joins the story of its most similar
earlier article; the first article of a story gives it its id.

Clusters: an event's ``cluster_key`` is its type, dyad (source and target country) and place;
events with the same key whose dates are at most ``CLUSTER_WINDOW_DAYS`` apart report one occurrence.
An event joins the cluster of the nearest such earlier event, else starts its own (id = its event_id).
Events without a place or a date are never merged: the key would be too weak to tell occurrences apart.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from hadath.text.normalize import normalize_word

NUM_PERM = 128
BANDS, ROWS = 16, 8  # P(candidate) is 0.95 at Jaccard 0.8 and 0.06 at 0.5
STORY_THRESHOLD = 0.6
SHINGLE_WORDS = 3
CLUSTER_WINDOW_DAYS = 2
_SEED = 1
_SCHEME = "affine32"  # datasketch 2 default; pinned because stored signatures depend on it
_WORD = re.compile(r"[^\W\d_]+|\d+")


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint64 values) of the word 3-grams of normalised ``text``.

    Shingles are hashed with CRC-32 (stable across processes and runs, and much cheaper than
    datasketch's default SHA-1) and the permutations are drawn once per process.
    """
    from datasketch import MinHash

    words = _WORD.findall(normalize_word(text))
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(max(1, len(words) - 2))}
    minhash = MinHash(
        num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32, permutations=_permutations(), scheme=_SCHEME
    )
    minhash.update_batch(list(shingles))
    return minhash.hashvalues.astype(np.uint64)


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band (the band number is hashed in, so bands never collide)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    return float(np.mean(np.frombuffer(a, np.uint64) == np.frombuffer(b, np.uint64)))


@dataclass(slots=True)
class StoredStory:
    doc_id: str
    story_id: str
    signature: bytes


def assign_stories(
    new: list[tuple[str, bytes, list[int]]], known: Mapping[int, list[StoredStory]]
) -> dict[str, str]:
    """Story id of each new ``(doc_id, signature, band_keys)``, in order; ``known`` maps a band key
    to the stored articles carrying it. Articles of the same batch can join each other's stories."""
    seen: dict[int, list[StoredStory]] = {key: list(items) for key, items in known.items()}
    stories: dict[str, str] = {}
    for doc_id, sig, keys in new:
        candidates = {
            item.doc_id: item for key in keys for item in seen.get(key, ()) if item.doc_id != doc_id
        }
        scored = [(similarity(sig, item.signature), item) for _, item in sorted(candidates.items())]
        eligible = [pair for pair in scored if pair[0] >= STORY_THRESHOLD]
        # max() keeps the first of equal scores: ties go to the smallest doc_id, deterministically
        story_id = max(eligible, key=lambda pair: pair[0])[1].story_id if eligible else doc_id
        stories[doc_id] = story_id
        entry = StoredStory(doc_id, story_id, sig)
        for key in keys:
            seen.setdefault(key, []).append(entry)
    return stories


def cluster_key(event: Mapping[str, Any]) -> str | None:
    """``type|source>target|place`` for an event of the output contract, or None without a place."""
    location = event.get("location") or {}
    place = location.get("name") or location.get("country")
    if not place:
        return None
    return f"{event['type']}|{_actor_code(event.get('source'))}>{_actor_code(event.get('target'))}|{place}"


def _actor_code(actor: Mapping[str, Any] | None) -> str:
    """The country only: reports of one attack often disagree on the sector (police, civilians)."""
    return (actor.get("country") or "") if actor else ""


@dataclass(slots=True)
class ClusterMember:
    event_id: str
    cluster_id: str
    key: str | None
    date: dt.date | None


def assign_clusters(new: Iterable[ClusterMember], known: Iterable[ClusterMember]) -> dict[str, str]:
    """Cluster id of each new event, in order; ``known`` are stored events with the same keys and
    dates in the window (their ``cluster_id`` set). New events' ``cluster_id`` is ignored."""
    by_key: dict[str, list[ClusterMember]] = {}
    for member in known:
        by_key.setdefault(member.key or "", []).append(member)
    window = dt.timedelta(days=CLUSTER_WINDOW_DAYS)
    clusters: dict[str, str] = {}
    for member in new:
        cluster_id = member.event_id
        if member.key is not None and member.date is not None:
            near = [
                other
                for other in by_key.get(member.key, ())
                if other.date is not None and abs(other.date - member.date) <= window
            ]
            if near:
                nearest = min(near, key=lambda other: (abs(other.date - member.date), other.cluster_id))
                cluster_id = nearest.cluster_id
            by_key.setdefault(member.key, []).append(
                ClusterMember(member.event_id, cluster_id, member.key, member.date)
            )
        clusters[member.event_id] = cluster_id
    return clusters
