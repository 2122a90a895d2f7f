#include "cli/command_line.hpp"

#include "view/abstraction.hpp"

#include "cli/support.hpp"
#include "print/export_formats.hpp"
#include "report/analysis_list.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

namespace knp::app {

std::optional<WindowSize> parseWindowSize(std::string_view text) {
  const auto x = text.find('x');
  if (x == std::string_view::npos) return std::nullopt;
  auto number = [](std::string_view part) -> std::optional<int> {
    int value = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || end != part.data() + part.size() || value < 64 || value > 16384) return std::nullopt;
    return value;
  };
  auto width = number(text.substr(0, x));
  auto height = number(text.substr(x + 1));
  if (!width || !height) return std::nullopt;
  return WindowSize{*width, *height};
}

std::optional<std::vector<ActivityStatus>> parseStatusList(std::string_view text) {
  std::vector<ActivityStatus> statuses;
  if (text == "all") return statuses;
  std::size_t position = 0;
  while (position <= text.size()) {
    std::size_t comma = text.find(',', position);
    if (comma == std::string_view::npos) comma = text.size();
    auto status = enumFromName(kActivityStatusNames, text.substr(position, comma - position));
    if (!status) return std::nullopt;
    if (std::find(statuses.begin(), statuses.end(), *status) == statuses.end()) statuses.push_back(*status);
    position = comma + 1;
  }
  return statuses;
}

std::optional<AnalysisFormat> analysisFormatFromName(std::string_view name) {
  if (name == "text") return AnalysisFormat::Text;
  if (name == "json") return AnalysisFormat::Json;
  if (name == "markdown" || name == "md") return AnalysisFormat::Markdown;
  return std::nullopt;
}

namespace {

// Reports a bad option value on stderr in the same form as CLI11's own messages.
int usageError(const std::string& message) {
  printLine(stderr, "knotenpunkt: " + message);  // the message may repeat a value as given
  return 2;
}

std::optional<Language> languageOrComplain(const std::string& code) {
  auto language = languageFromCode(code);
  if (!language) usageError("--lang \"" + code + "\": expected de or en");
  return language;
}

// ---- diff: what changed between two states of a project ------------------------------------

struct DiffArguments {
  CLI::App* command = nullptr;
  std::vector<std::string> files;
  std::string format = "text", language = "de", statuses = "planned,running";
  std::optional<int> year, since;
};

void addDiffCommand(CLI::App& cli, DiffArguments& args) {
  args.command = cli.add_subcommand(
      "diff", "What changed between two states of a project: items, coverage, gaps, support chains, cooperations, "
              "indicators (exit 0: no differences, 1: differences, 2: trouble)");
  args.command->add_option("FILES", args.files,
                           "OLD.json NEW.json, or PROJECT.json with --since; without files the example of 2012 "
                           "against the example");
  args.command->add_option("--since", args.since, "Compare the project as it stood in this year with the project")
      ->check(CLI::Range(1900, 2200));
  args.command->add_option("--format", args.format, "text (default), json or markdown");
  args.command->add_option("--lang", args.language, "Language of the report: de (default) or en");
  args.command->add_option("--year", args.year, "Count only activities running in this year")
      ->check(CLI::Range(1900, 2200));
  args.command->add_option("--status", args.statuses,
                           "Statuses counted, comma-separated: planned, running, finished, or all (default "
                           "planned,running)");
}

ParsedCommandLine diffOptionsFrom(const DiffArguments& args) {
  DiffCommandOptions result;
  result.since = args.since;
  const std::size_t wanted = args.since ? 1 : 2;
  if (!args.files.empty() && args.files.size() != wanted)
    return usageError(args.since ? "diff --since YEAR reads one project file (PROJECT.json), not " +
                                       std::to_string(args.files.size())
                                 : "diff compares two project files (OLD.json NEW.json), or one with --since YEAR; "
                                   "got " + std::to_string(args.files.size()));
  if (!args.files.empty()) result.oldFile = args.files[0];
  if (args.files.size() == 2) result.newFile = args.files[1];
  const auto format = analysisFormatFromName(args.format);
  if (!format) return usageError("--format \"" + args.format + "\": expected text, json or markdown");
  result.format = *format;
  const auto language = languageOrComplain(args.language);
  if (!language) return 2;
  result.language = *language;
  result.year = args.year;
  const auto statuses = parseStatusList(args.statuses);
  if (!statuses)
    return usageError("--status \"" + args.statuses + "\": expected planned, running, finished (comma-separated) or all");
  result.statuses = *statuses;
  return result;
}

}  // namespace

ParsedCommandLine parseCommandLine(int argc, char** argv) {
  CLI::App cli{"Knotenpunkt: wer macht was für Integration in der Stadt — "
               "the map of actors, activities, goals and life phases."};
  cli.set_version_flag("--version", "Knotenpunkt 0.1.0");
  Options options;
  std::string file, size, language = "de";
  cli.add_option("FILE", file, "Project file (.json); without it the embedded Hattingen example opens");
  cli.add_option("--screenshot", options.screenshot, "Render the map into this PNG file and exit (works under xvfb-run)");
  cli.add_option("--size", size, "Window or screenshot size in pixels, WIDTHxHEIGHT (default 1600x1000)");
  cli.add_option("--frames", options.frames, "Frames to render before the screenshot (default 3)")
      ->check(CLI::Range(1, 1000));
  cli.add_option("--lang", language, "Language of the interface: de (default) or en");
  cli.add_option("--view", options.view, "Open the saved view of this name");
  cli.add_option("--select", options.select,
                 "Select this node: actor:ID, activity:ID, goal:ID, lifePhase:ID or an ID; "
                 "or show indicator:ID in the Kennzahlen tab");
  cli.add_option("--panel", options.panel,
                 "Show this analysis (" + analysisNames() +
                     "), the editor (edit), the history (history), the conference tab (conference) "
                     "or the indicators (indicators)");
  cli.add_option("--layout", options.layout, "Arrange the map with this layout (see `layout --algorithm list`)");
  cli.add_option("--ui-scale", options.uiScale, "Text size factor (default 1; the monitor's scale is applied too)")
      ->check(CLI::Range(0.5f, 4.0f));
  cli.add_option("--graph", options.graph, "Show this abstraction of the data: " + abstractionNames() + " (list: describe them)");
  cli.add_flag("--present", options.present,
               "Open in presentation: the map fills the window under a slim bar (F11 or Esc returns)");
  cli.add_option("--conference", options.conference,
                 "Choose this conference (its id) in the Konferenz tab; with --scene, show one of its scenes");
  cli.add_option("--compare", options.compare,
                 "Compare with another project file, or with the project as it stood in YEAR (Vergleich tab, "
                 "marks on the map, changes in the heatmap)");
  cli.add_option("--scene", options.scene,
                 "Show scene N (1 = the first) of --conference in presentation, as F5 and PageDown would");

  CLI::App* analyze = cli.add_subcommand(
      "analyze", "Print the analyses: gaps, support chains, overlaps, cooperation opportunities, brokers");
  std::string analyzeFile, format = "text", analyzeLanguage = "de", statuses = "planned,running";
  std::optional<int> year;
  analyze->add_option("FILE", analyzeFile, "Project file (.json); without it the embedded Hattingen example");
  analyze->add_option("--format", format, "text (default), json or markdown");
  analyze->add_option("--lang", analyzeLanguage, "Language of the report: de (default) or en");
  analyze->add_option("--year", year, "Count only activities running in this year")->check(CLI::Range(1900, 2200));
  analyze->add_option("--status", statuses,
                      "Statuses counted, comma-separated: planned, running, finished, or all (default planned,running)");

  CLI::App* validate = cli.add_subcommand("validate", "Check a project file and list every problem with its path");
  std::string validateFile;
  validate->add_option("FILE", validateFile, "Project file (.json)")->required();

  CLI::App* centrality = cli.add_subcommand(
      "centrality", "Degree and betweenness of a plain edge list (two node names per line, # comments)");
  CentralityOptions centralityOptions;
  std::string edgeFile, outFile;
  centrality->add_option("EDGES", edgeFile, "Edge list file")->required();
  centrality->add_option("--out", outFile, "Write name<TAB>degree<TAB>betweenness here")->required();
  centrality->add_option("--approx", centralityOptions.approxSources,
                         "Estimate betweenness from K sampled source nodes instead of all")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 32));
  centrality->add_option("--threads", centralityOptions.threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1u, 256u));
  centrality->add_option("--seed", centralityOptions.seed, "Seed for --approx's sample (default 1)");

  CLI::App* layout = cli.add_subcommand(
      "layout", "Place the nodes of a project or an edge list and write name<TAB>x<TAB>y (--algorithm list: the choices)");
  LayoutOptions layoutOptions;
  std::string layoutInput, layoutOut;
  layout->add_option("INPUT", layoutInput, "Project (.json) or edge list; without it the embedded example");
  layout->add_option("--algorithm", layoutOptions.algorithm, "Layout algorithm, or list to name the choices")->required();
  layout->add_option("--seed", layoutOptions.seed, "Seed (default 1): the same seed gives the same positions");
  layout->add_option("--iterations", layoutOptions.iterations, "Upper bound on iterations (default: the algorithm's)");
  layout->add_option("--theta", layoutOptions.theta,
                     "force: Barnes-Hut accuracy, a cell acts as one body when side < theta * distance (default 0.8)")
      ->check(CLI::NonNegativeNumber);
  layout->add_option("--out", layoutOut, "Write name<TAB>x<TAB>y here");

  CLI::App* import = cli.add_subcommand(
      "import",
      "Read the actors' Raster (one row per activity, CSV as Excel writes it) or a table of indicators by year into "
      "a project");
  ImportOptions importOptions;
  std::string gridFile, intoFile;
  import->add_option("GRID", gridFile,
                     "The filled-in grid (.csv, or .xlsx: its first sheet), a table of indicators (a column "
                     "Kennzahl and one per year), or a network (.graphml, .gexf) whose nodes become actors and "
                     "edges cooperations")
      ->required();
  import->add_option("--into", intoFile, "Project file to update (a new one is started when it does not exist)")
      ->required();
  import->add_flag("--dry-run", importOptions.dryRun, "Report what would change; write nothing");
  import->add_flag("--skip-invalid", importOptions.skipInvalid,
                   "Apply the rows without errors even when other rows have errors");

  CLI::App* exportCommand = cli.add_subcommand(
      "export", "Write the project for spreadsheets, other network tools, print and the web (--to lists the formats)");
  ExportOptions exportOptions;
  std::string exportFile, exportOut;
  exportCommand->add_option("PROJECT", exportFile, "Project file (.json); without it the embedded example");
  exportCommand->add_option("--to", exportOptions.format, exportFormatHelp())->required();
  exportCommand->add_option("--conference", exportOptions.conference,
                            "Protocol, pdf: the conference (its id) whose protocol or handout to write");
  std::string exportSince;
  exportCommand->add_option("--since", exportSince,
                            "Progress: the earlier state to compare with, a project file (OLD.json) or a year (the "
                            "project as it stood then; ./2012 for a file of that name)");
  std::string exportLanguage = "de";
  exportCommand->add_option("--size", exportOptions.size, "Map size: A4, A3 (default, landscape) or WIDTHxHEIGHT");
  exportCommand->add_option("--view", exportOptions.view, "Map: show this saved view (its filters, focus, layout)");
  exportCommand->add_option("--lang", exportLanguage, "Language of the map's legend or the report: de (default) or en");
  exportCommand->add_flag("--no-contacts", exportOptions.withoutContacts,
                          "The report, the actors' grid and the workbook: leave personal contact data (person, address, "
                          "phone, e-mail, web) out");
  exportCommand->add_option("--out", exportOut, "The file to write (atomically; an existing one is kept as .bak)")
      ->required();

  DiffArguments diffArguments;
  addDiffCommand(cli, diffArguments);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e) == 0 ? 0 : 2;
  }

  if (*analyze) {
    AnalyzeOptions result;
    if (!analyzeFile.empty()) result.projectFile = analyzeFile;
    const auto parsedFormat = analysisFormatFromName(format);
    if (!parsedFormat) return usageError("--format \"" + format + "\": expected text, json or markdown");
    result.format = *parsedFormat;
    auto lang = languageOrComplain(analyzeLanguage);
    if (!lang) return 2;
    result.language = *lang;
    result.year = year;
    auto parsedStatuses = parseStatusList(statuses);
    if (!parsedStatuses)
      return usageError("--status \"" + statuses + "\": expected planned, running, finished (comma-separated) or all");
    result.statuses = *parsedStatuses;
    return result;
  }
  if (*diffArguments.command) return diffOptionsFrom(diffArguments);
  if (*validate) return ValidateOptions{validateFile};
  if (*layout) {
    if (!layoutInput.empty()) layoutOptions.inputFile = layoutInput;
    if (layoutOptions.algorithm != "list" && layoutOut.empty()) return usageError("layout: --out POSITIONS.tsv is required");
    layoutOptions.outFile = layoutOut;
    return layoutOptions;
  }
  if (*exportCommand) {
    if (!exportFile.empty()) exportOptions.projectFile = exportFile;
    auto lang = languageOrComplain(exportLanguage);
    if (!lang) return 2;
    exportOptions.language = *lang;
    exportOptions.outFile = exportOut;
    if (exportCommand->count("--since") > 0) {
      if (exportSince.empty()) return usageError("--since: expected a project file or a year");
      if (exportSince.find_first_not_of("0123456789") == std::string::npos) {
        int sinceYear = 0;
        const auto [end, ec] = std::from_chars(exportSince.data(), exportSince.data() + exportSince.size(), sinceYear);
        if (ec != std::errc() || end != exportSince.data() + exportSince.size() || sinceYear < 1900 || sinceYear > 2200)
          return usageError("--since \"" + exportSince + "\": a year must lie between 1900 and 2200 (a file: ./" +
                            exportSince + ")");
        exportOptions.sinceYear = sinceYear;
      } else {
        exportOptions.sinceFile = exportSince;
      }
    }
    // An option the format does not read is refused, not ignored (an unknown format, and a
    // missing or unknown conference, are reported by the command: it knows the project's).
    const FormatChoice choice = chooseExportFormat(exportOptions.format, exportOut, exportOptions.conference.has_value());
    if (choice.problem == FormatChoiceProblem::ConferenceNotRead)
      return usageError("--conference does not apply to --to " + exportOptions.format);
    if (choice.problem == FormatChoiceProblem::Extension)
      return usageError("--to " + exportOptions.format + " writes " + choice.extensions + " files, chosen by --out; \"" +
                        exportOut + "\" has none of these extensions");
    if (const ExportFormat* f = choice.format) {
      for (auto [option, bit] :
           {std::pair{"--size", kExportSize}, std::pair{"--view", kExportView}, std::pair{"--lang", kExportLanguage},
            std::pair{"--no-contacts", kExportContacts}, std::pair{"--since", kExportSince}})
        if (exportCommand->count(option) > 0 && !(f->options & bit))
          return usageError(std::string(option) + " does not apply to --to " + std::string(f->name) +
                            (exportOptions.conference ? " --conference" : ""));
      if ((f->options & kExportSince) && exportCommand->count("--since") == 0)
        return usageError("--to " + std::string(f->name) +
                          " needs --since OLD.json (the earlier state's file) or --since YEAR (the project as it "
                          "stood then)");
    }
    return exportOptions;
  }
  if (*import) {
    importOptions.gridFile = gridFile;
    importOptions.projectFile = intoFile;
    return importOptions;
  }
  if (*centrality) {
    centralityOptions.edgeFile = edgeFile;
    centralityOptions.outFile = outFile;
    return centralityOptions;
  }

  if (!file.empty()) options.projectFile = file;
  if (!size.empty()) {
    auto parsed = parseWindowSize(size);
    if (!parsed) return usageError("--size \"" + size + "\": expected WIDTHxHEIGHT, e.g. 1600x1000 (64 to 16384 each)");
    options.size = *parsed;
  }
  auto lang = languageOrComplain(language);
  if (!lang) return 2;
  options.language = *lang;
  options.given = {!size.empty(), cli.get_option("--lang")->count() > 0, cli.get_option("--ui-scale")->count() > 0};
  if (options.graph == "list") {  // the abstractions, one per line, as `layout --algorithm list` lists layouts
    for (const AbstractionInfo& info : abstractionList())
      std::printf("%-14s %s\n", std::string(info.name).c_str(), std::string(info.description).c_str());
    return 0;
  }
  return options;
}

}  // namespace knp::app
