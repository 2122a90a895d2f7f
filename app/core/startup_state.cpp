#include "core/startup_state.hpp"

#include "core/document.hpp"

#include <fmt/format.h>

#include "core/map_views.hpp"

namespace knp::app {

std::optional<Vertex> findNode(const AppState& s, std::string_view text) {
  if (auto v = vertexOfKey(s.view, text)) return v;
  for (NodeKind kind : {NodeKind::Actor, NodeKind::Activity, NodeKind::Goal, NodeKind::LifePhase})
    if (auto v = s.view.vertexOf(kind, text)) return v;
  return std::nullopt;
}

std::optional<Panel> panelFromName(std::string_view name) {
  const AnalysisInfo* info = findAnalysis(name);
  return info ? std::optional(info->id) : std::nullopt;
}

std::optional<std::string> applyStartupOptions(AppState& s, const Options& options) {
  const SavedView* view = nullptr;
  if (options.view) {
    view = findView(s.project, *options.view);
    if (!view) {
      std::string names;
      for (const SavedView& v : s.project.map.views) names += (names.empty() ? "" : ", ") + ("\"" + v.name + "\"");
      return fmt::format("--view \"{}\": the project has no view of that name (it has: {})", *options.view,
                         names.empty() ? "none" : names);
    }
  }
  std::optional<Vertex> selected;
  if (options.select) {
    selected = findNode(s, *options.select);
    if (!selected)
      return fmt::format("--select \"{}\": no actor, activity, goal or life phase has this id "
                         "(use KIND:ID, e.g. actor:awo)", *options.select);
  }
  std::optional<Panel> panel;
  std::optional<RightTab> tab;
  if (options.panel == "edit") {
    tab = RightTab::Inspector;
  } else if (options.panel == "history") {
    tab = RightTab::History;
  } else if (options.panel) {
    panel = panelFromName(*options.panel);
    if (!panel)
      return fmt::format("--panel \"{}\": expected {}, edit or history", *options.panel, analysisNames());
  }
  std::optional<layouts::Algorithm> algorithm;
  if (options.layout) {
    algorithm = layouts::algorithmFromName(*options.layout);
    if (!algorithm) {
      std::string names;
      for (const auto& info : layouts::algorithmList()) names += (names.empty() ? "" : ", ") + std::string(info.name);
      return fmt::format("--layout \"{}\": expected one of {}", *options.layout, names);
    }
  }
  std::optional<Abstraction> graph;
  if (options.graph) {
    graph = abstractionFromName(*options.graph);
    if (!graph) {
      std::string names;
      for (const AbstractionInfo& info : abstractionList()) names += (names.empty() ? "" : ", ") + std::string(info.name);
      return fmt::format("--graph \"{}\": expected one of {}", *options.graph, names);
    }
  }
  s.uiScale = options.uiScale;
  if (graph) setAbstraction(s, *graph);
  if (algorithm) startLayout(s, *algorithm);
  if (view) applyView(s, *view, options.uiScale);
  if (selected) select(s, *selected);  // shown in context: the camera still shows the whole map
  if (panel) s.panel = *panel;
  if (tab) s.rightTab = *tab;
  s.presenting = options.present;
  return std::nullopt;
}

}  // namespace knp::app
