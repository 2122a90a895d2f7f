#pragma once
// The sections of the Konferenz tab (panels/conference.hpp), one file each: the scenes
// for the projector (scenes.cpp), the polls with their dots (polls.cpp), and the comments,
// ideas and open questions (comments.cpp). Each works on the chosen conference
// (core/conference_session.hpp) through steps (edit/conference_edits.hpp).
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "window/panels/conference/section_state.hpp"

namespace knp::app {

class ScenesSection {
 public:
  // `pixelScale`: the current font size over the base font size (cameras are stored at 1).
  void draw(AppState& s, double pixelScale);

 private:
  // A heading or caption edited in place: what was typed, kept while the field has the
  // keyboard, returned once when it is left after a change (one step, not one per letter).
  std::optional<std::string> editInPlace(const char* label, const std::string& stored, float height);
  unsigned m_editing = 0;  // the ImGui id of the field being edited; 0: none
  std::string m_typed;
};

// The chosen poll (AppState::poll) with its options, dots and result; the dots are entered
// per table by a digit on the selected option row or in a grid, each one step.
class PollsSection {
 public:
  void draw(AppState& s);

  // The option row digits go to (empty: none) and the table they count for.
  const std::string& selectedOption() const { return m_state.option; }
  void selectOption(std::string optionId) { m_state.option = std::move(optionId); }
  const std::string& table() const { return m_state.table; }
  void chooseTable(std::string table) { m_state.table = std::move(table); }

 private:
  void drawChooser(AppState& s, const Conference& conference);                    // polls.cpp
  void drawOptions(AppState& s, const Conference& conference, const Poll& poll);  // polls.cpp
  void drawGrid(AppState& s, const Conference& conference, const Poll& poll);     // polls.cpp
  void drawAgreement(AppState& s, const Conference& conference, const Poll& poll);  // polls.cpp
  void openPollForm(const Poll* poll, Language language);                         // poll_editor.cpp
  void drawPollForm(AppState& s, const Conference& conference);                   // poll_editor.cpp
  void drawOptionPicker(AppState& s, const Conference& conference, const Poll& poll);  // poll_editor.cpp

  PollsState m_state;
};

// The conference's comments, ideas and open questions: a form for a new one (about the
// selected item or the map as a whole), the list with edit and delete, each one step.
class CommentsSection {
 public:
  void draw(AppState& s);

 private:
  CommentsState m_state;
};

}  // namespace knp::app
