#pragma once
// The undo history: every change to a project goes through perform(); undo() and redo() walk
// the steps; jumpTo() goes back or forth several at once (the history list). Unlimited
// within memory. Also tracks whether the project equals what was last saved.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "edit/edit.hpp"

namespace knp {

class History {
 public:
  // Applies `edit` to `project` and records it as the newest step, dropping the steps that
  // were undone. An empty edit changes nothing and returns false.
  bool perform(Project& project, Edit edit);

  bool canUndo() const { return m_position > 0; }
  bool canRedo() const { return m_position < m_steps.size(); }
  // Undoes the newest applied step / redoes the oldest undone one; false when there is none.
  bool undo(Project& project);
  bool redo(Project& project);

  // Undoes or redoes steps until exactly `position` steps are applied (0: the start;
  // clamped to size()). O(changes of the steps passed).
  void jumpTo(Project& project, std::size_t position);

  // All recorded steps, oldest first; the first position() of them are applied.
  const std::vector<Edit>& steps() const { return m_steps; }
  std::size_t position() const { return m_position; }
  const EditLabel* nextUndo() const { return canUndo() ? &m_steps[m_position - 1].label : nullptr; }
  const EditLabel* nextRedo() const { return canRedo() ? &m_steps[m_position].label : nullptr; }

  // The project now equals the saved file (call after saving or loading).
  void markSaved() { m_savedAt = m_position; }
  // Whether the applied steps are exactly those at the last markSaved(): undoing back to the
  // saved state counts as saved; a new step after undoing past it never can be.
  bool atSavedState() const { return m_savedAt == m_position; }
  // No state of the history equals the file (a restored recovery copy was loaded).
  void markUnsaved() { m_savedAt = kNever; }
  // Counts every perform, undo and redo (and jump step); never decreases. Autosave and
  // derived views compare it to notice changes.
  std::uint64_t changeCount() const { return m_changeCount; }

  // Forgets all steps (a new file was opened); the current state counts as saved.
  void clear();

 private:
  std::vector<Edit> m_steps;
  std::size_t m_position = 0;
  static constexpr std::size_t kNever = static_cast<std::size_t>(-1);
  std::size_t m_savedAt = 0;
  std::uint64_t m_changeCount = 0;
};

}  // namespace knp
