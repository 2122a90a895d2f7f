#include "edit/history.hpp"

#include <algorithm>

namespace knp {

bool History::perform(Project& project, Edit edit) {
  if (edit.empty()) return false;
  applyEdit(project, edit, Direction::Forward);  // throws before recording when it does not fit
  m_steps.resize(m_position);
  if (m_savedAt > m_position) m_savedAt = kNever;  // the saved state's step is gone for good
  m_steps.push_back(std::move(edit));
  ++m_position;
  ++m_changeCount;
  return true;
}

bool History::undo(Project& project) {
  if (!canUndo()) return false;
  applyEdit(project, m_steps[m_position - 1], Direction::Backward);
  --m_position;
  ++m_changeCount;
  return true;
}

bool History::redo(Project& project) {
  if (!canRedo()) return false;
  applyEdit(project, m_steps[m_position], Direction::Forward);
  ++m_position;
  ++m_changeCount;
  return true;
}

void History::jumpTo(Project& project, std::size_t position) {
  position = std::min(position, m_steps.size());
  while (m_position > position) undo(project);
  while (m_position < position) redo(project);
}

void History::clear() {
  m_steps.clear();
  m_position = 0;
  m_savedAt = 0;
  ++m_changeCount;
}

}  // namespace knp
