#pragma once
// What the polls and comments sections (sections.hpp) remember between frames: the option row
// and table that digits go to, the forms being filled in, the option picker's list. Plain
// data; the drawing is in polls.cpp, poll_editor.cpp, poll_chart.cpp and comments.cpp.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/conference_marks.hpp"
#include "edit/edit.hpp"
#include "model/conference.hpp"

namespace knp::app {

// The form behind "Neue Abstimmung …" and "Bearbeiten …".
struct PollForm {
  std::string editing;  // the poll edited; empty: a new one
  std::array<char, 300> question{};
  PollKind kind = PollKind::Mood;
  int tableCount = 1;
  std::array<char, 1000> tableNames{};  // one per line
  int dotsPerTable = 3;
  int choose = 3;
};

// The picker behind "Option hinzufügen …".
struct OptionPicker {
  int source = 0;  // OptionSource, or kFreeText
  static constexpr int kFreeText = 4;
  std::array<char, 200> filter{};
  std::array<char, 300> freeText{};
  std::vector<OptionCandidate> candidates;  // of `source`, made when the source or the data change
  int candidatesSource = -1;
  std::uint64_t candidatesRevision = UINT64_MAX;
  std::uint64_t candidatesGeneration = UINT64_MAX;  // of the analyses
};

struct PollsState {
  std::string option;  // the option row selected: digits set its dots of `table`
  std::string table;   // the table whose dots digits and the list show
  PollForm form;
  OptionPicker picker;
  // The grid cell being typed into ("option/table") and the count typed so far: committed
  // as one step when the cell is left.
  std::string editedCell;
  int editedCount = 0;
  // What this frame's drawing asked for, done after it (a step replaces the conference the
  // drawing still reads): the step, the poll to show then, the status message.
  Edit pending;
  std::string pollAfter;
  std::string messageAfter;
};

// The form for a new comment and the one edited in the list.
struct CommentForm {
  CommentKind kind = CommentKind::Comment;
  bool aboutSelection = true;  // else the map as a whole
  std::string text;  // whole, however long (a comment from the file is never cut when edited)
  std::string author;
  std::string date;
};

struct CommentsState {
  CommentForm draft;        // the new comment
  std::string editing;      // the comment edited in place; empty: none
  CommentForm edited;       // its fields while edited
  bool dateFilled = false;  // the draft's date was set to today once
};

}  // namespace knp::app
