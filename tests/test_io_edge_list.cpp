#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "analysis/betweenness.hpp"
#include "analysis/simple_graph.hpp"
#include "bounded_run.hpp"
#include "io/edge_list.hpp"

using namespace knp;
using Catch::Matchers::Contains;

namespace {

using EdgeVector = std::vector<std::pair<VertexIndex, VertexIndex>>;
using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("edge lists skip comments and blank lines and accept CRLF", "[io][edge_list]") {
  //   alpha ── beta ── gamma ── alpha   (a triangle, written with Windows line ends)
  const EdgeList list = parseEdgeList(
      "# Kanten des Beispiels\r\n"
      "alpha beta\r\n"
      "\r\n"
      "   \t  \r\n"
      "beta gamma # ein Kommentar hinter der Kante\r\n"
      "#alpha omega\r\n"
      "gamma alpha");  // no line end at the very end
  CHECK(list.problems.empty());
  CHECK(list.names == Names{"alpha", "beta", "gamma"});
  CHECK(list.edges == EdgeVector{{0, 1}, {1, 2}, {2, 0}});
  CHECK(list.selfLoops == 0);
}

TEST_CASE("edge lists: with a tab only tabs separate, so names may hold spaces", "[io][edge_list]") {
  SECTION("tab-separated names with spaces and umlauts") {
    //   "Verein Ä" ── "Schule Ö" ── "Stadt Hattingen – Integration"
    const EdgeList list = parseEdgeList(
        "Verein Ä\tSchule Ö\n"
        "Schule Ö\tStadt Hattingen – Integration\r\n");
    CHECK(list.problems.empty());
    CHECK(list.names == Names{"Verein Ä", "Schule Ö", "Stadt Hattingen – Integration"});
    CHECK(list.edges == EdgeVector{{0, 1}, {1, 2}});
  }
  SECTION("one tab makes the spaces of that line part of the names") {
    const EdgeList list = parseEdgeList("a b\tc\n");
    CHECK(list.problems.empty());
    CHECK(list.names == Names{"a b", "c"});
  }
  SECTION("spaces around the tabs are not part of the names") {
    // Otherwise "Schule Ö " and "Schule Ö" would be two nodes that look the same.
    const EdgeList list = parseEdgeList("  Verein Ä \t Schule Ö  \nSchule Ö\tVerein Ä\n");
    CHECK(list.problems.empty());
    CHECK(list.names == Names{"Verein Ä", "Schule Ö"});
    CHECK(list.edges == EdgeVector{{0, 1}, {1, 0}});
  }
  SECTION("the tab rule is per line") {
    const EdgeList list = parseEdgeList("Neue Wege\tVHS\nVHS   AWO\n");
    CHECK(list.problems.empty());
    CHECK(list.names == Names{"Neue Wege", "VHS", "AWO"});
    CHECK(list.edges == EdgeVector{{0, 1}, {1, 2}});
  }
}

TEST_CASE("edge lists without tabs split on any run of spaces", "[io][edge_list]") {
  const EdgeList list = parseEdgeList("eins   zwei\n   drei vier   \n");
  CHECK(list.problems.empty());
  CHECK(list.names == Names{"eins", "zwei", "drei", "vier"});
  CHECK(list.edges == EdgeVector{{0, 1}, {2, 3}});
}

TEST_CASE("edge list nodes are numbered in order of first appearance", "[io][edge_list]") {
  //   z ── y ── x        w ── z
  const EdgeList list = parseEdgeList("z y\ny x\nw z\n");
  CHECK(list.names == Names{"z", "y", "x", "w"});
  CHECK(list.edges == EdgeVector{{0, 1}, {1, 2}, {3, 0}});  // as written, direction kept
}

TEST_CASE("edge list self-loops are counted and kept", "[io][edge_list]") {
  //   ⟲a ── b⟲
  const EdgeList list = parseEdgeList("a a\na b\nb b\n");
  CHECK(list.problems.empty());
  CHECK(list.names == Names{"a", "b"});
  CHECK(list.selfLoops == 2);
  CHECK(list.edges == EdgeVector{{0, 0}, {0, 1}, {1, 1}});
  // The simple graph drops them.
  const SimpleGraph graph = SimpleGraph::fromEdges(list.names.size(), list.edges);
  CHECK(graph.edgeCount() == 1);
}

TEST_CASE("edge list errors name the line and the column in characters", "[io][edge_list]") {
  const EdgeList list = parseEdgeList(
      "# Kopfzeile\n"                        // 1
      "a b\n"                                // 2
      "\n"                                   // 3
      "   einsam\n"                          // 4: one name; 3 spaces before it: column 4
      "Ä Ö Üx\n"                             // 5: a third name; "Ä Ö " is 4 characters (6 bytes): column 5
      "Straße 1\tÄrzte\tdritte\tvierte\r\n"  // 6: "Straße 1" 8 + tab + "Ärzte" 5 + tab = 15 characters
                                             //    (17 bytes) before the third name: column 16
      "c d\r\n"                              // 7
      "  \tÖl # nur ein Name\n");            // 8: tab-separated; "  \t" is 3 characters: column 4
  REQUIRE(list.problems.size() == 4);

  CHECK(list.problems[0].severity == Severity::Error);
  CHECK(list.problems[0].line == 4);
  CHECK(list.problems[0].column == 4);
  CHECK_THAT(list.problems[0].message, Contains("einsam"));

  CHECK(list.problems[1].severity == Severity::Error);
  CHECK(list.problems[1].line == 5);
  CHECK(list.problems[1].column == 5);
  CHECK_THAT(list.problems[1].message, Contains("Üx"));

  CHECK(list.problems[2].line == 6);
  CHECK(list.problems[2].column == 16);
  CHECK_THAT(list.problems[2].message, Contains("dritte"));

  CHECK(list.problems[3].line == 8);
  CHECK(list.problems[3].column == 4);
  CHECK_THAT(list.problems[3].message, Contains("Öl"));

  // The good lines still count; the bad ones add nothing.
  CHECK(list.edges == EdgeVector{{0, 1}, {2, 3}});
  CHECK(list.names == Names{"a", "b", "c", "d"});
}

TEST_CASE("empty edge lists", "[io][edge_list][degenerate]") {
  for (const char* text : {"", "\n", "\r\n\r\n", "# nur ein Kommentar\n\n   \n"}) {
    INFO("text \"" << text << "\"");
    const EdgeList list = parseEdgeList(text);
    CHECK(list.names.empty());
    CHECK(list.edges.empty());
    CHECK(list.selfLoops == 0);
    CHECK(list.problems.empty());
  }
}

TEST_CASE("centrality TSV: header, then name, degree and betweenness per node", "[io][edge_list]") {
  SECTION("the path a ── b ── c, written out by hand") {
    // Degrees 1, 2, 1; betweenness: b lies inside the one pair {a, c}: 0, 1, 0.
    const SimpleGraph graph = SimpleGraph::fromEdges(3, EdgeVector{{0, 1}, {1, 2}});
    CHECK(formatCentralityTsv({"a", "b", "c"}, graph, {0.0, 1.0, 0.0}) ==
          "name\tdegree\tbetweenness\n"
          "a\t1\t0\n"
          "b\t2\t1\n"
          "c\t1\t0\n");
  }
  SECTION("the same path from text to table, as the command line does it") {
    const EdgeList list = parseEdgeList("a b\nb c\n");
    REQUIRE(list.problems.empty());
    const SimpleGraph graph = SimpleGraph::fromEdges(list.names.size(), list.edges);
    BetweennessOptions options;
    options.threads = 1;
    const BetweennessResult result = computeBetweenness(graph, options);
    CHECK(formatCentralityTsv(list.names, graph, result.scores) ==
          "name\tdegree\tbetweenness\na\t1\t0\nb\t2\t1\nc\t1\t0\n");
  }
  SECTION("fractions in their shortest exact form, umlauts untouched") {
    //   K(2,3):  Ü1 and Ü2 each linked to v1, v2, v3.
    //   {Ü1, Ü2} has three paths, one through each v: v gets 1/3.
    //   Each {vi, vj} (3 pairs) has two paths, via Ü1 and via Ü2: Ü gets 3 · 1/2 = 1.5.
    const SimpleGraph graph = SimpleGraph::fromEdges(5, EdgeVector{{0, 2}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}});
    const std::string text =
        formatCentralityTsv({"Ü1", "Ü2", "v1", "v2", "v3"}, graph, {1.5, 1.5, 1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0});
    // 1/3 as a double needs 16 significant digits to read back; 17 would print ...31.
    CHECK(text ==
          "name\tdegree\tbetweenness\n"
          "Ü1\t3\t1.5\n"
          "Ü2\t3\t1.5\n"
          "v1\t2\t0.3333333333333333\n"
          "v2\t2\t0.3333333333333333\n"
          "v3\t2\t0.3333333333333333\n");
    CHECK(std::strtod("0.3333333333333333", nullptr) == 1.0 / 3.0);  // bit-identity is the point here
  }
  SECTION("no nodes: just the header") {
    CHECK(formatCentralityTsv({}, SimpleGraph{}, {}) == "name\tdegree\tbetweenness\n");
  }
}

TEST_CASE("edge list: a UTF-8 byte-order mark is not part of the first name") {
  const EdgeList list = parseEdgeList("\xEF\xBB\xBF" "a b\nc a\n");
  REQUIRE(list.problems.empty());
  CHECK(list.names == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("edge lists: a line of millions of names, and more nodes than the limit", "[io][edgelist][hostile]") {
  constexpr std::size_t kGiB = 1024ul * 1024ul * 1024ul;
  // 100 MB on one line: before, every token was kept (880 MB for 40 MB).
  std::string line;
  line.reserve(100 * 1024 * 1024);
  while (line.size() < 100 * 1024 * 1024) line += "a ";
  const auto oneLine = test::runBounded(
      [&] {
        const EdgeList list = parseEdgeList(line);
        return list.problems.size() == 1 && list.problems[0].message == "expected two node names, found a third one, \"a\"";
      },
      20, 1 * kGiB);
  INFO(oneLine.outcome);
  CHECK(oneLine.finished);

  // 1,000,001 lines of two new names each: the first 1,000,000 lines give the 2,000,000 names
  // allowed, line 1,000,001 is refused.
  std::string pairs;
  for (int i = 0; i <= 1'000'000; ++i) pairs += "a" + std::to_string(i) + " b" + std::to_string(i) + "\n";
  const EdgeList big = parseEdgeList(pairs);
  REQUIRE(big.problems.size() == 1);
  CHECK(big.problems[0].line == 1'000'001);
  CHECK_THAT(big.problems[0].message, Contains("more than 20000000 edges or 2000000 nodes"));
  CHECK(big.names.size() == 2'000'000);
}
