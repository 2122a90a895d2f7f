#pragma once
// Every file Knotenpunkt writes for others, as one table: the Raster and the actors' grid for
// spreadsheets, the network for other tools, the map as a poster, the report "Praktischer
// Teil", a conference's protocol and handout, the progress report (Entwicklungsbericht).
// `knotenpunkt export` and the window's "Datei › Exportieren …" both read it, so a format added
// here is offered in both, with the same options.
//
// A row is one thing to choose in the window. Several rows may share a name for --to: the
// conference's handout is "pdf" with --conference, its protocol is "protocol" written as
// HTML, Markdown or PDF by the extension of --out (chooseExportFormat); so is "progress".
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/project.hpp"
#include "text/language.hpp"

namespace knp::app {

// The options a format reads; the others are refused for it (command line) or not shown (window).
enum ExportOption : unsigned {
  kExportSize = 1,      // the map's page or picture size
  kExportView = 2,      // a saved view's filters, focus and layout for the map
  kExportLanguage = 4,  // the map's legend, the report
  kExportContacts = 8,  // the report, the actors' grid, the workbook: with or without personal contact data
  // A conference's protocol or handout: the row needs a conference (--conference, the
  // window's chosen one), and only such rows take one.
  kExportConference = 16,
  // The progress report: the earlier state to compare with (--since YEAR or FILE, the
  // window's year); only such rows take one, and they need it.
  kExportSince = 32,
};

struct ExportSettings {
  std::string size = "A3";         // A4, A3 (landscape) or WIDTHxHEIGHT: points (svg, pdf) or pixels (png)
  std::optional<std::string> view;  // a saved view's name; none: the whole map
  Language language = Language::German;
  bool withoutContacts = false;
  ConferenceId conference;  // kExportConference: the conference; empty: none
  // kExportSince: the earlier state, an earlier project (sinceProject) or the project as it
  // stood in a year (sinceYear: projectAsOfYear); sinceProject wins when both are set.
  // `{}`: positional initializers may leave them out.
  std::optional<int> sinceYear{};
  std::optional<Project> sinceProject{};
};

// The file's content, or what went wrong (a short technical reason, in English: the caller
// frames it in the user's language).
struct ExportedFile {
  std::string bytes;
  std::optional<std::string> error;
};

struct ExportFormat {
  std::string_view name;       // as typed after --to
  std::string_view extension;  // of the file, with the dot
  std::string_view help;       // for --help (English, like all of --help)
  std::string_view title[2];   // the window's menu: German, English
  unsigned options = 0;        // ExportOption bits
  // Writes `project` (its stored positions for the map; the rest is laid out first).
  // Preconditions: checkExportSettings() found nothing.
  ExportedFile (*write)(const Project& project, const ExportSettings& settings) = nullptr;
};

// The formats in the order they are offered. O(1).
std::span<const ExportFormat> exportFormats();

// The first format named `name` exactly; nullptr when there is none. O(formats).
const ExportFormat* findExportFormat(std::string_view name);

// What `--to NAME --out FILE [--conference ID]` means: among the rows named `name`, those
// that take a conference when one is given, else those that do not; of several, the one
// whose extension FILE has (case-insensitive). `format` is set when there is no problem;
// `extensions` lists the candidates' extensions (".html, .md, .pdf") for the message.
enum class FormatChoiceProblem {
  UnknownName,          // no row has the name
  ConferenceRequired,   // only rows that need a conference, and none was given
  ConferenceNotRead,    // a conference was given, no row of the name reads it
  Extension,            // several rows, FILE's extension is none of theirs
};
struct FormatChoice {
  const ExportFormat* format = nullptr;
  std::optional<FormatChoiceProblem> problem;
  std::string extensions;
};
FormatChoice chooseExportFormat(std::string_view name, const std::filesystem::path& outFile, bool withConference);

// "csv, actors-csv, …": every name once, for messages. O(formats).
std::string exportFormatNames();

// "csv: the activities' Raster …; pdf: the map as a poster (PDF), with --conference …": each
// name once with the help of its rows, for --help. O(formats).
std::string exportFormatHelp();

// The format's title in `language`.
std::string_view exportFormatTitle(const ExportFormat& format, Language language);

// What is wrong with `settings` for `format` on `project`, nullopt when nothing is:
// ExportProblem::Size when the size does not parse (only checked for formats that read it),
// ExportProblem::View when the project has no view of that name, ExportProblem::Conference
// when the format needs a conference and the project has none with settings.conference,
// ExportProblem::Since when the format compares with an earlier state and none is given,
// ExportProblem::SinceNotEarlier when that state is a year (and no project) at or after the
// year the project stands in (stateYear, progress_model.hpp), where that year is known: the
// report would compare the project with itself under a later year's name.
enum class ExportProblem { Size, View, Conference, Since, SinceNotEarlier };
std::optional<ExportProblem> checkExportSettings(const Project& project, const ExportFormat& format,
                                                 const ExportSettings& settings);

}  // namespace knp::app
