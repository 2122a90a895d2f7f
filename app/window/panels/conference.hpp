#pragma once
// The Konferenz tab of the right column: which conference (choose, create, delete), running
// it (start, end), then its scenes, polls and comments (panels/conference/sections.hpp).
#include <array>

#include "core/app_state.hpp"
#include "window/panels/conference/sections.hpp"

namespace knp::app {

class ConferenceTab {
 public:
  void draw(AppState& s, double pixelScale);

 private:
  void drawChooser(AppState& s);
  void drawNewConference(AppState& s);
  // Title and date changed as one step; a date that is none (conference_dates.hpp) is refused.
  void drawEditConference(AppState& s, const Conference& conference);

  ScenesSection m_scenes;
  PollsSection m_polls;
  CommentsSection m_comments;
  std::array<char, 200> m_newTitle{};
  std::array<char, 16> m_newDate{};
};

}  // namespace knp::app
