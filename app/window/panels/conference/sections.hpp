#pragma once
// The sections of the Konferenz tab (panels/conference_tab.hpp), one file each: the scenes
// for the projector (scenes.cpp), the polls with their dots (polls.cpp), and the comments,
// ideas and open questions (comments.cpp). Each works on the chosen conference
// (core/conference_session.hpp) through steps (edit/conference_edits.hpp).
#include <optional>
#include <string>

#include "core/app_state.hpp"

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

class PollsSection {
 public:
  void draw(AppState& s);
};

class CommentsSection {
 public:
  void draw(AppState& s);
};

}  // namespace knp::app
