#pragma once
// The program's command line.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/startup_options.hpp"
#include "model/enums.hpp"
#include "text/language.hpp"

namespace knp::app {

enum class AnalysisFormat { Text, Json, Markdown };

// `knotenpunkt analyze [FILE] [--format F] [--lang L] [--year Y] [--status S,...]`
struct AnalyzeOptions {
  std::optional<std::filesystem::path> projectFile;  // none: the embedded example
  AnalysisFormat format = AnalysisFormat::Text;
  Language language = Language::German;
  std::optional<int> year;
  std::vector<ActivityStatus> statuses{ActivityStatus::Planned, ActivityStatus::Running};  // empty: all
};

// `knotenpunkt validate FILE`
struct ValidateOptions {
  std::filesystem::path projectFile;
};

// `knotenpunkt centrality EDGES.txt [--approx K] [--threads N] [--seed S] --out SCORES.tsv`
struct CentralityOptions {
  std::filesystem::path edgeFile;
  std::filesystem::path outFile;
  std::optional<std::size_t> approxSources;
  unsigned threads = 0;  // 0: all cores
  std::uint64_t seed = 1;
};

// `knotenpunkt layout [PROJECT.json | EDGES.txt] --algorithm NAME [--seed N] [--iterations K]
//  --out POSITIONS.tsv`; `--algorithm list` prints the choices.
struct LayoutOptions {
  std::optional<std::filesystem::path> inputFile;  // .json: a project; else an edge list; none: the example
  std::string algorithm;
  std::uint64_t seed = 1;
  std::size_t iterations = 0;  // 0: the algorithm's default
  double theta = 0.8;          // Barnes–Hut accuracy of the force layout
  std::filesystem::path outFile;
};

// `knotenpunkt import GRID.csv --into PROJECT.json [--dry-run] [--skip-invalid]`
struct ImportOptions {
  std::filesystem::path gridFile;
  std::filesystem::path projectFile;  // need not exist: then a new project starts there
  bool dryRun = false;                // report only, write nothing
  bool skipInvalid = false;           // apply the rows without errors even when others have some
};

// `knotenpunkt export [PROJECT.json] --to FORMAT [--conference ID | --since OLD.json|YEAR] --out FILE`
struct ExportOptions {
  std::optional<std::filesystem::path> projectFile;  // none: the embedded example
  std::string format;                                // a name in print/export_formats.hpp
  std::filesystem::path outFile;
  std::string size = "A3";             // svg, pdf: A4, A3 or WxH points; png: WxH pixels (A3: 1191x842)
  std::optional<std::string> view;     // svg, pdf, png: the saved view's filters, focus and layout
  Language language = Language::German;  // map legend, report
  bool withoutContacts = false;          // html, md, actors-csv, xlsx: leave personal contact data out
  std::optional<std::string> conference;  // protocol (needs it), pdf (the handout instead of the poster)
  // progress (needs one of them): the earlier state, the project as it stood in a year or a
  // project file. `--since` is a year when it is a whole number, else a file.
  std::optional<int> sinceYear;
  std::optional<std::filesystem::path> sinceFile;
};

// `knotenpunkt diff OLD.json NEW.json [--format F] [--lang L] [--year Y] [--status S,...]`, or
// `knotenpunkt diff PROJECT.json --since YEAR [...]`: the project as it stood in YEAR against
// the project. Without files the embedded example of 2012 against the embedded example
// (with --since: the embedded example as of YEAR against itself).
struct DiffCommandOptions {
  std::optional<std::filesystem::path> oldFile;  // with --since: the project; none: the embedded example(s)
  std::optional<std::filesystem::path> newFile;  // none with --since
  std::optional<int> since;
  AnalysisFormat format = AnalysisFormat::Text;
  Language language = Language::German;
  std::optional<int> year;
  std::vector<ActivityStatus> statuses{ActivityStatus::Planned, ActivityStatus::Running};  // empty: all
};

// What the command line asked for, or the exit code to return at once (help printed: 0;
// usage error printed to stderr: 2).
using ParsedCommandLine =
    std::variant<Options, AnalyzeOptions, ValidateOptions, CentralityOptions, LayoutOptions, ImportOptions,
                 ExportOptions, DiffCommandOptions, int>;
ParsedCommandLine parseCommandLine(int argc, char** argv);

// "text", "json", "markdown" (or "md") to a format; nullopt for anything else.
std::optional<AnalysisFormat> analysisFormatFromName(std::string_view name);

// "planned,running" to statuses; "all" to an empty list (every status); nullopt for an
// unknown name.
std::optional<std::vector<ActivityStatus>> parseStatusList(std::string_view text);

// "1600x1000" to a size; nullopt unless both parts are whole numbers in 64..16384.
std::optional<WindowSize> parseWindowSize(std::string_view text);

}  // namespace knp::app
