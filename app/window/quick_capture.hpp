#pragma once
// Capture during the conference: a form in large type over the presentation (the slim bar's
// "Erfassen" or N) for what the room says while the map is on the screen: a new activity
// (title, lead, optionally a goal), a new cooperation (two actors), or an idea, kept as a
// comment of kind Idea on the selected item or on the map in the chosen conference. Items made
// while the conference runs carry its mark (core/quick_add.hpp). Enter adds, Esc closes.
#include <string>
#include <utility>

#include "core/app_state.hpp"
#include "window/fonts.hpp"

namespace knp::app {

class QuickCapture {
 public:
  // Opens the form on the next draw (the selection's actor as the lead, when one is selected).
  void open() { m_openRequested = true; }
  bool isOpen() const { return m_open; }
  // What the form added since the last call ("Erfasst: …"), once; empty: nothing.
  std::string takeAdded() { return std::exchange(m_added, {}); }
  // Draws the form while open; call once per frame at the top of the window stack.
  void draw(AppState& s);

 private:
  enum class What { Activity, Cooperation, Idea };
  void reset(const AppState& s);
  // Carries out the form; returns true when something was added (the form then closes).
  bool add(AppState& s);

  bool m_openRequested = false, m_open = false, m_focusText = false;
  What m_what = What::Activity;
  std::string m_title, m_idea;
  ActorId m_lead, m_partner;
  std::optional<GoalId> m_goal;
  std::string m_added;
};

}  // namespace knp::app
