#!/usr/bin/env bash
# Gloss and its peers (trafilatura, spaCy, VADER, Recognizers-Text) side by side: builds the
# peers' Python environment from PyPI, builds Gloss's release binaries, then runs peers.py,
# which times both on the same documents in the same session and prints Gloss/peer ratios.
#
#   Benchmarks/peers/run.sh [--venv DIR] [peers.py options: --quick, --rounds N, --seconds S,
#                            --documents N, --tasks a,b, --aeb DIR, --json FILE ...]
#
# The environment goes to Benchmarks/peers/.venv (git ignores it) unless --venv or PEERS_VENV
# names another folder; it is reinstalled when requirements.txt changes. PYTHON picks the
# interpreter (default python3.11 when present: the Recognizers-Text release is from 2019).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
venv=${PEERS_VENV:-$here/.venv}

forward=()
while (($#)); do
    case $1 in
        --venv) venv=$2; shift 2 ;;
        --venv=*) venv=${1#--venv=}; shift ;;
        *) forward+=("$1"); shift ;;
    esac
done

if [[ -z ${PYTHON:-} ]]; then
    if command -v python3.11 >/dev/null; then PYTHON=python3.11; else PYTHON=python3; fi
fi

# The peers' environment: made once, reinstalled only when the pins change.
if [[ ! -x $venv/bin/python ]]; then
    echo "peers: creating $venv with $("$PYTHON" --version)" >&2
    "$PYTHON" -m venv "$venv"
fi
if ! cmp -s "$here/requirements.txt" "$venv/.installed-requirements.txt"; then
    echo "peers: installing the pinned peers from PyPI (a few minutes the first time)" >&2
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$venv/.installed-requirements.txt"
fi

# Gloss: the release build of this checkout.
echo "peers: building Gloss (swift build -c release)" >&2
swift build -c release --package-path "$root" >&2
bin=$(swift build -c release --package-path "$root" --show-bin-path)

# One core each: keep numerical libraries on the peers' side to one thread too.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
exec "$venv/bin/python" "$here/peers.py" --bin "$bin" "${forward[@]}"
