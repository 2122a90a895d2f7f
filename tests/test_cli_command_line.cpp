// The command line as the program parses it (cli/command_line.hpp).
#include <catch2/catch.hpp>

#include <filesystem>
#include <variant>

#include "cli/command_line.hpp"

using namespace knp;
using namespace knp::app;

TEST_CASE("window sizes parse as WIDTHxHEIGHT within limits", "[app][command-line]") {
  CHECK(parseWindowSize("1600x1000")->width == 1600);
  CHECK(parseWindowSize("1600x1000")->height == 1000);
  CHECK_FALSE(parseWindowSize("1600"));
  CHECK_FALSE(parseWindowSize("x1000"));
  CHECK_FALSE(parseWindowSize("1600x"));
  CHECK_FALSE(parseWindowSize("16x1000"));    // too small
  CHECK_FALSE(parseWindowSize("1600x99999"));  // too large
  CHECK_FALSE(parseWindowSize("1600x1000px"));
}

TEST_CASE("the command line reads the file, screenshot, size, frames and language", "[app][command-line]") {
  const char* argv[] = {"knotenpunkt", "p.json", "--screenshot", "out.png", "--size", "800x600",
                        "--frames", "5", "--lang", "EN"};
  auto parsed = parseCommandLine(10, const_cast<char**>(argv));
  REQUIRE(std::holds_alternative<Options>(parsed));
  const Options& o = std::get<Options>(parsed);
  CHECK(o.projectFile == std::filesystem::path("p.json"));
  CHECK(o.screenshot == std::filesystem::path("out.png"));
  CHECK(o.size.width == 800);
  CHECK(o.size.height == 600);
  CHECK(o.frames == 5);
  CHECK(o.language == Language::English);
}

TEST_CASE("bad command lines exit with code 2", "[app][command-line]") {
  const char* badLang[] = {"knotenpunkt", "--lang", "fr"};
  CHECK(std::get<int>(parseCommandLine(3, const_cast<char**>(badLang))) == 2);
  const char* badSize[] = {"knotenpunkt", "--size", "big"};
  CHECK(std::get<int>(parseCommandLine(3, const_cast<char**>(badSize))) == 2);
  const char* unknown[] = {"knotenpunkt", "--frobnicate"};
  CHECK(std::get<int>(parseCommandLine(2, const_cast<char**>(unknown))) == 2);
}

TEST_CASE("export options a format does not read are refused, not ignored", "[app][command-line][export]") {
  const char* sizeForCsv[] = {"knotenpunkt", "export", "--to", "csv", "--size", "A4", "--out", "x.csv"};
  CHECK(std::get<int>(parseCommandLine(8, const_cast<char**>(sizeForCsv))) == 2);
  const char* contactsForPng[] = {"knotenpunkt", "export", "--to", "png", "--no-contacts", "--out", "x.png"};
  CHECK(std::get<int>(parseCommandLine(7, const_cast<char**>(contactsForPng))) == 2);
  const char* viewForMd[] = {"knotenpunkt", "export", "--to", "md", "--view", "Kita", "--out", "x.md"};
  CHECK(std::get<int>(parseCommandLine(8, const_cast<char**>(viewForMd))) == 2);
  // The options each format reads pass.
  const char* poster[] = {"knotenpunkt", "export", "--to", "pdf", "--size", "A4", "--view", "Kita", "--lang", "en",
                          "--out", "x.pdf"};
  auto parsed = parseCommandLine(12, const_cast<char**>(poster));
  REQUIRE(std::holds_alternative<ExportOptions>(parsed));
  CHECK(std::get<ExportOptions>(parsed).size == "A4");
  CHECK(*std::get<ExportOptions>(parsed).view == "Kita");
  const char* report[] = {"knotenpunkt", "export", "--to", "html", "--no-contacts", "--lang", "en", "--out", "x.html"};
  CHECK(std::get<ExportOptions>(parseCommandLine(9, const_cast<char**>(report))).withoutContacts);
  // Every export that can carry contact data reads --no-contacts: the grids too.
  for (const char* format : {"xlsx", "actors-csv"}) {
    const char* grid[] = {"knotenpunkt", "export", "--to", format, "--no-contacts", "--out",
                          std::string_view(format) == "xlsx" ? "r.xlsx" : "a.csv"};
    CHECK(std::get<ExportOptions>(parseCommandLine(7, const_cast<char**>(grid))).withoutContacts);
  }
  // The activities' Raster has no contact data: the option is refused there, not ignored.
  const char* raster[] = {"knotenpunkt", "export", "--to", "csv", "--no-contacts", "--out", "r.csv"};
  CHECK(std::get<int>(parseCommandLine(7, const_cast<char**>(raster))) == 2);
}

TEST_CASE("export --conference: read by the protocol and the handout, refused elsewhere", "[app][command-line][export]") {
  const char* protocol[] = {"knotenpunkt", "export", "--to", "protocol", "--conference", "k2013", "--lang", "en",
                            "--out", "p.md"};
  auto parsed = parseCommandLine(10, const_cast<char**>(protocol));
  REQUIRE(std::holds_alternative<ExportOptions>(parsed));
  CHECK(std::get<ExportOptions>(parsed).conference == std::optional<std::string>("k2013"));
  CHECK(std::get<ExportOptions>(parsed).language == Language::English);
  const char* handout[] = {"knotenpunkt", "export", "--to", "pdf", "--conference", "k2013", "--size", "A4", "--out", "h.pdf"};
  CHECK(std::holds_alternative<ExportOptions>(parseCommandLine(10, const_cast<char**>(handout))));
  // Refused at once: a format that ignores --conference, an option the handout does not read,
  // an extension the protocol does not write.
  const char* forCsv[] = {"knotenpunkt", "export", "--to", "csv", "--conference", "k2013", "--out", "x.csv"};
  CHECK(std::get<int>(parseCommandLine(8, const_cast<char**>(forCsv))) == 2);
  const char* viewForHandout[] = {"knotenpunkt", "export", "--to", "pdf", "--conference", "k2013", "--view", "Kita",
                                  "--out", "h.pdf"};
  CHECK(std::get<int>(parseCommandLine(10, const_cast<char**>(viewForHandout))) == 2);
  const char* contactsForProtocol[] = {"knotenpunkt", "export", "--to", "protocol", "--conference", "k2013",
                                       "--no-contacts", "--out", "p.html"};
  CHECK(std::get<int>(parseCommandLine(9, const_cast<char**>(contactsForProtocol))) == 2);
  const char* protocolAsTxt[] = {"knotenpunkt", "export", "--to", "protocol", "--conference", "k2013", "--out", "p.txt"};
  CHECK(std::get<int>(parseCommandLine(8, const_cast<char**>(protocolAsTxt))) == 2);
  // A missing conference is the command's to report: it names the project's conferences.
  const char* noConference[] = {"knotenpunkt", "export", "--to", "protocol", "--out", "p.html"};
  CHECK(std::holds_alternative<ExportOptions>(parseCommandLine(6, const_cast<char**>(noConference))));
}

namespace {

// Parses `args` after "knotenpunkt".
ParsedCommandLine parseArgs(std::vector<const char*> args) {
  args.insert(args.begin(), "knotenpunkt");
  return parseCommandLine(static_cast<int>(args.size()), const_cast<char**>(args.data()));
}

}  // namespace

TEST_CASE("diff: two files, or one with --since, and the analyze options", "[app][command-line][diff]") {
  auto parsed = parseArgs({"diff", "alt.json", "neu.json", "--format", "md", "--lang", "en", "--year", "2013",
                           "--status", "all"});
  REQUIRE(std::holds_alternative<DiffCommandOptions>(parsed));
  const DiffCommandOptions& two = std::get<DiffCommandOptions>(parsed);
  CHECK(two.oldFile == std::filesystem::path("alt.json"));
  CHECK(two.newFile == std::filesystem::path("neu.json"));
  CHECK_FALSE(two.since);
  CHECK(two.format == AnalysisFormat::Markdown);
  CHECK(two.language == Language::English);
  CHECK(two.year == 2013);
  CHECK(two.statuses.empty());  // all

  parsed = parseArgs({"diff", "projekt.json", "--since", "2012"});
  REQUIRE(std::holds_alternative<DiffCommandOptions>(parsed));
  const DiffCommandOptions& since = std::get<DiffCommandOptions>(parsed);
  CHECK(since.oldFile == std::filesystem::path("projekt.json"));
  CHECK_FALSE(since.newFile);
  CHECK(since.since == 2012);
  // The defaults: German text, planned and running activities, any year.
  CHECK(since.format == AnalysisFormat::Text);
  CHECK(since.language == Language::German);
  CHECK_FALSE(since.year);
  CHECK(since.statuses == std::vector<ActivityStatus>{ActivityStatus::Planned, ActivityStatus::Running});

  // Without files: the embedded examples.
  parsed = parseArgs({"diff"});
  REQUIRE(std::holds_alternative<DiffCommandOptions>(parsed));
  CHECK_FALSE(std::get<DiffCommandOptions>(parsed).oldFile);
  CHECK(std::holds_alternative<DiffCommandOptions>(parseArgs({"diff", "--since", "2012"})));
}

TEST_CASE("diff: a wrong number of files and bad options are refused with exit code 2", "[app][command-line][diff]") {
  CHECK(std::get<int>(parseArgs({"diff", "only.json"})) == 2);
  CHECK(std::get<int>(parseArgs({"diff", "a.json", "b.json", "c.json"})) == 2);
  CHECK(std::get<int>(parseArgs({"diff", "a.json", "b.json", "--since", "2012"})) == 2);
  CHECK(std::get<int>(parseArgs({"diff", "a.json", "b.json", "--format", "pdf"})) == 2);
  CHECK(std::get<int>(parseArgs({"diff", "a.json", "b.json", "--lang", "fr"})) == 2);
  CHECK(std::get<int>(parseArgs({"diff", "a.json", "b.json", "--status", "done"})) == 2);
  CHECK(std::get<int>(parseArgs({"diff", "a.json", "--since", "zwölf"})) == 2);
  CHECK(std::get<int>(parseArgs({"diff", "a.json", "--since", "12"})) == 2);  // 1900..2200
}

TEST_CASE("export --since: a year or a file for the progress report, refused elsewhere and required by it",
          "[app][command-line][export]") {
  const char* byYear[] = {"knotenpunkt", "export", "--to", "progress", "--since", "2012", "--out", "b.html"};
  auto parsed = parseCommandLine(8, const_cast<char**>(byYear));
  REQUIRE(std::holds_alternative<ExportOptions>(parsed));
  CHECK(std::get<ExportOptions>(parsed).sinceYear == std::optional<int>(2012));
  CHECK_FALSE(std::get<ExportOptions>(parsed).sinceFile);
  const char* byFile[] = {"knotenpunkt", "export", "new.json", "--to", "progress", "--since", "old.json",
                          "--lang", "en", "--out", "b.pdf"};
  parsed = parseCommandLine(11, const_cast<char**>(byFile));
  REQUIRE(std::holds_alternative<ExportOptions>(parsed));
  CHECK(std::get<ExportOptions>(parsed).sinceFile == std::optional<std::filesystem::path>("old.json"));
  CHECK_FALSE(std::get<ExportOptions>(parsed).sinceYear);
  CHECK(std::get<ExportOptions>(parsed).language == Language::English);
  // A file named like a number is given with a path.
  const char* numberFile[] = {"knotenpunkt", "export", "--to", "progress", "--since", "./2012", "--out", "b.md"};
  CHECK(std::get<ExportOptions>(parseCommandLine(8, const_cast<char**>(numberFile))).sinceFile ==
        std::optional<std::filesystem::path>("./2012"));

  // Refused at once: no --since, --since for another format, a year out of range, an option
  // the report does not read, an extension it does not write.
  const char* without[] = {"knotenpunkt", "export", "--to", "progress", "--out", "b.html"};
  CHECK(std::get<int>(parseCommandLine(6, const_cast<char**>(without))) == 2);
  const char* forCsv[] = {"knotenpunkt", "export", "--to", "csv", "--since", "2012", "--out", "x.csv"};
  CHECK(std::get<int>(parseCommandLine(8, const_cast<char**>(forCsv))) == 2);
  const char* forProtocol[] = {"knotenpunkt", "export", "--to", "protocol", "--conference", "k2013",
                               "--since", "2012", "--out", "p.html"};
  CHECK(std::get<int>(parseCommandLine(10, const_cast<char**>(forProtocol))) == 2);
  const char* farYear[] = {"knotenpunkt", "export", "--to", "progress", "--since", "20120", "--out", "b.html"};
  CHECK(std::get<int>(parseCommandLine(8, const_cast<char**>(farYear))) == 2);
  const char* sizeForProgress[] = {"knotenpunkt", "export", "--to", "progress", "--since", "2012", "--size", "A4",
                                   "--out", "b.pdf"};
  CHECK(std::get<int>(parseCommandLine(10, const_cast<char**>(sizeForProgress))) == 2);
  const char* asTxt[] = {"knotenpunkt", "export", "--to", "progress", "--since", "2012", "--out", "b.txt"};
  CHECK(std::get<int>(parseCommandLine(8, const_cast<char**>(asTxt))) == 2);
  const char* withConference[] = {"knotenpunkt", "export", "--to", "progress", "--since", "2012", "--conference",
                                  "k2013", "--out", "b.html"};
  CHECK(std::get<int>(parseCommandLine(10, const_cast<char**>(withConference))) == 2);
}
