"""What the blind number probe sets' build scripts share (build-number-probes-genres.py,
build-number-probes-registers.py): a case's JSON in the spec files' format, the check that no input
repeats an earlier set's, and the writing of one file per model and group.

A script makes `ProbeSet(NAME)`, adds its cases with `add`, and calls `write` with its builders.
"""
import glob
import json
import os

PROBES = os.path.join("Tests", "GlossNumbersTests", "Probes")
KINDS = {"Number": "number", "NumberRange": "numberrange", "Currency": "currency", "Dimension": "dimension",
         "Percent": "percentage", "Temperature": "temperature", "Age": "age"}


def fraction(numerator, denominator):
    """A fraction's value as the spec files write it (a double's shortest text)."""
    return repr(numerator / denominator)


class ProbeSet:
    """The cases of one probe set, by file (`<Model>Model-<group>`), written to Probes/NAME."""

    def __init__(self, name):
        self.name = name
        self.out = os.path.join(PROBES, name)
        self.files = {}

    def add(self, model, group, text, *results):
        """One case: results are (span, value) or (span, value, unit) in order of appearance."""
        found, cursor = [], 0
        for span, value, *unit in results:
            start = text.find(span, cursor)
            assert start >= 0, (text, span)
            cursor = start + len(span)
            resolution = {"value": value}
            if unit:
                resolution["unit"] = unit[0]
            found.append({"Text": span, "TypeName": KINDS[model], "Resolution": resolution,
                          "Start": start, "End": start + len(span) - 1})
        self.files.setdefault(f"{model}Model-{group}", []).append({"Input": text, "Results": found})

    def earlier_inputs(self):
        """The inputs of every other probe file, which this set must not repeat."""
        texts = set()
        for path in glob.glob(os.path.join(PROBES, "**", "*.json"), recursive=True):
            if os.sep + self.name + os.sep in path:
                continue
            with open(path, encoding="utf-8") as source:
                texts |= {case["Input"] for case in json.load(source)}
        return texts

    def write(self, builders):
        """Runs the builders (each adds its cases), checks no input is an earlier set's, writes the files."""
        for build in builders:
            build()
        earlier = self.earlier_inputs()
        os.makedirs(self.out, exist_ok=True)
        total = 0
        for name, rows in sorted(self.files.items()):
            assert not any(row["Input"] in earlier for row in rows), name
            with open(os.path.join(self.out, name + ".json"), "w", encoding="utf-8") as out:
                json.dump(rows, out, ensure_ascii=False, indent=2)
                out.write("\n")
            total += len(rows)
        print(f"{total} cases in {len(self.files)} files")
