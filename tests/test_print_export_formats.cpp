// The table of export formats (print/export_formats.hpp) that the command line and the
// window's export dialog both read.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "fixtures.hpp"
#include "io/raster_export.hpp"
#include "print/export_formats.hpp"
#include "print/protocol_pdf.hpp"

using namespace knp;
using namespace knp::app;

namespace {

// Pages of a PDF Cairo wrote: one page object each ("/Type /Page", not "/Type /Pages").
std::size_t pageCount(const std::string& pdf) {
  std::size_t pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
    if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
  return pages;
}

}  // namespace

TEST_CASE("export formats: rows unique by name, extension and conference; titles in both languages; a writer",
          "[print][export]") {
  std::set<std::string> rows;
  std::set<std::string> titles;
  for (const ExportFormat& f : exportFormats()) {
    const bool conference = (f.options & kExportConference) != 0;
    CHECK(rows.insert(std::string(f.name) + std::string(f.extension) + (conference ? "+conference" : "")).second);
    CHECK(f.extension.size() > 1);
    CHECK(f.extension[0] == '.');
    CHECK(titles.insert(std::string(exportFormatTitle(f, Language::German))).second);  // the window tells them apart
    CHECK_FALSE(exportFormatTitle(f, Language::English).empty());
    CHECK(f.write != nullptr);
  }
  CHECK(rows.size() == 18);
  CHECK(findExportFormat("CSV") == nullptr);  // names are exact
  CHECK(findExportFormat("pdf")->options == (kExportSize | kExportView | kExportLanguage));  // the first: the poster
  CHECK(exportFormatNames() ==
        "csv, actors-csv, xlsx, graphml, gexf, dot, svg, pdf, png, html, md, protocol, progress");
  // Only the progress report reads an earlier state.
  for (const ExportFormat& f : exportFormats()) CHECK(((f.options & kExportSince) != 0) == (f.name == "progress"));
}

TEST_CASE("export formats: --to, --out and --conference choose the row", "[print][export]") {
  auto choose = [](std::string_view name, const char* out, bool conference) {
    return chooseExportFormat(name, out, conference);
  };
  CHECK(choose("pdf", "x.pdf", false).format == findExportFormat("pdf"));
  const FormatChoice handout = choose("pdf", "x.pdf", true);
  REQUIRE(handout.format);
  CHECK((handout.format->options & kExportConference));
  CHECK_FALSE((handout.format->options & kExportView));
  for (const char* ext : {".html", ".md", ".pdf"}) {
    const FormatChoice protocol = choose("protocol", (std::string("protokoll") + ext).c_str(), true);
    REQUIRE(protocol.format);
    CHECK(protocol.format->extension == ext);
  }
  CHECK(choose("protocol", "PROTOKOLL.HTML", true).format->extension == ".html");
  const FormatChoice txt = choose("protocol", "x.txt", true);
  CHECK(txt.problem == FormatChoiceProblem::Extension);
  CHECK(txt.extensions == ".html, .md, .pdf");
  CHECK(choose("protocol", "x.html", false).problem == FormatChoiceProblem::ConferenceRequired);
  CHECK(choose("csv", "x.csv", true).problem == FormatChoiceProblem::ConferenceNotRead);
  CHECK(choose("docx", "x.docx", false).problem == FormatChoiceProblem::UnknownName);
  CHECK(choose("csv", "x.txt", false).format == findExportFormat("csv"));  // one row: the name alone decides
  for (const char* ext : {".html", ".md", ".pdf"}) {
    const FormatChoice progress = choose("progress", (std::string("bericht") + ext).c_str(), false);
    REQUIRE(progress.format);
    CHECK(progress.format->extension == ext);
    CHECK(progress.format->options == (kExportLanguage | kExportSince));
  }
  CHECK(choose("progress", "bericht.docx", false).problem == FormatChoiceProblem::Extension);
  CHECK(choose("progress", "bericht.html", true).problem == FormatChoiceProblem::ConferenceNotRead);
}

TEST_CASE("export formats: every writer writes the small project", "[print][export]") {
  Project project = test::smallProject();
  Conference conference;
  conference.id = ConferenceId("k1");
  conference.title = "Konferenz";
  conference.date = "2013-09-14";
  conference.scenes = {Scene{"Alles", "Die ganze Karte", {}, {}, {}}, Scene{"Noch einmal", "", {}, {}, {}}};
  project.conferences.push_back(conference);
  ExportSettings withConference;
  withConference.conference = ConferenceId("k1");
  ExportSettings since;
  since.sinceYear = 2012;
  for (const ExportFormat& f : exportFormats()) {
    INFO(f.name << f.extension);
    const ExportedFile file = f.write(project, (f.options & kExportConference) ? withConference
                                               : (f.options & kExportSince)    ? since
                                                                               : ExportSettings{});
    CHECK_FALSE(file.error);
    CHECK(file.bytes.size() > 100);
  }
  CHECK(findExportFormat("csv")->write(project, {}).bytes == writeRasterCsv(project));
  CHECK(findExportFormat("pdf")->write(project, {}).bytes.substr(0, 5) == "%PDF-");
  CHECK(findExportFormat("svg")->write(project, {}).bytes.find("<svg") != std::string::npos);
  const std::string handout = chooseExportFormat("pdf", "h.pdf", true).format->write(project, withConference).bytes;
  CHECK(handout.substr(0, 5) == "%PDF-");
  // One page per scene: Cairo writes one page object each.
  std::size_t pages = 0;
  for (std::size_t at = handout.find("/Type /Page"); at != std::string::npos; at = handout.find("/Type /Page", at + 1))
    if (handout.compare(at, 12, "/Type /Pages") != 0) ++pages;
  CHECK(pages == 2);
}

TEST_CASE("export formats: a bad size or an unknown view is found before writing", "[print][export]") {
  const Project project = test::smallProject();
  const ExportFormat& png = *findExportFormat("png");
  ExportSettings settings;
  CHECK_FALSE(checkExportSettings(project, png, settings));
  settings.size = "12x8";
  CHECK(checkExportSettings(project, png, settings) == ExportProblem::Size);
  CHECK_FALSE(checkExportSettings(project, *findExportFormat("csv"), settings));  // csv reads no size
  settings.size = "800x600";
  settings.view = "Gibt es nicht";
  CHECK(checkExportSettings(project, png, settings) == ExportProblem::View);
  // A writer called anyway says so instead of writing something else.
  CHECK(png.write(project, settings).error);
  // A conference's protocol needs a conference the project has.
  const ExportFormat& protocol = *findExportFormat("protocol");
  CHECK(checkExportSettings(project, protocol, ExportSettings{}) == ExportProblem::Conference);
  CHECK(protocol.write(project, ExportSettings{}).error);
  // The progress report needs an earlier state: a year or a project.
  const ExportFormat& progress = *findExportFormat("progress");
  CHECK(checkExportSettings(project, progress, ExportSettings{}) == ExportProblem::Since);
  CHECK(progress.write(project, ExportSettings{}).error);
  ExportSettings since;
  since.sinceYear = 2011;  // the project stands in 2012, its indicator's latest year
  CHECK_FALSE(checkExportSettings(project, progress, since));
  since = {};
  since.sinceProject = project;
  CHECK_FALSE(checkExportSettings(project, progress, since));
  // A year at or after the project's own state (its latest indicator value or conference date)
  // is refused: the report would compare the project with itself. An earlier project is not
  // judged by its years.
  Project dated = project;
  dated.indicators.clear();
  dated.conferences.clear();
  Indicator counted;
  counted.id = IndicatorId("counted");
  counted.name = "Gezählt";
  counted.values = {{2012, 1.0}, {2013, 2.0}};  // the project stands in 2013
  dated.indicators.push_back(counted);
  since = {};
  since.sinceYear = 2012;
  CHECK_FALSE(checkExportSettings(dated, progress, since));
  since.sinceYear = 2013;
  CHECK(checkExportSettings(dated, progress, since) == ExportProblem::SinceNotEarlier);
  since.sinceYear = 2030;
  CHECK(checkExportSettings(dated, progress, since) == ExportProblem::SinceNotEarlier);
  since.sinceProject = dated;
  CHECK_FALSE(checkExportSettings(dated, progress, since));
  // A project without dates has no year of its own: any year is accepted.
  Project undated = dated;
  undated.indicators.clear();
  since = {};
  since.sinceYear = 2030;
  CHECK_FALSE(checkExportSettings(undated, progress, since));
}

TEST_CASE("export formats: the progress report compares with a year or an earlier project, in HTML, Markdown and PDF",
          "[print][export][progress]") {
  const Project project = test::smallProject();
  // The small project's act1 runs since 2012; as of 2011 it was not there yet.
  ExportSettings settings;
  settings.sinceYear = 2011;
  const std::string md = chooseExportFormat("progress", "b.md", false).format->write(project, settings).bytes;
  CHECK(md.starts_with("# Kleines Projekt – Test\n"));
  CHECK(md.find("*Entwicklungsbericht*") != std::string::npos);
  CHECK(md.find("## Das Jahr in Zahlen") != std::string::npos);
  settings.language = Language::English;
  const std::string html = chooseExportFormat("progress", "b.html", false).format->write(project, settings).bytes;
  CHECK(html.find("<h2>The year in numbers</h2>") != std::string::npos);
  // With an earlier project instead of a year: the project without its activities.
  Project earlier = project;
  earlier.activities.clear();
  settings.sinceYear.reset();
  settings.sinceProject = earlier;
  settings.language = Language::German;
  const std::string fromProject = chooseExportFormat("progress", "b.md", false).format->write(project, settings).bytes;
  CHECK(fromProject.find("Neu angelegt: ") != std::string::npos);

  const ExportedFile pdf = chooseExportFormat("progress", "b.pdf", false).format->write(project, settings);
  REQUIRE_FALSE(pdf.error);
  CHECK(pdf.bytes.substr(0, 5) == "%PDF-");
  CHECK(pageCount(pdf.bytes) >= 1);
  CHECK(pdf.bytes.find("%%EOF", pdf.bytes.size() - 8) != std::string::npos);
}

TEST_CASE("protocol PDF: line charts keep their height and move to the next page whole", "[print][export][progress]") {
  // A4 is 842 points high with margins of 56: the body runs from y = 56 to 786. The title (20
  // points × 1.35 line height) and the space after it (10) leave the first chart at y = 93.
  // Each chart is 170 high and 10 follow it, and starts a new page unless it ends by 786:
  //   page 1: 93, 273, 453 (633 + 170 = 803 > 786);  page 2 on: 56, 236, 416, 596.
  // So 7 charts fill two pages and the 8th starts a third.
  Indicator indicator;
  indicator.id = IndicatorId("i");
  indicator.name = "Quote";
  indicator.unit = "%";
  indicator.values = {{2011, 10.0}, {2012, 12.0}};
  ProtocolDocument doc;
  doc.title = "T";
  ProtocolBlock chart;
  chart.kind = ProtocolBlockKind::LineChart;
  chart.indicator = indicator;
  chart.conferenceYears = {2012};
  for (int i = 0; i < 7; ++i) doc.blocks.push_back(chart);
  const RenderedImage seven = renderProtocolPdf(doc);
  REQUIRE_FALSE(seven.error);
  CHECK(seven.bytes.substr(0, 5) == "%PDF-");
  CHECK(pageCount(seven.bytes) == 2);
  doc.blocks.push_back(chart);
  CHECK(pageCount(renderProtocolPdf(doc).bytes) == 3);
}
