#pragma once
// The sections of the Konferenz tab (panels/conference.hpp), one file each: the scenes
// for the projector (scenes.cpp), the polls with their dots (polls.cpp), and the comments,
// ideas and open questions (comments.cpp). Each works on the chosen conference
// (core/conference_session.hpp) through steps (edit/conference_edits.hpp).
#include "core/app_state.hpp"

namespace knp::app {

class ScenesSection {
 public:
  // `pixelScale`: the current font size over the base font size (cameras are stored at 1).
  void draw(AppState& s, double pixelScale);
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
