// GraphML and GEXF as hostile or careless files give them: defects 4, 5 and 9 of issue 14.
#include <catch2/catch.hpp>

#include <string>

#include "bounded_run.hpp"
#include "io/graph_import.hpp"
#include "io/input_limits.hpp"
#include "model/validation.hpp"

using namespace knp;
using Catch::Matchers::Contains;

namespace {

constexpr std::size_t kGiB = 1024ul * 1024ul * 1024ul;

std::string graphml(const std::string& keys, const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
         keys + "<graph edgedefault=\"undirected\">\n" + body + "</graph>\n</graphml>\n";
}

}  // namespace

TEST_CASE("GraphML: 3,000 keys with defaults and 20,000 nodes stay small", "[io][graphimport][hostile]") {
  // 580 KB as the audit built it. Before: every default was copied into every node, 6.45 GB.
  std::string keys;
  for (int k = 0; k < 3000; ++k)
    keys += "<key id=\"k" + std::to_string(k) + "\" for=\"node\" attr.name=\"a" + std::to_string(k) +
            "\"><default>x</default></key>\n";
  keys += "<key id=\"t\" for=\"node\" attr.name=\"type\"><default>Kita</default></key>\n";
  std::string nodes;
  for (int n = 0; n < 20'000; ++n) nodes += "<node id=\"n" + std::to_string(n) + "\"/>\n";
  const std::string file = graphml(keys, nodes);
  const auto result = test::runBounded(
      [&] {
        const RasterImport r = importGraphFile(Project{}, file);
        // The declared default of "type" still applies to every node.
        return !r.fatal && r.actorsCreated == 20'000 && r.project.actors.back().type == ActorType::Kita;
      },
      30, 1 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}

TEST_CASE("GraphML and GEXF beyond the limits are refused with the limit's name", "[io][graphimport][hostile]") {
  SECTION("attribute declarations") {
    std::string keys;
    for (std::size_t k = 0; k <= limits::kGraphAttributeDeclarations; ++k)
      keys += "<key id=\"k" + std::to_string(k) + "\" for=\"node\"/>\n";
    const RasterImport r = importGraphFile(Project{}, graphml(keys, ""));
    CHECK(r.fatal);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == limits::kGraphAttributeDeclarations + 3);  // key k is on line 3 + k
    CHECK(r.problems[0].message ==
          "more than 10000 attribute declarations; this import reads at most that many (see docs/limits.md)");
  }
  SECTION("nodes and edges") {
    std::string nodes;
    for (std::size_t n = 0; n <= limits::kGraphItems; ++n) nodes += "<node id=\"" + std::to_string(n) + "\"/>";
    const RasterImport r = importGraphFile(Project{}, graphml("", nodes));
    CHECK(r.fatal);
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Contains("more than 1000000 nodes and edges"));
    CHECK(r.project.actors.empty());
  }
  SECTION("XML elements, before the tree is built") {
    std::string data;
    for (std::size_t n = 0; n <= limits::kXmlMarkup; ++n) data += "<x/>";
    const RasterImport r = importGraphFile(Project{}, graphml("", "<node id=\"a\">" + data + "</node>"));
    CHECK(r.fatal);
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Contains("more than 4000000 XML elements and attributes"));
  }
  SECTION("XML attributes count as well") {
    std::string attributes;
    for (std::size_t n = 0; n <= limits::kXmlMarkup; ++n) attributes += " a" + std::to_string(n) + "=\"\"";
    const RasterImport r = importGraphFile(Project{}, graphml("", "<node id=\"a\"" + attributes + "/>"));
    CHECK(r.fatal);
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Contains("more than 4000000 XML elements and attributes"));
  }
}

TEST_CASE("GraphML problems name their line", "[io][graphimport][hostile]") {
  const std::string file = graphml("",
                                   "<node id=\"a\"/>\n"    // line 4
                                   "<node/>\n"             // line 5: no id
                                   "<node id=\"a\"/>\n"    // line 6: a second time
                                   "<edge source=\"a\" target=\"zz\"/>\n");  // line 7
  const RasterImport r = importGraphFile(Project{}, file);
  REQUIRE_FALSE(r.fatal);
  std::vector<std::string> messages;
  for (const RasterProblem& p : r.problems) messages.push_back(describe(p, "netz.graphml"));
  CHECK(messages == std::vector<std::string>{
                        "netz.graphml:5: node 2 has no id, skipped",
                        "netz.graphml:6: warning: node \"a\" appears twice; the second one is ignored",
                        "netz.graphml:7: edge 1 (no id): unknown node \"zz\", skipped",
                    });
}

TEST_CASE("GraphML in UTF-16 is read, with its umlauts", "[io][graphimport][hostile]") {
  const std::u16string text = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<graphml><key id=\"l\" for=\"node\" "
                              u"attr.name=\"label\"/><graph><node id=\"1\"><data key=\"l\">Caritas Bürgerhaus</data>"
                              u"</node></graph></graphml>";
  std::string bytes = "\xFF\xFE";
  for (char16_t unit : text) {
    bytes += static_cast<char>(unit & 0xFF);
    bytes += static_cast<char>(unit >> 8);
  }
  const RasterImport r = importGraphFile(Project{}, bytes);
  REQUIRE_FALSE(r.fatal);
  REQUIRE(r.project.actors.size() == 1);
  CHECK(r.project.actors[0].name == "Caritas B\xC3\xBCrgerhaus");
  CHECK(r.project.actors[0].id.value == "caritas-buergerhaus");
}

TEST_CASE("GraphML: 20,000 labels sharing their first 40 characters", "[io][graphimport][hostile]") {
  std::string nodes;
  for (int n = 1; n <= 20'000; ++n)
    nodes += "<node id=\"" + std::to_string(n) + "\"><data key=\"label\">Verein für Integration und Begegnung in "
             "Hattingen Nr. " + std::to_string(n) + "</data></node>\n";
  const std::string file = graphml("<key id=\"label\" for=\"node\" attr.name=\"label\"/>\n", nodes);
  const auto result = test::runBounded(
      [&] {
        const RasterImport r = importGraphFile(Project{}, file);
        return r.actorsCreated == 20'000 && r.project.actors.back().id.value == "verein-fuer-integration-und-begegnung-in-20000";
      },
      20, 1 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}

TEST_CASE("GraphML: a node with 120,000 membership edges stays linear", "[io][graphimport][hostile]") {
  std::string body = "<node id=\"n0\"/>\n";
  for (int n = 1; n <= 120'000; ++n)
    body += "<node id=\"n" + std::to_string(n) + "\"/><edge source=\"n0\" target=\"n" + std::to_string(n) +
            "\"><data key=\"kind\">membership</data></edge>\n";
  const std::string file = graphml("<key id=\"kind\" for=\"edge\" attr.name=\"kind\"/>\n", body);
  // Before: each membership was looked for in the member's list so far (28.5 s).
  const auto result = test::runBounded(
      [&] {
        const RasterImport r = importGraphFile(Project{}, file);
        return !r.fatal && r.project.actors.front().memberships.size() == 120'000;
      },
      20, 1 * kGiB);
  INFO(result.outcome);
  CHECK(result.finished);
}
