#!/usr/bin/python3
"""Times python-igraph's betweenness on an edge-list file, as the reference for
knp_bench_betweenness (see bench/README.md).

    igraph_betweenness.py EDGES [--repeats R] [--compare SCORES.tsv] [--scores-out FILE]

EDGES: one undirected edge per line, "NAME NAME"; blank lines and lines starting with '#'
are skipped (the format bench/random_graph.cpp writes). Vertices are the names that occur.

Times Graph.betweenness(directed=False) with time.perf_counter, R times (default 3), and
reports the median; reading the file and building the graph are not timed. igraph counts each
unordered pair of vertices once, as knp::computeBetweenness does.

--compare SCORES.tsv: a table "name<TAB>degree<TAB>betweenness" (a header line starting with
"name" is skipped), e.g. from knp_bench_betweenness --scores-out. Prints the largest relative
difference of the scores, |igraph - theirs| / max(|igraph|, |theirs|, 1e-12 * largest score),
and exits with status 1 when it exceeds 1e-6 or a degree or vertex differs.
--scores-out FILE: writes igraph's scores in the same TSV form.

Prints readable lines and key=value lines (igraph_s=..., igraph_max_rel_diff=...). Without
python3-igraph it says "skipped: ..." and exits with status 0.
"""
import argparse
import statistics
import sys
import time

TOLERANCE = 1e-6


def read_edges(path):
    """Vertex names in order of first appearance, and the edges as index pairs."""
    index = {}
    edges = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 2:
                sys.exit(f"{path}:{number}: expected two names, found {len(parts)}")
            a, b = (index.setdefault(name, len(index)) for name in parts)
            edges.append((a, b))
    names = [None] * len(index)
    for name, i in index.items():
        names[i] = name
    return names, edges


def read_scores(path):
    """{name: (degree, betweenness)} from a name/degree/betweenness TSV."""
    scores = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if number == 1 and fields[0] == "name":
                continue
            if len(fields) != 3:
                sys.exit(f"{path}:{number}: expected name, degree, betweenness")
            scores[fields[0]] = (int(fields[1]), float(fields[2]))
    return scores


def compare(names, degrees, ours, theirs):
    """Largest relative difference of scores, and a list of problems found on the way."""
    problems = []
    largest = max([abs(s) for s in ours] + [abs(s) for _, s in theirs.values()] + [0.0])
    floor = 1e-12 * largest if largest > 0 else 1e-300
    worst = 0.0
    for name, degree, score in zip(names, degrees, ours):
        if name not in theirs:
            problems.append(f"vertex {name} is missing from the table")
            continue
        their_degree, their_score = theirs[name]
        if their_degree != degree:
            problems.append(f"vertex {name}: degree {degree} here, {their_degree} in the table")
        worst = max(worst, abs(score - their_score) / max(abs(score), abs(their_score), floor))
    seen = set(names)
    for name, (degree, score) in theirs.items():
        # Isolated vertices cannot appear in an edge list; they must have nothing.
        if name not in seen and (degree != 0 or score != 0.0):
            problems.append(f"vertex {name} of the table is not in the edge list")
    return worst, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("edges", help="edge-list file, one 'NAME NAME' per line")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs; the median is reported (default 3)")
    parser.add_argument("--compare", metavar="TSV", help="name<TAB>degree<TAB>betweenness to compare with")
    parser.add_argument("--scores-out", metavar="FILE", help="write igraph's scores as TSV")
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")

    try:
        import igraph
    except ImportError:
        print("skipped: python3-igraph not installed (apt-get install python3-igraph)")
        return 0

    names, edges = read_edges(args.edges)
    graph = igraph.Graph(n=len(names), edges=edges, directed=False)
    if not graph.is_simple():
        # The benchmark's convention is a simple graph (knp::SimpleGraph merges and drops).
        graph.simplify(multiple=True, loops=True)
        print("note: the edge list has loops or repeated edges; they were dropped")

    times = []
    scores = None
    for _ in range(args.repeats):
        start = time.perf_counter()
        scores = graph.betweenness(directed=False)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"igraph {igraph.__version__}: betweenness of {graph.vcount()} vertices, {graph.ecount()} edges: "
          f"median {median:.3f} s of {args.repeats} ({', '.join(f'{t:.3f}' for t in times)})")

    degrees = graph.degree()
    if args.scores_out:
        with open(args.scores_out, "w", encoding="utf-8") as f:
            f.write("name\tdegree\tbetweenness\n")
            for name, degree, score in zip(names, degrees, scores):
                f.write(f"{name}\t{degree}\t{score!r}\n")

    status = 0
    lines = [f"igraph_version={igraph.__version__}", f"igraph_repeats={args.repeats}", f"igraph_s={median:.6f}"]
    if args.compare:
        worst, problems = compare(names, degrees, scores, read_scores(args.compare))
        for problem in problems[:10]:
            print(f"MISMATCH: {problem}")
        agree = worst <= TOLERANCE and not problems
        print(f"compared with {args.compare}: max relative difference {worst:.3g} "
              f"({'agree' if agree else 'DIFFER'} within {TOLERANCE:g})")
        lines.append(f"igraph_max_rel_diff={worst:.3g}")
        status = 0 if agree else 1
    print("# key=value")
    print("\n".join(lines))
    return status


if __name__ == "__main__":
    sys.exit(main())
