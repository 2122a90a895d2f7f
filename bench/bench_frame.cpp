// knp_bench_frame: the CPU time to build one frame's ImGui draw lists of the map, without a
// window or a GPU.
//
// A headless Dear ImGui context (display 1600×1000, 60 Hz, RendererHasVtxOffset as the OpenGL3
// backend sets it, DejaVu Sans from knp::app::loadFonts(1)) draws the map with the program's
// own MapRenderer into a full-screen window, on a 1200×900 canvas. Projects:
//   example   the embedded Hattingen example, laid out by its own layout to the end;
//   sN        makeSyntheticProject(N, --seed) for each N of --medium-scales (61,74) and
//             --big-scales (610,744). The generator's edges grow with its nodes at a fixed
//             ratio of about 4.1, so no scale gives 10,000 nodes and 50,000 edges at once:
//             61 gives 10,035 nodes (40,996 edges), 74 gives 49,923 edges (12,167 nodes), and
//             the 3 ms target must hold for both; 610 and 744 do the same for 100,000 nodes
//             and 500,000 edges. An empty list skips them.
// The synthetic ones are laid out with the force layout (finishLayout), once and untimed: a few
// seconds at 100,000 nodes. Views per project:
//   fit       the whole graph in view, framed as the program frames it (frameNodes);
//   zoom4     4× the fitted scale around the canvas centre;
//   zoom32    32× the same;
//   fit+emph  fit, with the highest-degree node hovered and the highest-degree other actor
//             selected (their edges are drawn on top, their neighbours' labels come first);
//   fit+boxN  fit, with the N = min(1000, nodes / 10) nodes nearest the canvas centre selected,
//             as a shift-drag box there selects them; only up to 20,000 nodes.
// Each view gets a fresh MapRenderer; its first frame fills the renderer's caches (colours,
// label widths) and, for the first view of a project, grows ImGui's buffers; it is reported on
// its own as "first". Then --frames (30) frames are timed with steady_clock, each NewFrame,
// Begin, MapRenderer::draw, End, Render. Reported per view: the median and slowest frame; the
// median CPU time of this thread per frame (the wall-clock times are trustworthy only when the
// two agree; the program warns otherwise); the median of the draw() call alone; what draw()
// counted (nodes, edges, labels); the vertices and draw commands of ImGui's draw data.
// Also: example-present, the whole window in presentation (bar, map, legend overlay) at
// 1280×720 with the text of --ui-scale 1.5, the example as it opens (the actor network);
// actorsN, the actor network (view/abstraction.hpp) of makeSyntheticProject(N) (--actor-scale,
// 250: 10,000 actors; 0 skips it), fit only.
// Targets: the example under 1 ms per frame, the presentation and the 10,000-actor network
// under 3 ms, 10,000 nodes and 50,000 edges with the whole graph
// in view under 3 ms (medians); 100,000 nodes are only reported.
// Options: --frames N (30)  --seed S (1)  --actor-scale N (250)  --medium-scales LIST (61,74)  --big-scales LIST
// (610,744; "none" skips them)  --views LIST (fit,zoom4,zoom32,fit+emph,fit+box)
// Output: a Markdown table, the targets, then key=value lines for bench/run_all.sh. Exit 0.
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "core/analysis_runner.hpp"
#include "core/app_state.hpp"
#include "core/camera.hpp"
#include "embedded_data.hpp"
#include "window/fonts.hpp"
#include "io/project_json.hpp"
#include "window/main_window.hpp"
#include "window/map_renderer.hpp"
#include "synthetic_project.hpp"
#include "core/map_framing.hpp"

namespace {

using namespace knp;
using Clock = std::chrono::steady_clock;

const ImVec2 kDisplay{1600, 1000};
// Left of the canvas is where the program's side panel would be.
constexpr app::ScreenRect kCanvas{200, 50, 1200, 900};

// The fit+boxN view selects min(kBoxSelection, nodes / 10) nodes, in projects of at most
// kBoxSelectionUpTo nodes (the renderer's selection test is linear in the selection: at
// 100,000 nodes a frame would take about 0.2 s, 30 of them a project's layout time again).
constexpr std::size_t kBoxSelection = 1000;
constexpr std::size_t kBoxSelectionUpTo = 20000;

struct Options {
  int frames = 30;
  std::uint64_t seed = 1;
  std::vector<int> mediumScales{61, 74};  // held to the 3 ms target
  std::vector<int> bigScales{610, 744};   // reported only
  std::vector<std::string> views{"fit", "zoom4", "zoom32", "fit+emph", "fit+box"};
  int actorScale = 250;  // the actor network of makeSyntheticProject(250): 10,000 actors; 0 skips it
};

double msBetween(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// CPU time of this thread in ms: unlike the wall clock, it does not grow while other processes
// hold the cores (the machine has two).
double threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

struct Frame {
  double totalMs = 0, drawMs = 0, cpuMs = 0;
  app::RenderStats stats;
  int vertices = 0, indices = 0, commands = 0;
};

// One frame as the program builds it, minus the side panels: a full-screen window, the map.
Frame runFrame(app::MapRenderer& renderer, const app::AppState& state) {
  Frame frame;
  const double cpuStart = threadCpuMs();
  const auto start = Clock::now();
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(kDisplay);
  ImGui::Begin("map", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  const auto drawStart = Clock::now();
  frame.stats = renderer.draw(ImGui::GetWindowDrawList(), state, kCanvas);
  const auto drawEnd = Clock::now();
  ImGui::End();
  ImGui::Render();
  const auto end = Clock::now();
  frame.cpuMs = threadCpuMs() - cpuStart;
  frame.totalMs = msBetween(start, end);
  frame.drawMs = msBetween(drawStart, drawEnd);
  const ImDrawData* data = ImGui::GetDrawData();
  frame.vertices = data->TotalVtxCount;
  frame.indices = data->TotalIdxCount;
  for (int i = 0; i < data->CmdListsCount; ++i) frame.commands += data->CmdLists[i]->CmdBuffer.Size;
  return frame;
}

struct Row {
  std::string project, view;
  std::size_t nodes = 0, edges = 0;
  double medianMs = 0, maxMs = 0, firstMs = 0, drawMedianMs = 0, cpuMedianMs = 0;
  Frame last;
};

// A fresh renderer (cold label cache): one frame reported as "first", then `frames` timed.
Row measure(const std::string& project, const std::string& view, const app::AppState& state, int frames) {
  Row row;
  row.project = project;
  row.view = view;
  row.nodes = state.positions.size();
  row.edges = boost::num_edges(state.view.graph);
  app::MapRenderer renderer;
  row.firstMs = runFrame(renderer, state).totalMs;
  std::vector<double> totals, draws, cpus;
  for (int i = 0; i < frames; ++i) {
    row.last = runFrame(renderer, state);
    totals.push_back(row.last.totalMs);
    draws.push_back(row.last.drawMs);
    cpus.push_back(row.last.cpuMs);
  }
  row.cpuMedianMs = median(cpus);
  row.medianMs = median(totals);
  row.maxMs = *std::max_element(totals.begin(), totals.end());
  row.drawMedianMs = median(draws);
  std::fprintf(stderr, "  %-8s %-9s median %8.3f ms  max %8.3f ms  first %8.3f ms\n", project.c_str(), view.c_str(),
               row.medianMs, row.maxMs, row.firstMs);
  return row;
}

std::size_t degreeOf(const app::AppState& s, Vertex v) {
  return s.layoutGraph.graph.neighbours(static_cast<VertexIndex>(v)).size();
}

// The views of one project named in `views`; `state` is laid out already.
void measureProject(const std::string& name, app::AppState& state, const Options& options, float fontSize,
                    std::vector<Row>& rows) {
  auto wanted = [&](const char* view) {
    return std::find(options.views.begin(), options.views.end(), view) != options.views.end();
  };
  app::frameNodes(state, {}, kCanvas, fontSize);
  const app::Camera fitted = state.camera;
  const layouts::Point centre{kCanvas.x + kCanvas.width * 0.5, kCanvas.y + kCanvas.height * 0.5};
  if (wanted("fit")) rows.push_back(measure(name, "fit", state, options.frames));
  for (const auto& [view, zoom] : {std::pair<const char*, double>{"zoom4", 4.0}, {"zoom32", 32.0}}) {
    if (!wanted(view)) continue;
    state.camera = fitted;
    state.camera.zoomAround(centre, zoom, kCanvas);
    rows.push_back(measure(name, view, state, options.frames));
  }
  state.camera = fitted;
  const std::size_t n = state.positions.size();

  // Emphasis: the hub hovered, the best-connected other actor selected.
  Vertex hub = app::kNoVertex, actor = app::kNoVertex;
  for (Vertex v = 0; v < n; ++v)
    if (hub == app::kNoVertex || degreeOf(state, v) > degreeOf(state, hub)) hub = v;
  for (Vertex v = 0; v < n; ++v)
    if (v != hub && state.view.graph[v].kind == NodeKind::Actor &&
        (actor == app::kNoVertex || degreeOf(state, v) > degreeOf(state, actor)))
      actor = v;
  if (wanted("fit+emph") && hub != app::kNoVertex) {
    state.hovered = hub;
    if (actor != app::kNoVertex) app::select(state, actor);
    std::fprintf(stderr, "  %s: hovered node of degree %zu, selected actor of degree %zu\n", name.c_str(),
                 degreeOf(state, hub), actor != app::kNoVertex ? degreeOf(state, actor) : 0);
    rows.push_back(measure(name, "fit+emph", state, options.frames));
    state.hovered = app::kNoVertex;
    state.selection.clear();
  }

  // A box selection: the nodes nearest the canvas centre, as shift-dragging a box there selects.
  const std::size_t boxed = std::min(kBoxSelection, n / 10);
  if (!wanted("fit+box") || boxed == 0 || n > kBoxSelectionUpTo) return;
  std::vector<std::pair<double, Vertex>> byDistance;
  for (Vertex v = 0; v < n; ++v) {
    const layouts::Point p = state.camera.toScreen(state.positions[v], kCanvas);
    byDistance.emplace_back(std::max(std::abs(p.x - centre.x), std::abs(p.y - centre.y)), v);
  }
  std::partial_sort(byDistance.begin(), byDistance.begin() + static_cast<std::ptrdiff_t>(boxed), byDistance.end());
  for (std::size_t i = 0; i < boxed; ++i) state.selection.push_back(byDistance[i].second);
  rows.push_back(measure(name, fmt::format("fit+box{}", boxed), state, options.frames));
  state.selection.clear();
}

// Lays out `state` to the end (the force layout, or what the project asks for), untimed.
void layOut(const std::string& name, app::AppState& state) {
  const auto start = Clock::now();
  app::finishLayout(state);
  std::fprintf(stderr, "%s: %zu nodes, %zu edges, laid out (%s) in %.0f ms\n", name.c_str(), state.positions.size(),
               boost::num_edges(state.view.graph), std::string(layouts::toString(state.algorithm)).c_str(),
               msBetween(start, Clock::now()));
}

// "fit,zoom4" -> {"fit", "zoom4"}.
std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> items;
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t comma = text.find(',', position);
    if (comma == std::string::npos) comma = text.size();
    items.push_back(text.substr(position, comma - position));
    position = comma + 1;
  }
  return items;
}

// "61,74" -> {61, 74}; "" or "none" -> {}.
std::vector<int> parseScales(const std::string& text) {
  std::vector<int> scales;
  if (text == "none") return scales;
  for (const std::string& item : splitList(text)) {
    scales.push_back(std::atoi(item.c_str()));
    if (scales.back() < 1) {
      std::fprintf(stderr, "knp_bench_frame: \"%s\" is not a list of scales >= 1\n", text.c_str());
      std::exit(2);
    }
  }
  return scales;
}

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) {
      std::fprintf(stderr, "knp_bench_frame: %s needs a value (or is unknown)\n", arg.c_str());
      std::exit(2);
    }
    const std::string value = argv[++i];
    if (arg == "--frames")
      options.frames = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--seed")
      options.seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (arg == "--medium-scales")
      options.mediumScales = parseScales(value);
    else if (arg == "--big-scales")
      options.bigScales = parseScales(value);
    else if (arg == "--actor-scale")
      options.actorScale = std::max(0, std::atoi(value.c_str()));
    else if (arg == "--views") {
      options.views = splitList(value);
      for (const std::string& view : options.views)
        if (view != "fit" && view != "zoom4" && view != "zoom32" && view != "fit+emph" && view != "fit+box") {
          std::fprintf(stderr, "knp_bench_frame: unknown view %s (fit, zoom4, zoom32, fit+emph, fit+box)\n",
                       view.c_str());
          std::exit(2);
        }
    } else {
      std::fprintf(stderr, "knp_bench_frame: unknown option %s\n", arg.c_str());
      std::exit(2);
    }
  }
  return options;
}

void printTable(const std::vector<Row>& rows, int frames) {
  std::printf(
      "frame times over %d frames after one untimed first frame (reported as \"first\"), ms; canvas %.0fx%.0f\n\n",
      frames, static_cast<double>(kCanvas.width), static_cast<double>(kCanvas.height));
  std::printf(
      "| project | nodes | edges | view | median | max | first | CPU median | draw() median | nodes drawn | "
      "edges drawn | labels | vertices | draw cmds |\n");
  std::printf("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const Row& r : rows)
    std::printf("| %s | %zu | %zu | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %zu | %zu | %zu | %d | %d |\n",
                r.project.c_str(), r.nodes, r.edges, r.view.c_str(), r.medianMs, r.maxMs, r.firstMs, r.cpuMedianMs,
                r.drawMedianMs, r.last.stats.nodes, r.last.stats.edges, r.last.stats.labels, r.last.vertices,
                r.last.commands);
  // The medians are wall-clock times; a thread that waited for a core shows it as a gap to its CPU time.
  const bool contended =
      std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.medianMs > 1.2 * r.cpuMedianMs + 0.02; });
  if (contended)
    std::printf(
        "\nWARNING: some medians exceed their CPU time by more than 20 %%: other processes were running, "
        "the times are off\n");
}

const Row* findRow(const std::vector<Row>& rows, const std::string& project, const std::string& view) {
  for (const Row& r : rows)
    if (r.project == project && r.view == view) return &r;
  return nullptr;
}

void printTarget(const Row* row, const std::string& what, double limitMs) {
  if (!row) return;
  std::printf("  %-58s median %.3f ms, max %.3f ms -> %s%s\n", what.c_str(), row->medianMs, row->maxMs,
              row->medianMs < limitMs ? "met" : "NOT met",
              row->medianMs < limitMs && row->maxMs >= limitMs ? " (the slowest frame is over)" : "");
}

// The presentation as a projector shows it: the whole window (slim bar, map, legend overlay)
// at kPresentation pixels with the text of --ui-scale 1.5, the example as it opens (the actor
// network), its gaps marked. `frames` frames after one untimed, each NewFrame .. Render.
const ImVec2 kPresentation{1280, 720};

Row measurePresentation(const app::Fonts& fonts, int frames) {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  app::AppState state(std::move(*loaded.project), std::string(kEmbeddedExampleName), Language::German);
  layOut("example-present", state);
  state.analyses.request(state.project, state.dataRevision, app::analysisFilterOf(state.filters));
  state.analyses.wait();
  app::refreshFromAnalyses(state);
  state.presenting = true;
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = kPresentation;
  io.FontGlobalScale = 1.5f;
  app::MainWindow window;
  auto one = [&] {
    Frame frame;
    const double cpuStart = threadCpuMs();
    const auto start = Clock::now();
    ImGui::NewFrame();
    window.draw(state, fonts, kPresentation.x, kPresentation.y);
    ImGui::Render();
    frame.totalMs = msBetween(start, Clock::now());
    frame.cpuMs = threadCpuMs() - cpuStart;
    frame.drawMs = frame.totalMs;
    frame.stats = {window.canvas().renderer().scene().nodes.size(), window.canvas().renderer().scene().edges.size(),
                   window.canvas().renderer().scene().labels.size()};
    const ImDrawData* data = ImGui::GetDrawData();
    frame.vertices = data->TotalVtxCount;
    for (int i = 0; i < data->CmdListsCount; ++i) frame.commands += data->CmdLists[i]->CmdBuffer.Size;
    return frame;
  };
  Row row;
  row.project = "example-present";
  row.view = "1280x720";
  row.nodes = state.positions.size();
  row.edges = boost::num_edges(state.view.graph);
  row.firstMs = one().totalMs;
  std::vector<double> total, cpu;
  for (int i = 0; i < frames; ++i) {
    row.last = one();
    total.push_back(row.last.totalMs);
    cpu.push_back(row.last.cpuMs);
  }
  row.medianMs = row.drawMedianMs = median(total);
  row.maxMs = *std::max_element(total.begin(), total.end());
  row.cpuMedianMs = median(cpu);
  io.DisplaySize = kDisplay;
  io.FontGlobalScale = 1.0f;
  return row;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.DisplaySize = kDisplay;
  io.DeltaTime = 1.0f / 60.0f;
  // The OpenGL3 backend sets this; the renderer's direct quads rely on it beyond 65,536 vertices.
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  const app::Fonts fonts = app::loadFonts(1.0f);
  if (!fonts.warning.empty()) std::fprintf(stderr, "knp_bench_frame: %s\n", fonts.warning.c_str());
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // what a backend uploads; builds the atlas
  io.Fonts->SetTexID(nullptr);

  std::vector<Row> rows;
  {
    LoadResult loaded = parseProjectJson(embeddedExampleJson());
    if (!loaded.project) {
      std::fprintf(stderr, "knp_bench_frame: the embedded example does not load\n");
      return 1;
    }
    loaded.project->map.graph.clear();  // all four kinds, as measured before the abstractions
    app::AppState state(std::move(*loaded.project), std::string(kEmbeddedExampleName), Language::German);
    layOut("example", state);
    measureProject("example", state, options, fonts.pixelSize, rows);
  }
  rows.push_back(measurePresentation(fonts, options.frames));
  if (options.actorScale > 0) {
    const std::string name = fmt::format("actors{}", options.actorScale);
    Project project = bench::makeSyntheticProject(options.actorScale, options.seed);
    project.map.graph = "actors";
    app::AppState state(std::move(project), name, Language::German);
    layOut(name, state);
    Options fitOnly = options;
    fitOnly.views = {"fit"};
    measureProject(name, state, fitOnly, fonts.pixelSize, rows);
  }
  std::vector<int> scales = options.mediumScales;
  scales.insert(scales.end(), options.bigScales.begin(), options.bigScales.end());
  for (const int scale : scales) {
    const std::string name = fmt::format("s{}", scale);
    app::AppState state(bench::makeSyntheticProject(scale, options.seed), name, Language::German);
    layOut(name, state);
    measureProject(name, state, options, fonts.pixelSize, rows);
  }

  printTable(rows, options.frames);
  std::printf(
      "\nexample: the embedded Hattingen example; sN: makeSyntheticProject(N, seed %llu); all laid out by "
      "the force layout\n",
      static_cast<unsigned long long>(options.seed));
  std::printf("targets (median frame, whole graph in view):\n");
  printTarget(findRow(rows, "example", "fit"), "example: < 1 ms", 1.0);
  printTarget(findRow(rows, "example-present", "1280x720"), "presentation, whole window 1280x720, scale 1.5: < 3 ms", 3.0);
  if (const Row* row = findRow(rows, fmt::format("actors{}", options.actorScale), "fit"))
    printTarget(row, fmt::format("actor network ({} actors / {} links): < 3 ms", row->nodes, row->edges), 3.0);
  for (const int scale : options.mediumScales) {
    const Row* row = findRow(rows, fmt::format("s{}", scale), "fit");
    if (!row) continue;
    printTarget(row, fmt::format("~10,000 nodes / ~50,000 edges ({} / {}): < 3 ms", row->nodes, row->edges), 3.0);
  }
  for (const int scale : options.bigScales) {
    const Row* row = findRow(rows, fmt::format("s{}", scale), "fit");
    if (!row) continue;
    std::printf("  %-58s median %.3f ms, max %.3f ms (reported only)\n",
                fmt::format("~100,000 nodes ({} / {})", row->nodes, row->edges).c_str(), row->medianMs, row->maxMs);
  }

  std::printf("\n# key=value\nframes=%d\n", options.frames);
  for (const Row& r : rows) {
    std::string key = r.project + "_" + r.view;
    std::replace(key.begin(), key.end(), '+', '_');
    std::printf(
        "%s_nodes=%zu\n%s_edges=%zu\n%s_median_ms=%.4f\n%s_max_ms=%.4f\n%s_first_ms=%.4f\n"
        "%s_cpu_median_ms=%.4f\n%s_draw_median_ms=%.4f\n%s_vertices=%d\n%s_labels=%zu\n",
        key.c_str(), r.nodes, key.c_str(), r.edges, key.c_str(), r.medianMs, key.c_str(), r.maxMs, key.c_str(),
        r.firstMs, key.c_str(), r.cpuMedianMs, key.c_str(), r.drawMedianMs, key.c_str(), r.last.vertices, key.c_str(),
        r.last.stats.labels);
  }
  ImGui::DestroyContext();
  return 0;
}
