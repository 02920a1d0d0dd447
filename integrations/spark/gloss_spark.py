"""Runs `gloss analyze` over archives as Spark tasks and writes the records as a Spark dataset.

    spark-submit --files .build/release/gloss gloss_spark.py [options] INPUT... OUTPUT

INPUT is a path or glob: a file Gloss reads (WARC, feed, Reuters, HTML, JSON Lines...) or a
directory of them, local or on a shared mount (read by `gloss` directly), or a URI of any
Hadoop filesystem the cluster has (hdfs://, s3a://, gs://, file://; fetched through Spark).

Plan: one task per input file; a local file larger than --shard-bytes becomes several tasks,
each running `gloss analyze FILE --shard K/N` (disjoint shards by record id). Each task runs
the binary in a subprocess and returns its JSON Lines; the DataFrame writer's commit protocol
keeps exactly one attempt of each task, so a retried task's partial output is never duplicated.

Output: JSON Lines exactly as `gloss analyze` writes them (default), or Parquet with the
record's fields as columns (--format parquet; RECORD_SCHEMA below). Error records stay in the
dataset: a line (or row) with an `error` field, as `gloss analyze` writes it.
"""

import argparse
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

START = time.time()

FULL_STAGES = "ingest,normalize,tokenize,sentences,numbers,entities,sentiment"

# The extensions `gloss analyze` reads inside directories (SourceOptions.documentExtensions and
# the standard readers' extensions); test_local.py checks a directory against gloss itself.
WALK_EXTENSIONS = {"txt", "text", "jsonl", "ndjson", "", "html", "htm", "xhtml", "shtml",
                   "xml", "rss", "atom", "rdf", "nitf", "sgm", "warc", "arc", "gz"}

_SPAN = "span ARRAY<INT>, chars ARRAY<INT>, source ARRAY<INT>"
_SCORE = "compound DOUBLE, pos DOUBLE, neu DOUBLE, neg DOUBLE"
# Gloss's record (README "Output") as a Spark schema: documents, tokens, sentences, entity
# mentions and entities, numbers, sentiment, diagnostics and the error of a failed input.
RECORD_SCHEMA = ", ".join([
    "id STRING", "source STRING", "text STRING",
    "metadata MAP<STRING, STRING>",  # lists (authors, keywords) arrive as JSON text
    "stats STRUCT<bytes: BIGINT, characters: BIGINT, tokens: BIGINT, sentences: BIGINT>",
    f"sentences ARRAY<STRUCT<{_SPAN}, tokens ARRAY<INT>>>",
    f"tokens ARRAY<STRUCT<{_SPAN}, kind STRING>>",
    "layers STRUCT<"
    f"entities: STRUCT<mentions: ARRAY<STRUCT<{_SPAN}, type STRING, confidence DOUBLE, entity INT>>, "
    "entities: ARRAY<STRUCT<id INT, name STRING, type STRING, mentions INT>>>, "
    f"numbers: ARRAY<STRUCT<{_SPAN}, kind STRING, value STRING, number DOUBLE, high STRING, bounds STRING, "
    "unit STRING, currency STRING, modifier STRING, comparator STRING, relative_to STRING, normalized STRING>>, "
    f"sentiment: STRUCT<{_SCORE}, combined DOUBLE, sentences: ARRAY<STRUCT<{_SPAN}, words INT, {_SCORE}>>, "
    f"entities: ARRAY<STRUCT<entity INT, name STRING, type STRING, sentences INT, {_SCORE}>>>>",
    "diagnostics ARRAY<STRUCT<stage STRING, message STRING, count BIGINT>>",
    "error STRUCT<stage STRING, message STRING>",
])


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT",
                        help="inputs (paths, globs, directories or Hadoop URIs), then the output dataset")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--gloss", default="gloss",
                        help="the gloss binary: the name of a file shipped with --files, or a path present on "
                             "every node (default: 'gloss', shipped or on PATH)")
    parser.add_argument("--stages", default=FULL_STAGES, help=f"passed to gloss (default: {FULL_STAGES})")
    parser.add_argument("-O", "--option", action="append", default=[], metavar="STAGE.KEY=VALUE",
                        help="a stage option passed to gloss (repeatable)")
    parser.add_argument("--gloss-arg", action="append", default=[], metavar="ARG",
                        help="any other `gloss analyze` argument, e.g. --gloss-arg=--tokens (repeatable)")
    parser.add_argument("--shard-bytes", type=int, default=256 << 20,
                        help="split a local file larger than this into shards, one task each (0: never)")
    parser.add_argument("--task-bytes", type=int, default=None,
                        help="pack consecutive local files into one task (one gloss process) until they reach "
                             "this size; 0: one task per file (default: the local bytes over twice the cores, "
                             "between 4 and 128 MiB, as Spark packs small files)")
    parser.add_argument("--master", default=None, help="Spark master when run with python, e.g. 'local[2,4]'")
    parser.add_argument("--mode", default="errorifexists", help="save mode: errorifexists or overwrite")
    parser.add_argument("--fail-first-attempt", default=None, metavar="SUBSTRING",
                        help="for testing retries: the first attempt of a task whose input contains SUBSTRING "
                             "kills its gloss after 5 records and fails")
    options = parser.parse_intermixed_args(argv)
    if len(options.paths) < 2:
        parser.error("give at least one INPUT and the OUTPUT")
    options.inputs, options.output = options.paths[:-1], options.paths[-1]
    return options


def is_hadoop_uri(path):
    """A path with a scheme (s3a://, hdfs://, file:/...) is read through Spark's Hadoop filesystems."""
    return "://" in path or path.startswith("file:")


def read_in_walks(name, all_files):
    """Whether `gloss analyze` reads a file of this name met in a directory walk."""
    return not name.startswith(".") and (all_files or os.path.splitext(name)[1][1:].lower() in WALK_EXTENSIONS)


def local_units(pattern, all_files, shard_bytes):
    """The tasks for a local path or glob: (path, shard or None), one per file, in sorted order."""
    matches = sorted(glob.glob(pattern)) or [pattern]  # a missing path still yields its error record
    files = []
    for match in matches:
        match = os.path.abspath(match)
        if not os.path.isdir(match):
            files.append(match)
            continue
        found = []
        for root, directories, names in os.walk(match, followlinks=True):
            directories[:] = [d for d in directories if not d.startswith(".")]
            found += [os.path.join(root, name) for name in names if read_in_walks(name, all_files)]
        # gloss walks each directory's entries in sorted order, files and folders together.
        files += sorted(found, key=lambda path: path.split(os.sep))
    units = []
    for path in files:
        size = os.path.getsize(path) if os.path.isfile(path) else 0
        count = -(-size // shard_bytes) if shard_bytes > 0 else 1
        units += [(path, None)] if count <= 1 else [(path, f"{k}/{count}") for k in range(1, count + 1)]
    return units


def hadoop_files(spark, pattern, all_files):
    """The files a Hadoop URI or glob names, directories listed recursively."""
    jvm = spark.sparkContext._jvm
    configuration = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(pattern)
    filesystem = path.getFileSystem(configuration)
    statuses = filesystem.globStatus(path) or []
    files = []
    for status in statuses:
        if not status.isDirectory():
            files.append(status.getPath().toString())
            continue
        listing = filesystem.listFiles(status.getPath(), True)
        while listing.hasNext():
            name = listing.next().getPath()
            if read_in_walks(name.getName(), all_files):
                files.append(name.toString())
    if not statuses:
        raise SystemExit(f"gloss_spark: {pattern} matches nothing; check the URI and the cluster's credentials")
    return sorted(files)


def pack(units, task_bytes):
    """Tasks from units: each shard alone; whole files one per task, or with --task-bytes, runs
    of consecutive files packed until they reach that size (one gloss start-up for many small files)."""
    tasks = []
    for path, shard in units:
        size = os.path.getsize(path) if os.path.isfile(path) else 0
        last = tasks[-1] if tasks else None
        if shard is None and last and last[1] is None and last[2] < task_bytes:
            tasks[-1] = (last[0] + [path], None, last[2] + size)
        else:
            tasks.append(([path], shard, size))
    return [(paths, shard) for paths, shard, _ in tasks]


def gloss_command(gloss, arguments, paths, shard):
    return [gloss, "analyze", *arguments, "--format", "jsonl", *paths] + (["--shard", shard] if shard else [])


def run_gloss(command, unit, fail_first_attempt):
    """Runs one gloss process and yields its records (JSON lines).

    Exit 0 or 1 (some inputs became error records) is success. A usage error (64) fails the
    job. A crash keeps the complete records written before it and adds one error record for
    the unit, so the unit's loss is data too, never silent.
    """
    from pyspark import TaskContext

    context = TaskContext.get()
    forced = fail_first_attempt and fail_first_attempt in unit and context and context.attemptNumber() == 0
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors)
        written = 0
        for line in process.stdout:
            if not line.endswith(b"\n"):
                break  # a record cut short by a crash
            yield line[:-1]
            written += 1
            if forced and written == 5:
                process.send_signal(signal.SIGKILL)
                process.wait()
                raise RuntimeError(f"forced failure of the first attempt for {unit} (--fail-first-attempt)")
        status = process.wait()
        errors.seek(0)
        problem = errors.read()[-2000:].decode("utf-8", "replace").strip()
    if status in (0, 1, 66):  # 1: some inputs are error records; 66: besides, a named input is missing
        return
    if status == 64:
        raise RuntimeError(f"gloss rejected its arguments ({' '.join(command)}): {problem}")
    reason = f"signal {-status}" if status < 0 else f"status {status}"
    message = f"gloss ended with {reason} after {written} records: {problem}"
    yield json.dumps({"id": unit, "source": unit, "error": {"stage": "gloss", "code": "gloss.crashed", "message": message}}).encode()


def analyze_local(tasks, gloss, arguments, fail_first_attempt):
    """The task for local files: one gloss process per (paths, shard)."""
    for paths, shard in tasks:
        unit = " ".join(paths) + (f" --shard {shard}" if shard else "")
        yield from run_gloss(gloss_command(gloss, arguments, paths, shard), unit, fail_first_attempt)


def analyze_fetched(files, gloss, arguments, fail_first_attempt):
    """The task for files fetched through Hadoop: each written to a local folder, then read by gloss.

    Record ids and sources name the original URI, not the local copy.
    """
    for uri, content in files:
        folder = tempfile.mkdtemp(prefix="gloss-spark-")
        try:
            local = os.path.join(folder, uri.rstrip("/").rsplit("/", 1)[-1])
            with open(local, "wb") as file:
                file.write(content)
            escaped = json.dumps(uri)[1:-1]
            prefixes = [(f'"{key}":"{local}'.encode(), f'"{key}":"{escaped}'.encode()) for key in ("id", "source")]
            for line in run_gloss(gloss_command(gloss, arguments, [local], None), uri, fail_first_attempt):
                for old, new in prefixes:
                    line = line.replace(old, new, 1)
                yield line
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def resolve_gloss(spark, name):
    """How tasks find the binary: ("shipped", NAME) for a file sent with --files/--archives, else a path."""
    shipped = {entry.rstrip("/").rsplit("/", 1)[-1]
               for key in ("spark.files", "spark.yarn.dist.files")
               for entry in spark.sparkContext.getConf().get(key, "").split(",") if entry}
    if os.sep not in name and name in shipped:
        return ("shipped", name)
    if os.sep in name:
        return os.path.abspath(name)
    return shutil.which(name) or name


def session(master=None):
    """A Spark session named gloss, quiet in the console."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("gloss").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def plan(spark, options):
    """The RDD of record lines: one partition (task) per local unit or fetched file."""
    task_cpus = int(spark.sparkContext.getConf().get("spark.task.cpus", "1"))
    arguments = ["--stages", options.stages, "-j", str(task_cpus)]
    arguments += [item for option in options.option for item in ("-O", option)] + options.gloss_arg
    all_files = "--all-files" in options.gloss_arg
    gloss = resolve_gloss(spark, options.gloss)
    fail = options.fail_first_attempt

    def binary():
        if isinstance(gloss, tuple):
            from pyspark import SparkFiles
            return SparkFiles.get(gloss[1])
        return gloss

    units, uris = [], []
    for pattern in options.inputs:
        if is_hadoop_uri(pattern):
            uris += hadoop_files(spark, pattern, all_files)
        else:
            units += local_units(pattern, all_files, options.shard_bytes)
    task_bytes = options.task_bytes
    if task_bytes is None:
        total = sum(os.path.getsize(path) for path, shard in units if shard is None and os.path.isfile(path))
        task_bytes = min(128 << 20, max(4 << 20, total // (2 * spark.sparkContext.defaultParallelism)))
    units = pack(units, task_bytes)
    context = spark.sparkContext
    parts = []
    if units:
        parts.append(context.parallelize(units, len(units)).mapPartitions(
            lambda part: analyze_local(part, binary(), arguments, fail)))
    if uris:
        fetched = context.binaryFiles(",".join(uris), minPartitions=len(uris))
        parts.append(fetched.mapPartitions(lambda part: analyze_fetched(part, binary(), arguments, fail)))
    print(f"gloss_spark: {len(units)} local tasks, {len(uris)} files through Hadoop", file=sys.stderr)
    return parts[0] if len(parts) == 1 else context.union(parts)


def text_frame(spark, lines):
    """A DataFrame with one string column, `value`, from an RDD of UTF-8 lines (bytes).

    The lines go to the JVM as raw bytes, not pickled rows: PySpark's own `saveAsTextFile` and
    `read.json(rdd)` hand strings over the same way (`_bypass_serializer`, `BytesToString`),
    several times faster than `createDataFrame` for records of tens of kilobytes.
    """
    from pyspark.sql import DataFrame

    lines = lines.mapPartitions(lambda part: part)  # a pipelined RDD, whose output the flag below affects
    lines._bypass_serializer = True
    jvm = spark.sparkContext._jvm
    strings = lines._jrdd.map(jvm.BytesToString())
    dataset = spark._jsparkSession.createDataset(strings.rdd(), jvm.org.apache.spark.sql.Encoders.STRING())
    return DataFrame(dataset.toDF(), spark)  # a Dataset[String] has one column, value


def run(spark, options):
    """Analyses the inputs and writes the dataset; returns (records, errors, seconds analysing)."""
    from pyspark.sql import functions as F

    started = time.time()
    frame = text_frame(spark, plan(spark, options))
    if options.format == "parquet":
        frame.select(F.from_json("value", RECORD_SCHEMA).alias("record")).select("record.*") \
            .write.mode(options.mode).parquet(options.output)
    else:
        frame.write.mode(options.mode).text(options.output)
    analysed = time.time()
    print(f"gloss_spark: analysed and wrote in {analysed - started:.1f} s", file=sys.stderr)

    if options.format == "parquet":
        written = spark.read.parquet(options.output)
        errors = written.filter(F.col("error").isNotNull()).count()
    else:
        written = spark.read.text(options.output)
        errors = written.filter(F.get_json_object("value", "$.error").isNotNull()).count()
    records = written.count()
    print(f"gloss_spark: {records} records, {errors} errors in {options.output} "
          f"(counted in {time.time() - analysed:.1f} s)", file=sys.stderr)
    return records, errors, analysed - started


def main(argv):
    options = parse_arguments(argv)
    spark = session(options.master)
    print(f"gloss_spark: Spark ready in {time.time() - START:.1f} s (JVM start-up and session)", file=sys.stderr)
    run(spark, options)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
