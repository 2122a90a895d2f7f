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

TEST_CASE("export formats: unique names, an extension, titles in both languages, a writer", "[print][export]") {
  std::set<std::string_view> names;
  for (const ExportFormat& f : exportFormats()) {
    CHECK(names.insert(f.name).second);
    CHECK(f.extension.size() > 1);
    CHECK(f.extension[0] == '.');
    CHECK_FALSE(exportFormatTitle(f, Language::German).empty());
    CHECK_FALSE(exportFormatTitle(f, Language::English).empty());
    CHECK(f.write != nullptr);
    CHECK(findExportFormat(f.name) == &f);
  }
  CHECK(names.size() == 11);
  CHECK(findExportFormat("CSV") == nullptr);  // names are exact
  CHECK(exportFormatNames() == "csv, actors-csv, xlsx, graphml, gexf, dot, svg, pdf, png, html, md");
}

TEST_CASE("export formats: every writer writes the small project", "[print][export]") {
  const Project project = test::smallProject();
  for (const ExportFormat& f : exportFormats()) {
    INFO(f.name);
    const ExportedFile file = f.write(project, ExportSettings{});
    CHECK_FALSE(file.error);
    CHECK(file.bytes.size() > 100);
  }
  CHECK(findExportFormat("csv")->write(project, {}).bytes == writeRasterCsv(project));
  CHECK(findExportFormat("pdf")->write(project, {}).bytes.substr(0, 5) == "%PDF-");
  CHECK(findExportFormat("svg")->write(project, {}).bytes.find("<svg") != std::string::npos);
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
}
