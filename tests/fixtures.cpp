#include "fixtures.hpp"

#include <sys/resource.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace knp::test {

Project smallProject() {
  Project p;
  p.title = "Kleines Projekt – Test";
  p.notice = "Nur für Tests: „erfunden“.";
  p.fields = {{FieldId("f1"), "Bildung und Kultur", {31, 119, 180}}, {FieldId("f2"), "Soziales", {255, 127, 14}}};
  p.lifePhases = {{LifePhaseId("p1"), "Kita (3–6)", 3, 6, 1}, {LifePhaseId("p2"), "Alter (65+)", 65, std::nullopt, 2}};
  p.concepts = {{ConceptId("c1"), "Integrationskonzept"}};
  p.goals = {{GoalId("g1"), "Mehrsprachigkeit wird gestaltet.", ConceptId("c1"), GoalLevel::Guiding, std::nullopt,
              {FieldId("f1")}},
             {GoalId("g2"), "Sprache als Schlüssel", ConceptId("c1"), GoalLevel::Sub, GoalId("g1"), {FieldId("f1")}}};
  Actor a1{ActorId("a1"), "Verein Ä", ActorType::Association, "Wir fördern Begegnung.", {}, {ActorId("body")}};
  a1.contact = {"Marktplatz 1, 45525 Hattingen", "Frau M.", "02324 000", "info@beispiel.de", "https://beispiel.de"};
  Actor a2{ActorId("a2"), "Schule Ö", ActorType::School, "", {}, {}};
  Actor body{ActorId("body"), "Integrationsrat", ActorType::Body, "", {}, {}};
  p.actors = {a1, a2, body};
  Activity act1;
  act1.id = ActivityId("act1");
  act1.title = "Sprachcafé";
  act1.description = "Treffen mit Kaffee & Gesprächen";
  act1.lead = ActorId("a1");
  act1.partners = {ActorId("a2")};
  act1.fields = {FieldId("f1")};
  act1.goals = {GoalId("g1")};
  act1.lifePhases = {LifePhaseId("p1")};
  act1.status = ActivityStatus::Running;
  act1.startYear = 2012;
  Activity act2;
  act2.id = ActivityId("act2");
  act2.title = "Lernpaten";
  act2.lead = ActorId("a2");
  act2.fields = {FieldId("f1"), FieldId("f2")};
  act2.goals = {GoalId("g1"), GoalId("g2")};
  act2.lifePhases = {LifePhaseId("p1"), LifePhaseId("p2")};
  act2.status = ActivityStatus::Finished;
  act2.startYear = 2010;
  act2.endYear = 2013;
  p.activities = {act1, act2};
  p.cooperations = {{CooperationId("coop1"), ActorId("a1"), ActorId("a2"), CooperationType::Cooperation, "gemeinsam"}};
  p.indicators = {{IndicatorId("i1"), "Anteil mit Migrationshintergrund", "%", "Demografiebericht", FieldId("f1"),
                   {GoalId("g1")}, {{2010, 11.25}, {2011, 11.5}, {2012, 0.1}}}};
  return p;
}

TempFolder::TempFolder() {
  std::string pattern = (std::filesystem::temp_directory_path() / "knp-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
  m_path = pattern;
}

TempFolder::~TempFolder() {
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

FileSizeLimit::FileSizeLimit(unsigned long bytes) {
  rlimit limit{};
  ::getrlimit(RLIMIT_FSIZE, &limit);
  m_savedLimit = limit.rlim_cur;
  m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);  // fail the write instead of killing us
  limit.rlim_cur = bytes;
  ::setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::~FileSizeLimit() {
  rlimit limit{};
  ::getrlimit(RLIMIT_FSIZE, &limit);
  limit.rlim_cur = m_savedLimit;
  ::setrlimit(RLIMIT_FSIZE, &limit);
  std::signal(SIGXFSZ, m_oldHandler);
}

std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void writeText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

}  // namespace knp::test
