// Property test of the undo history: any sequence of steps on the Hattingen example, undone
// to the start, gives back the original file byte for byte; redone to the end, the final one.
// No step may leave a dangling reference. Fixed seeds keep failures reproducible.
#include <catch2/catch.hpp>

#include <random>

#include "edit/history.hpp"
#include "edit/item_edits.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "model/validation.hpp"

using namespace knp;

namespace {

class RandomSteps {
 public:
  explicit RandomSteps(unsigned seed) : m_rng(seed) {}

  // One random step on `p`; may be empty (e.g. deleting from an empty list).
  Edit next(const Project& p) {
    switch (pick(10)) {
      case 0: return addActor(p);
      case 1: return addActivity(p);
      case 2: return renameSomething(p);
      case 3: return deleteSomething(p);
      case 4: return bulkPhase(p);
      case 5: return movePlacement(p);
      case 6: return addView(p);
      case 7: return addCooperation(p);
      case 8: return p.lifePhases.empty() ? Edit{} : moveLifePhaseEdit(p, any(p.lifePhases).id, pick(2) ? 1 : -1);
      default: return editProject(p, makeLabel(EditAction::ChangeProject, ItemKind::Actor),
                                  [&](Project& q) { q.title += "·"; });
    }
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng); }
  template <class T>
  const T& any(const std::vector<T>& items) {
    return items[pick(items.size())];
  }

  Edit addActor(const Project& p) {
    Actor a;
    a.name = "Neuer Akteur " + std::to_string(pick(1000));
    a.id = ActorId(newItemId(p, ItemKind::Actor, a.name));
    a.type = ActorType::MigrantOrganisation;
    return addItemEdit(p, a);
  }
  Edit addActivity(const Project& p) {
    if (p.actors.empty()) return {};
    Activity a;
    a.title = "Treff " + std::to_string(pick(1000));
    a.id = ActivityId(newItemId(p, ItemKind::Activity, a.title));
    a.lead = any(p.actors).id;
    if (!p.lifePhases.empty()) a.lifePhases.push_back(any(p.lifePhases).id);
    if (!p.goals.empty()) a.goals.push_back(any(p.goals).id);
    if (!p.fields.empty()) a.fields.push_back(any(p.fields).id);
    return addItemEdit(p, a);
  }
  Edit renameSomething(const Project& p) {
    if (pick(2) && !p.actors.empty()) {
      Actor a = any(p.actors);
      a.name += " (umbenannt)";
      a.contact.email = "neu@beispiel.de";
      return updateItemEdit(p, a);
    }
    if (p.activities.empty()) return {};
    Activity a = any(p.activities);
    a.title += "!";
    a.startYear = a.endYear ? *a.endYear : 2020 + static_cast<int>(pick(5));  // a valid range
    return updateItemEdit(p, a);
  }
  Edit deleteSomething(const Project& p) {
    std::vector<ItemRef> targets;
    switch (pick(6)) {
      case 0: if (!p.actors.empty()) targets.push_back(refOf(any(p.actors))); break;
      case 1: if (!p.activities.empty()) targets.push_back(refOf(any(p.activities))); break;
      case 2: if (!p.goals.empty()) targets.push_back(refOf(any(p.goals))); break;
      case 3: if (!p.lifePhases.empty()) targets.push_back(refOf(any(p.lifePhases))); break;
      case 4: if (!p.fields.empty()) targets.push_back(refOf(any(p.fields))); break;
      default: if (!p.concepts.empty() && pick(4) == 0) targets.push_back(refOf(any(p.concepts))); break;
    }
    return deleteItemsEdit(p, planDeletion(p, targets));
  }
  Edit bulkPhase(const Project& p) {
    if (p.activities.empty() || p.lifePhases.empty()) return {};
    std::vector<ActivityId> ids;
    for (int k = 0; k < 5; ++k) ids.push_back(any(p.activities).id);
    return changeActivitiesEdit(p, ids, refOf(any(p.lifePhases)), pick(2) ? ListEdit::Add : ListEdit::Remove);
  }
  Edit movePlacement(const Project& p) {
    if (p.actors.empty()) return {};
    const std::string key = "actor:" + any(p.actors).id.value;
    const double x = static_cast<double>(pick(2000)) / 7.0, y = -static_cast<double>(pick(2000)) / 3.0;
    return editProject(p, makeLabel(EditAction::Move, ItemKind::Actor),
                       [&](Project& q) { q.map.positions[key] = {x, y, PinState::Pinned}; });
  }
  Edit addView(const Project& p) {
    SavedView view;
    view.name = "Ansicht " + std::to_string(p.map.views.size() + 1) + "." + std::to_string(pick(100));
    if (!p.fields.empty()) view.filters.fields.push_back(any(p.fields).id);
    if (!p.actors.empty()) view.focus = "actor:" + any(p.actors).id.value;
    return editProject(p, makeLabel(EditAction::SaveView, ItemKind::Actor, view.name), [&](Project& q) {
      std::erase_if(q.map.views, [&](const SavedView& v) { return v.name == view.name; });
      q.map.views.push_back(view);
    });
  }
  Edit addCooperation(const Project& p) {
    if (p.actors.size() < 2) return {};
    Cooperation c;
    c.from = any(p.actors).id;
    c.to = any(p.actors).id;
    if (c.from == c.to) return {};
    c.id = CooperationId(newItemId(p, ItemKind::Cooperation, c.from.value + " " + c.to.value));
    c.type = CooperationType::Information;
    return addItemEdit(p, c);
  }

  std::mt19937 m_rng;
};

}  // namespace

TEST_CASE("random steps with undo and redo give back every state byte for byte", "[edit][history][property]") {
  const auto loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  for (unsigned seed : {1u, 42u, 2026u}) {
    INFO("seed " << seed);
    Project p = *loaded.project;
    const std::string original = writeProjectJson(p);
    History history;
    RandomSteps steps(seed);
    std::mt19937 coin(seed + 1);
    for (int k = 0; k < 150; ++k) {
      history.perform(p, steps.next(p));
      const auto problems = validateProject(p);  // never a dangling reference
      for (const Problem& problem : problems)
        if (problem.severity == Severity::Error) FAIL_CHECK(describe(problem));
      REQUIRE_FALSE(hasErrors(problems));
      if (coin() % 5 == 0) history.undo(p);  // some undone steps are dropped by the next one
    }
    const std::string final = writeProjectJson(p);
    const std::size_t end = history.position();
    CHECK(history.steps().size() > 50);

    // Undo step by step, checking each state against the one recorded while redoing later.
    std::vector<std::string> states{final};
    while (history.undo(p)) states.push_back(writeProjectJson(p));
    CHECK(states.back() == original);
    for (std::size_t k = states.size() - 1; k-- > 0;) {
      REQUIRE(history.redo(p));
      REQUIRE(writeProjectJson(p) == states[k]);
    }
    CHECK(history.position() == end);
    history.jumpTo(p, 0);
    CHECK(writeProjectJson(p) == original);
    history.jumpTo(p, end);
    CHECK(writeProjectJson(p) == final);
  }
}
