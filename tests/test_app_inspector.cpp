// The inspector: following the map's selection, making new items, deleting with everything
// that hangs on them in one undoable step, editing several activities at once, and text
// fields that commit once when the user leaves them. Drawn in a headless ImGui context where
// the UI matters; the decisions are tested through the free functions behind it.
#include <imgui.h>
#include <imgui_internal.h>  // HoveredId: where a field is, to click into it

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <utility>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "embedded_data.hpp"
#include "fixtures.hpp"
#include "headless_imgui.hpp"
#include "io/project_json.hpp"
#include "model/validation.hpp"
#include "window/inspector/inspector.hpp"
#include "window/inspector/forms.hpp"
#include "window/inspector/item_picker.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// One ImGui context with the built-in font and a 600×800 window at (0,0) for the content.
class Headless {
 public:
  // One frame: `content` inside the window, `dialogs` after it (as the main window does),
  // the mouse at `mouse` with the left button as given.
  void frame(const std::function<void()>& content, const std::function<void()>& dialogs = {},
             ImVec2 mouse = ImVec2(-1, -1), bool leftDown = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = mouse;
    io.MouseDown[0] = leftDown;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(600, 800));
    ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    content();
    ImGui::End();
    if (dialogs) dialogs();
    ImGui::Render();
  }

  void click(const std::function<void()>& content, ImVec2 at) {
    frame(content, {}, at, false);
    frame(content, {}, at, true);
    frame(content, {}, at, false);
  }

 private:
  test::HeadlessImGui m_imgui{600, 800};
};

// Where the item `id` is: the first point down the line x = 100 where the mouse hovers it.
ImVec2 findItem(Headless& ui, const std::function<void()>& content, ImGuiID id) {
  REQUIRE(id != 0);
  for (float y = 0; y < 800; y += 3) {
    ui.frame(content, {}, ImVec2(100, y));
    if (ImGui::GetCurrentContext()->HoveredId == id) return ImVec2(100, y + 2);
  }
  FAIL("item not found");
  return {};
}

std::unique_ptr<AppState> stateOf(Project project) {
  auto s = std::make_unique<AppState>(std::move(project), "test", Language::German);
  finishLayout(*s);
  settleLayout(*s);  // the arrangement at opening is part of the project, not a step
  return s;
}

Vertex vertex(const AppState& s, NodeKind kind, const char* id) {
  const std::optional<Vertex> v = s.view.vertexOf(kind, id);
  REQUIRE(v);
  return *v;
}

bool hasErrors(const Project& p) {
  for (const Problem& problem : validateProject(p))
    if (problem.severity == Severity::Error) return true;
  return false;
}

// smallProject() (fixtures.hpp) with a third activity, "Elterncafé", led by a1, no phases.
Project threeActivities() {
  Project p = test::smallProject();
  Activity act3;
  act3.id = ActivityId("act3");
  act3.title = "Elterncafé";
  act3.lead = ActorId("a1");
  p.activities.push_back(act3);
  return p;
}

}  // namespace

TEST_CASE("the inspector follows the map's selection", "[inspector]") {
  Headless ui;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  auto draw = [&] { inspector.draw(*s); };

  ui.frame(draw);
  CHECK_FALSE(inspector.current());

  select(*s, vertex(*s, NodeKind::Activity, "act1"));
  ui.frame(draw);
  CHECK(inspector.subject() == Inspector::Subject::Item);
  REQUIRE(inspector.current());
  CHECK(*inspector.current() == ItemRef{ItemKind::Activity, "act1"});

  toggleSelected(*s, vertex(*s, NodeKind::Activity, "act2"));
  ui.frame(draw);
  CHECK(inspector.subject() == Inspector::Subject::Selection);

  select(*s, vertex(*s, NodeKind::Actor, "a2"));
  ui.frame(draw);
  CHECK(inspector.subject() == Inspector::Subject::Item);
  CHECK(*inspector.current() == ItemRef{ItemKind::Actor, "a2"});

  // Clearing the selection keeps the item being edited.
  s->selection.clear();
  ui.frame(draw);
  CHECK(*inspector.current() == ItemRef{ItemKind::Actor, "a2"});

  // show() (after a quick-add) wins over the selection of that frame.
  inspector.show({ItemKind::Cooperation, "coop1"});
  select(*s, vertex(*s, NodeKind::Goal, "g1"));
  ui.frame(draw);
  CHECK(*inspector.current() == ItemRef{ItemKind::Cooperation, "coop1"});

  CHECK(s->history.steps().empty());  // looking changes nothing
}

TEST_CASE("an edit in a field is kept when the map selects another node on the same press", "[inspector]") {
  Headless ui;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  select(*s, vertex(*s, NodeKind::Actor, "a1"));
  ImGuiID nameField = 0;
  bool mapPressed = false;
  auto draw = [&] {
    ImGui::PushID("actor");
    ImGui::PushID("a1");
    nameField = ImGui::GetID("Name");
    ImGui::PopID();
    ImGui::PopID();
    // The canvas, drawn before the inspector, selects on the press that ends the edit.
    if (std::exchange(mapPressed, false)) select(*s, vertex(*s, NodeKind::Activity, "act2"));
    inspector.draw(*s);
  };
  ui.frame(draw);
  const ImVec2 field = findItem(ui, draw, nameField);
  ui.click(draw, field);
  ImGui::GetIO().AddInputCharactersUTF8("X");
  ui.frame(draw, {}, field);
  CHECK(s->history.steps().empty());

  mapPressed = true;
  ui.frame(draw, {}, ImVec2(590, 790), true);
  ui.frame(draw, {}, ImVec2(590, 790), false);
  CHECK(findActor(s->project, ActorId("a1"))->name == "Verein ÄX");
  CHECK(s->history.steps().size() == 1);
  CHECK(*inspector.current() == ItemRef{ItemKind::Activity, "act2"});
}

TEST_CASE("every form draws without changing the project", "[inspector]") {
  Headless ui;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  const std::string before = writeProjectJson(s->project);
  auto draw = [&] { inspector.draw(*s); };
  for (Language language : {Language::German, Language::English}) {
    s->language = language;
    for (ItemKind kind : {ItemKind::Field, ItemKind::LifePhase, ItemKind::Concept, ItemKind::Goal, ItemKind::Actor,
                          ItemKind::Activity, ItemKind::Cooperation, ItemKind::Indicator})
      for (const Choice& item : choicesOf(s->project, kind)) {
        inspector.show({kind, item.id});
        ui.frame(draw);
        ui.frame(draw);
        CHECK(*inspector.current() == ItemRef{kind, item.id});
      }
    inspector.showProject();
    ui.frame(draw);
    CHECK(inspector.subject() == Inspector::Subject::Project);
  }
  // Several activities, then a mixed selection.
  select(*s, vertex(*s, NodeKind::Activity, "act1"));
  toggleSelected(*s, vertex(*s, NodeKind::Activity, "act2"));
  ui.frame(draw);
  toggleSelected(*s, vertex(*s, NodeKind::Actor, "a1"));
  ui.frame(draw);
  CHECK(inspector.subject() == Inspector::Subject::Selection);

  CHECK(s->history.steps().empty());
  CHECK(writeProjectJson(s->project) == before);
}

TEST_CASE("the current item that no longer exists is let go", "[inspector]") {
  Headless ui;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  inspector.show({ItemKind::Indicator, "i1"});
  inspector.requestDelete(*s);
  REQUIRE(inspector.deleteTargets() == std::vector<ItemRef>{{ItemKind::Indicator, "i1"}});
  CHECK(inspector.confirmDelete(*s));
  ui.frame([&] { inspector.draw(*s); });  // shows "nothing to edit", must not crash
  CHECK_FALSE(itemExists(s->project, {ItemKind::Indicator, "i1"}));
  CHECK(undo(*s));
  CHECK(itemExists(s->project, {ItemKind::Indicator, "i1"}));
}

TEST_CASE("deleting an actor takes its activities and cooperations in one step, undone exactly", "[inspector]") {
  //   body ─member─ a1 ══coop1══ a2          deleting a1 deletes act1 (it leads it) and coop1;
  //                 │lead        │partner    act1's partner a2 stays, and so does act2.
  //                act1 ─────────┘
  Headless ui;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  const std::string before = writeProjectJson(s->project);
  const std::size_t steps = s->history.steps().size();

  select(*s, vertex(*s, NodeKind::Actor, "a1"));
  inspector.requestDelete(*s);
  REQUIRE(inspector.deleteTargets() == std::vector<ItemRef>{{ItemKind::Actor, "a1"}});
  // The question draws (with the items deleted along and the references removed).
  ui.frame([&] { inspector.draw(*s); }, [&] { inspector.drawDialogs(*s); });
  ui.frame([&] { inspector.draw(*s); }, [&] { inspector.drawDialogs(*s); });
  CHECK(s->history.steps().size() == steps);

  REQUIRE(inspector.confirmDelete(*s));
  CHECK(s->history.steps().size() == steps + 1);
  CHECK_FALSE(itemExists(s->project, {ItemKind::Actor, "a1"}));
  CHECK_FALSE(itemExists(s->project, {ItemKind::Activity, "act1"}));
  CHECK_FALSE(itemExists(s->project, {ItemKind::Cooperation, "coop1"}));
  CHECK(itemExists(s->project, {ItemKind::Actor, "a2"}));
  CHECK(itemExists(s->project, {ItemKind::Actor, "body"}));
  CHECK(itemExists(s->project, {ItemKind::Activity, "act2"}));
  CHECK_FALSE(hasErrors(s->project));
  CHECK(s->selection.empty());
  ui.frame([&] { inspector.draw(*s); }, [&] { inspector.drawDialogs(*s); });

  REQUIRE(undo(*s));
  CHECK(writeProjectJson(s->project) == before);
}

TEST_CASE("deleting several selected nodes is one step", "[inspector]") {
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  const std::string before = writeProjectJson(s->project);
  select(*s, vertex(*s, NodeKind::Goal, "g1"));
  toggleSelected(*s, vertex(*s, NodeKind::LifePhase, "p2"));
  inspector.requestDelete(*s);
  REQUIRE(inspector.deleteTargets().size() == 2);
  REQUIRE(inspector.confirmDelete(*s));
  CHECK(s->history.steps().size() == 1);
  CHECK_FALSE(itemExists(s->project, {ItemKind::Goal, "g1"}));
  CHECK_FALSE(itemExists(s->project, {ItemKind::LifePhase, "p2"}));
  CHECK_FALSE(hasErrors(s->project));
  REQUIRE(undo(*s));
  CHECK(writeProjectJson(s->project) == before);
}

TEST_CASE("nothing to delete asks nothing", "[inspector]") {
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  inspector.requestDelete(*s);
  CHECK(inspector.deleteTargets().empty());
  CHECK_FALSE(inspector.confirmDelete(*s));
  inspector.showProject();
  inspector.requestDelete(*s);
  CHECK(inspector.deleteTargets().empty());
  CHECK(s->history.steps().empty());
}

TEST_CASE("a new item gets a default name, a fresh id and what it needs", "[inspector]") {
  auto s = stateOf(test::smallProject());

  NewItem actor = newItemStep(*s, ItemKind::Actor);
  REQUIRE_FALSE(actor.problem);
  CHECK(actor.item == ItemRef{ItemKind::Actor, "neuer-akteur"});
  REQUIRE(dispatch(*s, actor.edit));
  CHECK(findActor(s->project, ActorId("neuer-akteur"))->name == "Neuer Akteur");
  CHECK(newItemStep(*s, ItemKind::Actor).item.id == "neuer-akteur-2");

  SECTION("an activity is led by the selected actor, else by the first") {
    NewItem first = newItemStep(*s, ItemKind::Activity);
    REQUIRE(dispatch(*s, first.edit));
    CHECK(findActivity(s->project, ActivityId(first.item.id))->lead == ActorId("a1"));
    select(*s, vertex(*s, NodeKind::Actor, "a2"));
    NewItem second = newItemStep(*s, ItemKind::Activity);
    REQUIRE(dispatch(*s, second.edit));
    CHECK(findActivity(s->project, ActivityId(second.item.id))->lead == ActorId("a2"));
    CHECK(findActivity(s->project, ActivityId(second.item.id))->title == "Neue Aktivität");
  }
  SECTION("a goal belongs to the first concept") {
    NewItem goal = newItemStep(*s, ItemKind::Goal);
    REQUIRE(dispatch(*s, goal.edit));
    CHECK(findGoal(s->project, GoalId(goal.item.id))->conceptId == ConceptId("c1"));
  }
  SECTION("a cooperation joins the selected actors first") {
    select(*s, vertex(*s, NodeKind::Actor, "body"));
    NewItem coop = newItemStep(*s, ItemKind::Cooperation);
    REQUIRE(dispatch(*s, coop.edit));
    const Cooperation& c = s->project.cooperations.back();
    CHECK(c.id.value == coop.item.id);
    CHECK(c.from == ActorId("body"));
    CHECK(c.to == ActorId("a1"));
  }
  SECTION("a life phase comes after the last") {
    NewItem phase = newItemStep(*s, ItemKind::LifePhase);
    REQUIRE(dispatch(*s, phase.edit));
    const LifePhase* p = findLifePhase(s->project, LifePhaseId(phase.item.id));
    CHECK(p->order == 3);
    CHECK(p->minAge == 65);
    CHECK(lifePhasesInOrder(s->project).back() == p);
  }
  SECTION("fields, concepts and indicators, in English") {
    s->language = Language::English;
    for (ItemKind kind : {ItemKind::Field, ItemKind::Concept, ItemKind::Indicator}) {
      NewItem item = newItemStep(*s, kind);
      REQUIRE(dispatch(*s, item.edit));
      CHECK(itemExists(s->project, item.item));
    }
    CHECK(s->project.fields.back().name == "New field of action");
    CHECK(s->project.fields.back().colour != s->project.fields.front().colour);
  }
  CHECK_FALSE(hasErrors(s->project));
}

TEST_CASE("a new item that needs others says so", "[inspector]") {
  Project p;
  p.actors.push_back(Actor{ActorId("solo"), "Solo", ActorType::Other, "", {}, {}});
  auto s = stateOf(p);
  CHECK(newItemStep(*s, ItemKind::Goal).problem == UiText::NewNeedsConcept);
  CHECK(newItemStep(*s, ItemKind::Cooperation).problem == UiText::NewNeedsTwoActors);
  CHECK(newItemStep(*s, ItemKind::Cooperation).edit.empty());
  CHECK_FALSE(newItemStep(*s, ItemKind::Activity).problem);

  auto empty = stateOf(Project{});
  CHECK(newItemStep(*empty, ItemKind::Activity).problem == UiText::NewNeedsActor);
  CHECK_FALSE(newItemStep(*empty, ItemKind::Concept).problem);
}

TEST_CASE("the multi-edit adds a life phase to three selected activities in one step", "[inspector]") {
  Headless ui;
  Inspector inspector;
  auto s = stateOf(threeActivities());
  const std::string before = writeProjectJson(s->project);
  select(*s, vertex(*s, NodeKind::Activity, "act1"));
  toggleSelected(*s, vertex(*s, NodeKind::Activity, "act2"));
  toggleSelected(*s, vertex(*s, NodeKind::Activity, "act3"));
  ui.frame([&] { inspector.draw(*s); });
  CHECK(inspector.subject() == Inspector::Subject::Selection);
  REQUIRE(selectedActivities(*s) ==
          std::vector<ActivityId>{ActivityId("act1"), ActivityId("act2"), ActivityId("act3")});

  REQUIRE(changeSelectedActivities(*s, {ItemKind::LifePhase, "p2"}, ListEdit::Add));
  CHECK(s->history.steps().size() == 1);
  for (const Activity& a : s->project.activities)
    CHECK(std::count(a.lifePhases.begin(), a.lifePhases.end(), LifePhaseId("p2")) == 1);  // act2 had it already
  CHECK(s->selection.size() == 3);  // the selection survives the step
  ui.frame([&] { inspector.draw(*s); });

  REQUIRE(changeSelectedActivities(*s, {ItemKind::Field, "f1"}, ListEdit::Remove));
  for (const Activity& a : s->project.activities) CHECK(a.fields != std::vector<FieldId>{FieldId("f1")});
  REQUIRE(undo(*s));
  REQUIRE(undo(*s));
  CHECK(writeProjectJson(s->project) == before);

  // With an actor among them, there is nothing to edit together.
  toggleSelected(*s, vertex(*s, NodeKind::Actor, "a1"));
  CHECK(selectedActivities(*s).empty());
  CHECK_FALSE(changeSelectedActivities(*s, {ItemKind::LifePhase, "p1"}, ListEdit::Add));
}

TEST_CASE("a text field reports one change, when the user leaves it", "[inspector]") {
  Headless ui;
  TextFields fields;
  std::string value = "Alt";
  int commits = 0;
  ImVec2 field;
  auto draw = [&] {
    field = ImGui::GetCursorScreenPos();
    if (fields.edit("Name", value)) ++commits;
    ImGui::Button("anderswo");
  };
  ui.frame(draw);
  const ImVec2 inside(field.x + 200, field.y + ImGui::GetFontSize() * 0.5f + 3);
  const ImVec2 outside(500, 700);

  ui.click(draw, inside);
  ImGui::GetIO().AddInputCharactersUTF8("xü");
  ui.frame(draw, {}, inside);
  ImGui::GetIO().AddInputCharactersUTF8("z");
  ui.frame(draw, {}, inside);
  CHECK(commits == 0);
  CHECK(value == "Alt");
  ui.click(draw, outside);
  CHECK(commits == 1);
  CHECK(value == "Altxüz");

  // A change in the model (an undo) shows in the field while it is not being edited.
  value = "Neu";
  ui.frame(draw);
  ui.click(draw, inside);
  ImGui::GetIO().AddInputCharactersUTF8("!");
  ui.frame(draw, {}, inside);
  ui.click(draw, outside);
  CHECK(commits == 2);
  CHECK(value == "Neu!");

  // Entering and leaving without typing is no change.
  ui.click(draw, inside);
  ui.click(draw, outside);
  CHECK(commits == 2);
}

TEST_CASE("a change that would make an item invalid is refused", "[inspector]") {
  Activity a;
  a.title = "Sprachcafé";
  CHECK_FALSE(problemWith(a));
  a.startYear = 2012;
  a.endYear = 2011;
  CHECK(problemWith(a) == UiText::YearRange);
  a.endYear = 2012;
  CHECK_FALSE(problemWith(a));
  a.title = "  ";
  CHECK(problemWith(a) == UiText::NameRequired);

  LifePhase phase{LifePhaseId("p"), "Kita", 3, 2, 1};
  CHECK(problemWith(phase) == UiText::AgeRange);
  phase.maxAge.reset();
  CHECK_FALSE(problemWith(phase));

  Cooperation c{CooperationId("c"), ActorId("a1"), ActorId("a1"), CooperationType::Funding, ""};
  CHECK(problemWith(c) == UiText::SelfCooperation);
  c.to = ActorId("a2");
  CHECK_FALSE(problemWith(c));

  CHECK(problemWith(Actor{}) == UiText::NameRequired);
  CHECK(problemWith(Field{}) == UiText::NameRequired);
  CHECK(problemWith(Concept{}) == UiText::NameRequired);
  CHECK(problemWith(Goal{}) == UiText::NameRequired);
  CHECK(problemWith(Indicator{}) == UiText::NameRequired);
}

TEST_CASE("numbers as users type them", "[inspector]") {
  CHECK(parseWholeNumber(" 2012 ") == 2012);
  CHECK(parseWholeNumber("+5") == 5);
  CHECK(parseWholeNumber("-3") == -3);
  CHECK_FALSE(parseWholeNumber(""));
  CHECK_FALSE(parseWholeNumber("20x"));
  CHECK_FALSE(parseWholeNumber("2012.5"));
  CHECK_FALSE(parseWholeNumber("99999999999"));

  CHECK(parseDecimal("11,5").value() == Approx(11.5));
  CHECK(parseDecimal(" 0.1 ").value() == Approx(0.1));
  CHECK(parseDecimal("1e3").value() == Approx(1000.0));
  CHECK_FALSE(parseDecimal("abc"));
  CHECK_FALSE(parseDecimal("inf"));
  CHECK_FALSE(parseDecimal(""));
  for (double v : {11.25, 0.1, -3.0, 1e-7}) CHECK(parseDecimal(formatDecimal(v)).value() == Approx(v));
  CHECK(formatDecimal(0.1) == "0.1");
}

TEST_CASE("pickers filter by name ignoring case, umlauts included", "[inspector]") {
  const Project p = test::smallProject();
  const std::vector<Choice> actors = choicesOf(p, ItemKind::Actor);
  REQUIRE(actors.size() == 3);
  CHECK(matchingChoices(actors, "ä") == std::vector<std::size_t>{0});
  CHECK(matchingChoices(actors, "SCHULE") == std::vector<std::size_t>{1});
  CHECK(matchingChoices(actors, "  ").size() == 3);
  CHECK(matchingChoices(actors, "xyz").empty());
  const std::vector<Choice> bodies = choicesOf(p, ItemKind::Actor, [&](std::string_view id) {
    return findActor(p, ActorId(std::string(id)))->type == ActorType::Body;
  });
  CHECK(bodies == std::vector<Choice>{{"body", "Integrationsrat"}});
  CHECK(choicesOf(p, ItemKind::Cooperation).front().name == "Verein Ä – Schule Ö");
  CHECK(choiceName(p, ItemKind::Actor, "gone", Language::German) == "gone");
  CHECK(choiceName(p, ItemKind::Actor, "", Language::German) == "keins");
}

TEST_CASE("a goal's parent cannot be the goal or one below it", "[inspector]") {
  // g1 ◄─parent─ g2
  const Project p = test::smallProject();
  CHECK(descendsFrom(p, GoalId("g2"), GoalId("g1")));
  CHECK(descendsFrom(p, GoalId("g1"), GoalId("g1")));
  CHECK_FALSE(descendsFrom(p, GoalId("g1"), GoalId("g2")));
  Project cycle = p;
  cycle.goals[0].parent = GoalId("g2");  // already a cycle: must still end
  CHECK_FALSE(descendsFrom(cycle, GoalId("g1"), GoalId("elsewhere")));
}

TEST_CASE("a new item's name field takes the keyboard; an empty name is refused", "[inspector]") {
  Headless ui;
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_Backspace] = 1;
  Inspector inspector;
  auto s = stateOf(test::smallProject());
  auto draw = [&] { inspector.draw(*s); };
  inspector.show({ItemKind::Actor, "a2"});
  for (int i = 0; i < 3; ++i) ui.frame(draw);  // io.WantTextInput tells of the frame before
  CHECK(io.WantTextInput);                     // the name field has the keyboard, its text selected

  io.KeysDown[1] = true;  // Backspace deletes the selected name
  ui.frame(draw);
  io.KeysDown[1] = false;
  ui.frame(draw);
  ui.click(draw, ImVec2(590, 790));  // leave the field
  ui.frame(draw);
  CHECK_FALSE(io.WantTextInput);
  CHECK(inspector.problem() == UiText::NameRequired);
  CHECK(s->history.steps().empty());
  CHECK(findActor(s->project, ActorId("a2"))->name == "Schule Ö");

  // The field shows the name again: typing at its end and leaving makes one step.
  ImGuiID nameField = 0;
  auto drawAndFind = [&] {
    ImGui::PushID("actor");
    ImGui::PushID("a2");
    nameField = ImGui::GetID("Name");
    ImGui::PopID();
    ImGui::PopID();
    draw();
  };
  ui.frame(drawAndFind);  // learns the field's id
  const ImVec2 field = findItem(ui, drawAndFind, nameField);
  ui.click(drawAndFind, field);
  io.AddInputCharactersUTF8("!");
  ui.frame(drawAndFind, {}, field);
  ui.click(drawAndFind, ImVec2(590, 790));
  CHECK(findActor(s->project, ActorId("a2"))->name == "Schule Ö!");
  CHECK(s->history.steps().size() == 1);
  CHECK_FALSE(inspector.problem());
}

TEST_CASE("the Hattingen example: forms draw, a concept goes with its goals and comes back", "[inspector]") {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  loaded.project->map.graph.clear();  // every kind on the map: the selection below takes the activities
  Headless ui;
  Inspector inspector;
  auto s = stateOf(std::move(*loaded.project));
  const std::string before = writeProjectJson(s->project);
  auto draw = [&] { inspector.draw(*s); };
  for (ItemKind kind : {ItemKind::Field, ItemKind::LifePhase, ItemKind::Concept, ItemKind::Goal, ItemKind::Actor,
                        ItemKind::Activity, ItemKind::Cooperation, ItemKind::Indicator}) {
    const std::vector<Choice> items = choicesOf(s->project, kind);
    for (std::size_t i = 0; i < std::min<std::size_t>(items.size(), 3); ++i) {
      inspector.show({kind, items[i].id});
      ui.frame(draw);
    }
  }
  s->selection.assign(s->view.activityVertex.begin(), s->view.activityVertex.end());
  ui.frame(draw);
  CHECK(inspector.subject() == Inspector::Subject::Selection);
  CHECK(s->history.steps().empty());

  REQUIRE_FALSE(s->project.concepts.empty());
  const ItemRef concept_{ItemKind::Concept, s->project.concepts.front().id.value};
  inspector.show(concept_);
  inspector.requestDelete(*s);
  ui.frame(draw, [&] { inspector.drawDialogs(*s); });
  REQUIRE(inspector.confirmDelete(*s));
  CHECK(s->history.steps().size() == 1);
  CHECK_FALSE(hasErrors(s->project));
  REQUIRE(undo(*s));
  CHECK(writeProjectJson(s->project) == before);
}
