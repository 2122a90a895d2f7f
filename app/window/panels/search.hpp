#pragma once
// Search (Ctrl+F): a box over the map that finds nodes by name as one types; Enter or a click
// selects the match and frames it, Escape closes.
#include <string>

#include "core/app_state.hpp"

namespace knp::app {

class SearchBox {
 public:
  void open() { m_open = true, m_focusInput = true; }
  void draw(AppState& state, float x, float y, float width);

 private:
  bool m_open = false;
  bool m_focusInput = false;
  char m_query[200] = {};
  std::vector<std::string> m_names;  // node names by vertex, for the revision below
  std::uint64_t m_revision = UINT64_MAX;
};

}  // namespace knp::app
