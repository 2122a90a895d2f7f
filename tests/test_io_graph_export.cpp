// The project's graph as GraphML, GEXF and DOT: element counts, attribute values, escaping,
// positions and colours only when given, DOT quoting, and - where python3 with networkx is
// installed - a real parser reading the files back.
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "embedded_data.hpp"
#include "fixtures.hpp"
#include "io/graph_export.hpp"
#include "io/project_json.hpp"
#include "project_builder.hpp"
#include "view/project_graph.hpp"

using namespace knp;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

// The small project of these tests, vertex numbers in brackets:
//
//   rat [2] (body) ─membership─ awo [0] ══cooperation (funding)══ vhs [1]
//                               │lead                             ║ partner, twice (parallel edges)
//                              kurs [3] ══════════════════════════╝
//                               │ goal g1, phase kita
//   vhs ─lead─ cafe [4] ─ goals g1 [5], g2 [6] (sub of g1)         kita [7] (order 1, ages 10-19)
//
// Edges, in buildProjectGraph's order:
//   e0 kurs─awo lead, e1 kurs─vhs partner, e2 kurs─vhs partner, e3 kurs─g1, e4 kurs─kita,
//   e5 cafe─vhs lead, e6 cafe─g1, e7 cafe─g2, e8 awo─vhs cooperation, e9 awo─rat membership.
// 8 nodes, 10 edges.
Project smallGraphProject() {
  Project p =
      test::ProjectBuilder()
          .field("f1")
          .field("f2")
          .phase("kita", 1)
          .concept_("ik")
          .goal("g1", "ik", {"f1"})
          .goal("g2", "ik", {"f1", "f2"}, "g1")
          .actor("awo", ActorType::WelfareOrganisation, {"rat"})
          .actor("vhs", ActorType::EducationProvider)
          .actor("rat", ActorType::Body)
          .activity("kurs", "awo", {"vhs", "vhs"}, {"f1", "f2"}, {"g1"}, {"kita"}, ActivityStatus::Planned, 2020, 2022)
          .activity("cafe", "vhs", {}, {}, {"g1", "g2"}, {})
          .cooperation("awo", "vhs")
          .build();
  p.title = "Kleines Netz";
  p.actors[0].name = "AWO Ortsverein";
  p.activities[0].title = "Deutschkurs für Mütter";
  p.cooperations[0].type = CooperationType::Funding;
  return p;
}

constexpr std::string_view kScriptName = "<script>alert(\"x\") & 'y'</script>";

std::size_t countOf(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size()))
    ++count;
  return count;
}

// The text from `start` up to and including the next `end`; empty when `start` is missing.
std::string block(const std::string& text, std::string_view start, std::string_view end) {
  const std::size_t from = text.find(start);
  if (from == std::string::npos) return {};
  const std::size_t to = text.find(end, from);
  return text.substr(from, to == std::string::npos ? std::string::npos : to + end.size() - from);
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t to = text.find('\n', from);
    if (to == std::string::npos) to = text.size();
    result.push_back(text.substr(from, to - from));
    from = to + 1;
  }
  return result;
}

std::size_t dotEdgeLines(const std::string& dot) {
  std::size_t count = 0;
  for (const std::string& line : lines(dot))
    if (line.find("\" -- \"") != std::string::npos) ++count;
  return count;
}

std::size_t dotNodeLines(const std::string& dot) {
  std::size_t count = 0;
  for (const std::string& line : lines(dot))
    if (line.starts_with("  \"") && line.find("\" -- \"") == std::string::npos) ++count;
  return count;
}

// The line of node `key` in a DOT text.
std::string dotLine(const std::string& dot, std::string_view key) {
  const std::string start = "  \"" + std::string(key) + "\" [";
  for (const std::string& line : lines(dot))
    if (line.starts_with(start)) return line;
  return {};
}

constexpr std::array<GraphFormat, 3> kFormats{GraphFormat::GraphML, GraphFormat::Gexf, GraphFormat::Dot};

}  // namespace

TEST_CASE("graph export: format names", "[io][graphexport]") {
  CHECK(graphFormatFromName("graphml") == GraphFormat::GraphML);
  CHECK(graphFormatFromName("GraphML") == GraphFormat::GraphML);
  CHECK(graphFormatFromName("gexf") == GraphFormat::Gexf);
  CHECK(graphFormatFromName("dot") == GraphFormat::Dot);
  CHECK(graphFormatFromName("DOT") == GraphFormat::Dot);
  CHECK_FALSE(graphFormatFromName(""));
  CHECK_FALSE(graphFormatFromName("gml"));
  CHECK_FALSE(graphFormatFromName("graphml "));
  CHECK_FALSE(graphFormatFromName("gv"));
  for (GraphFormat format : kFormats) CHECK(graphFormatFromName(toString(format)) == format);
}

TEST_CASE("graph export: every format has buildProjectGraph's nodes and edges", "[io][graphexport]") {
  const Project p = smallGraphProject();
  const ProjectGraph view = buildProjectGraph(p);
  REQUIRE(boost::num_vertices(view.graph) == 8);
  REQUIRE(boost::num_edges(view.graph) == 10);

  SECTION("GraphML") {
    const std::string xml = writeGraph(p, GraphFormat::GraphML);
    CHECK(countOf(xml, "<node ") == 8);
    CHECK(countOf(xml, "<edge ") == 10);
    CHECK_THAT(xml, Contains("<graph id=\"knotenpunkt\" edgedefault=\"undirected\">"));
    CHECK_THAT(xml, Contains("<desc>Kleines Netz</desc>"));
    // The parallel partner edges are both there, each with an id of its own.
    CHECK_THAT(xml, Contains("<edge id=\"e1\" source=\"activity:kurs\" target=\"actor:vhs\">"));
    CHECK_THAT(xml, Contains("<edge id=\"e2\" source=\"activity:kurs\" target=\"actor:vhs\">"));
    CHECK_THAT(xml, Contains("<edge id=\"e9\" source=\"actor:awo\" target=\"actor:rat\">"));
  }
  SECTION("GEXF") {
    const std::string xml = writeGraph(p, GraphFormat::Gexf);
    CHECK(countOf(xml, "<node ") == 8);
    CHECK(countOf(xml, "<edge ") == 10);
    CHECK_THAT(xml, Contains("<graph defaultedgetype=\"undirected\" mode=\"static\">"));
    CHECK_THAT(xml, Contains("<description>Kleines Netz</description>"));
    // 1.2draft has no edge kind of its own: the kind is an attvalue only.
    CHECK_THAT(xml, Contains("<edge id=\"e1\" source=\"activity:kurs\" target=\"actor:vhs\">"));
    CHECK_THAT(xml, Contains("<edge id=\"e2\" source=\"activity:kurs\" target=\"actor:vhs\">"));
  }
  SECTION("GEXF 1.3") {
    GraphExportOptions v13;
    v13.gexfVersion = GexfVersion::V1_3;
    const std::string xml = writeGraph(p, GraphFormat::Gexf, v13);
    CHECK(countOf(xml, "<edge ") == 10);
    CHECK_THAT(xml, Contains("<edge id=\"e1\" source=\"activity:kurs\" target=\"actor:vhs\" kind=\"partner\">"));
    CHECK_THAT(xml, Contains("<edge id=\"e2\" source=\"activity:kurs\" target=\"actor:vhs\" kind=\"partner\">"));
  }
  SECTION("DOT") {
    const std::string dot = writeGraph(p, GraphFormat::Dot);
    CHECK_THAT(dot, StartsWith("graph knotenpunkt {\n"));
    CHECK_THAT(dot, EndsWith("}\n"));
    CHECK(dotNodeLines(dot) == 8);
    CHECK(dotEdgeLines(dot) == 10);
    CHECK(countOf(dot, "  \"activity:kurs\" -- \"actor:vhs\" [id=\"e") == 2);
    CHECK_THAT(dot, !Contains("strict"));  // a strict graph would merge the parallel edges
  }
}

TEST_CASE("graph export: GraphML declares its keys and writes the node and edge attributes", "[io][graphexport]") {
  const std::string xml = writeGraph(smallGraphProject(), GraphFormat::GraphML);
  CHECK_THAT(xml, StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
                             "xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
  CHECK_THAT(xml, EndsWith("</graph>\n</graphml>\n"));
  CHECK_THAT(xml, Contains("<key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"));
  CHECK_THAT(xml, Contains("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
  CHECK_THAT(xml, Contains("<key id=\"startYear\" for=\"node\" attr.name=\"startYear\" attr.type=\"int\"/>"));
  CHECK_THAT(xml, Contains("<key id=\"maxAge\" for=\"node\" attr.name=\"maxAge\" attr.type=\"int\"/>"));
  CHECK_THAT(xml, Contains("<key id=\"edgeKind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>"));
  CHECK_THAT(xml,
             Contains("<key id=\"cooperationType\" for=\"edge\" attr.name=\"cooperationType\" attr.type=\"string\"/>"));
  // Keys come before the graph, as the schema wants.
  CHECK(xml.rfind("<key ") < xml.find("<graph "));

  const std::string awo = block(xml, "<node id=\"actor:awo\">", "</node>");
  CHECK(awo ==
        "<node id=\"actor:awo\">\n"
        "      <data key=\"kind\">actor</data>\n"
        "      <data key=\"label\">AWO Ortsverein</data>\n"
        "      <data key=\"actorType\">welfare_organisation</data>\n"
        "    </node>");
  const std::string kurs = block(xml, "<node id=\"activity:kurs\">", "</node>");
  CHECK_THAT(kurs, Contains("<data key=\"kind\">activity</data>"));
  CHECK_THAT(kurs, Contains("<data key=\"label\">Deutschkurs für Mütter</data>"));
  CHECK_THAT(kurs, Contains("<data key=\"status\">planned</data>"));
  CHECK_THAT(kurs, Contains("<data key=\"fields\">f1;f2</data>"));
  CHECK_THAT(kurs, Contains("<data key=\"startYear\">2020</data>"));
  CHECK_THAT(kurs, Contains("<data key=\"endYear\">2022</data>"));
  // cafe: running, no fields, no years - absent values are not written.
  const std::string cafe = block(xml, "<node id=\"activity:cafe\">", "</node>");
  CHECK_THAT(cafe, Contains("<data key=\"status\">running</data>"));
  CHECK_THAT(cafe, !Contains("key=\"fields\""));
  CHECK_THAT(cafe, !Contains("Year\""));
  const std::string g2 = block(xml, "<node id=\"goal:g2\">", "</node>");
  CHECK_THAT(g2, Contains("<data key=\"kind\">goal</data>"));
  CHECK_THAT(g2, Contains("<data key=\"concept\">ik</data>"));
  CHECK_THAT(g2, Contains("<data key=\"level\">sub</data>"));
  CHECK_THAT(g2, Contains("<data key=\"fields\">f1;f2</data>"));
  CHECK_THAT(block(xml, "<node id=\"goal:g1\">", "</node>"), Contains("<data key=\"level\">guiding</data>"));
  const std::string kita = block(xml, "<node id=\"lifePhase:kita\">", "</node>");
  CHECK_THAT(kita, Contains("<data key=\"kind\">lifePhase</data>"));
  CHECK_THAT(kita, Contains("<data key=\"order\">1</data>"));
  CHECK_THAT(kita, Contains("<data key=\"minAge\">10</data>"));
  CHECK_THAT(kita, Contains("<data key=\"maxAge\">19</data>"));

  CHECK(block(xml, "<edge id=\"e0\"", "</edge>") ==
        "<edge id=\"e0\" source=\"activity:kurs\" target=\"actor:awo\">\n"
        "      <data key=\"edgeKind\">lead</data>\n"
        "    </edge>");
  CHECK_THAT(block(xml, "<edge id=\"e3\"", "</edge>"), Contains(">serves_goal<"));
  CHECK_THAT(block(xml, "<edge id=\"e4\"", "</edge>"), Contains(">targets_phase<"));
  CHECK(block(xml, "<edge id=\"e8\"", "</edge>") ==
        "<edge id=\"e8\" source=\"actor:awo\" target=\"actor:vhs\">\n"
        "      <data key=\"edgeKind\">cooperation</data>\n"
        "      <data key=\"cooperationType\">funding</data>\n"
        "    </edge>");
  CHECK_THAT(block(xml, "<edge id=\"e9\"", "</edge>"), Contains(">membership<"));
  CHECK(countOf(xml, "key=\"cooperationType\">") == 1);  // only on the cooperation edge
}

TEST_CASE("graph export: GEXF 1.3 on request, with its namespaces", "[io][graphexport]") {
  GraphExportOptions v13;
  v13.gexfVersion = GexfVersion::V1_3;
  const std::string xml = writeGraph(smallGraphProject(), GraphFormat::Gexf, v13);
  CHECK_THAT(xml, Contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""));
  CHECK_THAT(xml, Contains("xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">"));
  CHECK_THAT(xml, !Contains("1.2draft"));
}

TEST_CASE("graph export: GEXF 1.2draft declares attributes and writes attvalues", "[io][graphexport]") {
  const std::string xml = writeGraph(smallGraphProject(), GraphFormat::Gexf);
  CHECK_THAT(xml, StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  CHECK_THAT(xml, Contains("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""));
  CHECK_THAT(xml, Contains("xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
                           "version=\"1.2\">"));
  CHECK_THAT(xml, !Contains("gexf.net/1.3"));
  CHECK_THAT(xml, EndsWith("</graph>\n</gexf>\n"));
  CHECK_THAT(xml, Contains("<attributes class=\"node\" mode=\"static\">"));
  CHECK_THAT(xml, Contains("<attribute id=\"actorType\" title=\"actorType\" type=\"string\"/>"));
  CHECK_THAT(xml, Contains("<attribute id=\"startYear\" title=\"startYear\" type=\"integer\"/>"));
  CHECK_THAT(xml, Contains("<attributes class=\"edge\" mode=\"static\">"));
  CHECK_THAT(xml, Contains("<attribute id=\"edgeKind\" title=\"kind\" type=\"string\"/>"));
  CHECK_THAT(xml, !Contains("title=\"label\""));  // the label is the node's own attribute

  CHECK(block(xml, "<node id=\"actor:awo\"", "</node>") ==
        "<node id=\"actor:awo\" label=\"AWO Ortsverein\">\n"
        "        <attvalues>\n"
        "          <attvalue for=\"kind\" value=\"actor\"/>\n"
        "          <attvalue for=\"actorType\" value=\"welfare_organisation\"/>\n"
        "        </attvalues>\n"
        "      </node>");
  const std::string kurs = block(xml, "<node id=\"activity:kurs\"", "</node>");
  CHECK_THAT(kurs, Contains("label=\"Deutschkurs für Mütter\""));
  CHECK_THAT(kurs, Contains("<attvalue for=\"status\" value=\"planned\"/>"));
  CHECK_THAT(kurs, Contains("<attvalue for=\"fields\" value=\"f1;f2\"/>"));
  CHECK_THAT(kurs, Contains("<attvalue for=\"startYear\" value=\"2020\"/>"));
  CHECK_THAT(kurs, Contains("<attvalue for=\"endYear\" value=\"2022\"/>"));
  const std::string g2 = block(xml, "<node id=\"goal:g2\"", "</node>");
  CHECK_THAT(g2, Contains("<attvalue for=\"concept\" value=\"ik\"/>"));
  CHECK_THAT(g2, Contains("<attvalue for=\"level\" value=\"sub\"/>"));
  const std::string kita = block(xml, "<node id=\"lifePhase:kita\"", "</node>");
  CHECK_THAT(kita, Contains("<attvalue for=\"order\" value=\"1\"/>"));
  CHECK_THAT(kita, Contains("<attvalue for=\"minAge\" value=\"10\"/>"));
  CHECK_THAT(kita, Contains("<attvalue for=\"maxAge\" value=\"19\"/>"));

  CHECK(block(xml, "<edge id=\"e8\"", "</edge>") ==
        "<edge id=\"e8\" source=\"actor:awo\" target=\"actor:vhs\">\n"
        "        <attvalues>\n"
        "          <attvalue for=\"edgeKind\" value=\"cooperation\"/>\n"
        "          <attvalue for=\"cooperationType\" value=\"funding\"/>\n"
        "        </attvalues>\n"
        "      </edge>");
  CHECK_THAT(block(xml, "<edge id=\"e9\"", "</edge>"), Contains("<attvalue for=\"edgeKind\" value=\"membership\"/>"));
}

TEST_CASE("graph export: DOT, exactly, for a two-node project", "[io][graphexport]") {
  //   verein ─lead─ treff
  Project p = test::ProjectBuilder()
                  .field("f1")
                  .actor("verein", ActorType::Association)
                  .activity("treff", "verein", {}, {"f1"}, {}, {}, ActivityStatus::Finished, 2019)
                  .build();
  p.actors[0].name = "Verein \"Brücke\" e.V.";
  CHECK(writeGraph(p, GraphFormat::Dot) ==
        "graph knotenpunkt {\n"
        "  \"actor:verein\" [label=\"Verein \\\"Brücke\\\" e.V.\", shape=\"ellipse\", kind=\"actor\", "
        "actorType=\"association\"];\n"
        "  \"activity:treff\" [label=\"treff\", shape=\"diamond\", kind=\"activity\", status=\"finished\", "
        "fields=\"f1\", startYear=\"2019\"];\n"
        "  \"activity:treff\" -- \"actor:verein\" [id=\"e0\", kind=\"lead\"];\n"
        "}\n");
}

TEST_CASE("graph export: DOT shapes by kind and the cooperation type", "[io][graphexport]") {
  const std::string dot = writeGraph(smallGraphProject(), GraphFormat::Dot);
  CHECK_THAT(dotLine(dot, "actor:rat"), Contains("shape=\"ellipse\""));
  CHECK_THAT(dotLine(dot, "activity:cafe"), Contains("shape=\"diamond\""));
  CHECK_THAT(dotLine(dot, "goal:g1"), Contains("shape=\"box\""));
  CHECK_THAT(dotLine(dot, "lifePhase:kita"), Contains("shape=\"hexagon\""));
  CHECK_THAT(dotLine(dot, "lifePhase:kita"), Contains("minAge=\"10\""));
  CHECK_THAT(dot, Contains("  \"actor:awo\" -- \"actor:vhs\" [id=\"e8\", kind=\"cooperation\", "
                           "cooperationType=\"funding\"];\n"));
  CHECK_THAT(dot, Contains("  \"activity:kurs\" -- \"goal:g1\" [id=\"e3\", kind=\"serves_goal\"];\n"));
  CHECK_THAT(dot, Contains("  \"actor:awo\" -- \"actor:rat\" [id=\"e9\", kind=\"membership\"];\n"));
}

TEST_CASE("graph export: text from the data is escaped in every format", "[io][graphexport]") {
  Project p = smallGraphProject();
  p.actors[0].name = std::string(kScriptName);

  SECTION("GraphML") {
    const std::string xml = writeGraph(p, GraphFormat::GraphML);
    CHECK_THAT(xml, Contains("<data key=\"label\">&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;"
                             "&lt;/script&gt;</data>"));
    CHECK_THAT(xml, !Contains("<script>"));
  }
  SECTION("GEXF") {
    const std::string xml = writeGraph(p, GraphFormat::Gexf);
    CHECK_THAT(xml, Contains("<node id=\"actor:awo\" label=\"&lt;script&gt;alert(&quot;x&quot;) &amp; "
                             "&apos;y&apos;&lt;/script&gt;\">"));
    CHECK_THAT(xml, !Contains("<script>"));
  }
  SECTION("DOT") {
    const std::string dot = writeGraph(p, GraphFormat::Dot);
    CHECK_THAT(dotLine(dot, "actor:awo"),
               StartsWith("  \"actor:awo\" [label=\"<script>alert(\\\"x\\\") & 'y'</script>\", "));
  }
}

TEST_CASE("graph export: control characters, line breaks, backslashes and broken UTF-8", "[io][graphexport]") {
  Project p = smallGraphProject();
  // \x01 and \x1F are not XML 1.0 characters, U+FFFF (EF BF BF) neither; \xFF is no UTF-8.
  p.actors[0].name =
      "A\x01"
      "B\tC\r\nD\\E\x1F\xEF\xBF\xBF"
      "F\xFF";
  p.title = "Titel & <Kopf>";

  SECTION("XML: tab, LF and CR as character references, the rest dropped or replaced") {
    const std::string expected =
        "A"
        "B&#9;C&#13;&#10;D\\E"
        "F\xEF\xBF\xBD";  // U+FFFD for the stray byte
    const std::string graphml = writeGraph(p, GraphFormat::GraphML);
    CHECK_THAT(graphml, Contains("<data key=\"label\">" + expected + "</data>"));
    CHECK_THAT(graphml, Contains("<desc>Titel &amp; &lt;Kopf&gt;</desc>"));
    const std::string gexf = writeGraph(p, GraphFormat::Gexf);
    CHECK_THAT(gexf, Contains("label=\"" + expected + "\""));
    CHECK_THAT(gexf, Contains("<description>Titel &amp; &lt;Kopf&gt;</description>"));
    for (const std::string& xml : {graphml, gexf}) {
      CHECK_THAT(xml, !Contains("\x01"));
      CHECK_THAT(xml, !Contains("\x1F"));
      CHECK_THAT(xml, !Contains("\xEF\xBF\xBF"));
    }
  }
  SECTION("DOT: backslash doubled, a line break as \\n, other controls dropped") {
    const std::string dot = writeGraph(p, GraphFormat::Dot);
    CHECK_THAT(dotLine(dot, "actor:awo"), StartsWith("  \"actor:awo\" [label=\"AB\tC\\nD\\\\E\xEF\xBF\xBF"
                                                     "F\xEF\xBF\xBD\", "));
    CHECK_THAT(dot, !Contains("\r"));
  }
  SECTION("DOT: a lone CR is a line break too, and a trailing backslash cannot eat the quote") {
    p.actors[0].name = "eins\rzwei\\";
    CHECK_THAT(dotLine(writeGraph(p, GraphFormat::Dot), "actor:awo"),
               StartsWith("  \"actor:awo\" [label=\"eins\\nzwei\\\\\", "));
  }
}

TEST_CASE("graph export: ids with special characters", "[io][graphexport]") {
  //   "Verein Ä" ─lead─ "a&b"
  Project p = test::ProjectBuilder().actor("Verein Ä").actor("x_y").activity("a&b", "Verein Ä", {}, {}, {}, {}).build();

  SECTION("GraphML: node ids that are not name tokens are spelled out in hex") {
    const std::string xml = writeGraph(p, GraphFormat::GraphML);
    CHECK_THAT(xml, Contains("<node id=\"actor.Verein_20_C3_84\">"));
    CHECK_THAT(xml, Contains("<node id=\"actor:x_y\">"));  // already a name token: kept
    CHECK_THAT(xml, Contains("<node id=\"activity.a_26b\">"));
    CHECK_THAT(xml, Contains("<edge id=\"e0\" source=\"activity.a_26b\" target=\"actor.Verein_20_C3_84\">"));
  }
  SECTION("GEXF and DOT keep the node key, escaped") {
    const std::string gexf = writeGraph(p, GraphFormat::Gexf);
    CHECK_THAT(gexf, Contains("<node id=\"actor:Verein Ä\" label=\"Verein Ä\">"));
    CHECK_THAT(gexf, Contains("<edge id=\"e0\" source=\"activity:a&amp;b\" target=\"actor:Verein Ä\">"));
    const std::string dot = writeGraph(p, GraphFormat::Dot);
    CHECK_THAT(dot, Contains("  \"activity:a&b\" -- \"actor:Verein Ä\" [id=\"e0\", kind=\"lead\"];\n"));
  }
  SECTION("DOT quotes ids that hold quotes, backslashes and DOT syntax") {
    p.actors[1].id = ActorId("x\"; y -- z [\\");
    CHECK_THAT(writeGraph(p, GraphFormat::Dot), Contains("  \"actor:x\\\"; y -- z [\\\\\" [label=\"x_y\""));
  }
}

TEST_CASE("graph export: positions appear only for nodes that have one", "[io][graphexport]") {
  Project p = smallGraphProject();

  SECTION("none known: no position anywhere") {
    CHECK_THAT(writeGraph(p, GraphFormat::GraphML), !Contains("key=\"x\""));
    CHECK_THAT(writeGraph(p, GraphFormat::Gexf), !Contains("viz:position"));
    CHECK_THAT(writeGraph(p, GraphFormat::Dot), !Contains("pos="));
  }

  SECTION("two known, one not finite") {
    p.map.positions["actor:awo"] = {0.0, 0.0, PinState::Pinned};
    p.map.positions["goal:g1"] = {2.0, 1.0, PinState::Free};
    p.map.positions["actor:vhs"] = {std::numeric_limits<double>::quiet_NaN(), 1.0, PinState::Free};
    p.map.positions["actor:gone"] = {5.0, 5.0, PinState::Free};  // no such node: ignored

    const std::string graphml = writeGraph(p, GraphFormat::GraphML);
    CHECK_THAT(graphml, Contains("<key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>"));
    CHECK_THAT(graphml, Contains("<key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>"));
    CHECK(countOf(graphml, "<data key=\"x\">") == 2);
    CHECK_THAT(block(graphml, "<node id=\"actor:awo\">", "</node>"),
               Contains("<data key=\"x\">0</data>\n      <data key=\"y\">0</data>"));
    CHECK_THAT(block(graphml, "<node id=\"goal:g1\">", "</node>"),
               Contains("<data key=\"x\">2</data>\n      <data key=\"y\">1</data>"));
    CHECK_THAT(block(graphml, "<node id=\"actor:vhs\">", "</node>"), !Contains("key=\"x\""));

    const std::string gexf = writeGraph(p, GraphFormat::Gexf);
    CHECK(countOf(gexf, "<viz:position ") == 2);
    CHECK_THAT(block(gexf, "<node id=\"actor:awo\"", "</node>"), Contains("<viz:position x=\"0\" y=\"0\" z=\"0\"/>"));
    CHECK_THAT(block(gexf, "<node id=\"goal:g1\"", "</node>"), Contains("<viz:position x=\"2\" y=\"1\" z=\"0\"/>"));

    // DOT: 8 nodes, so the larger side (2) becomes 1.5·√8 = 4.2426 inches: scale 2.1213.
    // y is flipped: awo (0, 0) is at the top, (0, 2.1213); g1 (2, 1) at the bottom right.
    const std::string dot = writeGraph(p, GraphFormat::Dot);
    CHECK(countOf(dot, "pos=") == 2);
    CHECK_THAT(dotLine(dot, "actor:awo"), Contains("pos=\"0.0000,2.1213!\""));
    CHECK_THAT(dotLine(dot, "goal:g1"), Contains("pos=\"4.2426,0.0000!\""));
    CHECK_THAT(dotLine(dot, "actor:vhs"), !Contains("pos="));
  }

  SECTION("a single position is placed at the origin in DOT and kept as is in the XML formats") {
    p.map.positions["lifePhase:kita"] = {-3.5, 12.25, PinState::Free};
    CHECK_THAT(dotLine(writeGraph(p, GraphFormat::Dot), "lifePhase:kita"), Contains("pos=\"0.0000,0.0000!\""));
    CHECK_THAT(writeGraph(p, GraphFormat::GraphML),
               Contains("<data key=\"x\">-3.5</data>\n      <data key=\"y\">12.25</data>"));
    CHECK_THAT(writeGraph(p, GraphFormat::Gexf), Contains("<viz:position x=\"-3.5\" y=\"12.25\" z=\"0\"/>"));
  }
}

TEST_CASE("graph export: colours appear only for nodes that have one", "[io][graphexport]") {
  const Project p = smallGraphProject();

  SECTION("no colours") {
    CHECK_THAT(writeGraph(p, GraphFormat::GraphML), !Contains("key=\"r\""));
    CHECK_THAT(writeGraph(p, GraphFormat::Gexf), !Contains("viz:color"));
    const std::string dot = writeGraph(p, GraphFormat::Dot);
    CHECK_THAT(dot, !Contains("fillcolor"));
    CHECK_THAT(dot, !Contains("filled"));
  }

  SECTION("colours for awo [0] and g1 [5]; vertices past the vector's end have none") {
    GraphExportOptions options;
    options.colours = {Colour{31, 119, 180}, std::nullopt, std::nullopt,
                       std::nullopt,         std::nullopt, Colour{255, 127, 14}};

    const std::string graphml = writeGraph(p, GraphFormat::GraphML, options);
    CHECK_THAT(graphml, Contains("<key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>"));
    CHECK(countOf(graphml, "<data key=\"r\">") == 2);
    CHECK_THAT(
        block(graphml, "<node id=\"actor:awo\">", "</node>"),
        Contains("<data key=\"r\">31</data>\n      <data key=\"g\">119</data>\n      <data key=\"b\">180</data>"));
    CHECK_THAT(block(graphml, "<node id=\"goal:g1\">", "</node>"), Contains("<data key=\"r\">255</data>"));

    const std::string gexf = writeGraph(p, GraphFormat::Gexf, options);
    CHECK(countOf(gexf, "<viz:color ") == 2);
    CHECK_THAT(block(gexf, "<node id=\"actor:awo\"", "</node>"), Contains("<viz:color r=\"31\" g=\"119\" b=\"180\"/>"));
    CHECK_THAT(block(gexf, "<node id=\"goal:g1\"", "</node>"), Contains("<viz:color r=\"255\" g=\"127\" b=\"14\"/>"));

    const std::string dot = writeGraph(p, GraphFormat::Dot, options);
    CHECK(countOf(dot, "fillcolor=") == 2);
    CHECK_THAT(dotLine(dot, "actor:awo"), Contains("style=\"filled\", fillcolor=\"#1f77b4\""));
    CHECK_THAT(dotLine(dot, "goal:g1"), Contains("style=\"filled\", fillcolor=\"#ff7f0e\""));
    CHECK_THAT(dotLine(dot, "lifePhase:kita"), !Contains("fillcolor"));
  }
}

TEST_CASE("graph export: the empty project, determinism and the final newline", "[io][graphexport]") {
  for (GraphFormat format : kFormats) {
    CAPTURE(toString(format));
    const std::string empty = writeGraph(Project{}, format);
    CHECK_THAT(empty, EndsWith("\n"));
    CHECK(countOf(empty, "<node ") == 0);
    CHECK(countOf(empty, "<edge ") == 0);
    CHECK(countOf(empty, " -- ") == 0);

    const Project p = smallGraphProject();
    GraphExportOptions options;
    options.colours.assign(8, Colour{1, 2, 3});
    const std::string once = writeGraph(p, format, options);
    CHECK(once == writeGraph(p, format, options));
    CHECK(once == writeGraph(Project(p), format, options));
    CHECK_THAT(once, EndsWith("\n"));
  }
  CHECK_THAT(writeGraph(Project{}, GraphFormat::GraphML), !Contains("<desc>"));
  CHECK(writeGraph(Project{}, GraphFormat::Dot) == "graph knotenpunkt {\n}\n");
}

// ---------------------------------------------------------------------------------------------
// A real reader: networkx, where it is installed.

namespace {

bool networkxAvailable() {
  return std::filesystem::exists("/usr/bin/python3") &&
         std::system("/usr/bin/python3 -c \"import networkx\" >/dev/null 2>&1") == 0;
}

// Runs a shell command and returns what it wrote to stdout and stderr.
std::string runCommand(const std::string& command) {
  std::string output;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return "popen failed";
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  ::pclose(pipe);
  return output;
}

}  // namespace

TEST_CASE("graph export: networkx reads the example's GraphML and GEXF with all nodes and edges", "[io][graphexport]") {
  if (!networkxAvailable()) {
    SUCCEED("/usr/bin/python3 with networkx is not installed: the check with a real reader is skipped");
    return;
  }
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  Project& p = *loaded.project;
  const ProjectGraph view = buildProjectGraph(p);
  const std::size_t nodes = boost::num_vertices(view.graph), edges = boost::num_edges(view.graph);
  REQUIRE(nodes > 100);
  // Positions and colours for some nodes, so that the reader meets every element we write.
  GraphExportOptions options;
  for (std::size_t i = 0; i < p.actors.size(); ++i) {
    p.map.positions["actor:" + p.actors[i].id.value] = {0.25 * static_cast<double>(i), -0.5, PinState::Free};
    options.colours.push_back(Colour{static_cast<std::uint8_t>(i % 256), 100, 200});
  }
  const std::string expected = fmt::format("{} {}\n", nodes, edges);

  test::TempFolder folder;
  const std::string graphmlPath = (folder / "example.graphml").string();
  const std::string gexfPath = (folder / "example.gexf").string();
  test::writeText(graphmlPath, writeGraph(p, GraphFormat::GraphML, options));
  test::writeText(gexfPath, writeGraph(p, GraphFormat::Gexf, options));

  // force_multigraph: the example has parallel edges, which a plain Graph would merge.
  CHECK(runCommand("/usr/bin/python3 -c \"import networkx as nx; g = nx.read_graphml('" + graphmlPath +
                   "', force_multigraph=True); print(g.number_of_nodes(), g.number_of_edges())\"") == expected);
  // read_gexf, as networkx ships it (its default version, 1.2draft), returns a MultiGraph by
  // itself when it meets parallel edges.
  CHECK(runCommand("/usr/bin/python3 -c \"import networkx as nx; g = nx.read_gexf('" + gexfPath +
                   "'); print(g.number_of_nodes(), g.number_of_edges())\"") == expected);
}

TEST_CASE("graph export: networkx reads escaped labels back exactly", "[io][graphexport]") {
  if (!networkxAvailable()) {
    SUCCEED("/usr/bin/python3 with networkx is not installed: the check with a real reader is skipped");
    return;
  }
  Project p = smallGraphProject();
  p.actors[0].name = std::string(kScriptName);
  p.actors[1].name = "Zeile 1\r\nZeile 2\tTab\x01 Ende \xEF\xBF\xBF\xFF";
  // What a reader must get back: the control character and U+FFFF dropped, the stray byte U+FFFD.
  const std::string vhsExpected = "Zeile 1\r\nZeile 2\tTab Ende \xEF\xBF\xBD";

  test::TempFolder folder;
  test::writeText(folder / "awo.txt", std::string(kScriptName));
  test::writeText(folder / "vhs.txt", vhsExpected);
  test::writeText(folder / "graph.graphml", writeGraph(p, GraphFormat::GraphML));
  test::writeText(folder / "graph.gexf", writeGraph(p, GraphFormat::Gexf));
  // newline='' keeps the CR of the expected text.
  const std::string script =
      "import sys, networkx as nx\n"
      "folder = sys.argv[1]\n"
      "def expected(name):\n"
      "    with open(folder + '/' + name + '.txt', encoding='utf-8', newline='') as f:\n"
      "        return f.read()\n"
      "g = nx.read_graphml(folder + '/graph.graphml', force_multigraph=True)\n"
      "x = nx.read_gexf(folder + '/graph.gexf')\n"
      "print(g.nodes['actor:awo']['label'] == expected('awo'), g.nodes['actor:vhs']['label'] == expected('vhs'),\n"
      "      x.nodes['actor:awo']['label'] == expected('awo'), x.nodes['actor:vhs']['label'] == expected('vhs'),\n"
      "      g.nodes['activity:kurs']['startYear'] == 2020, x.nodes['lifePhase:kita']['maxAge'] == 19)\n";
  test::writeText(folder / "check.py", script);
  CHECK(runCommand("/usr/bin/python3 '" + (folder / "check.py").string() + "' '" + folder.path().string() + "'") ==
        "True True True True True True\n");
}
