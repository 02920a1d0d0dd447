"""Runs the Spark job in local mode on a small corpus and compares it with `gloss analyze`.

    python test_local.py --gloss .build/release/gloss [--shared ../shared]

The corpus: the repository's seeds (copied into a folder with files a directory walk skips),
a WARC file and a Reuters-21578 file from shared/corpora, a WARC file with no documents and
a missing path (both error records). Run with the pinned pyspark's python (venv.sh); .ci/run
does. One Spark session runs the job twice: JSON Lines with the Reuters file split into shards
and the first attempt of the WARC's task killed, then Parquet. Prints `N passed, M failed`.
"""

import argparse
import collections
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gloss_spark  # noqa: E402
from compare import gloss_analyze, layer_counts, read_lines  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OPTION = "normalize.fold-punctuation=true"  # a stage option, to see that options pass through
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))


def corpus(folder, shared):
    """The inputs, as absolute paths; the seeds folder gets files that gloss's walk skips."""
    seeds = os.path.join(folder, "seeds")
    shutil.copytree(os.path.join(ROOT, "seeds"), seeds)
    for name, text in [("notes.pdf", "%PDF-1.4 not read in walks"), (".hidden.txt", "hidden"),
                       ("sub/README", "A file with no extension is read as text.")]:
        os.makedirs(os.path.dirname(os.path.join(seeds, name)), exist_ok=True)
        with open(os.path.join(seeds, name), "w") as file:
            file.write(text)
    warc = os.path.join(shared, "corpora", "warc")
    paths = [seeds, os.path.join(warc, "resiliparse-warcfile.warc.gz"), os.path.join(warc, "aut-example.docs.warc.gz"),
             os.path.join(shared, "corpora", "reuters21578", "sgml", "reut2-021.sgm"), os.path.join(folder, "missing.txt")]
    return [os.path.abspath(path) for path in paths]


def failed_tasks(spark, group):
    tracker = spark.sparkContext.statusTracker()
    stages = [stage for job in tracker.getJobIdsForGroup(group) for stage in tracker.getJobInfo(job).stageIds]
    return sum(tracker.getStageInfo(stage).numFailedTasks for stage in stages if tracker.getStageInfo(stage))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gloss", required=True, help="the gloss binary")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"), help="the shared folder")
    arguments = parser.parse_args()
    gloss = os.path.abspath(arguments.gloss)
    if not os.path.isdir(os.path.join(arguments.shared, "corpora")):
        raise SystemExit(f"test_local: no corpora in {arguments.shared}: pass --shared DIR (the folder with corpora/)")

    folder = tempfile.mkdtemp(prefix="gloss-spark-test-")
    try:
        inputs = corpus(folder, arguments.shared)
        seconds = gloss_analyze(gloss, inputs, folder + "/gloss.jsonl", ["-O", OPTION])
        expected = read_lines(folder + "/gloss.jsonl")
        print(f"gloss analyze -j 2: {len(expected)} records in {seconds:.1f} s")
        by_id = {json.loads(line)["id"]: json.loads(line) for line in expected}

        units = [unit for path in inputs for unit in gloss_spark.local_units(path, False, 250_000)]
        walked = [os.path.relpath(path, inputs[0]) for path, _ in units if path.startswith(inputs[0])]
        check("the job's directory walk skips hidden files and kinds gloss skips (.pdf)",
              sorted(walked) == sorted(os.listdir(os.path.join(ROOT, "seeds")) + ["sub/README"]), f"{walked}")
        check("the 620 KB Reuters file is split into 3 shards", sum(1 for p, s in units if p == inputs[3]) == 3)

        os.environ["PYSPARK_PYTHON"] = sys.executable
        started = time.time()
        spark = gloss_spark.session("local[2,4]")
        spark.sparkContext.addPyFile(gloss_spark.__file__)  # the tasks' functions live in it
        print(f"Spark ready in {time.time() - started:.1f} s")

        common = [*inputs, "--gloss", gloss, "-O", OPTION]
        spark.sparkContext.setJobGroup("jsonl", "JSON Lines with a forced failure")
        jsonl = gloss_spark.parse_arguments(common + ["--shard-bytes", "250000", "--fail-first-attempt", "resiliparse", folder + "/out-jsonl"])
        records, errors, _ = gloss_spark.run(spark, jsonl)
        lines = read_lines(folder + "/out-jsonl")
        check("one task failed and was retried", failed_tasks(spark, "jsonl") == 1, f"{failed_tasks(spark, 'jsonl')} failed")
        check("as many records as gloss analyze", records == len(lines) == len(expected), f"{records}, {len(expected)}")
        # missing.txt; the WARC with no article is a note on stderr, not an error record
        check("the same error records", errors == sum(1 for r in by_id.values() if "error" in r) == 1, f"{errors}")
        ids = [json.loads(line)["id"] for line in lines]
        check("no record twice", len(ids) == len(set(ids)), f"{len(ids) - len(set(ids))} duplicates")
        check("the same records, byte for byte", sorted(lines) == sorted(expected),
              f"{len(set(lines) - set(expected))} differ")

        spark.sparkContext.setJobGroup("parquet", "Parquet")
        parquet = gloss_spark.parse_arguments(common + ["--format", "parquet", folder + "/out-parquet"])
        gloss_spark.run(spark, parquet)
        rows = spark.read.parquet(folder + "/out-parquet").collect()
        got = {row["id"]: layer_counts(row.asDict(recursive=True)) for row in rows}
        want = {i: layer_counts(r) for i, r in by_id.items()}
        check("Parquet: same ids and number of records", len(rows) == len(got) == len(want) and set(got) == set(want))
        check("Parquet: same entity mentions, numbers and sentences per document", got == want,
              f"{sum(1 for i in want if got.get(i) != want[i])} documents differ")

        from pyspark.sql import functions as F
        types = spark.read.parquet(folder + "/out-parquet") \
            .select(F.explode("layers.entities.mentions").alias("mention")) \
            .groupBy("mention.type").count().orderBy("type")
        per_type = {row["type"]: row["count"] for row in types.collect()}
        expected_types = collections.Counter(m["type"] for r in by_id.values()
                                             for m in ((r.get("layers") or {}).get("entities") or {}).get("mentions", []))
        check("Parquet: entity mentions per type", per_type == dict(expected_types), f"{per_type} {expected_types}")
        print("entity mentions per type:", ", ".join(f"{t} {n}" for t, n in sorted(per_type.items())))
        spark.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
