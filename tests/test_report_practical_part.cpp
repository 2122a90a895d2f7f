#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "project_builder.hpp"
#include "report/practical_part.hpp"

using namespace knp;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

// Every part occurs, each after the one before it.
void checkInOrder(const std::string& text, const std::vector<std::string>& parts) {
  std::size_t at = 0;
  for (const std::string& part : parts) {
    INFO("looking for: " << part);
    const std::size_t found = text.find(part, at);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found + part.size();
  }
}

// The text from `start` up to the next `end` after it (or to the end); empty if `start` is missing.
std::string between(const std::string& text, const std::string& start, const std::string& end) {
  const std::size_t from = text.find(start);
  if (from == std::string::npos) return {};
  const std::size_t to = text.find(end, from + start.size());
  return text.substr(from, to == std::string::npos ? std::string::npos : to - from);
}

// A tag-balance check for the HTML we write: every element but <meta> and <!DOCTYPE> is closed
// in order (or closes itself, "<line …/>", as in the inline SVG charts), and no '<' in text
// starts something that is not a tag. Not a full HTML parser.
std::string htmlStructureError(const std::string& html) {
  std::vector<std::string> open;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const std::size_t close = html.find('>', at);
    if (close == std::string::npos) return "unterminated tag";
    std::string tag = html.substr(at + 1, close - at - 1);
    if (tag.starts_with("!DOCTYPE")) continue;
    const bool closing = tag.starts_with("/");
    if (closing) tag.erase(0, 1);
    const std::string name = tag.substr(0, tag.find_first_of(" \n"));
    if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz123456") != std::string::npos)
      return "not a tag: <" + tag + ">";
    if (name == "style") {  // CSS is not markup; skip to </style>
      at = html.find("</style>", close);
      if (at == std::string::npos) return "unclosed style";
      continue;
    }
    if (name == "meta") continue;
    if (!closing && tag.ends_with("/")) continue;  // self-closing
    if (!closing) {
      open.push_back(name);
    } else {
      if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
      open.pop_back();
    }
  }
  return open.empty() ? std::string() : "unclosed <" + open.back() + ">";
}

Project exampleProject() {
  LoadResult loaded = parseProjectJson(embeddedExampleJson());
  REQUIRE(loaded.project);
  return *loaded.project;
}

Indicator indicator(const char* id, const char* name, const char* unit, const char* source,
                    std::optional<const char*> field, std::map<int, double> values) {
  Indicator item;
  item.id = IndicatorId(id);
  item.name = name;
  item.unit = unit;
  item.source = source;
  if (field) item.field = FieldId(*field);
  item.values = std::move(values);
  return item;
}

// The small town of these tests. Phases are added out of order; the report follows `order`.
//
//   fields: bildung, soziales        phases: kita(1), schule(2)
//   goals:  ik: sprache (bildung), teilhabe (soziales);  sek: offen (bildung, soziales)
//
//   activity  lead  partners  fields    goals     phases  status           years
//   lesen     awo   vhs       bildung   sprache   kita    running          2012–
//   kurs      vhs   –         bildung   sprache   schule  planned          2016–
//   treff     awo   –         soziales  teilhabe  –       running
//   alt       vhs   –         soziales  offen     kita    finished         2008–2010
//
//   With the default filter (planned, running) "alt" is not counted: nobody serves "offen".
//   indicators: quote (bildung; 2011 99.5, 2013 16.4, 2012 14.8), einwohner (soziales; 2013
//   54321), flaeche (no field, no values)
Project townProject() {
  using enum ActivityStatus;
  Project project = test::ProjectBuilder()
                        .phase("schule", 2)
                        .phase("kita", 1)
                        .field("bildung")
                        .field("soziales")
                        .concept_("ik")
                        .concept_("sek")
                        .goal("sprache", "ik", {"bildung"})
                        .goal("offen", "sek", {"bildung", "soziales"})
                        .goal("teilhabe", "ik", {"soziales"})
                        .actor("awo", ActorType::WelfareOrganisation)
                        .actor("vhs", ActorType::EducationProvider)
                        .activity("lesen", "awo", {"vhs"}, {"bildung"}, {"sprache"}, {"kita"}, Running, 2012)
                        .activity("kurs", "vhs", {}, {"bildung"}, {"sprache"}, {"schule"}, Planned, 2016)
                        .activity("treff", "awo", {}, {"soziales"}, {"teilhabe"}, {}, Running)
                        .activity("alt", "vhs", {}, {"soziales"}, {"offen"}, {"kita"}, Finished, 2008, 2010)
                        .build();
  project.title = "Stadt";
  project.notice = "Erfundene Daten.";
  project.indicators.push_back(indicator("quote", "Anteil mit Migrationshintergrund", "%", "Demografiebericht",
                                         "bildung", {{2011, 99.5}, {2013, 16.4}, {2012, 14.8}}));
  project.indicators.push_back(indicator("einwohner", "Einwohner", "", "Melderegister", "soziales", {{2013, 54321.0}}));
  project.indicators.push_back(indicator("flaeche", "Fläche", "km²", "", std::nullopt, {}));
  return project;
}

std::string markdown(const Project& project, const PracticalPartOptions& options = {}) {
  return writePracticalPart(project, PracticalPartFormat::Markdown, options);
}

std::string html(const Project& project, const PracticalPartOptions& options = {}) {
  return writePracticalPart(project, PracticalPartFormat::Html, options);
}

}  // namespace

TEST_CASE("practical part: per field goals by concept, data, then activities by life phase", "[report][practical]") {
  const std::string text = markdown(townProject());
  INFO(text);
  checkInOrder(text,
               {
                   "# Stadt\n\n*Praktischer Teil*\n\n> **Hinweis:** Erfundene Daten.\n\n",
                   "Berücksichtigt sind Aktivitäten mit dem Status geplant oder laufend.\n\n",
                   "## bildung\n\n### Ziele\n\n#### ik\n\n- sprache – Leitziel\n\n#### sek\n\n- offen – Leitziel\n\n",
                   "### Statistische Daten\n\n"
                   "- Anteil mit Migrationshintergrund: 16,4 % (2013) – Quelle: Demografiebericht\n\n",
                   "### Akteure und Aktivitäten\n\n",
                   "#### kita\n\n- **lesen** (laufend, seit 2012)\n  - Träger: awo; Partner: vhs\n"
                   "  - Ziele: „sprache“\n\n",
                   "#### schule\n\n- **kurs** (geplant, ab 2016)\n  - Träger: vhs\n  - Ziele: „sprache“\n\n",
                   "## soziales\n\n### Ziele\n\n#### ik\n\n- teilhabe – Leitziel\n\n#### sek\n\n- offen – Leitziel\n\n",
                   "- Einwohner: 54.321 (2013) – Quelle: Melderegister\n",
                   "### Akteure und Aktivitäten\n\n#### Ohne Lebensphase\n\n- **treff** (laufend)\n",
                   "## Weitere statistische Daten\n\n- Fläche: keine Werte\n\n",
                   "## Lücken und Förderketten\n\n### Lücken\n\n#### Ziele ohne Aktivität (1)\n\n"
                   "- Keine Aktivität arbeitet auf „offen“ (sek) hin, weder direkt noch über ein Teilziel.\n",
                   "### Unterbrochene Förderketten\n\n",
                   "## Adressverzeichnis\n\n### awo\n\nWohlfahrtsverband\n\n### vhs\n\nBildungsträger\n",
               });
  // "alt" is finished: neither listed nor counted. soziales has no activity for a phase:
  // no phase heading there.
  CHECK_FALSE(contains(text, "**alt**"));
  CHECK_FALSE(contains(between(text, "## soziales", "## Weitere"), "#### kita"));
}

TEST_CASE("practical part: the filter decides what is listed and what is a gap", "[report][practical]") {
  PracticalPartOptions options;
  options.filter = ActivityFilter::all();
  const std::string all = markdown(townProject(), options);
  INFO(all);
  CHECK(contains(all, "Berücksichtigt sind alle Aktivitäten.\n"));
  CHECK(contains(between(all, "## soziales", "\n## "),
                 "#### kita\n\n- **alt** (abgeschlossen, 2008–2010)\n  - Träger: vhs\n  - Ziele: „offen“\n"));
  CHECK_FALSE(contains(all, "#### Ziele ohne Aktivität"));

  options.filter = ActivityFilter::current();
  options.filter.year = 2014;
  CHECK(contains(markdown(townProject(), options),
                 "Berücksichtigt sind Aktivitäten mit dem Status geplant oder laufend, die im Jahr 2014 "
                 "stattfinden.\n"));
}

TEST_CASE("practical part: the latest indicator value, decimal mark by language", "[report][practical]") {
  // quote: 2011 99,5 · 2012 14,8 · 2013 16,4 → 2013 is the latest, whatever the map's insertion order.
  PracticalPartOptions english;
  english.language = Language::English;
  const std::string de = markdown(townProject());
  const std::string en = markdown(townProject(), english);
  CHECK(contains(de, "- Anteil mit Migrationshintergrund: 16,4 % (2013) – Quelle: Demografiebericht\n"));
  CHECK(contains(en, "- Anteil mit Migrationshintergrund: 16.4 % (2013) – Source: Demografiebericht\n"));
  CHECK_FALSE(contains(de, ": 99,5 % (2011)"));  // the chart shows 2011's 99,5 too, but not as the latest
  CHECK(contains(de, "- Einwohner: 54.321 (2013)"));
  CHECK(contains(en, "- Einwohner: 54,321 (2013)"));
  CHECK(contains(en, "- Fläche: no values\n"));

  // The example: the share of foreign school leavers without a certificate, 2008–2013, last 9.9.
  const std::string example = markdown(exampleProject());
  CHECK(contains(between(example, "## Bildung und Kultur\n", "\n## "),
                 "- Anteil ausländischer Schulabgänger ohne Abschluss: 9,9 % (2013) – Quelle: Wegweiser Kommune\n"));
  CHECK(contains(between(example, "## Soziales\n", "\n## "),
                 "- Einbürgerungen: 96 Anzahl (2013) – Quelle: Demografiebericht\n"));
}

TEST_CASE("practical part: the example lists every field in order, activities under field and phase",
          "[report][practical]") {
  const Project example = exampleProject();
  const std::string text = markdown(example);
  std::vector<std::string> fieldHeadings;
  for (const Field& field : example.fields) fieldHeadings.push_back("\n## " + field.name + "\n");
  fieldHeadings.push_back("\n## Lücken und Förderketten\n");
  fieldHeadings.push_back("\n## Adressverzeichnis\n");
  checkInOrder(text, fieldHeadings);

  // Griffbereit: Bildung und Kultur, Frühe Kindheit, led by the youth department since 2010.
  const std::string field = between(text, "\n## Bildung und Kultur\n", "\n## ");
  const std::string phase = between(field, "\n#### Frühe Kindheit (0–3)\n", "\n#### ");
  CHECK(contains(phase,
                 "- **Griffbereit – Eltern-Kind-Gruppen für Kleinkinder** (laufend, seit 2010)\n"
                 "  - Träger: Stadtverwaltung Hattingen – Fachbereich Jugend und Familie; "
                 "Partner: Familienzentrum Hattingen-Mitte\n"));
  CHECK_FALSE(contains(between(text, "\n## Soziales\n", "\n## "), "Griffbereit"));
  // Sprachförderung nach Delfin 4 is finished (2008–2013): only with every status.
  CHECK_FALSE(contains(text, "Delfin 4"));
  PracticalPartOptions all;
  all.filter = ActivityFilter::all();
  CHECK(contains(between(markdown(example, all), "\n#### Kita (3–6)\n", "\n#### "),
                 "- **Sprachförderung nach Delfin 4** (abgeschlossen, 2008–2013)\n"));
  // The directory: all actors, each once.
  const std::string directory = between(text, "\n## Adressverzeichnis\n", "\n## ");
  for (const Actor& actor : example.actors) CHECK(contains(directory, "\n### " + actor.name + "\n"));
}

TEST_CASE("practical part: --no-contacts leaves personal contact data out", "[report][practical]") {
  const Project example = exampleProject();
  // stadt-integration: Frau K., Rathausplatz 1, 02324 204-3100, integration@…, https://…/integration
  const std::vector<std::string> contact{"Frau K.", "Rathausplatz 1, 45525 Hattingen", "02324 204-3100",
                                         "integration@beispiel-hattingen.de",
                                         "https://www.beispiel-hattingen.de/integration"};
  PracticalPartOptions omit;
  omit.contacts = ContactData::Omit;
  for (PracticalPartFormat format : {PracticalPartFormat::Markdown, PracticalPartFormat::Html}) {
    const std::string with = writePracticalPart(example, format);
    const std::string without = writePracticalPart(example, format, omit);
    for (const std::string& item : contact) {
      CHECK(contains(with, item));
      CHECK_FALSE(contains(without, item));
    }
    for (const char* labelText : {"Ansprechperson", "Adresse", "Telefon", "E-Mail", "Internet"}) {
      const std::string entry = format == PracticalPartFormat::Markdown ? "\n- " + std::string(labelText) + ": "
                                                                        : "<dt>" + std::string(labelText) + "</dt>";
      CHECK(contains(with, entry));
      CHECK_FALSE(contains(without, entry));
    }
    CHECK_FALSE(contains(without, "mailto:"));
    CHECK_FALSE(contains(without, "02324"));
    CHECK_FALSE(contains(without, "@beispiel-hattingen.de"));
    // Names, types, self-descriptions and memberships stay.
    CHECK(contains(without, "Stadtverwaltung Hattingen – Fachbereich Integration"));
    CHECK(contains(without, "Der Fachbereich koordiniert die Integrationsarbeit der Stadt"));
    CHECK(contains(without, "Stadtverwaltung"));
    CHECK(contains(without, "Mitglied in"));
  }
}

TEST_CASE("practical part: HTML escapes every text from the data", "[report][practical]") {
  Project project = townProject();
  project.title = R"(Stadt <Hattingen> & "Ruhr")";
  project.actors[0].name = "<script>alert(1)</script>";
  project.actors[0].selfDescription = R"(Tom & Jerry's "Club")";
  project.actors[0].contact.web = R"(https://example.org/?q="x"&y='z')";
  project.actors[0].contact.email = "info@example.org";
  project.actors[1].contact.web = "javascript:alert(1)";
  project.actors[1].contact.email = R"(x"@y onmouseover="z)";
  const std::string text = html(project);
  INFO(text);
  CHECK(text.starts_with("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"));
  CHECK(text.ends_with("</html>\n"));
  CHECK(htmlStructureError(text).empty());
  CHECK_FALSE(contains(text, "<script"));
  CHECK_FALSE(contains(text, "<Hattingen"));
  CHECK(contains(text, "<title>Stadt &lt;Hattingen&gt; &amp; &quot;Ruhr&quot; – Praktischer Teil</title>\n"));
  CHECK(contains(text, "<h1>Stadt &lt;Hattingen&gt; &amp; &quot;Ruhr&quot;</h1>\n"));
  // In the directory (actor-1: "<script…" sorts before "vhs") and where it leads an activity.
  CHECK(contains(text, "<h3 id=\"actor-1\">&lt;script&gt;alert(1)&lt;/script&gt;</h3>\n"));
  CHECK(contains(text,
                 "<li><strong>lesen</strong> (laufend, seit 2012)<div class=\"detail\">Träger: "
                 "<a href=\"#actor-1\">&lt;script&gt;alert(1)&lt;/script&gt;</a>; Partner: "
                 "<a href=\"#actor-2\">vhs</a></div>"));
  CHECK(contains(text, "<p>Tom &amp; Jerry&#39;s &quot;Club&quot;</p>\n"));
  // Quotes inside an attribute value cannot end it.
  CHECK(contains(text, "<dd><a href=\"https://example.org/?q=&quot;x&quot;&amp;y=&#39;z&#39;\">"));
  CHECK(contains(text, "<dd><a href=\"mailto:info@example.org\">info@example.org</a></dd>"));
  // Not http(s), not a plain address: text, never a link.
  CHECK(contains(text, "<dd>javascript:alert(1)</dd>"));
  CHECK_FALSE(contains(text, "href=\"javascript"));
  CHECK(contains(text, "<dd>x&quot;@y onmouseover=&quot;z</dd>"));
  CHECK_FALSE(contains(text, "onmouseover=\""));
}

TEST_CASE("practical part: Markdown escapes what would change the formatting", "[report][practical]") {
  Project project = townProject();
  project.activities[0].title = "*wichtig* | [link](x)";
  project.activities[0].description = "Zeile 1\n# Zeile 2 & AT&T \\ _x_ <b>`c`~~s~~";
  project.actors[1].name = "- Liste";
  project.goals[0].title = "1. Ziel";
  project.fields[0].name = "Bildung & Kultur #1";
  project.goals[1].title = "offen_<x>";
  const std::string text = markdown(project);
  INFO(text);
  CHECK(contains(text, "- **\\*wichtig\\* \\| \\[link\\](x)** (laufend, seit 2012)\n"));
  // Line breaks in the data cannot start a heading; & only where it could start an entity.
  CHECK(contains(text, "  - Zeile 1 \\# Zeile 2 & AT\\&T \\\\ \\_x\\_ \\<b\\>\\`c\\`\\~\\~s\\~\\~\n"));
  // At the start of a line a leading "-" or "1." would start a list; inside a line it is text.
  CHECK(contains(text, "\n### \\- Liste\n"));
  CHECK(contains(text, "  - Träger: awo; Partner: - Liste\n"));
  CHECK(contains(text, "\n- 1\\. Ziel – Leitziel\n"));
  CHECK(contains(text, "\n## Bildung & Kultur \\#1\n"));
  // Sentences of the gap summary carry names from the data: escaped as a whole.
  CHECK(contains(text,
                 "\n- Keine Aktivität arbeitet auf „offen\\_\\<x\\>“ (sek) hin, weder direkt noch über ein "
                 "Teilziel.\n"));
}

TEST_CASE("practical part: web and email become Markdown autolinks only when safe", "[report][practical]") {
  Project project = townProject();
  project.actors[0].contact.web = "https://awo.example.org/a_b";
  project.actors[0].contact.email = "info@awo.example.org";
  project.actors[1].contact.web = "www.vhs.example.org/<x>";
  project.actors[1].contact.email = "vhs at example";
  const std::string text = markdown(project);
  CHECK(contains(text, "- E-Mail: <info@awo.example.org>\n- Internet: <https://awo.example.org/a_b>\n"));
  CHECK(contains(text, "- E-Mail: vhs at example\n- Internet: www.vhs.example.org/\\<x\\>\n"));
}

TEST_CASE("practical part: the address directory sorts names as people read them", "[report][practical]") {
  // Case-insensitive, Ä as A and ß as ss: "arztekammer" < "awo" < "beratung" < "strasse b" <
  // "strassenfest" (' ' before 'n') < "zentrum".
  Project project;
  for (const char* name : {"Zentrum", "Ärztekammer", "awo", "Beratung", "Straßenfest", "Strasse B"}) {
    Actor actor;
    actor.id = ActorId(std::string("id-") + name);
    actor.name = name;
    actor.memberships = {ActorId("id-Zentrum")};
    project.actors.push_back(actor);
  }
  const std::string text = markdown(project);
  INFO(text);
  checkInOrder(text, {"\n### Ärztekammer\n", "\n### awo\n", "\n### Beratung\n", "\n### Strasse B\n",
                      "\n### Straßenfest\n", "\n### Zentrum\n"});
  CHECK(contains(text, "- Mitglied in: Zentrum\n"));
  const std::string page = html(project);
  CHECK(contains(page, "<h3 id=\"actor-1\">Ärztekammer</h3>"));
  CHECK(contains(page, "<dt>Mitglied in</dt><dd><a href=\"#actor-6\">Zentrum</a></dd>"));
}

TEST_CASE("practical part: English headings and texts", "[report][practical]") {
  PracticalPartOptions options;
  options.language = Language::English;
  const std::string text = markdown(townProject(), options);
  INFO(text);
  checkInOrder(text, {"# Stadt\n\n*Practical part*\n\n> **Note:** Erfundene Daten.\n\n",
                      "Included are activities with the status planned or running.\n\n", "## bildung\n\n### Goals\n",
                      "- sprache – Guiding goal\n", "### Statistical data\n", "### Actors and activities\n",
                      "- **lesen** (running, since 2012)\n  - Lead: awo; Partners: vhs\n  - Goals: “sprache”\n",
                      "- **kurs** (planned, from 2016)\n", "#### Without life phase\n", "## Further statistical data\n",
                      "## Gaps and support chains\n\n### Gaps\n", "#### Goals without activity (1)\n",
                      "### Broken support chains\n", "## Address directory\n\n### awo\n\nWelfare organisation\n"});
  for (const char* german : {"Ziele", "Lücken", "Adressverzeichnis", "Träger", "Lebensphase", "Hinweis"})
    CHECK_FALSE(contains(text, german));
  const std::string page = html(townProject(), options);
  CHECK(contains(page, "<html lang=\"en\">"));
  CHECK(contains(page, "<h2>Contents</h2>"));
}

TEST_CASE("practical part: the same project gives the same bytes, ending in one newline", "[report][practical]") {
  const Project example = exampleProject();
  for (PracticalPartFormat format : {PracticalPartFormat::Markdown, PracticalPartFormat::Html}) {
    const std::string first = writePracticalPart(example, format);
    CHECK(first == writePracticalPart(example, format));
    CHECK(first.ends_with("\n"));
    CHECK_FALSE(first.ends_with("\n\n"));
  }
  CHECK(htmlStructureError(html(example)).empty());
  PracticalPartOptions english;
  english.language = Language::English;
  english.contacts = ContactData::Omit;
  CHECK(htmlStructureError(html(example, english)).empty());
}

TEST_CASE("practical part: an empty project gives a minimal valid document", "[report][practical]") {
  const std::string text = markdown(Project{});
  INFO(text);
  CHECK(text ==
        "# Praktischer Teil\n\n"
        "Der Praktische Teil legt offen, wer was in welchem Handlungsfeld zur Erreichung welcher Ziele für "
        "welche Lebensphase macht. Er ist nach Handlungsfeldern gegliedert und innerhalb jedes "
        "Handlungsfelds nach Lebensphasen: aus der Perspektive der Menschen gedacht, nicht der "
        "Zuständigkeiten.\n\n"
        "Berücksichtigt sind Aktivitäten mit dem Status geplant oder laufend.\n\n"
        "## Handlungsfelder\n\nEs sind keine Handlungsfelder erfasst.\n\n"
        "## Lücken und Förderketten\n\n### Lücken\n\nEs wurden keine Lücken gefunden.\n\n"
        "### Unterbrochene Förderketten\n\nKeine Förderkette bricht ab.\n\n"
        "## Adressverzeichnis\n\nEs sind keine Akteure erfasst.\n");
  const std::string page = html(Project{});
  INFO(page);
  CHECK(htmlStructureError(page).empty());
  CHECK(contains(page, "<html lang=\"de\">"));
  CHECK(contains(page, "<title>Praktischer Teil</title>"));
  CHECK(contains(page, "<h1>Praktischer Teil</h1>\n<p>Der Praktische Teil"));  // no subtitle, no notice
  CHECK(page.ends_with("</main>\n</body>\n</html>\n"));
}

TEST_CASE("practical part: broken references and odd text do not break the document", "[report][practical]") {
  Project project = townProject();
  project.activities[0].lead = ActorId("weg");                         // unknown actor: its id, no link
  project.activities[0].lifePhases = {LifePhaseId("nirgends")};        // unknown phase: without life phase
  project.actors[0].name = "  ";                                       // blank name: the id
  project.actors[0].selfDescription = std::string("a\x01\tb\xff", 5);  // control, tab, invalid UTF-8
  const std::string page = html(project);
  INFO(page);
  CHECK(htmlStructureError(page).empty());
  CHECK(contains(page, "Träger: weg; Partner:"));
  CHECK(contains(between(page, "<h2>bildung</h2>", "</section>"),
                 "<h4>Ohne Lebensphase</h4>\n<ul class=\"activities\">\n<li><strong>lesen</strong>"));
  CHECK(contains(page, "<h3 id=\"actor-1\">awo</h3>"));
  CHECK(contains(page, "<p>a b\xEF\xBF\xBD</p>"));
}

TEST_CASE("practical part: each indicator with values gets its chart, one with a target its status", "[report][practical]") {
  const Project project = exampleProject();
  const std::string page = html(project);
  INFO(between(page, "<h2>Bildung und Kultur</h2>", "<h3>Akteure und Aktivitäten</h3>"));
  CHECK(htmlStructureError(page).empty());
  // Twelve indicators, all with values: twelve charts, each in its entry's <li>.
  CHECK(count(page, "<div class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"") == 12);
  CHECK(count(page, "</svg>\n</div></li>") == 12);
  // The school leavers: 9.9 in 2013, off track for 7 by 2016 (slope −15.3 / 17.5 = −0.874 a year,
  // projected 9.9 − 3 × 0.874 = 7.28, shown with the values' one decimal).
  const std::string leavers = between(page, "<li>Anteil ausländischer Schulabgänger ohne Abschluss", "</li>");
  CHECK(contains(leavers, "<div class=\"detail\">Ziel: 7 % bis 2016 – nicht auf Kurs (fortgeschrieben für 2016: "
                          "7,3 %); Trend gegenüber 2012 (9,6 %): schlechter</div>"));
  CHECK(contains(leavers, "<title>Anteil ausländischer Schulabgänger ohne Abschluss (%)</title>"));
  CHECK(contains(leavers, "stroke-dasharray"));                 // the target line
  CHECK(contains(leavers, ">Konferenz 2013</text>"));            // ik-2013, 2013-11-20
  CHECK(contains(leavers, "<title>2013: 9,9</title>"));          // German decimal comma
  // Without a target: a chart, no status line and no target line.
  const std::string kita = between(page, "<li>Kinder mit Migrationshintergrund in Kitas", "</li>");
  CHECK(contains(kita, "<svg "));
  CHECK_FALSE(contains(kita, "class=\"detail\""));
  CHECK_FALSE(contains(kita, "stroke-dasharray"));

  PracticalPartOptions english;
  english.language = Language::English;
  const std::string en = html(project, english);
  CHECK(contains(en, "<div class=\"detail\">Target: 105 Anzahl by 2015 – on track (projected for 2015: 107 Anzahl); "
                     "Trend against 2012 (92 Anzahl): better</div>"));
  CHECK(contains(en, "<title>2013: 9.9</title>"));
}

TEST_CASE("practical part: Markdown carries the chart as raw HTML inside the entry", "[report][practical]") {
  const std::string text = markdown(exampleProject());
  // Entry, status line, blank line, the <svg> indented to the entry's text, blank line.
  CHECK(contains(text, "- Einbürgerungen: 96 Anzahl (2013) – Quelle: Demografiebericht\n"
                       "  - Ziel: 105 Anzahl bis 2015 – auf Kurs (fortgeschrieben für 2015: 107 Anzahl); Trend "
                       "gegenüber 2012 (92 Anzahl): besser\n\n"
                       "  <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"200\""));
  CHECK(count(text, "\n  <svg ") == 12);
  CHECK(count(text, "\n  </svg>\n\n") == 12);
  // No blank line inside a chart (it would end the raw HTML block), none doubled after it.
  for (std::size_t at = text.find("\n  <svg "); at != std::string::npos; at = text.find("\n  <svg ", at + 1)) {
    const std::size_t end = text.find("</svg>", at);
    REQUIRE(end != std::string::npos);
    CHECK(text.substr(at, end - at).find("\n\n") == std::string::npos);
  }
  CHECK_FALSE(contains(text, "</svg>\n\n\n"));
}

TEST_CASE("practical part: charts escape hostile indicator names and skip indicators without values", "[report][practical]") {
  Project project = townProject();
  project.indicators[0].name = "<script>alert(1)</script> & \"Co\"";
  const std::string page = html(project);
  INFO(page);
  CHECK(htmlStructureError(page).empty());
  CHECK_FALSE(contains(page, "<script"));
  CHECK(contains(page, "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; (%)</title>"));
  // quote (three values) and einwohner (one) have charts; flaeche has no values and none.
  CHECK(count(page, "<svg ") == 2);
  CHECK(contains(between(page, "<li>Fläche", "</li>"), "keine Werte"));
  CHECK_FALSE(contains(between(page, "<li>Fläche", "</li>"), "<svg"));
  const std::string text = markdown(project);
  CHECK(contains(text, "- \\<script\\>alert(1)\\</script\\> &"));  // the entry: Markdown-escaped
  CHECK(contains(text, "  <title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; (%)</title>\n"));
  CHECK(count(text, "<script") == 1);  // only the escaped entry
  CHECK(count(text, "\n  <svg ") == 2);
}
