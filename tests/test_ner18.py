"""The window network whose label scores are added to the CRF's before decoding (``ner_network``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hadath.entities.crf_model import read_model
from hadath.entities.ner import (
    NerTagger,
    bio_to_spans,
    default_model_path,
    default_tagger,
    network_path,
    word_features,
)
from hadath.entities.ner_network import NetworkParams, WindowNetwork
from hadath.entities.ner_network import train as train_network
from hadath.evaluate.ner import read_conll

ANERCORP = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "anercorp" / "train.conll"
MEETING = "التقى الرئيس المصري عبد الفتاح السيسي وزير الدفاع الروسي سيرغي شويغو في القاهرة".split()  # noqa: SIM905
VISIT = "وصل وزير الخارجية الأمريكي مايك بومبيو إلى بغداد قادما من عمان في زيارة لم يعلن عنها".split()  # noqa: SIM905


def entities(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[start:end]), kind) for start, end, kind in bio_to_spans(tags)}


def test_shipped_network_scores_each_token_and_label_of_the_crf():
    network = WindowNetwork.load(network_path(default_model_path()))
    assert network.labels == read_model(default_model_path()).labels
    scores = network.scores(network.project([word_features(word) for word in VISIT]))
    assert scores.shape == (len(VISIT), len(network.labels)) and np.isfinite(scores).all()
    assert [network.labels[k] for k in scores.argmax(axis=1)][3:6] == ["O", "B-PERS", "I-PERS"]


def test_words_projected_together_or_one_by_one_agree():
    # the tagger projects a sentence's new words in one go (in products of a few words each)
    network = WindowNetwork.load(network_path(default_model_path()))
    words = [word_features(word) for word in VISIT + MEETING] + [None]
    together = np.frombuffer(b"".join(network.project(words)), dtype=np.float32)
    apart = np.frombuffer(b"".join(network.project([word])[0] for word in words), dtype=np.float32)
    assert len(together) == len(words) * network.width * len(network.weights["b1"])
    assert np.allclose(together, apart, rtol=0, atol=1e-5)


def test_the_network_corrects_a_name_the_crf_alone_gets_wrong():
    # gsr-assault-AAW_ARB_20081101.0025-9: the CRF alone reads the ambassador's surname as a place
    text = (
        "وجاءت هذه الضربة بعد يومين من استدعاء باكستان السفيرة الاميركية آن باترسون للاحتجاج"
        " على الهجمات الصاروخية والمطالبة بوقفها على الفور ."
    )
    sentence = text.split()
    assert ("باترسون", "LOC") in entities(sentence, NerTagger(read_model(default_model_path())).tag(sentence))
    assert ("باترسون", "PERS") in entities(sentence, default_tagger().tag(sentence))


@pytest.mark.skipif(not ANERCORP.is_file(), reason="../shared absent")
def test_network_training_is_deterministic_and_survives_its_file(tmp_path):
    sentences = read_conll(str(ANERCORP))[:150]
    labels = read_model(default_model_path()).labels
    params = NetworkParams(epochs=1, seed=3)
    first, second = train_network(sentences, labels, params), train_network(sentences, labels, params)
    assert all(np.array_equal(first.weights[name], second.weights[name]) for name in first.weights)
    first.save(tmp_path / "net.npz")
    loaded = WindowNetwork.load(tmp_path / "net.npz")
    projections = [n.project([word_features(word) for word in MEETING]) for n in (first, loaded)]
    assert np.allclose(first.scores(projections[0]), loaded.scores(projections[1]), atol=0.05)
