"""The CRF named-entity recogniser, its span helper, and the ``tag`` / ``train-ner`` commands."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from hadath.cli import tag as tag_cli
from hadath.cli import train as train_cli
from hadath.entities.ner import CrfParams, NerTagger, bio_to_spans, cross_validate, default_tagger
from hadath.evaluate.ner import read_conll, score_entities

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ANERCORP = SHARED / "benchmarks" / "anercorp" / "train.conll"

MEETING = "التقى الرئيس المصري عبد الفتاح السيسي وزير الدفاع الروسي سيرغي شويغو في القاهرة".split()  # noqa: SIM905
VISIT = "وصل وزير الخارجية الأمريكي مايك بومبيو إلى بغداد قادما من عمان في زيارة لم يعلن عنها".split()  # noqa: SIM905


def run_cli(module, argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    module.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.run(args)


def write_conll(path: Path, sentences: list[tuple[list[str], list[str]]]) -> Path:
    lines = ("".join(f"{word}\t{tag}\n" for word, tag in zip(*s, strict=True)) + "\n" for s in sentences)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def entities(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[start:end]), kind) for start, end, kind in bio_to_spans(tags)}


def test_bio_to_spans_follows_conlleval():
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG", "B-MISC"]
    assert bio_to_spans(tags) == [(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 7, "ORG"), (7, 8, "MISC")]
    assert bio_to_spans(["O", "O"]) == []
    assert bio_to_spans([]) == []


def f1(tagger: NerTagger, sentences: list[tuple[list[str], list[str]]]) -> float:
    predicted = tagger.tag_sentences([tokens for tokens, _ in sentences])
    return score_entities([tags for _, tags in sentences], predicted)["overall"]["f1"]


def test_shipped_tagger_finds_people_and_places():
    found = entities(MEETING, default_tagger().tag(MEETING))
    assert ("عبد الفتاح السيسي", "PERS") in found
    assert ("سيرغي شويغو", "PERS") in found
    assert ("القاهرة", "LOC") in found
    assert not any(kind == "PERS" and "وزير" in text for text, kind in found)


def test_tag_sentences_keeps_lengths_and_order():
    tagger = default_tagger()
    tagged = tagger.tag_sentences([VISIT, [], MEETING])
    assert [len(t) for t in tagged] == [len(VISIT), 0, len(MEETING)]
    assert tagged[2] == tagger.tag(MEETING)
    assert ("بغداد", "LOC") in entities(VISIT, tagged[0])
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for tag in tagged[0])


def test_tag_command_round_trips_a_conll_file(tmp_path):
    source = tmp_path / "in.conll"
    lines = [*(f"{t}\tX" for t in MEETING), "", *VISIT, ""]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.conll"
    assert run_cli(tag_cli, ["tag", str(source), "--output", str(target)]) == 0
    written = target.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(written) == len(lines)
    assert [w.split("\t")[0] for w in written] == [line.split("\t")[0] for line in lines]
    expected = default_tagger().tag(MEETING) + default_tagger().tag(VISIT)
    assert [w.split("\t")[1] for w in written if w] == expected


def test_tag_command_refuses_an_unreadable_file(tmp_path, capsys):
    assert run_cli(tag_cli, ["tag", str(tmp_path / "missing.conll")]) != 0
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.skipif(not ANERCORP.is_file(), reason="../shared absent")
def test_shipped_tagger_scores_high_on_anercorp_slice():
    # The shipped model was trained on this data: a low score means the features and the model
    # file have drifted apart (retrain with `hadath train-ner`).
    sentences = read_conll(ANERCORP)[:300]
    assert f1(default_tagger(), sentences) >= 0.9


@pytest.mark.skipif(not ANERCORP.is_file(), reason="../shared absent")
def test_train_ner_command_learns_from_a_small_slice(tmp_path):
    sentences = read_conll(ANERCORP)[:360]
    data = write_conll(tmp_path / "slice.conll", sentences)
    model = tmp_path / "slice.crfsuite"
    argv = ["train-ner", "--data", str(data), "--output", str(model), "--iterations", "60", "--holdout-sixth"]
    assert run_cli(train_cli, argv) == 0
    tagger = NerTagger.load(model)
    assert f1(tagger, sentences[:300]) >= 0.8  # it fits what it saw
    assert f1(tagger, sentences[300:]) >= 0.3  # and generalises a little


@pytest.mark.skipif(not ANERCORP.is_file(), reason="../shared absent")
def test_cross_validation_predicts_every_sentence_once(tmp_path, capsys):
    sentences = read_conll(ANERCORP)[:200]
    data = write_conll(tmp_path / "slice.conll", sentences)
    results = cross_validate([data], 2, CrfParams(max_iterations=30))
    assert [sentence for sentence, _ in results] == sentences
    assert all(len(tags) == len(tokens) for (tokens, _), tags in results)
    assert run_cli(train_cli, ["train-ner", "--data", str(data), "--folds", "2", "--iterations", "30"]) == 0
    assert "2-fold cross-validation" in capsys.readouterr().out


def test_model_attributes_are_read_from_the_file_as_crfsuite_lists_them():
    import pycrfsuite

    from hadath.entities.crf_model import model_attributes
    from hadath.entities.ner import default_model_path

    tagger = pycrfsuite.Tagger()
    tagger.open(str(default_model_path()))
    listed = {attribute for attribute, _ in tagger.info().state_features}
    assert model_attributes(default_model_path()) == listed and "lit=القاهرة" in listed


def test_model_attributes_refuse_a_file_that_is_not_a_model(tmp_path):
    from hadath.entities.crf_model import model_attributes

    not_a_model = tmp_path / "ner.crfsuite"
    not_a_model.write_bytes(b"lCRF" + bytes(60))
    with pytest.raises(ValueError, match="not a crfsuite CRF model"):
        model_attributes(not_a_model)
