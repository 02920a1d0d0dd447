#!/usr/bin/env python3
"""Prints Gloss's module graph (which target imports which) and fails if it has a cycle.

Reads the graph from SwiftPM itself (`swift package describe --type json`), so it shows what
the manifest declares, not what a drawing remembers. Test targets are left out unless
`--tests` is given; system libraries (CLibXML2, CZlib) and other packages' products are shown
as leaves.

    scripts/module-graph.py            # the graph, one module a line, lightest first
    scripts/module-graph.py --tests    # with the test targets
    scripts/module-graph.py --json FILE  # read a saved `describe` output instead

Exit status: 0 when the graph has no cycle, 1 when it has one (the cycle is printed), 2 when
`swift package describe` fails.
"""
import json
import subprocess
import sys


def load(argv):
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1]) as file:
            return json.load(file)
    try:
        out = subprocess.run(
            ["swift", "package", "describe", "--type", "json"], check=True, capture_output=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"module-graph: `swift package describe` failed ({error}); run it in the package's folder", file=sys.stderr)
        sys.exit(2)
    return json.loads(out)


def graph(package, tests):
    edges = {}
    for target in package["targets"]:
        if target["type"] == "test" and not tests:
            continue
        deps = list(target.get("target_dependencies", []))
        deps += [f"{name} (package)" for name in target.get("product_dependencies", [])]
        edges[target["name"]] = sorted(deps)
    return edges


def find_cycle(edges):
    """A list of modules that form a cycle, or None."""
    state = {}  # absent: unvisited; 1: on the current path; 2: done

    def visit(node, path):
        state[node] = 1
        for dep in edges.get(node, []):
            if state.get(dep) == 1:
                return path[path.index(dep):] + [dep] if dep in path else [node, dep]
            if dep not in state:
                cycle = visit(dep, path + [dep])
                if cycle:
                    return cycle
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            cycle = visit(node, [node])
            if cycle:
                return cycle
    return None


def depth(edges):
    """Each module's longest path to a leaf: 0 for leaves, so lighter modules print first."""
    memo = {}

    def of(node):
        if node not in memo:
            memo[node] = 0
            memo[node] = 1 + max((of(dep) for dep in edges.get(node, [])), default=-1)
        return memo[node]

    return {node: of(node) for node in edges}


def main(argv):
    edges = graph(load(argv), "--tests" in argv)
    cycle = find_cycle(edges)
    if cycle:
        print("module-graph: cycle: " + " → ".join(cycle), file=sys.stderr)
        return 1
    levels = depth(edges)
    width = max(len(name) for name in edges)
    for name in sorted(edges, key=lambda n: (levels[n], n)):
        deps = ", ".join(edges[name]) or "—"
        print(f"{name.ljust(width)}  → {deps}")
    print(f"{len(edges)} modules, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
