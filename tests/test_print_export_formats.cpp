// The table of export formats (print/export_formats.hpp) that the command line and the
// window's export dialog both read.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "fixtures.hpp"
#include "io/raster_export.hpp"
#include "print/export_formats.hpp"

using namespace knp;
using namespace knp::app;

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
  CHECK(rows.size() == 15);
  CHECK(findExportFormat("CSV") == nullptr);  // names are exact
  CHECK(findExportFormat("pdf")->options == (kExportSize | kExportView | kExportLanguage));  // the first: the poster
  CHECK(exportFormatNames() == "csv, actors-csv, xlsx, graphml, gexf, dot, svg, pdf, png, html, md, protocol");
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
  for (const ExportFormat& f : exportFormats()) {
    INFO(f.name << f.extension);
    const ExportedFile file = f.write(project, (f.options & kExportConference) ? withConference : ExportSettings{});
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
}
