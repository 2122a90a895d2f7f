// The groups a broker connects (analysis/broker_groups.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/broker_groups.hpp"
#include "project_builder.hpp"

using namespace knp;

namespace {

std::size_t communityOf(const NetworkAnalysis& n, const char* actor) {
  for (const ActorCentrality& a : n.actors)
    if (a.actor.value == actor) return a.community;
  FAIL("no such actor");
  return 0;
}

}  // namespace

// Two triangles joined through m, which only cooperates with c and d:
//   a — b        e — f
//    \ /          \ /
//     c —— m —— d
TEST_CASE("A bridge between two groups connects both", "[analysis][broker_groups]") {
  const Project p = test::ProjectBuilder()
                        .actor("a").actor("b").actor("c").actor("m").actor("d").actor("e").actor("f")
                        .cooperation("a", "b").cooperation("b", "c").cooperation("a", "c")
                        .cooperation("c", "m").cooperation("m", "d")
                        .cooperation("d", "e").cooperation("e", "f").cooperation("d", "f")
                        .build();
  const NetworkAnalysis n = analyzeNetwork(p);
  REQUIRE(communityOf(n, "a") != communityOf(n, "f"));
  const std::vector<std::vector<std::size_t>> groups = brokerGroups(p, n, ActivityFilter{});
  REQUIRE(groups.size() == n.brokers.size());
  for (std::size_t i = 0; i < n.brokers.size(); ++i) {
    CHECK(std::is_sorted(groups[i].begin(), groups[i].end()));
    CHECK(std::find(groups[i].begin(), groups[i].end(), communityOf(n, n.brokers[i].actor.value.c_str())) !=
          groups[i].end());
    if (n.brokers[i].actor.value == "m") {
      std::vector<std::size_t> both{communityOf(n, "c"), communityOf(n, "d")};
      std::sort(both.begin(), both.end());
      CHECK(groups[i] == both);
    }
  }
  CHECK(std::any_of(n.brokers.begin(), n.brokers.end(), [](const Broker& b) { return b.actor.value == "m"; }));
}

TEST_CASE("No brokers, no groups", "[analysis][broker_groups]") {
  const Project empty;
  CHECK(brokerGroups(empty, analyzeNetwork(empty), ActivityFilter{}).empty());
  const Project lone = test::ProjectBuilder().actor("a").build();
  CHECK(brokerGroups(lone, analyzeNetwork(lone), ActivityFilter{}).empty());
}
