#pragma once
// An Integrationskonferenz as the project remembers it: the scenes shown on the projector,
// the polls the room answered with dots (Stimmungsbild, Vereinbarung), the comments, ideas
// and open questions written down, and what was changed while it ran. Several conferences
// (one a year) stay side by side in a project.
//
// Items are named by their item key "kind:id" with the kinds' saved names ("goal:I3",
// "activity:a12", "cooperation:k4", ...; edit/item_kind.hpp itemKeyOf), the form the map's
// node keys have, so a conference survives re-ordering the lists.
#include <map>
#include <string>
#include <vector>

#include "model/enums.hpp"
#include "model/ids.hpp"
#include "model/map_state.hpp"

namespace knp {

// One step of a conference's presentation: the map as saved in `view` (filters, focus,
// abstraction, camera, layout), the nodes of an analysis result highlighted, a heading and a
// caption shown large under it.
struct Scene {
  std::string heading;                 // not empty
  std::string caption;                 // may be empty; one or a few sentences
  SavedView view;                      // view.name is not used (empty)
  std::vector<std::string> highlight;  // node keys of the highlighted analysis result; empty: none
  std::string highlightLabel;          // what the highlight is about ("Lücke: Senioren"); empty without one
  bool operator==(const Scene&) const = default;
};

// An answer the room can put dots on: an item of the project, a gap or a suggested
// cooperation (`item`), or free text only (`item` empty). `text` is what the room read when
// the option was made, so the protocol still names it when the item is gone.
//   item forms: "goal:ID", "activity:ID", "actor:ID", "cooperation:ID" (an item key);
//   "gap:FIELD/PHASE" (a field × life-phase cell nobody covers);
//   "suggestion:ACTOR/ACTOR" (a suggested cooperation, the two actor ids in file order).
struct PollOption {
  std::string id;                   // unique within its poll, not empty
  std::string item;                 // see above; empty: free text
  std::string text;                 // not empty
  std::map<std::string, int> dots;  // by table (or participant) name; each count >= 0
  bool operator==(const PollOption&) const = default;
};

// Stimmungsbild: a quick poll of the room. Vereinbarung: the room agrees on priorities; the
// goals it ranks highest become the year's priorities (Goal::priorityYears).
enum class PollKind { Mood, Agreement };

struct Poll {
  std::string id;                   // unique within its conference, not empty
  std::string question;             // not empty
  PollKind kind = PollKind::Mood;
  std::vector<std::string> tables;  // who places dots: tables or participants; unique, not empty names
  int dotsPerTable = 3;             // how many dots each table may place in all; 0: no limit
  std::vector<PollOption> options;
  int choose = 3;                   // Agreement: how many of the top-ranked goals become priorities (>= 1)
  bool agreed = false;              // Agreement: the priorities were taken over into the goals
  bool operator==(const Poll&) const = default;
};

// Kommentar: a remark on an item or on the map as a whole; an idea (Idee) or an open question
// (offene Frage) is kept the same way and listed apart in the protocol.
enum class CommentKind { Comment, Idea, Question };

struct Comment {
  std::string id;          // unique within its conference, not empty
  CommentKind kind = CommentKind::Comment;
  std::string item;        // item key; empty: the map as a whole
  std::string text;        // not empty
  std::string author;      // a person or a buzz group (Murmelgruppe); may be empty
  std::string date;        // YYYY-MM-DD; may be empty
  std::string formerItem;  // the name of the item it was about, when that item was deleted and the comment kept
  bool operator==(const Comment&) const = default;
};

struct Conference {
  ConferenceId id;
  std::string title;  // "Integrationskonferenz 2013"
  std::string date;   // YYYY-MM-DD; may be empty
  std::vector<Scene> scenes;  // in presentation order
  std::vector<Poll> polls;
  std::vector<Comment> comments;
  // When the conference was run in the program (started with "Konferenz beginnen", ended
  // with "beenden"), local time "YYYY-MM-DDTHH:MM"; empty: not (yet).
  std::string startedAt;
  std::string endedAt;
  // Item keys of the items added or changed while it ran (taken from the undo history when it
  // ends), in the order first touched; the protocol lists them.
  std::vector<std::string> changed;
  bool operator==(const Conference&) const = default;
};

// The saved names of the enums above.
inline constexpr std::array<EnumName<PollKind>, 2> kPollKindNames{{{PollKind::Mood, "mood"},
                                                                    {PollKind::Agreement, "agreement"}}};
inline constexpr std::array<EnumName<CommentKind>, 3> kCommentKindNames{
    {{CommentKind::Comment, "comment"}, {CommentKind::Idea, "idea"}, {CommentKind::Question, "question"}}};

}  // namespace knp
