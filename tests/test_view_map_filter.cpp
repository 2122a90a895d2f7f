// Map filters and focus: which nodes match, by hand-worked examples.
#include <catch2/catch.hpp>

#include "project_builder.hpp"
#include "view/map_filter.hpp"

using namespace knp;

namespace {

// Two fields, two phases, two concepts, three actors, three activities:
//   a1: school leads, field bildung, goal g1 (concept ik), phase kita, running 2010–2012
//   a2: verein leads, partner school, field sport, goal g2 (concept sk), phase alter, planned
//   a3: kirche leads, field bildung, goal g1, phase alter, finished 2005–2008
// g3 (concept sk, field bildung) is served by nobody.
Project filterProject() {
  return test::ProjectBuilder()
      .field("bildung")
      .field("sport")
      .phase("kita", 1)
      .phase("alter", 2)
      .concept_("ik")
      .concept_("sk")
      .goal("g1", "ik", {"bildung"})
      .goal("g2", "sk", {"sport"})
      .goal("g3", "sk", {"bildung"})
      .actor("school", ActorType::School)
      .actor("verein", ActorType::Association)
      .actor("kirche", ActorType::ReligiousCommunity)
      .activity("a1", "school", {}, {"bildung"}, {"g1"}, {"kita"}, ActivityStatus::Running, 2010, 2012)
      .activity("a2", "verein", {"school"}, {"sport"}, {"g2"}, {"alter"}, ActivityStatus::Planned)
      .activity("a3", "kirche", {}, {"bildung"}, {"g1"}, {"alter"}, ActivityStatus::Finished, 2005, 2008)
      .build();
}

// The keys of the matching vertices, sorted.
std::vector<std::string> matching(const Project& p, const MapFilters& f) {
  const ProjectGraph view = buildProjectGraph(p);
  const auto match = matchFilters(p, view, f);
  std::vector<std::string> keys;
  for (Vertex v = 0; v < match.size(); ++v)
    if (match[v] == FilterMatch::Match) keys.push_back(nodeKey(p, view, v));
  std::sort(keys.begin(), keys.end());
  return keys;
}

using Keys = std::vector<std::string>;

}  // namespace

TEST_CASE("no filter matches every node", "[graph][view][filter]") {
  const Project p = filterProject();
  CHECK(matching(p, {}).size() == 3 + 3 + 3 + 2);
}

TEST_CASE("a field filter keeps its activities, their actors and phases, and the field's goals", "[graph][view][filter]") {
  MapFilters f;
  f.fields = {FieldId("bildung")};
  // a1, a3; their leads school and kirche; g1 served, g3 lists bildung (an unserved goal stays
  // visible); phases kita (a1) and alter (a3).
  CHECK(matching(filterProject(), f) == Keys{"activity:a1", "activity:a3", "actor:kirche", "actor:school", "goal:g1",
                                              "goal:g3", "lifePhase:alter", "lifePhase:kita"});
}

TEST_CASE("criteria combine: every given one must hold", "[graph][view][filter]") {
  MapFilters f;
  f.fields = {FieldId("bildung")};
  f.lifePhases = {LifePhaseId("alter")};
  // Only a3 is in bildung for alter; kita is not listed, so it does not match.
  CHECK(matching(filterProject(), f) ==
        Keys{"activity:a3", "actor:kirche", "goal:g1", "goal:g3", "lifePhase:alter"});
}

TEST_CASE("an actor type filter keeps activities an actor of that type leads or partners", "[graph][view][filter]") {
  MapFilters f;
  f.actorTypes = {ActorType::School};
  // a1 (school leads), a2 (school is partner); actors: only the school; goals served: g1, g2;
  // phases: kita, alter.
  CHECK(matching(filterProject(), f) ==
        Keys{"activity:a1", "activity:a2", "actor:school", "goal:g1", "goal:g2", "lifePhase:alter", "lifePhase:kita"});
}

TEST_CASE("year, status and concept filters", "[graph][view][filter]") {
  const Project p = filterProject();
  MapFilters year;
  year.year = 2011;
  // a1 runs 2010–2012; a2 has no years (always); a3 ended 2008.
  CHECK(matching(p, year) == Keys{"activity:a1", "activity:a2", "actor:school", "actor:verein", "goal:g1", "goal:g2",
                                   "lifePhase:alter", "lifePhase:kita"});
  MapFilters status;
  status.statuses = {ActivityStatus::Finished};
  CHECK(matching(p, status) == Keys{"activity:a3", "actor:kirche", "goal:g1", "lifePhase:alter"});
  MapFilters concepts;
  concepts.concepts = {ConceptId("sk")};
  // a2 serves g2 (sk); goals of sk: g2 and g3 (no other criterion, so g3 stays although unserved).
  CHECK(matching(p, concepts) ==
        Keys{"activity:a2", "actor:school", "actor:verein", "goal:g2", "goal:g3", "lifePhase:alter"});
}

TEST_CASE("a filter that matches nothing fades every node", "[graph][view][filter]") {
  MapFilters f;
  f.lifePhases = {LifePhaseId("nonexistent")};
  CHECK(matching(filterProject(), f).empty());
}

TEST_CASE("node keys name vertices both ways", "[graph][view][filter]") {
  const Project p = filterProject();
  const ProjectGraph view = buildProjectGraph(p);
  for (Vertex v = 0; v < boost::num_vertices(view.graph); ++v) CHECK(vertexOfKey(view, nodeKey(p, view, v)) == v);
  CHECK(nodeKey(p, view, view.goalVertex.at(2)) == "goal:g3");
  CHECK_FALSE(vertexOfKey(view, "actor:nobody"));
  CHECK_FALSE(vertexOfKey(view, "school"));
  CHECK_FALSE(vertexOfKey(view, ""));
}

TEST_CASE("filters on an empty project", "[graph][view][filter]") {
  MapFilters f;
  f.fields = {FieldId("x")};
  CHECK(matchFilters(Project{}, buildProjectGraph(Project{}), f).empty());
}
