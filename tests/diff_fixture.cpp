#include "diff_fixture.hpp"

#include "project_builder.hpp"

namespace knp::test {

Indicator indicator(const char* id, IndicatorDirection direction, std::map<int, double> values) {
  Indicator result;
  result.id = IndicatorId(id);
  result.name = id;
  result.direction = direction;
  result.values = std::move(values);
  return result;
}

TwoStates twoStates() {
  Project before = ProjectBuilder()
                       .field("f1")
                       .field("f2")
                       .phase("p1", 1)
                       .phase("p2", 2)
                       .phase("p3", 3)
                       .concept_("c")
                       .goal("g1", "c", {"f1"})
                       .goal("g2", "c", {"f2"})
                       .actor("A")
                       .actor("B")
                       .actor("C")
                       .actor("D")
                       .activity("act1", "A", {}, {"f1"}, {"g1"}, {"p1"})
                       .activity("act2", "B", {}, {"f1"}, {"g1"}, {"p3"})
                       .activity("act3", "C", {}, {"f2"}, {"g2"}, {"p1", "p2"})
                       .cooperation("A", "C")
                       .build();
  before.indicators = {indicator("i1", IndicatorDirection::HigherIsBetter, {{2011, 10.0}}),
                       indicator("i2", IndicatorDirection::LowerIsBetter, {{2012, 5.0}}),
                       indicator("i3", IndicatorDirection::Neutral, {{2012, 1.0}})};

  Project after = before;
  after.actors.pop_back();  // D
  after.activities[1].status = ActivityStatus::Finished;
  after.activities[2].title = "act3 renamed";
  after.activities[2].lifePhases = {LifePhaseId("p1"), LifePhaseId("p3")};
  after.activities.push_back(after.activities[0]);
  after.activities.back().id = ActivityId("act4");
  after.activities.back().title = "act4";
  after.activities.back().partners = {ActorId("B")};
  after.activities.back().lifePhases = {LifePhaseId("p2")};
  after.cooperations = {{CooperationId("coop-2"), ActorId("B"), ActorId("C"), CooperationType::Cooperation, ""}};
  after.indicators[0].values[2012] = 12.0;
  after.indicators[0].target = IndicatorTarget{20.0, 2015};
  after.indicators[1].values[2013] = 7.0;
  after.indicators[2].values[2013] = 2.0;
  return {before, after};
}

}  // namespace knp::test
