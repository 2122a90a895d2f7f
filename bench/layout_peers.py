#!/usr/bin/python3
"""python-igraph's Fruchterman-Reingold on an edge list written by knp_bench_layout.

    layout_peers.py EDGES.txt --out POSITIONS.tsv [--repeats R] [--seed S]

Reads the edge list ("# " comments, two names per line), runs
Graph.layout_fruchterman_reingold() with igraph's defaults (500 iterations, grid for large
graphs) R times from seeded random starts, prints the median time as key=value lines and
writes the last positions as "name<TAB>x<TAB>y" for `knp_bench_layout --score`.
"""
import argparse
import random
import statistics
import sys
import time

try:
    import igraph
except ImportError:
    print("igraph_skipped=python3-igraph is not installed (apt-get install python3-igraph)")
    sys.exit(0)


def read_edges(path):
    names, index, edges = [], {}, []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            if len(line) != 2:
                sys.exit(f"{path}: a line with {len(line)} names")
            ends = []
            for name in line:
                if name not in index:
                    index[name] = len(names)
                    names.append(name)
                ends.append(index[name])
            edges.append(tuple(ends))
    return names, edges


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("--out", required=True)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    names, edges = read_edges(args.edges)
    graph = igraph.Graph(n=len(names), edges=edges)
    random.seed(args.seed)
    igraph.set_random_number_generator(random)
    times, layout = [], None
    for _ in range(max(1, args.repeats)):
        start = time.perf_counter()
        layout = graph.layout_fruchterman_reingold()
        times.append(time.perf_counter() - start)
    with open(args.out, "w", encoding="utf-8") as out:
        for name, (x, y) in zip(names, layout.coords):
            out.write(f"{name}\t{x!r}\t{y!r}\n")
    print(f"igraph_version={igraph.__version__}")
    print(f"igraph_fr_s={statistics.median(times):.6f}")


if __name__ == "__main__":
    main()
