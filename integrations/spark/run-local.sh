#!/usr/bin/env bash
# Runs the Spark job on this machine with two cores: run-local.sh [job options] INPUT... OUTPUT
#
# Makes the pinned pyspark environment if it is missing (venv.sh), builds the relocatable
# release binary, and runs gloss_spark.py with master local[2,4]: two cores, and up to four
# attempts per task as on a cluster (plain local[2] never retries a task).
# Job options: --format parquet, --stages, -O stage.key=value, --gloss-arg ARG, --mode overwrite
# (python3 gloss_spark.py --help lists them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ $# -lt 2 ]; then
    echo "usage: $0 [job options] INPUT... OUTPUT" >&2
    exit 64
fi
python=$("$here/venv.sh")
if [ -z "${GLOSS_BINARY:-}" ]; then
    echo "run-local.sh: building the release binary (swift build -c release --static-swift-stdlib)" >&2
    (cd "$root" && swift build -c release --static-swift-stdlib >&2)
    GLOSS_BINARY="$root/.build/release/gloss"
fi

export PYSPARK_PYTHON="$python" PYSPARK_DRIVER_PYTHON="$python" SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec "$python" "$here/gloss_spark.py" --master 'local[2,4]' --gloss "$GLOSS_BINARY" "$@"
