// The Konferenz tab's polls and comments drawn headlessly: a digit on the selected option row
// sets the chosen table's dots as one step each (and undo takes them back one by one),
// "Vereinbaren" takes the agreement over and names the goals, a comment is added about the
// selected node; the inspector's delete question moves, keeps or deletes the comments.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <memory>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "headless_imgui.hpp"
#include "project_builder.hpp"
#include "window/inspector/inspector.hpp"
#include "window/panels/conference/sections.hpp"

using namespace knp;
using namespace knp::app;

namespace {

constexpr int kKeypadZero = 320;  // GLFW_KEY_KP_0, as the window's backend indexes keys

// Vertices: A(0), B(1), x(2), g(3), h(4), i(5), kid(6).
//   A ──lead── x ──serves── g        h, i: goals nobody serves
// The agreement "p1" (tables T1, T2, 3 dots each, choose 1) offers g, h and i, no dots yet.
// Conference "k" (2013-11-20) has a comment about A.
std::unique_ptr<AppState> town() {
  Project p = test::ProjectBuilder()
                  .field("bildung")
                  .phase("kid", 1)
                  .concept_("c")
                  .goal("g", "c", {"bildung"})
                  .goal("h", "c", {"bildung"})
                  .goal("i", "c", {"bildung"})
                  .actor("A")
                  .actor("B")
                  .activity("x", "A", {}, {"bildung"}, {"g"}, {"kid"})
                  .build();
  Poll poll;
  poll.id = "p1";
  poll.question = "Schwerpunkte?";
  poll.kind = PollKind::Agreement;
  poll.tables = {"T1", "T2"};
  poll.choose = 1;
  poll.options = {{"o1", "goal:g", "Ziel g", {}}, {"o2", "goal:h", "Ziel h", {}}, {"o3", "goal:i", "Ziel i", {}}};
  Conference k;
  k.id = ConferenceId("k");
  k.title = "Integrationskonferenz 2013";
  k.date = "2013-11-20";
  k.polls = {poll};
  k.comments = {{"c1", CommentKind::Idea, "actor:A", "Samstags auch", "Murmelgruppe 2", "2013-11-20", ""}};
  p.conferences = {k};
  auto s = std::make_unique<AppState>(std::move(p), "test", Language::German);
  s->layout.cancel();
  s->conference = ConferenceId("k");
  return s;
}

const Poll& pollOf(const AppState& s) { return s.project.conferences.front().polls.front(); }

int dots(const AppState& s, const char* option, const char* table) {
  for (const PollOption& o : pollOf(s).options)
    if (o.id == option) {
      const auto it = o.dots.find(table);
      return it == o.dots.end() ? 0 : it->second;
    }
  return -1;
}

// One frame of `draw` in a window filling the display; `key` held down, the mouse at `mouse`
// (pressed when `click`).
template <class Draw>
void frame(Draw&& draw, int key = -1, ImVec2 mouse = ImVec2(-1, -1), bool click = false) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  io.MousePos = mouse;
  io.MouseDown[0] = click;
  std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
  if (key >= 0) io.KeysDown[key] = true;
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
  draw();
  ImGui::End();
  ImGui::Render();
}

template <class Draw>
void press(Draw&& draw, int key) {
  frame(draw, key);
  frame(draw);
}

// Clicks the button `label` drawn under the id "##polls" / "##comments" of the test window:
// the mouse sweeps the window until ImGui reports the button hovered. False when it is not found.
template <class Draw>
bool clickButton(Draw&& draw, const char* scope, const char* label) {
  ImGuiWindow* window = ImGui::FindWindowByName("##test");
  REQUIRE(window != nullptr);
  const ImGuiID id = ImHashStr(label, 0, ImHashStr(scope, 0, window->ID));
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  for (float y = 2; y < size.y; y += 4)
    for (float x = 6; x < size.x * 0.5f; x += 24) {
      frame(draw, -1, ImVec2(x, y));
      if (ImGui::GetCurrentContext()->HoveredIdPreviousFrame != id) continue;
      frame(draw, -1, ImVec2(x, y), true);
      frame(draw, -1, ImVec2(x, y), false);
      return true;
    }
  return false;
}

}  // namespace

TEST_CASE("a digit on the selected option sets the chosen table's dots, one step each", "[window][conference]") {
  test::HeadlessImGui imgui(460, 1400);
  auto s = town();
  PollsSection polls;
  auto draw = [&] { polls.draw(*s); };
  frame(draw);
  CHECK(s->poll == "p1");        // the conference's first poll is shown
  CHECK(polls.table() == "T1");  // its first table counts

  const std::size_t start = s->history.position();
  press(draw, '5');  // no row selected: nothing
  CHECK(s->history.position() == start);

  polls.selectOption("o2");
  press(draw, '3');
  CHECK(dots(*s, "o2", "T1") == 3);
  CHECK(s->history.position() == start + 1);
  CHECK(s->history.steps().back().label.action == EditAction::Vote);
  press(draw, '2');  // the same cell again: replaced, not added
  CHECK(dots(*s, "o2", "T1") == 2);

  polls.chooseTable("T2");
  press(draw, kKeypadZero + 4);
  CHECK(dots(*s, "o2", "T2") == 4);
  CHECK(dots(*s, "o2", "T1") == 2);
  press(draw, '0');  // zero removes the entry
  CHECK(pollOf(*s).options[1].dots.count("T2") == 0);
  CHECK(s->history.position() == start + 4);

  // Undo takes the entries back one by one, to the poll as it was.
  REQUIRE(undo(*s));
  CHECK(dots(*s, "o2", "T2") == 4);
  REQUIRE(undo(*s));
  CHECK(dots(*s, "o2", "T2") == 0);
  CHECK(dots(*s, "o2", "T1") == 2);
  REQUIRE(undo(*s));
  CHECK(dots(*s, "o2", "T1") == 3);
  REQUIRE(undo(*s));
  CHECK(pollOf(*s).options[1].dots.empty());
  CHECK(s->history.position() == start);

  SECTION("Ctrl+digit is no count") {
    polls.selectOption("o1");
    ImGui::GetIO().KeyCtrl = true;
    press(draw, '7');
    ImGui::GetIO().KeyCtrl = false;
    CHECK(s->history.position() == start);
  }
}

TEST_CASE("\"Vereinbaren\" makes the top goals priorities of the conference's year, ties at the cut included",
          "[window][conference]") {
  test::HeadlessImGui imgui(460, 1400);
  auto s = town();
  PollsSection polls;
  auto draw = [&] { polls.draw(*s); };
  frame(draw);
  // g: 2 + 1 = 3, h: 3, i: 1 → g and h share rank 1; choose 1 takes both.
  for (auto [option, table, count] : {std::tuple{"o1", "T1", 2}, {"o1", "T2", 1}, {"o2", "T2", 3}, {"o3", "T1", 1}}) {
    polls.selectOption(option);
    polls.chooseTable(table);
    press(draw, '0' + count);
  }
  REQUIRE(dots(*s, "o2", "T2") == 3);
  REQUIRE(clickButton(draw, "##polls", "Vereinbaren"));
  CHECK(pollOf(*s).agreed);
  CHECK(s->project.goals[0].priorityYears == std::vector<int>{2013});
  CHECK(s->project.goals[1].priorityYears == std::vector<int>{2013});
  CHECK(s->project.goals[2].priorityYears.empty());
  CHECK(s->message == "Vereinbart – Schwerpunkte 2013: g, h (Gleichstand an der Grenze: 2 statt 1 Ziele)");
  // One step: undo gives the goals back as they were.
  REQUIRE(undo(*s));
  CHECK_FALSE(pollOf(*s).agreed);
  CHECK(s->project.goals[0].priorityYears.empty());
}

TEST_CASE("a comment is added about the selected node, then about the map", "[window][conference]") {
  test::HeadlessImGui imgui(460, 1400);
  auto s = town();
  CommentsSection comments;
  auto draw = [&] { comments.draw(*s); };
  select(*s, 1);  // B
  frame(draw);
  ImGuiWindow* window = ImGui::FindWindowByName("##test");
  REQUIRE(window != nullptr);
  const std::size_t start = s->history.position();
  // "Hinzufügen" waits for a text.
  clickButton(draw, "##comments", "Hinzufügen");
  CHECK(s->history.position() == start);

  // Clicks the text field (found by its id, as clickButton finds buttons) and types `text`.
  auto type = [&](const char* text) {
    const ImGuiID textId = ImHashStr("##text", 0, ImHashStr("##comments", 0, window->ID));
    for (float y = 2; y < 600; y += 4) {
      frame(draw, -1, ImVec2(100, y));
      if (ImGui::GetCurrentContext()->HoveredIdPreviousFrame != textId) continue;
      frame(draw, -1, ImVec2(100, y), true);
      frame(draw, -1, ImVec2(100, y), false);
      ImGui::GetIO().AddInputCharactersUTF8(text);
      frame(draw);
      return true;
    }
    return false;
  };
  REQUIRE(type("Mehr Räume"));
  REQUIRE(clickButton(draw, "##comments", "Hinzufügen"));
  const std::vector<Comment>* list = &s->project.conferences.front().comments;
  REQUIRE(list->size() == 2);
  CHECK((*list)[1].id == "c2");
  CHECK((*list)[1].item == "actor:B");
  CHECK((*list)[1].text == "Mehr Räume");
  CHECK((*list)[1].kind == CommentKind::Comment);
  CHECK((*list)[1].date.size() == 10);  // today, YYYY-MM-DD
  CHECK(s->history.steps().back().label.action == EditAction::AddComment);

  REQUIRE(clickButton(draw, "##comments", "Karte insgesamt"));
  REQUIRE(type("Gute Karte"));
  REQUIRE(clickButton(draw, "##comments", "Hinzufügen"));
  list = &s->project.conferences.front().comments;
  REQUIRE(list->size() == 3);
  CHECK((*list)[2].item.empty());
  CHECK((*list)[2].text == "Gute Karte");
  CHECK(s->history.position() == start + 2);
  REQUIRE(undo(*s));
  REQUIRE(undo(*s));
  CHECK(s->project.conferences.front().comments.size() == 1);
}

TEST_CASE("deleting a commented item: its comments stay on the map, move, or go; undo restores all",
          "[window][inspector][conference]") {
  auto s = town();
  commitPlacements(*s);  // the opening arrangement, so that only the deletion is a step
  const Project original = s->project;
  Inspector inspector;
  select(*s, 0);  // A: its activity x goes with it
  inspector.requestDelete(*s);
  REQUIRE(inspector.deleteTargets().size() == 1);
  CHECK(inspector.commentFate() == CommentFate::KeepOnMap);  // the default

  SECTION("kept on the map, naming the item") {
    REQUIRE(inspector.confirmDelete(*s));
    const Comment& c = s->project.conferences.front().comments.front();
    CHECK(c.item.empty());
    CHECK(c.formerItem == "A");
  }
  SECTION("moved to another item") {
    inspector.setCommentFate(CommentFate::MoveTo, ItemRef{ItemKind::Actor, "B"});
    REQUIRE(inspector.confirmDelete(*s));
    CHECK(s->project.conferences.front().comments.front().item == "actor:B");
  }
  SECTION("moved to nothing picked: kept on the map") {
    inspector.setCommentFate(CommentFate::MoveTo);
    REQUIRE(inspector.confirmDelete(*s));
    CHECK(s->project.conferences.front().comments.front().item.empty());
  }
  SECTION("deleted with it") {
    inspector.setCommentFate(CommentFate::Remove);
    REQUIRE(inspector.confirmDelete(*s));
    CHECK(s->project.conferences.front().comments.empty());
  }
  CHECK(findActor(s->project, ActorId("A")) == nullptr);
  // One step restores the actor, its activity and the comment.
  REQUIRE(undo(*s));
  CHECK(s->project == original);
  // A new question starts from the default again.
  select(*s, 0);
  inspector.requestDelete(*s);
  CHECK(inspector.commentFate() == CommentFate::KeepOnMap);
}
