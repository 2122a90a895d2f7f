#include "cli/commands.hpp"
#include "cli/support.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <stdexcept>
#include <string>

#include <unistd.h>

#include <fmt/format.h>

#include "analysis/project_analysis.hpp"
#include "embedded_data.hpp"
#include "io/edge_list.hpp"
#include "io/file_access.hpp"
#include "io/input_limits.hpp"
#include "io/project_json.hpp"
#include "layouts/layout.hpp"
#include "layouts/project_layout_graph.hpp"
#include "view/project_graph.hpp"
#include "report/analysis_json.hpp"
#include "report/analysis_report.hpp"
#include "text/quoting.hpp"

namespace knp::app {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted = true; }

// Prints an edge list's problems (capped) and a closing line; false when there are any.
bool reportEdgeListProblems(const EdgeList& list, const std::string& source, std::string_view consequence) {
  if (list.problems.empty()) return true;
  for (const Problem& problem : list.problems) printLine(stderr, describe(problem, source));
  const std::size_t lines = countProblems(list.problems).errors;
  printLine(stderr, fmt::format("knotenpunkt: {}: {} {} not edges; {}", source, lines,
                                plural(lines, "line is", "lines are"), consequence));
  return false;
}

}  // namespace

int runAnalyze(const AnalyzeOptions& options) {
  int exitCode = kExitFine;
  const std::optional<Project> project = loadForCommand(options.projectFile, exitCode);
  if (!project) return exitCode;
  AnalysisOptions analysisOptions;
  analysisOptions.filter.statuses = options.statuses;
  analysisOptions.filter.year = options.year;
  const ProjectAnalysis analysis = analyzeProject(*project, analysisOptions);
  std::string out;
  switch (options.format) {
    case AnalysisFormat::Json: out = analysisToJson(*project, analysis, options.language).dump(2) + "\n"; break;
    // Names come from the file: control characters in them must not reach the terminal.
    case AnalysisFormat::Text:
      out = printableLines(formatAnalysisReport(*project, analysis, ReportFormat::Text, options.language));
      break;
    case AnalysisFormat::Markdown:
      out = printableLines(formatAnalysisReport(*project, analysis, ReportFormat::Markdown, options.language));
      break;
  }
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    std::fprintf(stderr, "knotenpunkt: could not write the report to standard output\n");
    return kExitError;
  }
  return kExitFine;
}

int runValidate(const ValidateOptions& options) {
  const std::string source = options.projectFile.string();
  const Outcome<std::string> text = readInput(options.projectFile, limits::kProjectFileBytes);
  if (!text.ok()) return kExitError;
  const LoadResult loaded = parseProjectJson(text.value());
  for (const Problem& problem : loaded.problems) printLine(stdout, describe(problem, source));
  const auto [errors, warnings] = countProblems(loaded.problems);
  if (loaded.project && errors == 0) {
    printLine(stderr, fmt::format("{}: valid ({} actors, {} activities, {} goals; {} warnings)", source,
                                  loaded.project->actors.size(), loaded.project->activities.size(),
                                  loaded.project->goals.size(), warnings));
    return kExitFine;
  }
  printLine(stderr, fmt::format("{}: {} {}, {} {}", source, errors, plural(errors, "error", "errors"), warnings,
                                plural(warnings, "warning", "warnings")));
  return kExitProjectProblems;
}

int runCentrality(const CentralityOptions& options) {
  const std::string source = options.edgeFile.string();
  const Outcome<std::string> text = readInput(options.edgeFile, limits::kEdgeListBytes);
  if (!text.ok()) return kExitError;
  const EdgeList list = parseEdgeList(text.value());
  if (!reportEdgeListProblems(list, source, "no scores were written")) return kExitError;
  const SimpleGraph graph = SimpleGraph::fromEdges(list.names.size(), list.edges);

  BetweennessOptions betweenness;
  betweenness.threads = options.threads;
  betweenness.sampleSources = options.approxSources;
  betweenness.seed = options.seed;
  betweenness.cancel = &g_interrupted;
  if (isatty(STDERR_FILENO)) {
    betweenness.progress = [last = -1](std::size_t done, std::size_t total) mutable {
      const int percent = total == 0 ? 100 : static_cast<int>(done * 100 / total);
      if (percent == last) return;
      last = percent;
      std::fprintf(stderr, "\rbetweenness: %3d %%", percent);
      if (done == total) std::fputc('\n', stderr);
    };
  }
  auto previous = std::signal(SIGINT, onInterrupt);
  const auto start = std::chrono::steady_clock::now();
  const BetweennessResult result = computeBetweenness(graph, betweenness);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::signal(SIGINT, previous);
  if (result.completion == Completion::Cancelled) {
    std::fputc('\n', stderr);
    printLine(stderr, fmt::format("knotenpunkt: cancelled after {} sources; {} was not written", result.sourcesUsed,
                                  options.outFile.string()));
    return kExitError;
  }
  if (!writeOutput(options.outFile, formatCentralityTsv(list.names, graph, result.scores))) return kExitError;
  const std::size_t ignored = list.edges.size() - graph.edgeCount();
  printLine(stderr, fmt::format("{}: {} nodes, {} edges ({} {} ignored as self-loops or repeats); {} betweenness "
                                "from {} sources in {:.3f} s; written to {}",
                                source, graph.vertexCount(), graph.edgeCount(), ignored,
                                plural(ignored, "line", "lines"), result.sampled ? "estimated" : "exact",
                                result.sourcesUsed, seconds, options.outFile.string()));
  return kExitFine;
}

int runLayout(const LayoutOptions& options) {
  if (options.algorithm == "list") {
    for (const auto& info : layouts::algorithmList())
      std::printf("%-10s %s\n", std::string(info.name).c_str(), std::string(info.description).c_str());
    return kExitFine;
  }
  const auto algorithm = layouts::algorithmFromName(options.algorithm);
  if (!algorithm) {
    printLine(stderr, fmt::format("knotenpunkt: --algorithm {}: unknown; `knotenpunkt layout --algorithm list` names "
                                  "the choices",
                                  quote(options.algorithm)));
    return kExitError;
  }
  layouts::LayoutGraph graph;
  std::vector<std::string> names;
  const bool isProject = !options.inputFile || options.inputFile->extension() == ".json";
  if (isProject) {
    int exitCode = kExitFine;
    const std::optional<Project> project = loadForCommand(options.inputFile, exitCode);
    if (!project) return exitCode;
    const ProjectGraph view = buildProjectGraph(*project);
    graph = layouts::layoutGraphOf(*project, view);
    names = layouts::vertexNames(*project, view);
  } else {
    const std::string source = options.inputFile->string();
    const Outcome<std::string> text = readInput(*options.inputFile, limits::kEdgeListBytes);
    if (!text.ok()) return kExitError;
    EdgeList list = parseEdgeList(text.value());
    if (!reportEdgeListProblems(list, source, "no positions were written")) return kExitError;
    graph.graph = SimpleGraph::fromEdges(list.names.size(), list.edges);
    names = std::move(list.names);
  }
  layouts::LayoutRequest request;
  request.seed = options.seed;
  request.iterations = options.iterations;
  request.force.theta = options.theta;
  const auto start = std::chrono::steady_clock::now();
  std::vector<layouts::Point> points;
  try {
    points = layouts::runLayout(*algorithm, graph, request);
  } catch (const std::invalid_argument& refused) {  // e.g. a graph too big for Kamada-Kawai
    printLine(stderr, fmt::format("knotenpunkt: {}", refused.what()));
    return kExitError;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string out = "name\tx\ty\n";
  for (std::size_t v = 0; v < points.size(); ++v) out += fmt::format("{}\t{}\t{}\n", names[v], points[v].x, points[v].y);
  if (!writeOutput(options.outFile, out)) return kExitError;
  printLine(stderr, fmt::format("{} nodes, {} edges laid out by {} (seed {}) in {:.3f} s; written to {}",
                                graph.graph.vertexCount(), graph.graph.edgeCount(), options.algorithm, options.seed,
                                seconds, options.outFile.string()));
  return kExitFine;
}

}  // namespace knp::app
