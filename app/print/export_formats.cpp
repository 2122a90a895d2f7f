#include "print/export_formats.hpp"

#include <array>
#include <vector>

#include "core/app_state.hpp"
#include "core/map_views.hpp"
#include "core/palette.hpp"
#include "diff/project_diff.hpp"
#include "io/graph_export.hpp"
#include "io/raster_export.hpp"
#include "io/raster_xlsx.hpp"
#include "print/handout_pdf.hpp"
#include "print/map_export.hpp"
#include "print/protocol_pdf.hpp"
#include "report/practical_part.hpp"
#include "report/progress_model.hpp"
#include "report/protocol.hpp"
#include "view/project_graph.hpp"

namespace knp::app {
namespace {

ExportedFile text(std::string bytes) { return {std::move(bytes), std::nullopt}; }

ExportedFile rasterCsv(const Project& p, const ExportSettings&) { return text(writeRasterCsv(p)); }
ContactData contactsOf(const ExportSettings& settings) {
  return settings.withoutContacts ? ContactData::Omit : ContactData::Include;
}

ExportedFile actorsCsv(const Project& p, const ExportSettings& settings) {
  return text(writeActorGridCsv(p, contactsOf(settings)));
}

ExportedFile workbook(const Project& p, const ExportSettings& settings) {
  XlsxWorkbook book = writeRasterXlsx(p, contactsOf(settings));
  return {std::move(book.bytes), std::move(book.error)};
}

// Networks carry the map's colours, so that Gephi and Graphviz show the same picture.
template <GraphFormat format, GexfVersion gexfVersion = GexfVersion::Draft1_2>
ExportedFile network(const Project& p, const ExportSettings&) {
  const ProjectGraph view = buildProjectGraph(p);
  GraphExportOptions options;
  options.gexfVersion = gexfVersion;
  for (Rgba colour : vertexColours(p, view)) options.colours.push_back(toColour(colour));
  return text(writeGraph(p, format, options));
}

// The map drawn as on the screen: laid out to the end, the view applied when given.
template <MapImageFormat format>
ExportedFile mapImage(const Project& p, const ExportSettings& settings) {
  const auto size = parseMapImageSize(settings.size);
  if (!size) return {{}, "the size " + settings.size + " is not A4, A3 or WIDTHxHEIGHT"};
  AppState state(p, "export", settings.language);
  if (settings.view) {
    const SavedView* view = findView(state.project, *settings.view);
    if (!view) return {{}, "the project has no view " + *settings.view};
    applyView(state, *view, 1.0);
  }
  finishLayout(state);
  // The gaps are drawn on the poster as on the screen: from the analyses, run to their end.
  state.analyses.request(state.project, state.dataRevision, analysisFilterOf(state.filters));
  state.analyses.wait();
  refreshFromAnalyses(state);
  RenderedImage image = renderMapImage(state, format, *size);
  return {std::move(image.bytes), std::move(image.error)};
}

template <PracticalPartFormat format>
ExportedFile report(const Project& p, const ExportSettings& settings) {
  PracticalPartOptions options;
  options.language = settings.language;
  options.contacts = contactsOf(settings);
  return text(writePracticalPart(p, format, options));
}

// A conference's protocol. Preconditions (checkExportSettings): the conference exists.
enum class ProtocolFile { Html, Markdown, Pdf };
template <ProtocolFile file>
ExportedFile protocol(const Project& p, const ExportSettings& settings) {
  const Conference* conference = findConference(p, settings.conference);
  if (!conference) return {{}, "the project has no conference " + settings.conference.value};
  const ProtocolDocument doc = buildProtocol(p, *conference, settings.language);
  if constexpr (file == ProtocolFile::Html) return text(writeProtocolHtml(doc));
  if constexpr (file == ProtocolFile::Markdown) return text(writeProtocolMarkdown(doc));
  RenderedImage pdf = renderProtocolPdf(doc);
  return {std::move(pdf.bytes), std::move(pdf.error)};
}

// The progress report of the project since an earlier state. Preconditions
// (checkExportSettings): the earlier state is given.
template <ProtocolFile file>
ExportedFile progress(const Project& p, const ExportSettings& settings) {
  if (!settings.sinceProject && !settings.sinceYear) return {{}, "no earlier state to compare with (--since)"};
  ProgressOptions options;
  options.language = settings.language;
  if (!settings.sinceProject) options.beforeYear = settings.sinceYear;
  const ProtocolDocument doc = buildProgressReport(
      settings.sinceProject ? *settings.sinceProject : projectAsOfYear(p, *settings.sinceYear), p, options);
  if constexpr (file == ProtocolFile::Html) return text(writeProtocolHtml(doc));
  if constexpr (file == ProtocolFile::Markdown) return text(writeProtocolMarkdown(doc));
  RenderedImage pdf = renderProtocolPdf(doc);
  return {std::move(pdf.bytes), std::move(pdf.error)};
}

// A conference's handout: a page per scene, each the map as the scene showed it.
ExportedFile handout(const Project& p, const ExportSettings& settings) {
  const auto size = parseMapImageSize(settings.size);
  if (!size) return {{}, "the size " + settings.size + " is not A4, A3 or WIDTHxHEIGHT"};
  const Conference* conference = findConference(p, settings.conference);
  if (!conference) return {{}, "the project has no conference " + settings.conference.value};
  RenderedImage pdf = renderHandoutPdf(p, *conference, settings.language, *size);
  return {std::move(pdf.bytes), std::move(pdf.error)};
}

constexpr unsigned kMapOptions = kExportSize | kExportView | kExportLanguage;
constexpr unsigned kReportOptions = kExportLanguage | kExportContacts;
constexpr unsigned kHandoutOptions = kExportSize | kExportLanguage | kExportConference;
constexpr unsigned kProtocolOptions = kExportLanguage | kExportConference;
constexpr unsigned kProgressOptions = kExportLanguage | kExportSince;

const std::array<ExportFormat, 19> kFormats{{
    {"csv", ".csv", "the activities' Raster (CSV for German Excel)",
     {"Raster der Aktivitäten (CSV)", "Activities' Raster (CSV)"}, 0, rasterCsv},
    {"actors-csv", ".csv", "the actors' grid: self-description, addresses (CSV; --no-contacts: without)",
     {"Akteursraster (CSV)", "Actors' grid (CSV)"}, kExportContacts, actorsCsv},
    {"xlsx", ".xlsx", "both grids with drop-down lists (Excel workbook; --no-contacts: without addresses)",
     {"Beide Raster mit Auswahllisten (Excel)", "Both grids with drop-down lists (Excel)"}, kExportContacts, workbook},
    {"graphml", ".graphml", "the network for yEd, Gephi, networkx (GraphML)",
     {"Netzwerk (GraphML)", "Network (GraphML)"}, 0, network<GraphFormat::GraphML>},
    {"gexf", ".gexf", "the network for Gephi, networkx and web viewers (GEXF 1.2draft)",
     {"Netzwerk für Gephi (GEXF)", "Network for Gephi (GEXF)"}, 0, network<GraphFormat::Gexf>},
    {"gexf-1.3", ".gexf", "the network as GEXF 1.3 (Gephi 0.10; networkx 2.8 does not read it)",
     {"Netzwerk als GEXF 1.3", "Network as GEXF 1.3"}, 0, network<GraphFormat::Gexf, GexfVersion::V1_3>},
    {"dot", ".dot", "the network for Graphviz (DOT)", {"Netzwerk für Graphviz (DOT)", "Network for Graphviz (DOT)"}, 0,
     network<GraphFormat::Dot>},
    {"svg", ".svg", "the map as a poster (SVG)", {"Karte als Plakat (SVG)", "Map as a poster (SVG)"}, kMapOptions,
     mapImage<MapImageFormat::Svg>},
    {"pdf", ".pdf", "the map as a poster (PDF)", {"Karte als Plakat (PDF)", "Map as a poster (PDF)"}, kMapOptions,
     mapImage<MapImageFormat::Pdf>},
    {"pdf", ".pdf", "with --conference ID the conference's handout, a page per scene",
     {"Handout der Konferenz (PDF, eine Seite je Szene)", "Conference handout (PDF, a page per scene)"},
     kHandoutOptions, handout},
    {"png", ".png", "the map as a picture (PNG)", {"Karte als Bild (PNG)", "Map as a picture (PNG)"}, kMapOptions,
     mapImage<MapImageFormat::Png>},
    {"html", ".html", "the report \"Praktischer Teil\" as a web page (HTML)",
     {"Bericht „Praktischer Teil“ (HTML)", "Report \"Praktischer Teil\" (HTML)"}, kReportOptions,
     report<PracticalPartFormat::Html>},
    {"md", ".md", "the report \"Praktischer Teil\" as Markdown",
     {"Bericht „Praktischer Teil“ (Markdown)", "Report \"Praktischer Teil\" (Markdown)"}, kReportOptions,
     report<PracticalPartFormat::Markdown>},
    {"protocol", ".html", "with --conference ID the conference's protocol as a web page (--out FILE.html)",
     {"Protokoll der Konferenz (HTML)", "Conference protocol (HTML)"}, kProtocolOptions,
     protocol<ProtocolFile::Html>},
    {"protocol", ".md", "as Markdown (--out FILE.md)",
     {"Protokoll der Konferenz (Markdown)", "Conference protocol (Markdown)"}, kProtocolOptions,
     protocol<ProtocolFile::Markdown>},
    {"protocol", ".pdf", "as PDF (--out FILE.pdf)", {"Protokoll der Konferenz (PDF)", "Conference protocol (PDF)"},
     kProtocolOptions, protocol<ProtocolFile::Pdf>},
    {"progress", ".html",
     "with --since OLD.json or YEAR the progress report (Entwicklungsbericht) since that state as a web page "
     "(--out FILE.html)",
     {"Entwicklungsbericht (HTML)", "Progress report (HTML)"}, kProgressOptions, progress<ProtocolFile::Html>},
    {"progress", ".md", "as Markdown (--out FILE.md)", {"Entwicklungsbericht (Markdown)", "Progress report (Markdown)"},
     kProgressOptions, progress<ProtocolFile::Markdown>},
    {"progress", ".pdf", "as PDF (--out FILE.pdf)", {"Entwicklungsbericht (PDF)", "Progress report (PDF)"},
     kProgressOptions, progress<ProtocolFile::Pdf>},
}};

std::string lowerCase(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

}  // namespace

std::span<const ExportFormat> exportFormats() { return kFormats; }

const ExportFormat* findExportFormat(std::string_view name) {
  for (const ExportFormat& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

FormatChoice chooseExportFormat(std::string_view name, const std::filesystem::path& outFile, bool withConference) {
  std::vector<const ExportFormat*> named, fitting;
  for (const ExportFormat& f : kFormats)
    if (f.name == name) named.push_back(&f);
  FormatChoice choice;
  if (named.empty()) {
    choice.problem = FormatChoiceProblem::UnknownName;
    return choice;
  }
  for (const ExportFormat* f : named)
    if (((f->options & kExportConference) != 0) == withConference) fitting.push_back(f);
  if (fitting.empty()) {
    choice.problem = withConference ? FormatChoiceProblem::ConferenceNotRead : FormatChoiceProblem::ConferenceRequired;
    return choice;
  }
  if (fitting.size() == 1) {
    choice.format = fitting.front();
    return choice;
  }
  const std::string extension = lowerCase(outFile.extension().string());
  for (const ExportFormat* f : fitting) {
    choice.extensions += (choice.extensions.empty() ? "" : ", ") + std::string(f->extension);
    if (f->extension == extension) choice.format = f;
  }
  if (!choice.format) choice.problem = FormatChoiceProblem::Extension;
  return choice;
}

std::string exportFormatNames() {
  std::string names;
  for (std::size_t i = 0; i < kFormats.size(); ++i)
    if (i == 0 || kFormats[i - 1].name != kFormats[i].name)
      names += (names.empty() ? "" : ", ") + std::string(kFormats[i].name);
  return names;
}

std::string exportFormatHelp() {
  std::string help;
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    if (i > 0 && kFormats[i - 1].name == kFormats[i].name) help += ", " + std::string(kFormats[i].help);
    else help += (help.empty() ? "" : "; ") + std::string(kFormats[i].name) + ": " + std::string(kFormats[i].help);
  }
  return help;
}

std::string_view exportFormatTitle(const ExportFormat& format, Language language) {
  return format.title[language == Language::English ? 1 : 0];
}

std::optional<ExportProblem> checkExportSettings(const Project& project, const ExportFormat& format,
                                                 const ExportSettings& settings) {
  if ((format.options & kExportSize) && !parseMapImageSize(settings.size)) return ExportProblem::Size;
  if ((format.options & kExportView) && settings.view && !findView(project, *settings.view)) return ExportProblem::View;
  if ((format.options & kExportConference) && !findConference(project, settings.conference))
    return ExportProblem::Conference;
  if ((format.options & kExportSince) && !settings.sinceYear && !settings.sinceProject) return ExportProblem::Since;
  if ((format.options & kExportSince) && !settings.sinceProject) {
    const std::optional<int> year = stateYear(project);
    if (year && *settings.sinceYear >= *year) return ExportProblem::SinceNotEarlier;
  }
  return std::nullopt;
}

}  // namespace knp::app
