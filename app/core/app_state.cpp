#include "core/app_state.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <map>
#include <utility>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "layouts/hops.hpp"
#include "report/project_names.hpp"
#include "layouts/project_layout_graph.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

// The algorithm a project asks for, or the force layout when it names none or an unknown one.
layouts::Algorithm chosenAlgorithm(const AppState& s) {
  if (auto a = layouts::algorithmFromName(s.project.map.layout)) return *a;
  return layouts::Algorithm::ForceDirected;
}

// Positions from project.map (the abstraction's); starts a layout for the nodes that have none.
void placeNodes(AppState& s) {
  const std::size_t n = boost::num_vertices(s.view.graph);
  s.positions.assign(n, {0.0, 0.0});
  s.pins.assign(n, PinState::Free);
  layouts::LayoutRequest request;
  static const std::map<std::string, NodePlacement> kNone;
  const std::map<std::string, NodePlacement>* placements = placementsOf(std::as_const(s.project.map), s.graph);
  if (!placements) placements = &kNone;
  for (Vertex v = 0; v < n; ++v) {
    auto stored = placements->find(nodeKey(s.project, s.view, v));
    if (stored == placements->end()) {
      request.unplaced.push_back(static_cast<VertexIndex>(v));
      continue;
    }
    s.positions[v] = {stored->second.x, stored->second.y};
    s.pins[v] = stored->second.pin;
    if (stored->second.pin == PinState::Pinned) request.pinned.push_back(static_cast<VertexIndex>(v));
  }
  if (request.unplaced.empty()) return;
  if (request.unplaced.size() == n) {
    if (!interactiveLayout(s, s.algorithm)) s.algorithm = layouts::Algorithm::ForceDirected;
    s.layout.start(s.layoutGraph, s.algorithm, layouts::LayoutRequest{}, {});
    s.layoutOrigin = LayoutOrigin::Opening;
    return;
  }
  // Some nodes are new: settle them among the stored ones (the force layout does this locally).
  request.start = s.positions;
  s.layout.start(s.layoutGraph, layouts::Algorithm::ForceDirected, request, s.positions);
  s.layoutOrigin = LayoutOrigin::Opening;
}

// How many activities each actor leads or partners (once per activity), each goal is served
// by and each life phase is targeted by, by project index. One pass: O(activities × their
// references + log of the lists for the id look-ups).
struct ActivityCounts {
  std::vector<std::size_t> actor, goal, phase;
};

ActivityCounts activityCounts(const Project& p) {
  ActivityCounts counts{std::vector<std::size_t>(p.actors.size()), std::vector<std::size_t>(p.goals.size()),
                        std::vector<std::size_t>(p.lifePhases.size())};
  std::unordered_map<std::string_view, std::size_t> actorAt, goalAt, phaseAt;
  for (std::size_t i = 0; i < p.actors.size(); ++i) actorAt.emplace(p.actors[i].id.value, i);
  for (std::size_t i = 0; i < p.goals.size(); ++i) goalAt.emplace(p.goals[i].id.value, i);
  for (std::size_t i = 0; i < p.lifePhases.size(); ++i) phaseAt.emplace(p.lifePhases[i].id.value, i);
  auto countIn = [](std::vector<std::size_t>& into, const auto& at, std::string_view id) {
    if (auto it = at.find(id); it != at.end()) ++into[it->second];
  };
  for (const Activity& a : p.activities) {
    std::unordered_set<std::string_view> actors{a.lead.value};  // lead and partner: once
    for (const ActorId& partner : a.partners) actors.insert(partner.value);
    for (std::string_view id : actors) countIn(counts.actor, actorAt, id);
    for (const GoalId& goal : std::set<GoalId>(a.goals.begin(), a.goals.end())) countIn(counts.goal, goalAt, goal.value);
    for (const LifePhaseId& phase : std::set<LifePhaseId>(a.lifePhases.begin(), a.lifePhases.end()))
      countIn(counts.phase, phaseAt, phase.value);
  }
  return counts;
}

}  // namespace

AppState::AppState(Project p, std::string source, Language lang)
    : project(std::move(p)), sourceName(std::move(source)), language(lang) {
  graph = abstractionFromName(project.map.graph).value_or(Abstraction::Full);
  algorithm = chosenAlgorithm(*this);
  // The newest conference is the one the Konferenz tab and the badges show.
  if (!project.conferences.empty()) conference = project.conferences.back().id;
  rebuildGraph(*this);
}

void rebuildGraph(AppState& s, Framing framing) {
  s.layout.cancel();  // it refers to the layout graph rebuilt here
  s.layoutOrigin = LayoutOrigin::None;
  // The old view's vertices name items of the project as it was: compare by the keys kept.
  const std::unordered_set<std::string> before(s.viewKeys.begin(), s.viewKeys.end());
  s.view = buildProjectGraph(s.project, s.graph);
  s.viewKeys.clear();
  for (Vertex v = 0; v < boost::num_vertices(s.view.graph); ++v) s.viewKeys.push_back(nodeKey(s.project, s.view, v));
  if (!before.empty())
    for (const std::string& key : s.viewKeys)
      if (!before.contains(key)) s.recentNodes.push_back(key);
  s.layoutGraph = layouts::layoutGraphOf(s.project, s.view);
  s.phaseRank.assign(s.project.lifePhases.size(), 0);
  const auto ordered = lifePhasesInOrder(s.project);
  for (std::size_t rank = 0; rank < ordered.size(); ++rank)
    s.phaseRank[static_cast<std::size_t>(ordered[rank] - s.project.lifePhases.data())] = rank;
  ++s.dataRevision;
  s.selection.clear();
  s.hovered = kNoVertex;
  s.focus.reset();
  setHighlight(s, {}, {});
  placeNodes(s);
  refreshFilters(s);
  refreshFocus(s);
  refreshSizes(s);
  refreshFromAnalyses(s);
  // Keeping the camera means keeping it while the new nodes settle, too.
  if (framing == Framing::FitAll)
    s.fitPending = true, s.followLayout = true;
  else
    s.followLayout = false;
}

void refreshFilters(AppState& s) {
  s.match = matchFilters(s.project, s.view, s.filters);
  if (s.filters.mode == FilterMode::Hide) {
    std::erase_if(s.selection, [&](Vertex v) { return s.match[v] == FilterMatch::NoMatch; });
    if (s.focus && *s.focus < s.match.size() && s.match[*s.focus] == FilterMatch::NoMatch) {
      s.focus.reset();
      s.focusHops.clear();
    }
  }
}

void refreshFocus(AppState& s) {
  s.focusHops.clear();
  const bool hidden = s.focus && *s.focus < s.match.size() && s.filters.mode == FilterMode::Hide &&
                      s.match[*s.focus] == FilterMatch::NoMatch;
  if (!s.focus || *s.focus >= boost::num_vertices(s.view.graph) || hidden) {
    s.focus.reset();
    return;
  }
  s.focusDepth = std::clamp(s.focusDepth, kMinFocusDepth, kMaxFocusDepth);
  const VertexIndex source = static_cast<VertexIndex>(*s.focus);
  s.focusHops = layouts::hopsFrom(s.layoutGraph.graph, std::span<const VertexIndex>(&source, 1));
}

void refreshFromAnalyses(AppState& s) {
  const std::size_t n = boost::num_vertices(s.view.graph);
  s.gapMark.assign(n, false);
  s.offMapGaps.clear();
  s.group.assign(n, -1);
  s.brokerShare.assign(n, 0.0f);
  ++s.marksRevision;
  const ProjectAnalysis* analysis = s.analyses.latest();
  if (!analysis) return;
  // The results name items by id: a result older than the data marks only what still exists.
  for (const Gap& gap : analysis->gaps) {
    std::optional<Vertex> v;
    if (gap.kind == GapKind::UnservedGoal && gap.goal) {
      if (const Goal* goal = findGoal(s.project, *gap.goal); goal && !s.view.shows(NodeKind::Goal))
        s.offMapGaps.emplace_back(NodeKind::Goal, goalShortName(*goal, goal->title.size()));  // shortTitle, else the title
      v = s.view.vertexOf(NodeKind::Goal, gap.goal->value);
    }
    if (gap.kind == GapKind::UncoveredPhase && gap.phase) {
      if (const LifePhase* phase = findLifePhase(s.project, *gap.phase); phase && !s.view.shows(NodeKind::LifePhase))
        s.offMapGaps.emplace_back(NodeKind::LifePhase, phase->name);
      v = s.view.vertexOf(NodeKind::LifePhase, gap.phase->value);
    }
    if (v) s.gapMark[*v] = true;
  }
  const NetworkAnalysis& network = analysis->network;
  for (std::size_t g = 0; g < network.communities.size(); ++g)
    for (const ActorId& id : network.communities[g])
      if (auto v = s.view.vertexOf(NodeKind::Actor, id.value)) s.group[*v] = static_cast<int>(g);
  double most = 0;
  for (const ActorCentrality& a : network.actors) most = std::max(most, a.betweenness);
  for (const ActorCentrality& a : network.actors)
    if (auto v = s.view.vertexOf(NodeKind::Actor, a.actor.value); v && most > 0)
      s.brokerShare[*v] = static_cast<float>(a.betweenness / most);
  if (s.sizeMeasure == SizeMeasure::Betweenness) refreshSizes(s);
}

void setColourBy(AppState& s, ColourBy colourBy) {
  s.colourBy = colourBy;
  ++s.marksRevision;
}

void refreshSizes(AppState& s) {
  const std::size_t n = boost::num_vertices(s.view.graph);
  std::vector<double> value(n, 0.0);
  const ProjectAnalysis* analysis = s.sizeMeasure == SizeMeasure::Betweenness ? s.analyses.latest() : nullptr;
  const ActivityCounts counts = s.sizeMeasure == SizeMeasure::Activities ? activityCounts(s.project) : ActivityCounts{};
  for (Vertex v = 0; v < n; ++v) {
    const NodeProps& node = s.view.graph[v];
    switch (s.sizeMeasure) {
      case SizeMeasure::Uniform: value[v] = 1; break;
      case SizeMeasure::Degree: value[v] = static_cast<double>(s.layoutGraph.graph.neighbours(static_cast<VertexIndex>(v)).size()); break;
      case SizeMeasure::Activities:
        // From the project, not the view's edges: an abstraction has no activity edges.
        switch (node.kind) {
          case NodeKind::Actor: value[v] = static_cast<double>(counts.actor[node.index]); break;
          case NodeKind::Goal: value[v] = static_cast<double>(counts.goal[node.index]); break;
          case NodeKind::LifePhase: value[v] = static_cast<double>(counts.phase[node.index]); break;
          case NodeKind::Activity: value[v] = 1.0; break;
        }
        break;
      case SizeMeasure::Betweenness:
        if (node.kind == NodeKind::Actor && analysis && node.index < analysis->network.actors.size())
          value[v] = analysis->network.actors[node.index].betweenness;
        else
          value[v] = node.kind == NodeKind::Actor ? 0.0 : 1.0;
        break;
    }
  }
  // Normalised within each kind, by square root so that areas grow with the measure.
  double maxOf[4] = {0, 0, 0, 0};
  for (Vertex v = 0; v < n; ++v) {
    auto& m = maxOf[static_cast<int>(s.view.graph[v].kind)];
    m = std::max(m, value[v]);
  }
  s.sizeWeight.assign(n, 0.5f);
  for (Vertex v = 0; v < n; ++v) {
    const double m = maxOf[static_cast<int>(s.view.graph[v].kind)];
    s.sizeWeight[v] = m > 0 ? static_cast<float>(std::sqrt(value[v] / m)) : 0.5f;
  }
}

Visibility visibilityOf(const AppState& s, Vertex v) {
  if (s.match[v] == FilterMatch::NoMatch)
    return s.filters.mode == FilterMode::Hide ? Visibility::Hidden : Visibility::Faded;
  if (!s.focusHops.empty() && s.focusHops[v] > static_cast<std::size_t>(s.focusDepth)) return Visibility::Faded;
  if (!s.highlight.empty() && !s.highlightMask[v]) return Visibility::Faded;
  return Visibility::Normal;
}

namespace {

// A node the user picks (search, a link, a view) must be visible: if the filters hide it,
// they dim instead.
void revealIfHidden(AppState& s, Vertex v) {
  if (v < s.match.size() && visibilityOf(s, v) == Visibility::Hidden) {
    s.filters.mode = FilterMode::Dim;
    refreshFilters(s);
  }
}

}  // namespace

void select(AppState& s, Vertex v) {
  s.selection.clear();
  if (v == kNoVertex) return;
  revealIfHidden(s, v);
  s.selection.push_back(v);
}

void toggleSelected(AppState& s, Vertex v) {
  auto it = std::find(s.selection.begin(), s.selection.end(), v);
  if (it != s.selection.end()) {
    s.selection.erase(it);
  } else {
    revealIfHidden(s, v);
    s.selection.push_back(v);
  }
}

bool isSelected(const AppState& s, Vertex v) {
  return std::find(s.selection.begin(), s.selection.end(), v) != s.selection.end();
}

void setHighlight(AppState& s, std::vector<Vertex> vertices, std::string label) {
  s.highlightMask.assign(boost::num_vertices(s.view.graph), false);
  // Only vertices of this view (an entry computed for an older one may name others).
  std::erase_if(vertices, [&](Vertex v) { return v >= s.highlightMask.size(); });
  for (Vertex v : vertices) s.highlightMask[v] = true;
  s.highlight = std::move(vertices);
  s.highlightLabel = std::move(label);
}

bool interactiveLayout(const AppState& s, layouts::Algorithm algorithm) {
  return algorithm != layouts::Algorithm::BoostKamadaKawai || s.positions.size() <= kInteractiveKamadaKawaiNodes;
}

bool startLayout(AppState& s, layouts::Algorithm algorithm, LayoutStart from) {
  layouts::LayoutRequest request;
  for (Vertex v = 0; v < s.pins.size(); ++v)
    if (s.pins[v] == PinState::Pinned) request.pinned.push_back(static_cast<VertexIndex>(v));
  if (!request.pinned.empty() || from != LayoutStart::Fresh) request.start = s.positions;
  // Continuing settles the map around what was added since; with nothing added it polishes
  // with short steps. Either way no node jumps, so the room still finds what it looked at.
  if (from == LayoutStart::Continue) {
    for (const std::string& key : s.recentNodes)
      if (auto v = vertexOfKey(s.view, key); v && s.pins[*v] != PinState::Pinned)
        request.settle.push_back(static_cast<VertexIndex>(*v));
    request.force.stepLimit = kContinueStepLimit;
  }
  try {
    if (!interactiveLayout(s, algorithm))
      throw std::invalid_argument(fmt::format(fmt::runtime(uiText(UiText::LayoutTooLarge, s.language)),
                                              uiText(layoutName(algorithm), s.language), kInteractiveKamadaKawaiNodes,
                                              s.positions.size()));
    s.layout.start(s.layoutGraph, algorithm, request, s.positions);
  } catch (const std::invalid_argument& refused) {
    s.message = refused.what();
    return false;
  }
  s.algorithm = algorithm;
  s.recentNodes.clear();
  s.layoutOrigin = LayoutOrigin::User;
  s.followLayout = true;
  return true;
}

void finishLayout(AppState& s) { s.layout.finish(s.positions); }

MapState liveMapState(const AppState& s) {
  MapState map = s.project.map;
  // An empty name means the default: keep it empty while that is the one in use.
  if (layouts::algorithmFromName(map.layout).value_or(layouts::Algorithm::ForceDirected) != s.algorithm)
    map.layout = std::string(layouts::toString(s.algorithm));
  if (abstractionFromName(map.graph).value_or(Abstraction::Full) != s.graph) map.graph = std::string(toString(s.graph));
  std::map<std::string, NodePlacement>& placements = placementsOf(map, s.graph);
  placements.clear();
  for (Vertex v = 0; v < s.positions.size(); ++v)
    placements[nodeKey(s.project, s.view, v)] = {s.positions[v].x, s.positions[v].y, s.pins[v]};
  return map;
}

layouts::Algorithm defaultAlgorithm(Abstraction graph) {
  return graph == Abstraction::FieldsByPhases ? layouts::Algorithm::Sectors : layouts::Algorithm::ForceDirected;
}


}  // namespace knp::app
