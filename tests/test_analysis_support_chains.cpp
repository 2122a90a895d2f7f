#include <catch2/catch.hpp>

#include "analysis/support_chains.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "town_project.hpp"

using namespace knp;

namespace {

// One letter per phase in order: C covered, B break, . outside.
std::string shape(const SupportChain& chain) {
  std::string text;
  for (const ChainLink& link : chain.links)
    text += link.state == LinkState::Covered ? 'C' : link.state == LinkState::Break ? 'B' : '.';
  return text;
}

const SupportChain& goalChain(const SupportChains& chains, const char* id) {
  for (const auto& chain : chains.goals)
    if (chain.goal->value == id) return chain;
  throw std::runtime_error(std::string("no chain for ") + id);
}

}  // namespace

TEST_CASE("support chains: covered, break and outside phases in life-phase order") {
  // Phase order kita, grundschule, jugend, beruf, alter.
  const SupportChains chains = computeSupportChains(test::townProject());
  const SupportChain& sprache = goalChain(chains, "sprache");  // k1 kita, s1 grundschule, v1 beruf
  CHECK(shape(sprache) == "CCBC.");
  CHECK(sprache.covered == 3);
  CHECK(sprache.breaks == 1);
  CHECK(sprache.span == 4);
  CHECK(sprache.ratio == Approx(0.75));
  CHECK(sprache.links[2].phase.value == "jugend");

  const SupportChain& leit = goalChain(chains, "leit");  // sprache's phases plus old in jugend
  CHECK(shape(leit) == "CCCC.");
  CHECK(leit.ratio == Approx(1.0));

  const SupportChain& eltern = goalChain(chains, "eltern");  // a1, c1 grundschule; c1 jugend; o1 beruf
  CHECK(shape(eltern) == ".CCC.");
  CHECK(eltern.links[1].activities == 2);

  const SupportChain& mobil = goalChain(chains, "mobil");
  CHECK(shape(mobil) == ".....");
  CHECK(mobil.span == 0);
  CHECK(mobil.ratio == Approx(0.0));

  REQUIRE(chains.fields.size() == 3);
  CHECK(shape(chains.fields[0]) == "CCCC.");  // bildung
  CHECK(shape(chains.fields[1]) == ".CCC.");  // soziales
  CHECK(shape(chains.fields[2]) == ".....");  // wohnen
}

TEST_CASE("support chains: the filter can break a chain") {
  ActivityFilter in2015;
  in2015.year = 2015;  // old (jugend, leit) ended 2012
  const SupportChains chains = computeSupportChains(test::townProject(), in2015);
  const SupportChain& leit = goalChain(chains, "leit");
  CHECK(shape(leit) == "CCBC.");
  CHECK(leit.ratio == Approx(0.75));
  // Without the finished o1 the eltern chain stops at jugend.
  const SupportChains current = computeSupportChains(test::townProject(), ActivityFilter::current());
  CHECK(shape(goalChain(current, "eltern")) == ".CC..");
}

TEST_CASE("support chains: degenerate projects") {
  CHECK(computeSupportChains(Project{}).goals.empty());
  SECTION("goals but no phases: empty chains") {
    const auto chains = computeSupportChains(test::ProjectBuilder().concept_("c").goal("g", "c", {}).build());
    REQUIRE(chains.goals.size() == 1);
    CHECK(chains.goals[0].links.empty());
    CHECK(chains.goals[0].ratio == Approx(0.0));
  }
  SECTION("two breaks in a row and a single covered phase") {
    const Project p = test::ProjectBuilder()
                          .field("f").phase("p1", 1).phase("p2", 2).phase("p3", 3).phase("p4", 4)
                          .concept_("c").goal("g", "c", {"f"}).goal("h", "c", {"f"}).actor("a")
                          .activity("x", "a", {}, {"f"}, {"g"}, {"p1", "p4"})
                          .activity("y", "a", {}, {"f"}, {"h"}, {"p3", "p3"})
                          .build();
    const auto chains = computeSupportChains(p);
    CHECK(shape(chains.goals[0]) == "CBBC");
    CHECK(chains.goals[0].breaks == 2);
    CHECK(chains.goals[0].ratio == Approx(0.5));
    CHECK(shape(chains.goals[1]) == "..C.");
    CHECK(chains.goals[1].links[2].activities == 1);  // the duplicated phase counts once
    CHECK(chains.goals[1].ratio == Approx(1.0));
  }
}

TEST_CASE("support chains: the Hattingen language chain breaks at secondary school") {
  const auto loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  const SupportChains chains = computeSupportChains(*loaded.project, ActivityFilter::current());
  const SupportChain& sprache = goalChain(chains, "ik-sprache");
  // fruehe-kindheit, kita, grundschule, jugend, uebergang, erwerbsleben, alter
  CHECK(shape(sprache) == "CCCBCC.");
  CHECK(sprache.links[3].phase.value == "jugend");
}
