#include "core/startup_state.hpp"

#include "core/comparison_state.hpp"

#include "core/document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/map_views.hpp"
#include "core/scene_player.hpp"

namespace knp::app {

namespace {

std::string refusalText(const std::string& given, const ComparisonRefusal& refusal) {
  // A refused year's message starts with the year, a file's with its path: not said twice.
  std::string text = refusal.message.starts_with(given) ? "--compare: " + refusal.message
                                                          : fmt::format("--compare \"{}\": {}", given, refusal.message);
  for (const std::string& detail : refusal.details) text += "\n  " + detail;
  return text;
}

constexpr std::string_view kIndicatorPrefix = "indicator:";

std::optional<Vertex> findIn(const ProjectGraph& view, std::string_view text) {
  if (auto v = vertexOfKey(view, text)) return v;
  for (NodeKind kind : {NodeKind::Actor, NodeKind::Activity, NodeKind::Goal, NodeKind::LifePhase})
    if (auto v = view.vertexOf(kind, text)) return v;
  return std::nullopt;
}

}  // namespace

std::optional<Vertex> findNode(const AppState& s, std::string_view text) { return findIn(s.view, text); }

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
  const Conference* conference = nullptr;
  if (options.scene && !options.conference)
    return fmt::format("--scene {}: needs --conference ID to say whose scenes", *options.scene);
  if (options.conference) {
    conference = findConference(s.project, ConferenceId(*options.conference));
    if (!conference) {
      std::string ids;
      for (const Conference& c : s.project.conferences)
        ids += (ids.empty() ? "" : ", ") + fmt::format("\"{}\" ({})", c.id.value, c.title);
      return fmt::format("--conference \"{}\": the project has no conference of that id (it has: {})",
                         *options.conference, ids.empty() ? "none" : ids);
    }
    if (options.scene && (*options.scene < 1 || static_cast<std::size_t>(*options.scene) > conference->scenes.size())) {
      if (conference->scenes.empty())
        return fmt::format("--scene {}: the conference \"{}\" has no scenes yet (make them in its Konferenz tab: "
                           "\"+ Szene aus der aktuellen Karte\")", *options.scene, conference->id.value);
      return fmt::format("--scene {}: the conference \"{}\" has {} scene{} (1 to {})", *options.scene,
                         conference->id.value, conference->scenes.size(), conference->scenes.size() == 1 ? "" : "s",
                         conference->scenes.size());
    }
  }
  std::optional<Panel> panel;
  std::optional<RightTab> tab;
  if (options.panel == "edit") {
    tab = RightTab::Inspector;
  } else if (options.panel == "history") {
    tab = RightTab::History;
  } else if (options.panel == "conference") {
    tab = RightTab::Conference;
  } else if (options.panel == "indicators") {
    tab = RightTab::Indicators;
  } else if (options.panel) {
    panel = panelFromName(*options.panel);
    if (!panel)
      return fmt::format("--panel \"{}\": expected {}, edit, history, conference or indicators", *options.panel,
                         analysisNames());
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
    if (!graph) return fmt::format("--graph \"{}\": expected one of {}", *options.graph, abstractionNames());
  }
  // The map the options end on: --graph, else the view's, else the project's. --graph wins
  // over the view's, as the more specific wish.
  Abstraction shown = s.graph;
  if (view) shown = abstractionFromName(view->graph).value_or(shown);
  if (graph) shown = *graph;
  std::optional<std::string> selectedKey;
  // An indicator is no node of the map: it is shown in the Kennzahlen tab.
  std::optional<IndicatorId> indicator;
  if (options.select && options.select->starts_with(kIndicatorPrefix)) {
    indicator = IndicatorId(options.select->substr(kIndicatorPrefix.size()));
    if (std::none_of(s.project.indicators.begin(), s.project.indicators.end(),
                     [&](const Indicator& i) { return i.id == *indicator; })) {
      std::string ids;
      for (const Indicator& i : s.project.indicators) ids += (ids.empty() ? "" : ", ") + ("\"" + i.id.value + "\"");
      return fmt::format("--select \"{}\": the project has no indicator of that id (it has: {})", *options.select,
                         ids.empty() ? "none" : ids);
    }
  } else if (options.select) {
    const ProjectGraph all = buildProjectGraph(s.project, Abstraction::Full);
    const std::optional<Vertex> any = findIn(all, *options.select);
    if (!any)
      return fmt::format("--select \"{}\": no actor, activity, goal or life phase has this id "
                         "(use KIND:ID, e.g. actor:awo)", *options.select);
    selectedKey = nodeKey(s.project, all, *any);
    if (shown != Abstraction::Full && !vertexOfKey(buildProjectGraph(s.project, shown), *selectedKey))
      return fmt::format("--select \"{}\": the map \"{}\" does not show it (try --graph full)", *options.select,
                         toString(shown));
  }
  // Checked before anything changes; started last, on the map the options end on.
  std::optional<ComparisonSource> comparisonSource;
  if (options.compare) {
    const bool isYear = !options.compare->empty() && options.compare->size() <= 6 &&
                        std::all_of(options.compare->begin(), options.compare->end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
    comparisonSource = isYear ? ComparisonSource{std::nullopt, std::stoi(*options.compare)}
                              : ComparisonSource{std::filesystem::path(*options.compare), std::nullopt};
    const auto opened = openComparison(s.project, *comparisonSource, s.language);
    if (const auto* refused = std::get_if<ComparisonRefusal>(&opened)) return refusalText(*options.compare, *refused);
  }
  s.uiScale = options.uiScale;
  if (view) applyView(s, *view, options.uiScale);
  if (graph) setAbstraction(s, *graph);
  if (algorithm) startLayout(s, *algorithm);  // after the abstraction, which starts its own
  // Shown in context: the camera still shows the whole map.
  if (selectedKey)
    if (auto v = vertexOfKey(s.view, *selectedKey)) select(s, *v);
  if (panel) s.panel = *panel;
  if (tab) s.rightTab = *tab;
  if (indicator) {
    s.indicator = *indicator;
    if (!options.panel) s.rightTab = RightTab::Indicators;
  }
  if (comparisonSource) {
    if (const std::optional<ComparisonRefusal> refused = startComparison(s, *comparisonSource))
      return refusalText(*options.compare, *refused);  // the file changed since it was checked above
    // The Vergleich tab, unless another tab was asked for.
    if (!options.panel && !indicator) s.rightTab = RightTab::Comparison;
  }
  s.presenting = options.present;
  if (conference) s.conference = conference->id;
  // Last: the scene brings its own map, filters, focus and camera, and presentation.
  if (options.scene) startScenes(s, static_cast<std::size_t>(*options.scene - 1), options.uiScale);
  return std::nullopt;
}

}  // namespace knp::app
