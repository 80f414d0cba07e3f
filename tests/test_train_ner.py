"""What scripts/train_ner.py teaches the entity recogniser from one read gold article."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from graph.extract.language import load_nlp
from graph.model import Entity, Extraction

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_ner.py"


def _train_ner():
    spec = importlib.util.spec_from_file_location("train_ner", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_names_are_labelled_and_the_models_other_actors_are_not():
    train_ner = _train_ner()
    text = (
        "On Monday, Ana Ruiz of Halvorsen Group met the Tarvik council in Bergen. "
        "Ruiz said the parliament would vote. Reporters from Channel Nine watched."
    )
    doc = load_nlp()(text)
    gold = Extraction(
        article=None,
        entities=[
            Entity("person:ana-ruiz", "Ana Ruiz", "Person", ["Ruiz"]),
            Entity("organization:halvorsen-group", "Halvorsen Group", "Organization", ["parliament"]),
            Entity("place:bergen", "Bergen", "Place"),
        ],
    )
    spans = {(text[s:e], label) for s, e, label in train_ner.labelled_spans(doc, gold)}
    # every mention of a gold name or alias, with its kind's label
    assert {("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON"), ("Halvorsen Group", "ORG")} <= spans
    assert ("Bergen", "GPE") in spans or ("Bergen", "LOC") in spans
    # a lower-case alias is not taught as a name
    assert not any(span == "parliament" for span, _ in spans)
    # the model's own dates stay, so it does not forget them
    assert ("Monday", "DATE") in spans
    # an actor the gold does not name is taught as plain words (whatever the model made of it)
    assert not any("Channel Nine" in span or "Tarvik" in span for span, _ in spans)


def test_only_read_gold_is_learned_from():
    train_ner = _train_ner()
    pairs = train_ner.read_gold_pairs()
    folders = {gold.parent.name for _text, gold in pairs}
    assert "dev" in folders and "a" in folders
    # the held-out splits and the never-read invented sets are never read
    assert not folders & {"test", "test-2020", "c", "e", "h", "k", "ar"}
    assert all(text.with_suffix("").name == gold.name.removesuffix(".gold.json") for text, gold in pairs)


def test_the_folds_hold_apart_each_real_development_article_once():
    spec = importlib.util.spec_from_file_location("ner_folds", SCRIPT.parent / "ner_folds.py")
    ner_folds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ner_folds)
    real = ner_folds.real_pairs()
    parts = [ner_folds.quarter(real, k) for k in range(ner_folds.QUARTERS)]
    # every real development article is held apart exactly once, and the quarters are even
    assert sorted(p for part in parts for p in part) == sorted(real)
    assert max(map(len, parts)) - min(map(len, parts)) <= ner_folds.QUARTERS
    # only the development split's real articles: no held-out split, no invented set
    assert {gold.parent.name for _text, gold in real} == {"gold", "dev"}
    # and what each recogniser learns from is the read gold less its quarter
    read = _train_ner().read_gold_pairs()
    assert set(real) <= set(read)
