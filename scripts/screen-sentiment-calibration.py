#!/usr/bin/env python3
"""Screens calibration models for the sentiment stage outside Gloss: a re-implementation of
`CalibrationTrainer` (Sources/Stages/Sentiment/CalibrationTrainer.swift) over the evidence that
`gloss train sentiment --evidence FILE --evidence-grid` writes, so that a feature, a target
transform or a model can be measured by nested leave-one-domain-out in seconds before it is
written in Swift.

    gloss train sentiment tweets.txt movie.txt amazon.txt --output /tmp/cal.txt \\
        --evidence /tmp/grid.tsv --evidence-grid [--held-out proxy-dev.tsv]
    python3 scripts/screen-sentiment-calibration.py /tmp/grid.tsv [VARIANT ...]

A VARIANT is `feature,feature,...[:target]`: features by the names of FEATURES below (the
trainer's own and non-linear maps of the compound; a candidate is a function of the evidence
columns, so a new evidence field is screened by adding it to `SentimentEvidence` and to the
table `gloss train sentiment` writes, as commit 0aafc6e did for the clause-structure rows of
docs/accuracy.md, taken out again for the stage's speed), target one of
`raw` (the ratings as they are), `spread` (each domain's ratings brought to the domains' mean
standard deviation: the trainer's default since 2026-12-06), `z` (centred too) or `rank`
(normal scores of the ranks). Without variants it runs the table of docs/accuracy.md
("calibration models"). For each variant it prints the nested leave-one-domain-out r of each
development set (the clause factors and λ chosen on the other two, as `gloss evaluate
sentiment --cross-domain` does), and the r of every held-out file under the calibration trained
on all three. The grid, the λs, the choice rule (least held-out gain, the most penalised within
half a standard error) and the ridge (standardised features, the first unpenalised, each domain
weighing the same) are the trainer's; on the shipped features it gives the trainer's weights
to the last digit. Needs numpy (and scipy for `rank`).
"""
import math
import sys

import numpy as np

ALPHA = 15.0
SETS = ["tweets_GroundTruth.txt", "movieReviewSnippets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt"]
LAMBDAS = (300, 1000, 3000, 10000)


def n(x):
    return np.clip(x / np.sqrt(x * x + ALPHA), -1, 1)


def root(e):
    return np.sqrt(e["words"] + 1)


FEATURES = {
    # the trainer's (SentimentCalibration.Feature)
    "compound": lambda e: n(e["valence"]),
    "positive": lambda e: n(e["positive"]),
    "negative": lambda e: n(e["negative"]),
    "density": lambda e: e["valence"] / root(e),
    "mean": lambda e: (e["positive"] + e["negative"]) / np.maximum(e["rated"], 1),
    "cubic": lambda e: n(e["valence"]) ** 3,
    "brevity": lambda e: n(e["valence"]) / np.sqrt(np.maximum(e["words"], 1)),
    "reported": lambda e: e["reported"] / root(e),
    "hedged": lambda e: e["hedged"] / root(e),
    # non-linear maps of the compound
    "hingeZero": lambda e: np.maximum(0, n(e["valence"])),
    "hingeHigh": lambda e: np.maximum(0, n(e["valence"]) - 0.5),
    "hingeLow": lambda e: np.minimum(0, n(e["valence"]) + 0.5),
    "logLength": lambda e: n(e["valence"]) * np.log(np.maximum(e["words"], 1)),
    "brevityMean": lambda e: (e["positive"] + e["negative"]) / np.maximum(e["rated"], 1)
    / np.sqrt(np.maximum(e["words"], 1)),
}

SHIPPED = "compound,mean,density,brevity"
TABLE = [SHIPPED + ":raw", SHIPPED + ":spread", SHIPPED + ":z", SHIPPED + ":rank"] + [
    f"{SHIPPED},{extra}:raw" for extra in [
        "hingeZero", "hingeHigh,hingeLow", "logLength", "cubic", "brevityMean", "positive", "negative", "reported",
        "hedged"]
] + [f"{SHIPPED},{extra}:spread" for extra in ["cubic", "hedged"]]


def load(path):
    """The grid: [(factors, {domain: (fields, ratings)})], in the file's order of settings."""
    settings = []
    index = {}
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[:3] == ["reported", "hedged", "counterfactual"], "write the file with --evidence-grid"
        columns = header[5:]
        for line in f:
            parts = line.rstrip("\n").split("\t")
            factors = tuple(float(x) for x in parts[:3])
            if factors not in index:
                index[factors] = len(settings)
                settings.append((factors, {}))
            rows = settings[index[factors]][1].setdefault(parts[3], [])
            rows.append([float(x) for x in parts[4:]])
    grid = []
    for factors, domains in settings:
        tables = {}
        for domain, rows in domains.items():
            a = np.array(rows)
            fields = {c: a[:, i + 1] for i, c in enumerate(columns)}
            tables[domain] = (fields, a[:, 0])
        grid.append((factors, tables))
    return grid


def ridge(x, y, w, lam, free=1):
    """RidgeRegression: weighted, standardised features, the first `free` unpenalised."""
    rows, k = x.shape
    w = w * rows / w.sum()
    mean = (w[:, None] * x).sum(0) / rows
    mean_y = (w * y).sum() / rows
    spread = np.sqrt((w[:, None] * (x - mean) ** 2).sum(0) / rows)
    safe = np.where(spread > 0, spread, 1)
    z = np.where(spread > 0, (x - mean) / safe, 0)
    a = (z * w[:, None]).T @ z
    b = (z * w[:, None]).T @ (y - mean_y)
    for p in range(k):
        a[p, p] += (0 if p < free else lam) + (0 if spread[p] > 0 else 1)
    coefficients = np.where(spread > 0, np.linalg.solve(a, b) / safe, 0)
    return coefficients, mean_y - coefficients @ mean


def pearson(x, y):
    x = x - x.mean()
    y = y - y.mean()
    d = math.sqrt((x * x).sum() * (y * y).sum())
    return float((x * y).sum() / d) if d > 0 else 0.0


def target(y, how, common):
    if how == "raw":
        return y
    if how == "spread":
        return y / y.std() * common
    if how == "z":
        return (y - y.mean()) / y.std() * common
    if how == "rank":
        from scipy.stats import norm, rankdata
        return norm.ppf((rankdata(y) - 0.5) / len(y)) * common
    raise ValueError(how)


class Trainer:
    def __init__(self, grid, features, how):
        self.grid, self.features, self.how = grid, features, how
        self.cache = {}

    def rows(self, g, domain):
        if (g, domain) not in self.cache:
            fields, ratings = self.grid[g][1][domain]
            self.cache[(g, domain)] = (np.column_stack([FEATURES[f](fields) for f in self.features]), ratings)
        return self.cache[(g, domain)]

    def fit(self, g, domains, lam):
        common = float(np.mean([self.rows(g, d)[1].std() for d in domains]))
        xs, ys, ws = zip(*[(x, target(y, self.how, common), np.full(len(y), 1 / len(y)))
                           for x, y in (self.rows(g, d) for d in domains)])
        return ridge(np.vstack(xs), np.concatenate(ys), np.concatenate(ws), lam)

    def train(self, domains):
        candidates = []
        baseline = [pearson(self.rows(0, d)[0][:, 0], self.rows(0, d)[1]) for d in domains]
        for g in range(len(self.grid)):
            for lam in LAMBDAS:
                held = []
                for d in domains:
                    coefficients, intercept = self.fit(g, [o for o in domains if o != d], lam)
                    x, y = self.rows(g, d)
                    held.append(pearson(x @ coefficients + intercept, y))
                candidates.append((g, lam, min(h - b for h, b in zip(held, baseline)), held))
        best = candidates[0]
        for c in candidates[1:]:
            if c[2] > best[2] + 1e-9:
                best = c
        sizes = [len(self.rows(0, d)[1]) for d in domains]
        error = min((1 - h * h) / math.sqrt(max(s, 1)) for h, s in zip(best[3], sizes))
        chosen = best
        for c in candidates:
            if c[2] >= best[2] - 0.5 * error - 1e-12 and (
                    c[1] > chosen[1] or (c[1] == chosen[1] and c[2] > chosen[2] + 1e-9)):
                chosen = c
        return chosen[0], chosen[1], self.fit(chosen[0], domains, chosen[1])[0]

    def score(self, g, coefficients, domain):
        x, y = self.rows(g, domain)
        return np.clip(x @ coefficients / 4, -1, 1), y


def run(grid, variant):
    spec, _, how = variant.partition(":")
    trainer = Trainer(grid, spec.split(","), how or "spread")
    lodo = []
    for d in SETS:
        g, lam, coefficients = trainer.train([o for o in SETS if o != d])
        lodo.append(pearson(*trainer.score(g, coefficients, d)))
    g, lam, coefficients = trainer.train(SETS)
    held = [(d, pearson(*trainer.score(g, coefficients, d))) for d in grid[g][1] if d not in SETS]
    factors = "reported=%g hedged=%g counterfactual=%g" % grid[g][0]
    print(f"{variant:55s} " + " ".join(f"{r:.5f}" for r in lodo)
          + "".join(f"  {d} {r:.5f}" for d, r in held)
          + f"  [{factors} lambda={lam} weights {' '.join(f'{c:.4f}' for c in coefficients)}]", flush=True)


def main():
    grid = load(sys.argv[1])
    print("variant (features:target)".ljust(55) + " tweets  movie   Amazon (left out)  held-out files")
    for variant in sys.argv[2:] or TABLE:
        run(grid, variant)


if __name__ == "__main__":
    main()
