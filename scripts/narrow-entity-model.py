#!/usr/bin/env python3
"""Rewrites a version-5 entities.model (Int16 weights) as version 6 (Int8 weights).

The bundled model (Sources/Stages/Entities/Model/entities.model, since 01c3a03) is the
version-5 model that scripts/train-entities.sh made at 466ea33, rounded by this script:

    git show 2afde37:Sources/Stages/Entities/Model/entities.model > /tmp/v5.model
    python3 scripts/narrow-entity-model.py /tmp/v5.model Sources/Stages/Entities/Model/entities.model

scripts/rebuild-bundled-entity-model.sh makes the version-5 file again from 466ea33's tree
(instead of taking it from 2afde37) and runs this script on it, byte for byte.

It quantises the version-5 model's weights (each Int16 step times the file's scale, as Float32)
exactly as `EntityModel(bits:weights:)` quantises a trainer's floats: the scale is the largest
magnitude / 127 (Float32 division), each weight is divided by it and rounded half away from
zero, and a row whose nine weights all round to 0 is left out. The same header otherwise
(magic, tags, bits, row count, scale, temperature), then the kept rows' indices (UInt32,
ascending) and their Int8 weights, nine a row. A model trained anew by train-entities.sh is
written as version 6 by `gloss train entities` itself and needs no narrowing.

Deterministic; needs numpy. Prints the rows and bytes before and after.
"""
import struct
import sys

import numpy as np


def narrow(data: bytes) -> bytes:
    if data[:8] != b"GLOSSNER":
        raise SystemExit("not an entities model (no GLOSSNER magic)")
    version, tags, bits, count = struct.unpack("<4I", data[8:24])
    if version != 5:
        raise SystemExit(f"version {version}: only version 5 (Int16 weights) is narrowed")
    scale16, temperature = struct.unpack("<2f", data[24:32])
    if len(data) != 32 + count * (4 + 2 * tags):
        raise SystemExit("truncated model")
    rows = np.frombuffer(data[32 : 32 + 4 * count], dtype="<u4")
    steps = np.frombuffer(data[32 + 4 * count :], dtype="<i2").reshape(count, tags)
    weights = steps.astype(np.float32) * np.float32(scale16)
    largest = np.float32(np.abs(weights).max()) if count else np.float32(0)
    scale = largest / np.float32(127) if largest > 0 else np.float32(1)
    quotient = (weights / scale).astype(np.float64)  # the Float32 quotient, exactly
    rounded = np.sign(quotient) * np.floor(np.abs(quotient) + 0.5)  # half away from zero
    quantised = np.clip(rounded, -127, 127).astype(np.int8)
    keep = (quantised != 0).any(axis=1)
    header = b"GLOSSNER" + struct.pack("<4I", 6, tags, bits, int(keep.sum()))
    header += struct.pack("<2f", float(scale), temperature)
    return header + rows[keep].astype("<u4").tobytes() + quantised[keep].tobytes()


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit("usage: narrow-entity-model.py VERSION5.model OUT.model")
    data = open(sys.argv[1], "rb").read()
    out = narrow(data)
    with open(sys.argv[2], "wb") as file:
        file.write(out)
    before = struct.unpack("<I", data[20:24])[0]
    after = struct.unpack("<I", out[20:24])[0]
    print(f"{before} rows, {len(data)} bytes -> {after} rows, {len(out)} bytes")


if __name__ == "__main__":
    main()
