"""Runs `gloss analyze -j 2` and the Spark job (local[2]) on the same inputs, in one sitting.

    python compare.py --gloss .build/release/gloss [--rounds 2] [--task-bytes N] INPUT...

Starts Spark once (its start-up is reported apart), then alternates the two runs ROUNDS times,
each writing JSON Lines to a scratch folder; prints the wall times, the throughput ratio (Spark
over gloss; 1.0 means no overhead) and whether the records match one for one: the same ids and,
per id, the same number of entity mentions, numbers and sentences, and the same error records.
Run with the pinned pyspark's python (venv.sh).
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gloss_spark  # noqa: E402


def layer_counts(record):
    """(entity mentions, numbers, sentences, error?) of one record, as a dict or a Parquet row's dict."""
    layers = record.get("layers") or {}
    mentions = (layers.get("entities") or {}).get("mentions") or []
    return (len(mentions), len(layers.get("numbers") or []), len(record.get("sentences") or []),
            record.get("error") is not None)


def gloss_analyze(gloss, inputs, output, extra=()):
    """`gloss analyze -j 2` with the job's default stages into `output`; returns the wall time."""
    command = [gloss, "analyze", "--stages", gloss_spark.FULL_STAGES, *extra, "-j", "2", "--format", "jsonl",
               "-o", output, *inputs]
    started = time.time()
    status = subprocess.run(command, stderr=subprocess.DEVNULL).returncode
    if status not in (0, 1, 66):  # 66: a named input is missing, as 1 its error record is written
        raise SystemExit(f"compare: {' '.join(command)} exited with {status}")
    return time.time() - started


def read_lines(path):
    """The JSON lines of a file, or of a Spark output folder's part files."""
    files = sorted(glob.glob(os.path.join(path, "part-*"))) if os.path.isdir(path) else [path]
    return [line for name in files for line in open(name, encoding="utf-8").read().splitlines()]


def match(expected_lines, got_lines):
    """A list of the differences between two runs' records, by id (empty when they match one for one)."""
    expected = {json.loads(line)["id"]: layer_counts(json.loads(line)) for line in expected_lines}
    got = {json.loads(line)["id"]: layer_counts(json.loads(line)) for line in got_lines}
    problems = []
    if len(got_lines) != len(got):
        problems.append(f"{len(got_lines) - len(got)} records appear twice")
    if set(got) != set(expected):
        problems.append(f"ids differ: {len(set(expected) - set(got))} missing, {len(set(got) - set(expected))} extra")
    differing = [i for i in expected if i in got and got[i] != expected[i]]
    if differing:
        problems.append(f"{len(differing)} records differ in counts, e.g. {differing[0]}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--gloss", required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--task-bytes", type=int, default=None)
    arguments = parser.parse_args()
    gloss = os.path.abspath(arguments.gloss)
    inputs = [os.path.abspath(path) for path in arguments.inputs]
    scratch = tempfile.mkdtemp(prefix="gloss-spark-compare-")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    try:
        started = time.time()
        spark = gloss_spark.session("local[2,4]")
        spark.sparkContext.addPyFile(gloss_spark.__file__)
        print(f"JVM start-up and Spark session: {time.time() - started:.1f} s")
        job = [*inputs, "--gloss", gloss, "--mode", "overwrite", scratch + "/spark"]
        if arguments.task_bytes is not None:
            job += ["--task-bytes", str(arguments.task_bytes)]
        for round in range(1, arguments.rounds + 1):
            plain = gloss_analyze(gloss, inputs, scratch + "/gloss.jsonl")
            records, errors, spark_seconds = gloss_spark.run(spark, gloss_spark.parse_arguments(job))
            print(f"round {round}: gloss analyze -j 2 {plain:.1f} s; Spark local[2] {spark_seconds:.1f} s "
                  f"({records} records, {errors} errors); throughput Spark/gloss {plain / spark_seconds:.2f}")
        problems = match(read_lines(scratch + "/gloss.jsonl"), read_lines(scratch + "/spark"))
        print("records match one for one (ids; entity mentions, numbers, sentences per record; errors)"
              if not problems else "records differ: " + "; ".join(problems))
        spark.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
