#include "conference_fixture.hpp"

#include "fixtures.hpp"

namespace knp::test {

Project projectWithConference() {
  Project p = smallProject();
  Conference c;
  c.id = ConferenceId("ik-2013");
  c.title = "Integrationskonferenz 2013";
  c.date = "2013-11-20";
  Scene overview;
  overview.heading = "Überblick";
  Scene kita;
  kita.heading = "Kita";
  kita.caption = "Wer erreicht die Kleinen?";
  kita.view.filters.fields = {FieldId("f1")};
  kita.view.filters.lifePhases = {LifePhaseId("p1")};
  kita.view.focus = "actor:a1";
  kita.view.focusDepth = 2;
  kita.view.camera = CameraState{0.25, -1.5, 320};
  kita.view.layout = "force";
  kita.view.graph = "actors";
  kita.highlight = {"actor:a1", "actor:a2"};
  kita.highlightLabel = "Lücke: Kita";
  Scene end;
  end.heading = "Schluss";
  c.scenes = {overview, kita, end};

  Poll mood;
  mood.id = "p1";
  mood.question = "Wo drückt der Schuh?";
  mood.tables = {"T1", "T2"};
  mood.dotsPerTable = 3;
  mood.options = {{"o1", "goal:g1", "Mehrsprachigkeit", {{"T1", 2}, {"T2", 1}}},
                  {"o2", "gap:f2/p2", "Lücke f2 × p2", {{"T1", 1}}},
                  {"o3", "", "Mehr Sprachkurse", {{"T2", 2}}}};
  Poll agreement;
  agreement.id = "p2";
  agreement.question = "Welche Ziele 2014?";
  agreement.kind = PollKind::Agreement;
  agreement.tables = {"Raum"};
  agreement.dotsPerTable = 0;
  agreement.choose = 1;
  agreement.options = {{"o1", "goal:g1", "g1", {{"Raum", 4}}},
                       {"o2", "goal:g2", "g2", {{"Raum", 4}}},
                       {"o3", "suggestion:a1/a2", "Verein Ä und Schule Ö", {{"Raum", 1}}}};
  c.polls = {mood, agreement};

  c.comments = {{"c1", CommentKind::Comment, "activity:act1", "Läuft gut", "Murmelgruppe 1", "2013-11-20", ""},
                {"c2", CommentKind::Idea, "", "Sprachcafé auch samstags", "", "2013-11-20", ""},
                {"c3", CommentKind::Question, "goal:g2", "Wer finanziert?", "Murmelgruppe 2", "", ""}};
  c.startedAt = "2013-11-20T09:00";
  c.endedAt = "2013-11-20T13:30";
  c.changed = {"activity:act2"};
  p.conferences = {c};
  p.activities[1].fromConference = ConferenceId("ik-2013");
  return p;
}

}  // namespace knp::test
