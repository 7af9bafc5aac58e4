"""`hadath extract` as users run it: real files, standard input, and every kind of bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE

ARTICLE = "قتل 18 شخصا وأصيب عشرات آخرون بجروح في انفجار سيارة مفخخة في بغداد أمس."


def run_extract(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hadath", "extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_sample_article_date_from_file_name() -> None:
    result = run_extract(str(SAMPLE))
    assert result.returncode == 0, result.stderr
    (doc,) = lines(result.stdout)
    assert doc["doc_id"] == "egypt-russia-2017-11-29" and doc["date"] == "2017-11-29"
    assert {"CONSULT", "ACCUSE", "SUPPORT", "ASSAULT", "COOPERATE"} <= {e["type"] for e in doc["events"]}


def test_text_format_is_readable() -> None:
    result = run_extract(str(SAMPLE), "--format", "text")
    assert result.returncode == 0
    assert "ASSAULT" in result.stdout and "North Sinai" in result.stdout and "killed=310" in result.stdout


def test_jsonl_in_order_with_output_file(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl.gz"
    rows = [
        {"doc_id": "b", "text": ARTICLE, "date": "2007-02-06"},
        {"doc_id": "a", "text": "تظاهر آلاف الإسرائيليين مساء أمس في تل أبيب.", "date": "2008-01-10"},
    ]
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    out = tmp_path / "out.jsonl"
    result = run_extract(str(source), "--output", str(out))
    assert result.returncode == 0, result.stderr
    docs = lines(out.read_text(encoding="utf-8"))
    assert [d["doc_id"] for d in docs] == ["b", "a"]
    assert docs[0]["events"][0]["type"] == "ASSAULT" and docs[0]["events"][0]["date"] == "2007-02-05"
    assert docs[1]["events"][0]["type"] == "PROTEST"


def test_standard_input() -> None:
    result = run_extract("-", "--date", "2007-02-06", stdin=ARTICLE)
    (doc,) = lines(result.stdout)
    assert doc["date"] == "2007-02-06" and doc["events"][0]["killed"] == 18


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café à Beyrouth".encode("latin-1"))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    english = tmp_path / "english.txt"
    english.write_text("Egypt and Russia discussed military cooperation on Wednesday.", encoding="utf-8")
    huge = tmp_path / "huge.jsonl"
    with huge.open("w", encoding="utf-8") as handle:
        handle.write('{"doc_id": "big", "text": "' + "ا" * 26_000_000 + '"}\n')
        handle.write(json.dumps({"doc_id": "after-big", "text": ARTICLE}, ensure_ascii=False) + "\n")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"doc_id": "x", "text": "نص"\nnot json at all\n[1, 2]\n{"doc_id": "y"}\n', encoding="utf-8"
    )

    result = run_extract(*(str(p) for p in (good, empty, latin1, binary, english, huge, broken)))
    assert result.returncode == 0
    docs = lines(result.stdout)
    by_id = {d["doc_id"]: d for d in docs}
    assert by_id["good"]["events"] and by_id["after-big"]["events"]
    assert by_id["english"]["language"] != "ar" and by_id["english"]["events"] == []
    errors = [d for d in docs if "error" in d]
    assert len(errors) == 8  # empty, latin-1, binary, the over-long line, and four broken JSON lines
    stderr = result.stderr
    assert f"{empty}: empty file" in stderr
    assert f"{latin1}: not valid UTF-8" in stderr
    assert f"{binary}: binary file" in stderr
    assert f"{huge}:1: line longer than" in stderr
    assert f"{broken}:1: malformed JSON" in stderr and f"{broken}:3: a line must be a JSON object" in stderr
    assert f'{broken}:4: no "text"' in stderr


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = run_extract(str(empty), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "missing.txt: cannot read" in result.stderr and "nothing could be read" in result.stderr


def test_workers_give_the_same_output(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text(
        "".join(
            json.dumps({"doc_id": str(i), "text": ARTICLE}, ensure_ascii=False) + "\n" for i in range(40)
        ),
        encoding="utf-8",
    )
    one = run_extract(str(source), "--date", "2007-02-06")
    two = run_extract(str(source), "--date", "2007-02-06", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
