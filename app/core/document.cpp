#include "core/document.hpp"

#include <algorithm>
#include <map>
#include <utility>
#include <stdexcept>

#include <fmt/format.h>

#include "core/node_style.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "layouts/layout.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

// Whether a step touches only where nodes are and which layout is chosen: then the graph
// stays as it is and the analyses need not run again.
bool onlyPlacements(const Edit& edit) {
  return std::all_of(edit.changes.begin(), edit.changes.end(), [](const Change& c) {
    if (std::holds_alternative<PlacementChange>(c)) return true;
    const auto* text = std::get_if<TextChange>(&c);
    return text && (text->which == ProjectText::Layout || text->which == ProjectText::MapGraph);
  });
}

// Live positions and pins from the project's stored placements.
void loadPlacements(AppState& s) {
  const std::map<std::string, NodePlacement>* placements = placementsOf(std::as_const(s.project.map), s.graph);
  if (!placements) return;
  for (Vertex v = 0; v < s.positions.size(); ++v) {
    auto it = placements->find(nodeKey(s.project, s.view, v));
    if (it == placements->end()) continue;
    s.positions[v] = {it->second.x, it->second.y};
    s.pins[v] = it->second.pin;
  }
  s.algorithm = layouts::algorithmFromName(s.project.map.layout).value_or(layouts::Algorithm::ForceDirected);
}

// The node keys of selection and focus, read while the view still matches the project.
struct KeptView {
  std::vector<std::string> selection;
  std::optional<std::string> focus;
};

KeptView keepView(const AppState& s) {
  KeptView kept;
  for (Vertex v : s.selection) kept.selection.push_back(nodeKey(s.project, s.view, v));
  if (s.focus) kept.focus = nodeKey(s.project, s.view, *s.focus);
  return kept;
}

void restoreView(AppState& s, const KeptView& kept) {
  s.selection.clear();
  for (const std::string& key : kept.selection)
    if (auto v = vertexOfKey(s.view, key)) s.selection.push_back(*v);
  if (kept.focus)
    if (auto v = vertexOfKey(s.view, *kept.focus)) {
      s.focus = *v;
      refreshFocus(s);
    }
}

// Runs `change` on the project and refreshes the map: only the positions when `scope` says
// the change touches nothing else.
enum class Scope { Placements, Data };
Scope scopeOf(const Edit& edit) { return onlyPlacements(edit) ? Scope::Placements : Scope::Data; }

template <class F>
bool changeProject(AppState& s, Scope scope, F&& change) {
  const KeptView kept = keepView(s);
  if (!change()) return false;
  if (scope == Scope::Placements) {
    s.layout.cancel();
    s.layoutOrigin = LayoutOrigin::None;
    loadPlacements(s);
    return true;
  }
  rebuildGraph(s, Framing::KeepCamera);
  restoreView(s, kept);
  return true;
}

}  // namespace

void commitPlacements(AppState& s, std::optional<EditLabel> label) {
  if (s.positions.size() != boost::num_vertices(s.view.graph)) return;
  MapState live = liveMapState(s);
  if (live == s.project.map) return;
  if (!label && s.layoutOrigin == LayoutOrigin::Opening) {
    s.project.map = std::move(live);  // the arrangement the project opens with: not a change
    return;
  }
  if (!label) label = makeLabel(EditAction::Arrange, ItemKind::Actor, uiText(layoutName(s.algorithm), s.language));
  Edit edit = editProject(s.project, *label, [&](Project& p) { p.map = live; });
  s.history.perform(s.project, std::move(edit));  // the live positions already show it
}

void setAbstraction(AppState& s, Abstraction graph) {
  if (graph == s.graph) return;
  finishLayout(s);
  commitPlacements(s);  // the current abstraction's arrangement stays in the project
  const MapFilters filters = s.filters;
  // The selection and focus stay where the new map shows the same items (actors mostly).
  const KeptView kept = keepView(s);
  s.graph = graph;
  // The abstraction's own layout: "Neu anordnen" there keeps its kind of picture.
  s.algorithm = defaultAlgorithm(graph);
  // Not a step of the history: the next commit stores the choice with the positions.
  rebuildGraph(s, Framing::FitAll);
  s.filters = filters;
  refreshFilters(s);
  restoreView(s, kept);
  s.fitPending = true;
  s.recentNodes.clear();
}

void settleLayout(AppState& s) {
  // A paused layout waits: it may go on (after a drag, or "Weiter"); dispatch, undo and
  // saving commit what it has done so far.
  if (s.layoutOrigin == LayoutOrigin::None || s.layout.state() != LayoutRunner::State::Idle) return;
  commitPlacements(s);
  s.layoutOrigin = LayoutOrigin::None;
}

bool dispatch(AppState& s, const Edit& edit, std::optional<MapPoint> dropPoint) {
  if (edit.empty()) return false;
  commitPlacements(s);
  try {
    Project after = s.project;
    applyEdit(after, edit, Direction::Forward);
    placeNewNodes(after, dropPoint, s.graph);  // beside their neighbours in the map shown
    Edit step = diffEdit(s.project, after, edit.label);
    return changeProject(s, scopeOf(step), [&] { return s.history.perform(s.project, std::move(step)); });
  } catch (const std::logic_error& misfit) {
    s.message = misfit.what();
    return false;
  }
}

bool undo(AppState& s) {
  commitPlacements(s);
  if (!s.history.canUndo()) return false;
  const Edit& step = s.history.steps()[s.history.position() - 1];
  return changeProject(s, scopeOf(step), [&] { return s.history.undo(s.project); });
}

bool redo(AppState& s) {
  commitPlacements(s);
  if (!s.history.canRedo()) return false;
  const Edit& step = s.history.steps()[s.history.position()];
  return changeProject(s, scopeOf(step), [&] { return s.history.redo(s.project); });
}

void jumpToStep(AppState& s, std::size_t position) {
  commitPlacements(s);
  if (position == s.history.position()) return;
  changeProject(s, Scope::Data, [&] {
    s.history.jumpTo(s.project, position);
    return true;
  });
}

bool hasUnsavedChanges(const AppState& s) {
  return !s.history.atSavedState() || s.layoutOrigin == LayoutOrigin::User;
}

void replaceDocument(AppState& s, Project project, std::optional<std::filesystem::path> file, DiskState saved) {
  s.layout.cancel();
  s.project = std::move(project);
  s.file = std::move(file);
  s.sourceName = s.file ? s.file->filename().string() : std::string(uiText(UiText::Untitled, s.language));
  s.history.clear();
  // A conference of the old document is not in this one; the newest of this one is shown.
  s.conference = s.project.conferences.empty() ? ConferenceId() : s.project.conferences.back().id;
  s.conferenceStartStep.reset();
  s.comparison.reset();  // it compared the old document
  s.filters = MapFilters{};
  s.focus.reset();
  if (auto algorithm = layouts::algorithmFromName(s.project.map.layout)) s.algorithm = *algorithm;
  s.graph = abstractionFromName(s.project.map.graph).value_or(Abstraction::Full);  // the file's choice
  s.viewKeys.clear();  // a new document: nothing in it is "added since"
  rebuildGraph(s, Framing::FitAll);
  if (saved == DiskState::Unsaved) {
    // A restored copy differs from its file: one step from "as on disk" is not known, so the
    // history starts here but the document counts as unsaved until it is saved.
    s.history.markUnsaved();
  }
}

Project newProjectFramework() {
  LoadResult example = parseProjectJson(embeddedExampleJson());
  Project framework;
  framework.title = "Neues Projekt";
  framework.fields = example.project->fields;
  framework.lifePhases = example.project->lifePhases;
  framework.concepts = example.project->concepts;
  framework.goals = example.project->goals;
  return framework;
}

std::string windowTitle(const AppState& s) {
  return (hasUnsavedChanges(s) ? "• " : "") + s.sourceName + " – " + uiText(UiText::WindowTitle, s.language);
}

Edit importEdit(const Project& current, const Project& imported, const std::string& fileName) {
  Project after = imported;
  after.map = current.map;  // an import brings items; a layout may have moved on since the preview
  return diffEdit(current, after, makeLabel(EditAction::Import, ItemKind::Activity, fileName));
}

void setPin(AppState& s, Vertex v, PinState pin) {
  if (s.pins.at(v) == pin) return;
  s.pins.at(v) = pin;
  commitPlacements(s, makeLabel(pin == PinState::Pinned ? EditAction::Pin : EditAction::Unpin, ItemKind::Actor,
                                nodeName(s, v)));
}

}  // namespace knp::app
