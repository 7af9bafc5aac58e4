"""The window network whose label scores are added to the CRF's before decoding (``ner_network``),
at the tokens whose CRF label is unsure (``NerTagger.tag``, ``ScoreDecoder.unsure``)."""

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
# gsr-assault-AAW_ARB_20081101.0025-9: the CRF alone reads the ambassador's surname as a place
AMBASSADOR_TEXT = (
    "وجاءت هذه الضربة بعد يومين من استدعاء باكستان السفيرة الاميركية آن باترسون للاحتجاج"
    " على الهجمات الصاروخية والمطالبة بوقفها على الفور ."
)
AMBASSADOR = AMBASSADOR_TEXT.split()


def entities(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[start:end]), kind) for start, end, kind in bio_to_spans(tags)}


def crf_alone() -> NerTagger:
    return NerTagger(read_model(default_model_path()))


def test_shipped_network_scores_each_token_and_label_of_the_crf():
    network = WindowNetwork.load(network_path(default_model_path()))
    assert network.labels == read_model(default_model_path()).labels
    scores = network.scores(network.inputs([word_features(word).own for word in VISIT]))
    assert scores.shape == (len(VISIT), len(network.labels)) and np.isfinite(scores).all()
    assert [network.labels[k] for k in scores.argmax(axis=1)][3:6] == ["O", "B-PERS", "I-PERS"]


def test_scores_at_some_positions_read_only_the_words_within_reach():
    network = WindowNetwork.load(network_path(default_model_path()))
    inputs = network.inputs([word_features(word).own for word in MEETING])
    everywhere = network.scores(inputs)
    # 12 windows: more than one matrix product's rows
    assert np.allclose(network.scores(inputs, list(range(len(MEETING)))), everywhere, atol=1e-5)
    sparse = [word if abs(i - 5) <= network.reach else None for i, word in enumerate(inputs)]
    assert np.allclose(network.scores(sparse, [5]), everywhere[[5]], atol=1e-5)


def test_the_network_corrects_a_name_the_crf_alone_gets_wrong():
    assert ("باترسون", "LOC") in entities(AMBASSADOR, crf_alone().tag(AMBASSADOR))
    assert ("باترسون", "PERS") in entities(AMBASSADOR, default_tagger().tag(AMBASSADOR))


def test_only_the_tokens_the_crf_is_unsure_of_are_rescored():
    crf = crf_alone()
    path = crf._decoder.best_path(crf.scores(AMBASSADOR))
    unsure = crf._decoder.unsure(path, 0.9)
    assert AMBASSADOR.index("باترسون") in unsure and len(unsure) <= 3
    # a sentence the CRF is sure of keeps the CRF's tags, and the network reads none of its words
    path = crf._decoder.best_path(crf.scores(VISIT))
    assert crf._decoder.unsure(path, 0.9) == []
    tagger = NerTagger.load()
    assert tagger.tag(VISIT) == path
    assert not tagger._inputs


def test_redecoding_a_span_keeps_the_rest_and_the_whole_span_is_the_best_path():
    crf = crf_alone()
    scores = crf.scores(AMBASSADOR)
    path = crf._decoder.best_path(scores)
    assert crf._decoder.redecode(scores, path, 0, len(path)) == path
    nudged = scores.copy()
    person = crf._model.labels.index("B-PERS")
    position = AMBASSADOR.index("باترسون")
    nudged[position, person] += 20.0
    redecoded = crf._decoder.redecode(nudged, path, position, position + 1)
    assert redecoded[position] == "B-PERS" and redecoded[:position] == path[:position]
    assert redecoded[position + 1 :] == path[position + 1 :]


@pytest.mark.skipif(not ANERCORP.is_file(), reason="../shared absent")
def test_network_training_is_deterministic_and_survives_its_file(tmp_path):
    sentences = read_conll(str(ANERCORP))[:150]
    labels = read_model(default_model_path()).labels
    params = NetworkParams(epochs=1, seed=3)
    first, second = train_network(sentences, labels, params), train_network(sentences, labels, params)
    assert all(np.array_equal(first.weights[name], second.weights[name]) for name in first.weights)
    first.save(tmp_path / "net.npz")
    loaded = WindowNetwork.load(tmp_path / "net.npz")
    inputs = [n.inputs([word_features(word).own for word in MEETING]) for n in (first, loaded)]
    assert np.allclose(first.scores(inputs[0]), loaded.scores(inputs[1]), atol=0.05)
