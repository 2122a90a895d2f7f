// GraphML and GEXF from other tools as actors and cooperations: format detection, names and
// types, matching existing actors, cooperation types, skipped edges and nodes, errors, and
// our own export read back.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "io/graph_export.hpp"
#include "io/graph_import.hpp"
#include "io/project_json.hpp"
#include "project_builder.hpp"

using namespace knp;
using Catch::Matchers::Contains;

namespace {

const Actor* actorNamed(const Project& p, const std::string& name) {
  for (const Actor& a : p.actors)
    if (a.name == name) return &a;
  return nullptr;
}

std::string nameOf(const Project& p, const ActorId& id) {
  const Actor* a = findActor(p, id);
  return a ? a->name : "?" + id.value;
}

// Cooperations as (from name, to name, type), comparable across projects with other ids.
std::set<std::tuple<std::string, std::string, CooperationType>> cooperationPairs(const Project& p) {
  std::set<std::tuple<std::string, std::string, CooperationType>> pairs;
  for (const Cooperation& c : p.cooperations) pairs.emplace(nameOf(p, c.from), nameOf(p, c.to), c.type);
  return pairs;
}

std::size_t countProblems(const RasterImport& r, Severity severity, const std::string& text) {
  return static_cast<std::size_t>(std::count_if(r.problems.begin(), r.problems.end(), [&](const RasterProblem& q) {
    return q.severity == severity && q.message.find(text) != std::string::npos;
  }));
}

std::size_t errorCount(const RasterImport& r) { return countProblems(r, Severity::Error, ""); }

}  // namespace

TEST_CASE("graphFileFormatOf tells GraphML from GEXF by the root element", "[io][graphimport]") {
  CHECK(graphFileFormatOf("<?xml version=\"1.0\"?>\n<!-- by yEd -->\n<graphml xmlns=\"x\">") ==
        GraphFileFormat::GraphML);
  CHECK(graphFileFormatOf("\xEF\xBB\xBF<gexf version=\"1.3\">") == GraphFileFormat::Gexf);
  CHECK(graphFileFormatOf("<!DOCTYPE graphml [<!ENTITY a \"<b>\">]>\n<graphml/>") == GraphFileFormat::GraphML);
  CHECK(graphFileFormatOf("<g:graphml xmlns:g=\"x\"><broken") == GraphFileFormat::GraphML);
  CHECK(graphFileFormatOf("<gexf>") == GraphFileFormat::Gexf);
  CHECK_FALSE(graphFileFormatOf(""));
  CHECK_FALSE(graphFileFormatOf("<svg/>"));
  CHECK_FALSE(graphFileFormatOf("<graphmlx/>"));
  CHECK_FALSE(graphFileFormatOf("source;target\na;b\n"));
  CHECK_FALSE(graphFileFormatOf("<?xml version=\"1.0\"?>"));
}

TEST_CASE("GraphML nodes become actors and edges cooperations", "[io][graphimport]") {
  // The project has Bürgerverein ─cooperation─ Stadtbibliothek (coop-1). The file:
  //
  //   Grundschule ─Förderung→ AWO ─→ BUERGERVEREIN ─Mitgliedschaft→ Grundschule
  //        ↑ funding (duplicate)   ↖ AWO─AWO (self-loop)
  //   AWO ─cooperation→ Grundschule
  //   Stadtbibliothek → BUERGERVEREIN (duplicate of coop-1, reversed)
  //   n4 ─Information→ AWO
  Project project = test::ProjectBuilder()
                        .actor("buergerverein", ActorType::Association)
                        .actor("stadtbibliothek", ActorType::PublicAgency)
                        .cooperation("buergerverein", "stadtbibliothek")
                        .build();
  project.actors[0].name = "Bürgerverein";
  project.actors[1].name = "Stadtbibliothek";
  const std::string file = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="Akteurstyp" attr.type="string"/>
  <key id="d2" for="edge" attr.name="type" attr.type="string"/>
  <key id="d3" for="all" attr.name="weight" attr.type="double"><default>1</default></key>
  <graph id="G" edgedefault="undirected">
    <node id="n0"><data key="d0">AWO Ortsverein</data><data key="d1">Wohlfahrtsverband</data></node>
    <node id="n1"><data key="d0"> Grundschule Am Park </data><data key="d1">school</data></node>
    <node id="n2"><data key="d0">BUERGERVEREIN</data><data key="d1">Verein</data></node>
    <node id="n3"><data key="d0">Stadtbibliothek</data></node>
    <node id="n4"/>
    <edge id="e0" source="n1" target="n0"><data key="d2">Förderung</data></edge>
    <edge id="e1" source="n0" target="n2"/>
    <edge id="e2" source="n0" target="n1"><data key="d2">funding</data></edge>
    <edge id="e3" source="n0" target="n0"/>
    <edge id="e4" source="n3" target="n2"/>
    <edge id="e5" source="n2" target="n1"><data key="d2">Mitgliedschaft</data></edge>
    <edge id="e6" source="n4" target="n0"><data key="d2">Information</data></edge>
    <edge id="e7" source="n0" target="n1"><data key="d2">cooperation</data></edge>
  </graph>
</graphml>
)";
  const RasterImport r = importGraphFile(project, file);
  const Project& p = r.project;

  REQUIRE_FALSE(r.fatal);
  CHECK(errorCount(r) == 0);
  CHECK(r.rows == 13);
  CHECK(r.rejectedRows == 0);
  CHECK(r.actorsCreated == 3);
  CHECK(r.actorsUpdated == 0);  // BUERGERVEREIN's type is the one it has
  CHECK(r.activitiesCreated == 0);
  REQUIRE(p.actors.size() == 5);
  CHECK(p.actors[0] == project.actors[0]);
  CHECK(p.actors[1] == project.actors[1]);
  CHECK(p.actors[2].id.value == "awo-ortsverein");
  CHECK(p.actors[2].name == "AWO Ortsverein");
  CHECK(p.actors[2].type == ActorType::WelfareOrganisation);
  CHECK(p.actors[3].id.value == "grundschule-am-park");
  CHECK(p.actors[3].name == "Grundschule Am Park");
  CHECK(p.actors[3].type == ActorType::School);
  CHECK(p.actors[4].name == "n4");  // no label: the id
  CHECK(p.actors[4].type == ActorType::Other);

  REQUIRE(p.cooperations.size() == 6);
  CHECK(p.cooperations[0] == project.cooperations[0]);
  const std::set<std::tuple<std::string, std::string, CooperationType>> expected{
      {"Bürgerverein", "Stadtbibliothek", CooperationType::Cooperation},
      {"Grundschule Am Park", "AWO Ortsverein", CooperationType::Funding},
      {"AWO Ortsverein", "Bürgerverein", CooperationType::Cooperation},
      {"Bürgerverein", "Grundschule Am Park", CooperationType::Membership},
      {"n4", "AWO Ortsverein", CooperationType::Information},
      {"AWO Ortsverein", "Grundschule Am Park", CooperationType::Cooperation},
  };
  CHECK(cooperationPairs(p) == expected);
  std::set<std::string> ids;
  for (const Cooperation& c : p.cooperations) ids.insert(c.id.value);
  CHECK(ids == std::set<std::string>{"coop-1", "coop-2", "coop-3", "coop-4", "coop-5", "coop-6"});

  CHECK(countProblems(r, Severity::Warning, "5 cooperations created") == 1);
  CHECK(countProblems(r, Severity::Warning, "2 duplicate edges skipped") == 1);
  CHECK(countProblems(r, Severity::Warning, "1 self-loop skipped") == 1);
}

TEST_CASE("GraphML: an existing actor is updated only when the file gives another type", "[io][graphimport]") {
  // Two nodes name existing actors, by name in other spelling and by id; one of them retyped.
  Project project =
      test::ProjectBuilder().actor("jmd", ActorType::Association).actor("kita-sonnenschein", ActorType::Kita).build();
  project.actors[0].name = "Jugendmigrationsdienst Süd";
  project.actors[1].name = "Kita Sonnenschein";
  const std::string file = R"(<graphml>
  <key id="name" for="node" attr.name="Name"/>
  <key id="t" for="node" attr.name="actorType"/>
  <graph>
    <node id="a"><data key="name">jugendmigrationsdienst  sued</data><data key="t">Federation</data></node>
    <node id="kita-sonnenschein"><data key="t">Kita</data></node>
    <node id="c"><data key="name">Neu</data><data key="t">Raumstation</data></node>
  </graph>
</graphml>)";
  const RasterImport r = importGraphFile(project, file);
  REQUIRE_FALSE(r.fatal);
  CHECK(r.actorsCreated == 1);
  CHECK(r.actorsUpdated == 1);
  REQUIRE(r.project.actors.size() == 3);
  CHECK(r.project.actors[0].name == "Jugendmigrationsdienst Süd");  // the name stays
  CHECK(r.project.actors[0].type == ActorType::Federation);
  CHECK(r.project.actors[1] == project.actors[1]);
  CHECK(r.project.actors[2].type == ActorType::Other);
  CHECK(countProblems(r, Severity::Warning, "1 node of unknown actor type imported as Other (e.g. \"Raumstation\")") ==
        1);
}

TEST_CASE("GEXF 1.2: labels, attribute defaults, and an edge to an unknown node", "[io][graphimport]") {
  //   Caritas ─(default: information)→ Moschee-Verein ─Kooperation→ Jobcenter ─→ 99 (absent)
  // Node and edge attributes share the id "0", as Gephi writes them.
  const std::string file = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="type" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="cooperationType" type="string"><default>information</default></attribute>
    </attributes>
    <nodes>
      <node id="1" label="Caritas"><attvalues><attvalue for="0" value="Wohlfahrtsverband"/></attvalues></node>
      <node id="2" label="Moschee-Verein">
        <attvalues><attvalue for="0" value="Kirche/Religionsgemeinschaft"/></attvalues>
      </node>
      <node id="3" label="Jobcenter"/>
    </nodes>
    <edges>
      <edge id="0" source="1" target="2" type="directed"/>
      <edge id="1" source="2" target="3"><attvalues><attvalue for="0" value="Kooperation"/></attvalues></edge>
      <edge id="2" source="3" target="99"/>
    </edges>
  </graph>
</gexf>
)";
  const RasterImport r = importGraphFile(Project{}, file);
  REQUIRE_FALSE(r.fatal);
  CHECK(r.actorsCreated == 3);
  CHECK(r.rows == 6);
  CHECK(r.rejectedRows == 1);
  const Actor* caritas = actorNamed(r.project, "Caritas");
  const Actor* moschee = actorNamed(r.project, "Moschee-Verein");
  REQUIRE(caritas);
  REQUIRE(moschee);
  CHECK(caritas->type == ActorType::WelfareOrganisation);
  CHECK(moschee->type == ActorType::ReligiousCommunity);
  REQUIRE(actorNamed(r.project, "Jobcenter"));
  CHECK(actorNamed(r.project, "Jobcenter")->type == ActorType::Other);
  CHECK(cooperationPairs(r.project) == std::set<std::tuple<std::string, std::string, CooperationType>>{
                                           {"Caritas", "Moschee-Verein", CooperationType::Information},
                                           {"Moschee-Verein", "Jobcenter", CooperationType::Cooperation},
                                       });
  REQUIRE(errorCount(r) == 1);
  const RasterProblem& error = *std::find_if(r.problems.begin(), r.problems.end(),
                                             [](const RasterProblem& q) { return q.severity == Severity::Error; });
  CHECK(error.line == 20);  // where <edge id="2" ...> starts
  CHECK(error.column.empty());
  CHECK_THAT(error.message, Contains("edge \"2\"") && Contains("unknown node \"99\""));
}

TEST_CASE("GEXF 1.3: nodes of another kind are skipped, with the edges touching them", "[io][graphimport]") {
  //   Sprachcafé ─lead─ [activity Deutschkurs]     (skipped)
  //   Sprachcafé ─membership→ Integrationsrat      (a membership, not a cooperation)
  //   Sprachcafé ─friendship→ Integrationsrat      (unknown type: cooperation, warned)
  const std::string file = R"(<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="ct" title="cooperationType" type="string"/></attributes>
    <nodes>
      <node id="actor:cafe" label="Sprachcafé"><attvalues><attvalue for="kind" value="actor"/></attvalues></node>
      <node id="actor:rat" label="Integrationsrat"/>
      <node id="activity:kurs" label="Deutschkurs"><attvalues><attvalue for="kind" value="activity"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e0" source="activity:kurs" target="actor:cafe" kind="lead"/>
      <edge id="e1" source="actor:cafe" target="actor:rat" kind="membership"/>
      <edge id="e2" source="actor:cafe" target="actor:rat"><attvalues><attvalue for="ct" value="friendship"/></attvalues></edge>
    </edges>
  </graph>
</gexf>)";
  const RasterImport r = importGraphFile(Project{}, file);
  REQUIRE_FALSE(r.fatal);
  CHECK(errorCount(r) == 0);
  CHECK(r.actorsCreated == 2);
  CHECK_FALSE(actorNamed(r.project, "Deutschkurs"));
  const Actor* cafe = actorNamed(r.project, "Sprachcafé");
  REQUIRE(cafe);
  CHECK(cafe->id.value == "sprachcafe");
  CHECK(cafe->memberships == std::vector<ActorId>{ActorId("integrationsrat")});
  CHECK(cooperationPairs(r.project) == std::set<std::tuple<std::string, std::string, CooperationType>>{
                                           {"Sprachcafé", "Integrationsrat", CooperationType::Cooperation}});
  CHECK(countProblems(r, Severity::Warning, "1 node skipped: not actors (kind activity); 1 edge touching them") == 1);
  CHECK(countProblems(r, Severity::Warning, "edge \"e2\": unknown cooperation type \"friendship\"") == 1);
  CHECK(countProblems(r, Severity::Warning, "1 membership added") == 1);
}

TEST_CASE("Unreadable graph files are fatal and change nothing", "[io][graphimport]") {
  const Project project = test::ProjectBuilder().actor("awo").build();
  SECTION("malformed XML") {
    const RasterImport r = importGraphFile(project, "<graphml><graph><node id=\"a\"></graph></graphml>");
    CHECK(r.fatal);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].severity == Severity::Error);
    CHECK(r.problems[0].line == 1);
    CHECK_THAT(r.problems[0].message, Contains("not well-formed XML (column 3") && Contains("mismatch"));
    CHECK(r.project == project);
  }
  SECTION("empty") {
    const RasterImport r = importGraphFile(project, "");
    CHECK(r.fatal);
    CHECK(r.project == project);
  }
  SECTION("another XML format") {
    const RasterImport r = importGraphFile(project, "<svg><g/></svg>");
    CHECK(r.fatal);
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Contains("<svg>"));
  }
  SECTION("an empty graph is no problem") {
    const RasterImport r = importGraphFile(project, "<graphml><graph/></graphml>");
    CHECK_FALSE(r.fatal);
    CHECK(r.problems.empty());
    CHECK(r.project == project);
  }
}

TEST_CASE("Our own GraphML and GEXF read back as the same actors and cooperations", "[io][graphimport]") {
  //   awo ─cooperation→ schule ─funding→ "Verein Ä" ─member of→ awo
  //   [a1] ─lead─ awo, [a1] ─partner─ schule, [a1] ─serves─ [g], [a1] ─targets─ [p]
  Project project = test::ProjectBuilder()
                        .field("f")
                        .phase("p", 1)
                        .concept_("c")
                        .goal("g", "c", {"f"})
                        .actor("awo", ActorType::WelfareOrganisation)
                        .actor("schule", ActorType::School)
                        .actor("Verein Ä", ActorType::Association, {"awo"})
                        .activity("a1", "awo", {"schule"}, {"f"}, {"g"}, {"p"})
                        .cooperation("awo", "schule")
                        .cooperation("schule", "Verein Ä")
                        .build();
  project.cooperations[1].type = CooperationType::Funding;

  for (GraphFormat format : {GraphFormat::GraphML, GraphFormat::Gexf}) {
    INFO(toString(format));
    const std::string file = writeGraph(project, format);
    CHECK(graphFileFormatOf(file) ==
          (format == GraphFormat::GraphML ? GraphFileFormat::GraphML : GraphFileFormat::Gexf));
    const RasterImport r = importGraphFile(Project{}, file);
    REQUIRE_FALSE(r.fatal);
    CHECK(errorCount(r) == 0);
    CHECK(r.actorsCreated == 3);
    REQUIRE(r.project.actors.size() == project.actors.size());
    for (std::size_t i = 0; i < project.actors.size(); ++i) {
      CHECK(r.project.actors[i].name == project.actors[i].name);
      CHECK(r.project.actors[i].type == project.actors[i].type);
    }
    CHECK(cooperationPairs(r.project) == cooperationPairs(project));
    CHECK(r.project.actors[2].memberships == std::vector<ActorId>{r.project.actors[0].id});
    CHECK(r.project.activities.empty());
    CHECK(r.project.goals.empty());
    CHECK(countProblems(r, Severity::Warning, "3 nodes skipped: not actors (kind activity, goal, lifePhase)") == 1);

    // Into the project it came from: everything is there already.
    const RasterImport again = importGraphFile(project, file);
    CHECK(errorCount(again) == 0);
    CHECK(again.actorsCreated == 0);
    CHECK(again.actorsUpdated == 0);
    CHECK(again.actorsUnchanged == 3);  // awo, schule, Verein Ä: named and left as they were
    CHECK(again.project == project);
  }
}

TEST_CASE("GraphML from yEd: the label in the node graphics", "[io][graphimport]") {
  const std::string file =
      R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel alignment="center"> Tafel e.V. </y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Diakonie</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>)";
  const RasterImport r = importGraphFile(Project{}, file);
  REQUIRE_FALSE(r.fatal);
  REQUIRE(r.project.actors.size() == 2);
  CHECK(r.project.actors[0].name == "Tafel e.V.");
  CHECK(r.project.actors[1].name == "Diakonie");
  CHECK(cooperationPairs(r.project) == std::set<std::tuple<std::string, std::string, CooperationType>>{
                                           {"Tafel e.V.", "Diakonie", CooperationType::Cooperation}});
}

TEST_CASE("graph import: invalid UTF-8 in a label becomes U+FFFD, so the project still saves", "[io][graphimport]") {
  const std::string graphml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                              "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"
                              "<graph edgedefault=\"undirected\"><node id=\"n1\"><data key=\"d0\">Caf\xE9 Nord</data></node>"
                              "</graph></graphml>";
  const RasterImport r = importGraphFile(Project{}, graphml);
  REQUIRE_FALSE(r.fatal);
  REQUIRE(r.project.actors.size() == 1);
  CHECK(r.project.actors[0].name == "Caf\xEF\xBF\xBD Nord");
  CHECK_NOTHROW(writeProjectJson(r.project));
}
