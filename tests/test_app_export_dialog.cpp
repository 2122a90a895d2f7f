// "Datei › Exportieren …" driven in a headless ImGui context: the file name typed into the
// dialog and Enter write the chosen format, the extension added, the project left as it was.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <fstream>
#include <iterator>
#include <memory>

#include "core/app_state.hpp"
#include "fixtures.hpp"
#include "headless_imgui.hpp"
#include "io/raster_export.hpp"
#include "window/files/export_dialog.hpp"

using namespace knp;
using namespace knp::app;

namespace {

void frame(ExportDialog& dialog, AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  dialog.draw(s);
  ImGui::Render();
}

// Opens the dialog with `format`, types `path` into the file field and presses Enter.
void exportTo(ExportDialog& dialog, AppState& s, std::string_view format, const std::string& path) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_Enter] = 2;
  dialog.open(format);
  frame(dialog, s);  // opens, the file field takes the keyboard focus
  frame(dialog, s);
  io.AddInputCharactersUTF8(path.c_str());
  frame(dialog, s);
  io.KeysDown[2] = true;
  frame(dialog, s);
  io.KeysDown[2] = false;
  frame(dialog, s);
}

std::string contentOf(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("export dialog: a typed name and Enter write the Raster, .csv added", "[app][export]") {
  test::TempFolder folder;
  test::HeadlessImGui imgui(1200, 900);
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::German);
  finishLayout(*s);
  const Project before = s->project;
  ExportDialog dialog;
  exportTo(dialog, *s, "csv", (folder / "raster").string());
  REQUIRE(std::filesystem::exists(folder / "raster.csv"));
  CHECK(contentOf(folder / "raster.csv") == writeRasterCsv(before));
  CHECK(s->project == before);
  CHECK(s->history.steps().empty());
  CHECK(s->message.find("raster.csv geschrieben") != std::string::npos);
}

TEST_CASE("export dialog: the map as PNG, the project unchanged", "[app][export]") {
  test::TempFolder folder;
  test::HeadlessImGui imgui(1200, 900);
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::English);
  finishLayout(*s);
  const Project before = s->project;
  ExportDialog dialog;
  exportTo(dialog, *s, "png", (folder / "karte.png").string());
  const std::string png = contentOf(folder / "karte.png");
  REQUIRE(png.size() > 1000);
  CHECK(png.substr(1, 3) == "PNG");
  // A3 landscape in pixels: the IHDR chunk holds width 1191 and height 842.
  CHECK(static_cast<unsigned char>(png[18]) * 256 + static_cast<unsigned char>(png[19]) == 1191);
  CHECK(static_cast<unsigned char>(png[22]) * 256 + static_cast<unsigned char>(png[23]) == 842);
  CHECK(s->project == before);
  CHECK(s->message.find("written") != std::string::npos);
}

TEST_CASE("export dialog: the chosen conference's protocol; none without a chosen conference", "[app][export]") {
  test::TempFolder folder;
  test::HeadlessImGui imgui(1200, 900);
  Project project = test::smallProject();
  Conference conference;
  conference.id = ConferenceId("k1");
  conference.title = "Konferenz <2013>";
  project.conferences.push_back(conference);
  auto s = std::make_unique<AppState>(project, "test", Language::German);
  finishLayout(*s);
  ExportDialog dialog;
  s->conference = ConferenceId("k1");
  exportTo(dialog, *s, "protocol", (folder / "protokoll").string());
  REQUIRE(std::filesystem::exists(folder / "protokoll.html"));
  CHECK(contentOf(folder / "protokoll.html").find("<h1>Konferenz &lt;2013&gt;</h1>") != std::string::npos);
  s->conference = ConferenceId();
  exportTo(dialog, *s, "protocol", (folder / "ohne").string());
  CHECK_FALSE(std::filesystem::exists(folder / "ohne.html"));  // no conference chosen: nothing to write
}

TEST_CASE("export dialog: the progress report since the year before the project's state", "[app][export][progress]") {
  test::TempFolder folder;
  test::HeadlessImGui imgui(1200, 900);
  // The small project's last indicator value is of 2012: the dialog offers 2011, when act1
  // (from 2012) had not begun.
  auto s = std::make_unique<AppState>(test::smallProject(), "test", Language::German);
  finishLayout(*s);
  const Project before = s->project;
  ExportDialog dialog;
  exportTo(dialog, *s, "progress", (folder / "bericht").string());
  REQUIRE(std::filesystem::exists(folder / "bericht.html"));
  const std::string page = contentOf(folder / "bericht.html");
  CHECK(page.find("Vergleich des Stands 2011 mit dem Stand 2012") != std::string::npos);
  CHECK(page.find("<h2>Das Jahr in Zahlen</h2>") != std::string::npos);
  CHECK(s->project == before);
}
