#pragma once
// What the window shows: the project, its graph view and node positions, and the state of the
// map (camera, selection, filters, focus, layout, analyses). No UI calls here: everything in
// this file can be driven by tests and the frame benchmark.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis_runner.hpp"
#include "core/camera.hpp"
#include "core/colour_by.hpp"
#include "core/comparison.hpp"
#include "edit/history.hpp"
#include "core/layout_runner.hpp"
#include "core/settings.hpp"
#include "core/size_measure.hpp"
#include "layouts/layout.hpp"
#include "layouts/point.hpp"
#include "model/project.hpp"
#include "report/analysis_list.hpp"
#include "text/language.hpp"
#include "view/map_filter.hpp"
#include "view/abstraction.hpp"
#include "view/project_graph.hpp"

namespace knp::app {


// The analysis shown in the side panel (report/analysis_list.hpp lists them).
using Panel = AnalysisId;
// The tab shown in the right column: the analyses, the inspector, the history, the conference
// the indicators (Kennzahlen) or, while one is shown, the comparison (Vergleich).
enum class RightTab { Analyses, Inspector, History, Conference, Indicators, Comparison };

inline constexpr Vertex kNoVertex = static_cast<Vertex>(-1);

// Who started the running layout, which decides how its positions reach the project
// (document.hpp): the layout that arranges an unarranged project at opening (the state as
// opened, no step), or the user (a step "Anordnen").
enum class LayoutOrigin { None, Opening, User };

struct AppState {
  Project project;
  std::optional<std::filesystem::path> file;  // none: the embedded example (saving asks for a name)
  std::string sourceName;                     // file name, or the example's name
  Language language = Language::German;

  // Which abstraction of the data the map shows (view/abstraction.hpp): the project's choice
  // (map.graph), else the whole four-kind graph.
  Abstraction graph = Abstraction::Full;

  // Derived from the project; rebuilt by rebuildGraph() whenever the data change.
  ProjectGraph view;  // of `graph`
  layouts::LayoutGraph layoutGraph;
  std::vector<std::size_t> phaseRank;  // rank in the life-phase sequence, by project index
  std::uint64_t dataRevision = 0;      // counts data changes; analyses compare it

  // Where the nodes are, by vertex.
  std::vector<layouts::Point> positions;
  std::vector<PinState> pins;
  layouts::Algorithm algorithm = layouts::Algorithm::ForceDirected;
  LayoutRunner layout;
  LayoutOrigin layoutOrigin = LayoutOrigin::None;
  // Node keys of the nodes added since the last layout the user started: "Neu anordnen"
  // settles the map around them (LayoutRequest::settle) and leaves the rest where it is.
  std::vector<std::string> recentNodes;
  std::vector<std::string> viewKeys;  // node key of each vertex of `view`, for the next rebuild

  History history;  // every change of `project` goes through it (document.hpp)

  Camera camera;
  bool fitPending = true;      // frame all nodes on the next frame (needs the canvas size)
  bool followLayout = true;    // keep framing while a layout runs, until the user moves the camera
  std::vector<Vertex> frameRequest;  // the canvas frames these nodes on the next frame

  // Selection (in the order chosen), the node under the mouse, nodes an analysis entry is about.
  std::vector<Vertex> selection;
  Vertex hovered = kNoVertex;
  std::vector<Vertex> highlight;
  std::vector<bool> highlightMask;  // by vertex; all false without highlight
  std::string highlightLabel;       // what the highlight is about, shown in the filter bar

  MapFilters filters;
  std::vector<FilterMatch> match;  // by vertex; refreshed by refreshFilters()
  std::optional<Vertex> focus;
  int focusDepth = 1;
  std::vector<std::size_t> focusHops;  // by vertex; empty without focus

  SizeMeasure sizeMeasure = SizeMeasure::Degree;
  std::vector<float> sizeWeight;  // by vertex, in [0, 1]; refreshed by refreshSizes()

  ColourBy colourBy = ColourBy::Kind;
  // From the latest analyses (refreshFromAnalyses), by vertex: the gaps drawn on the map (a
  // goal nobody serves, a life phase nobody covers), each actor's Louvain group (-1: none or
  // not computed yet) and its betweenness as a share of the largest (0..1).
  std::vector<bool> gapMark;
  // The same gaps where this abstraction has no node for them (the actor network shows no
  // goals): the kind and the item's name; the map lists them in its corner.
  std::vector<std::pair<NodeKind, std::string>> offMapGaps;
  std::vector<int> group;
  std::vector<float> brokerShare;
  std::uint64_t marksRevision = 0;  // counts changes of the three lists above and of colourBy

  AnalysisRunner analyses;
  Panel panel = Panel::Coverage;
  RightTab rightTab = RightTab::Analyses;
  // The indicator whose course the Kennzahlen tab shows (--select indicator:ID, a click in its
  // list or on a goal's card); empty, or an id no indicator has any more: none.
  IndicatorId indicator;
  // Presentation: the map fills the window under a slim bar; the legend floats over the map
  // while `presentationLegend` is on. Esc or F11 returns.
  bool presenting = false;
  bool presentationLegend = true;
  // Scenes on the projector (core/scene_player.hpp): the conference whose scenes are shown
  // while presenting, the scene on the screen, the screen blanked (B), the camera's glide
  // towards the scene. None: presentation shows the map as it is.
  struct SceneShow {
    ConferenceId conference;
    std::size_t index = 0;  // into the conference's scenes
    bool blank = false;
    std::optional<CameraGlide> glide;
  };
  std::optional<SceneShow> sceneShow;
  // The conference the Konferenz tab works on (core/conference_session.hpp); empty: none. A
  // project opens on its newest (last) conference.
  ConferenceId conference;
  // While the chosen conference runs in the program: the history position at its start, so
  // that its end can list what changed meanwhile (itemsChangedBy). None: not running.
  std::optional<std::size_t> conferenceStartStep;
  // *Vergleichen mit …* (core/comparison_state.hpp): the other state, the diff and the map's
  // marks; none: no comparison shown. Ends when another document is opened.
  std::optional<Comparison> comparison;
  float uiScale = 1.0f;          // user setting, times the monitor's content scale
  std::string message;           // last status message (saved, error, ...)

  Settings settings;                                   // language, text size, recent files, window size
  std::optional<std::filesystem::path> settingsFile;  // where they are kept; none: not kept (screenshots, tests)

  // The poll of the chosen conference that the Konferenz tab shows: its options' dots are
  // badges on the map (map_scene.hpp). Empty: none.
  std::string poll;

  AppState(Project p, std::string source, Language lang);
};

// Rebuilds the graph view, layout graph, phase ranks and every per-vertex list from the
// project; keeps stored positions (project.map) and starts a layout for the others.
// Clears selection, focus and highlight; FitAll frames the map on the next frame. O(V + E).
enum class Framing { FitAll, KeepCamera };
void rebuildGraph(AppState& s, Framing framing = Framing::FitAll);

// The layout an abstraction starts with when none of its nodes has a position.
layouts::Algorithm defaultAlgorithm(Abstraction graph);

// Recomputes `match` from `filters` (and drops hidden nodes from the selection). O(V + E).
void refreshFilters(AppState& s);
// Recomputes `focusHops` from `focus` and `focusDepth`. O(V + E).
void refreshFocus(AppState& s);
// Takes the latest analyses' gaps, groups and betweenness into gapMark, group and
// brokerShare (and the sizes, when they show betweenness); counts marksRevision. Without
// a result yet, no marks. O(V + gaps + actors).
void refreshFromAnalyses(AppState& s);
// Sets what the colours tell and counts marksRevision. O(1).
void setColourBy(AppState& s, ColourBy colourBy);

// Recomputes `sizeWeight` for `sizeMeasure` (betweenness from the finished analysis, else degree).
// O(V + E), plus one pass over the activities for the number of activities.
void refreshSizes(AppState& s);

// How a vertex is shown given filters and focus.
enum class Visibility { Normal, Faded, Hidden };
Visibility visibilityOf(const AppState& s, Vertex v);

// Selection helpers. select(): replace; toggle(): shift-click. O(selection).
void select(AppState& s, Vertex v);
void toggleSelected(AppState& s, Vertex v);
bool isSelected(const AppState& s, Vertex v);

// Highlights `vertices` (an analysis entry's subject) and asks the canvas to frame them;
// an empty list clears the highlight. O(V).
void setHighlight(AppState& s, std::vector<Vertex> vertices, std::string label);

// Kamada–Kawai computes a whole component in one step (seconds at 2,000 nodes): the window
// offers it only for graphs up to this size, so that the map never freezes.
inline constexpr std::size_t kInteractiveKamadaKawaiNodes = 400;

// Whether the window can run `algorithm` on this graph without freezing.
bool interactiveLayout(const AppState& s, layouts::Algorithm algorithm);

// Where a layout the user starts begins:
//   Continue  from the current positions, so that the map stays recognisable ("Neu
//             anordnen": the force layout settles what was added, in short steps);
//   Resume    from the current positions with full steps (a layout paused by a drag goes on);
//   Fresh     from nothing but the pinned nodes ("Von vorn anordnen", or another algorithm).
enum class LayoutStart { Continue, Resume, Fresh };
// Continue's longest move per iteration, in edge lengths (layouts::ForceOptions::stepLimit).
inline constexpr double kContinueStepLimit = 0.005;

// Starts `algorithm` from where `from` says (pinned nodes stay in either case). When the
// layout refuses the graph (layout.hpp), the current layout stays, the message says why, and
// false is returned.
bool startLayout(AppState& s, layouts::Algorithm algorithm, LayoutStart from = LayoutStart::Fresh);

// Steps the running layout to its end at once (screenshots, tests).
void finishLayout(AppState& s);

// The project's map state with the live positions, pins and layout choice: what
// commitPlacements() (document.hpp) stores. O(V log V).
MapState liveMapState(const AppState& s);

}  // namespace knp::app
