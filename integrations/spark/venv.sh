#!/usr/bin/env bash
# Makes (once) the Python environment the Spark job runs in, and prints its python's path.
#
# The environment lives outside the repository, in ${GLOSS_SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/gloss-spark-venv},
# so that later runs and CI reuse it. It holds a pinned pyspark from PyPI, which brings its own
# Spark jars but needs a Java runtime (17 here; Spark 3.5 runs on Java 8, 11 or 17).
set -euo pipefail

PYSPARK_VERSION=3.5.7
venv=${GLOSS_SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/gloss-spark-venv}

if ! command -v java >/dev/null 2>&1; then
    echo "venv.sh: no 'java' on PATH: Spark needs a Java runtime 8, 11 or 17 (Debian: apt-get install -y openjdk-17-jre-headless)" >&2
    exit 1
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    echo "venv.sh: installing pyspark==$PYSPARK_VERSION into $venv (once; about 320 MB)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION" >&2
fi
echo "$venv/bin/python"
