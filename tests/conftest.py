"""Shared fixtures: where the shared data lives, and the bundled sample article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "samples" / "egypt-russia-2017-11-29.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} absent: ../shared (benchmarks, corpora, reference) is not beside the repo")
    return path


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
