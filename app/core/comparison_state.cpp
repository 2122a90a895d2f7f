#include "core/comparison_state.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <utility>

#include "core/analysis_runner.hpp"
#include "core/ui_text.hpp"
#include "report/progress_model.hpp"
#include "view/abstraction.hpp"
#include "view/map_filter.hpp"

namespace knp::app {
namespace {

std::optional<NodeKind> nodeKindOf(ItemKind kind) {
  switch (kind) {
    case ItemKind::Actor: return NodeKind::Actor;
    case ItemKind::Activity: return NodeKind::Activity;
    case ItemKind::Goal: return NodeKind::Goal;
    case ItemKind::LifePhase: return NodeKind::LifePhase;
    default: return std::nullopt;
  }
}

std::string cellKey(const FieldId& field, const LifePhaseId& phase) { return field.value + '\x1f' + phase.value; }

bool sameFilter(const ActivityFilter& a, const ActivityFilter& b) { return a.year == b.year && a.statuses == b.statuses; }

void markVertices(AppState& s, Comparison& c) {
  std::vector<ChangeMark> marks(boost::num_vertices(s.view.graph), ChangeMark::None);
  c.marked.clear();
  auto mark = [&](const std::vector<ItemChange>& items, ChangeMark as) {
    for (const ItemChange& item : items) {
      const std::optional<NodeKind> kind = nodeKindOf(item.item.kind);
      if (!kind) continue;
      if (const std::optional<Vertex> v = s.view.vertexOf(*kind, item.item.id)) marks[*v] = as;
    }
  };
  mark(c.diff.added, ChangeMark::Added);
  mark(c.diff.changed, ChangeMark::Changed);
  for (Vertex v = 0; v < marks.size(); ++v)
    if (marks[v] != ChangeMark::None) c.marked.emplace_back(v, marks[v]);
  auto pairs = [&](const std::vector<PairChange>& changes, std::vector<std::pair<Vertex, Vertex>>& into) {
    into.clear();
    for (const PairChange& pair : changes) {
      const auto a = s.view.vertexOf(NodeKind::Actor, pair.first.value);
      const auto b = s.view.vertexOf(NodeKind::Actor, pair.second.value);
      if (a && b) into.emplace_back(*a, *b);
    }
  };
  pairs(c.diff.cooperationsBegun, c.begun);
  pairs(c.diff.cooperationsEnded, c.ended);
}

void placeGhosts(AppState& s, Comparison& c) {
  c.ghosts.clear();
  c.removedOffMap.clear();
  const ProjectGraph before = buildProjectGraph(c.before, s.graph);
  const std::map<std::string, NodePlacement>* stored = placementsOf(std::as_const(c.before.map), s.graph);
  for (const ItemChange& item : c.diff.removed) {
    const std::optional<NodeKind> kind = nodeKindOf(item.item.kind);
    const std::optional<Vertex> old = kind ? before.vertexOf(*kind, item.item.id) : std::nullopt;
    // Cooperations, fields, concepts, indicators are no nodes; neither are the kinds this
    // abstraction leaves out.
    if (!kind || !s.view.shows(*kind)) continue;
    if (!old) {
      c.removedOffMap.push_back(item);
      continue;
    }
    ComparisonGhost ghost{nodeKeyOf(*kind, item.item.id), *kind, item.name, {}, std::nullopt};
    std::unordered_set<Vertex> seen;
    for (auto [e, end] = boost::out_edges(*old, before.graph); e != end; ++e) {
      const Vertex w = boost::target(*e, before.graph);
      if (w == *old) continue;
      const NodeProps& props = before.graph[w];
      const std::string& id = props.kind == NodeKind::Actor      ? c.before.actors[props.index].id.value
                              : props.kind == NodeKind::Activity ? c.before.activities[props.index].id.value
                              : props.kind == NodeKind::Goal     ? c.before.goals[props.index].id.value
                                                                 : c.before.lifePhases[props.index].id.value;
      if (const std::optional<Vertex> now = s.view.vertexOf(props.kind, id); now && seen.insert(*now).second)
        ghost.anchors.push_back(*now);
    }
    if (stored)
      if (auto at = stored->find(ghost.key); at != stored->end()) ghost.stored = layouts::Point{at->second.x, at->second.y};
    if (ghost.anchors.empty() && !ghost.stored)
      c.removedOffMap.push_back(item);
    else
      c.ghosts.push_back(std::move(ghost));
  }
}

}  // namespace

std::optional<ComparisonRefusal> startComparison(AppState& s, const ComparisonSource& source) {
  std::variant<Comparison, ComparisonRefusal> opened = openComparison(s.project, source, s.language);
  if (auto* refusal = std::get_if<ComparisonRefusal>(&opened)) return std::move(*refusal);
  s.comparison = std::move(std::get<Comparison>(opened));
  refreshComparison(s);
  const std::size_t findings = findingCount(s.comparison->diff);
  const UiText words = findings == 0   ? UiText::CompareStartedNone
                       : findings == 1 ? UiText::CompareStartedOne
                                       : UiText::CompareStarted;
  s.message = fmt::format(fmt::runtime(uiText(words, s.language)), comparisonLabel(s.comparison->source, s.language),
                          findings);
  return std::nullopt;
}

void endComparison(AppState& s) {
  s.comparison.reset();
  ++s.marksRevision;
}

bool refreshComparison(AppState& s) {
  if (!s.comparison) return false;
  Comparison& c = *s.comparison;
  const ActivityFilter filter = analysisFilterOf(s.filters);
  if (c.revision == s.dataRevision && sameFilter(c.filter, filter)) return false;
  if (c.source.year) c.before = projectAsOfYear(s.project, *c.source.year);
  c.diff = diffProjects(c.before, s.project, DiffOptions{filter});
  c.revision = s.dataRevision;
  c.filter = filter;
  c.cellIndex.clear();
  for (std::size_t i = 0; i < c.diff.cells.size(); ++i) c.cellIndex.emplace(cellKey(c.diff.cells[i].field, c.diff.cells[i].phase), i);
  c.standsIn = stateYear(s.project);
  markVertices(s, c);
  placeGhosts(s, c);
  c.generation = ++s.marksRevision;  // unique within the state, across comparisons too
  return true;
}

std::optional<layouts::Point> ghostPosition(const AppState& s, const ComparisonGhost& ghost, const layouts::Box& box) {
  if (ghost.anchors.empty()) return ghost.stored;
  layouts::Point sum;
  std::size_t count = 0;
  for (Vertex v : ghost.anchors)
    if (v < s.positions.size()) sum.x += s.positions[v].x, sum.y += s.positions[v].y, ++count;
  if (count == 0) return ghost.stored;
  const layouts::Point mean{sum.x / static_cast<double>(count), sum.y / static_cast<double>(count)};
  const std::size_t n = s.positions.size();
  const double area = std::max(box.width(), 1e-9) * std::max(box.height(), 1e-9);
  const double spacing = n < 2 ? 1.0 : std::sqrt(area / static_cast<double>(n));
  double dx = mean.x - box.centre().x, dy = mean.y - box.centre().y;
  const double length = std::hypot(dx, dy);
  if (length < 1e-9)
    dx = 1.0, dy = 0.0;
  else
    dx /= length, dy /= length;
  return layouts::Point{mean.x + dx * spacing * 0.5, mean.y + dy * spacing * 0.5};
}

std::size_t changesOffMap(const AppState& s) {
  if (!s.comparison) return 0;
  std::size_t count = 0;
  for (const auto* items : {&s.comparison->diff.added, &s.comparison->diff.changed, &s.comparison->diff.removed})
    for (const ItemChange& item : *items)
      if (const std::optional<NodeKind> kind = nodeKindOf(item.item.kind); kind && !s.view.shows(*kind)) ++count;
  return count;
}

ChangeMark changeMarkOf(const AppState& s, Vertex v) {
  if (!s.comparison) return ChangeMark::None;
  const auto& marked = s.comparison->marked;
  const auto at = std::lower_bound(marked.begin(), marked.end(), v,
                                   [](const std::pair<Vertex, ChangeMark>& m, Vertex w) { return m.first < w; });
  return at != marked.end() && at->first == v ? at->second : ChangeMark::None;
}

const CellChange* cellChangeOf(const AppState& s, const FieldId& field, const LifePhaseId& phase) {
  if (!s.comparison) return nullptr;
  const auto found = s.comparison->cellIndex.find(cellKey(field, phase));
  return found == s.comparison->cellIndex.end() ? nullptr : &s.comparison->diff.cells[found->second];
}

bool yearNoLongerEarlier(const Comparison& c) { return c.source.year && c.standsIn && *c.source.year >= *c.standsIn; }

}  // namespace knp::app
