#pragma once
// Every file Knotenpunkt writes for others, as one table: the Raster and the actors' grid for
// spreadsheets, the network for other tools, the map as a poster, the report "Praktischer
// Teil". `knotenpunkt export` and the window's "Datei › Exportieren …" both read it, so a
// format added here is offered in both, with the same options.
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
  kExportContacts = 8,  // the report: with or without personal contact data
};

struct ExportSettings {
  std::string size = "A3";         // A4, A3 (landscape) or WIDTHxHEIGHT: points (svg, pdf) or pixels (png)
  std::optional<std::string> view;  // a saved view's name; none: the whole map
  Language language = Language::German;
  bool withoutContacts = false;
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

// The format named `name` exactly; nullptr when there is none. O(formats).
const ExportFormat* findExportFormat(std::string_view name);

// "csv, actors-csv, …": every name, for messages. O(formats).
std::string exportFormatNames();

// The format's title in `language`.
std::string_view exportFormatTitle(const ExportFormat& format, Language language);

// What is wrong with `settings` for `format` on `project`, nullopt when nothing is:
// ExportProblem::Size when the size does not parse (only checked for formats that read it),
// ExportProblem::View when the project has no view of that name.
enum class ExportProblem { Size, View };
std::optional<ExportProblem> checkExportSettings(const Project& project, const ExportFormat& format,
                                                 const ExportSettings& settings);

}  // namespace knp::app
