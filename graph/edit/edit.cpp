#include "edit/edit.hpp"

#include <map>
#include <set>

#include <stdexcept>
#include <unordered_map>

namespace knp {
namespace {

// The list a ListChange<T> works on, and the key its entries are compared by.
template <class T>
std::vector<T>& listOf(Project& p) {
  return ItemTraits<T>::items(p);
}
template <>
std::vector<SavedView>& listOf<SavedView>(Project& p) {
  return p.map.views;
}
template <>
std::vector<Conference>& listOf<Conference>(Project& p) {
  return p.conferences;
}
template <class T>
const std::string& keyOf(const T& item) {
  return item.id.value;
}
template <>
const std::string& keyOf<SavedView>(const SavedView& view) {
  return view.name;
}

[[noreturn]] void misfit(const char* what) {
  throw std::logic_error(std::string("edit does not fit the project: ") + what);
}

template <class T>
void applyChange(Project& p, const ListChange<T>& c, Direction d) {
  auto& list = listOf<T>(p);
  const auto& from = d == Direction::Forward ? c.before : c.after;
  const auto& to = d == Direction::Forward ? c.after : c.before;
  if (from) {
    if (c.index >= list.size() || !(list[c.index] == *from)) misfit("item differs from the recorded one");
    if (to)
      list[c.index] = *to;
    else
      list.erase(list.begin() + static_cast<std::ptrdiff_t>(c.index));
  } else if (to) {
    if (c.index > list.size()) misfit("insert position out of range");
    list.insert(list.begin() + static_cast<std::ptrdiff_t>(c.index), *to);
  }
}

void applyChange(Project& p, const PlacementChange& c, Direction d) {
  const auto& from = d == Direction::Forward ? c.before : c.after;
  const auto& to = d == Direction::Forward ? c.after : c.before;
  auto& positions = c.graph.empty() ? p.map.positions : p.map.graphPositions[c.graph];
  auto it = positions.find(c.key);
  const bool matches = from ? (it != positions.end() && it->second == *from) : it == positions.end();
  if (!matches) misfit("node placement differs from the recorded one");
  if (to)
    positions[c.key] = *to;
  else
    positions.erase(it);
  // An abstraction without positions has no entry (as the file reader gives it).
  if (!c.graph.empty() && positions.empty()) p.map.graphPositions.erase(c.graph);
}

std::string& textOf(Project& p, ProjectText which) {
  switch (which) {
    case ProjectText::Title: return p.title;
    case ProjectText::Notice: return p.notice;
    case ProjectText::Layout: return p.map.layout;
    case ProjectText::MapGraph: return p.map.graph;
  }
  misfit("unknown text");
}

void applyChange(Project& p, const TextChange& c, Direction d) {
  std::string& text = textOf(p, c.which);
  if (text != (d == Direction::Forward ? c.before : c.after)) misfit("text differs from the recorded one");
  text = d == Direction::Forward ? c.after : c.before;
}

void applyChange(Project& p, const WholeProjectChange& c, Direction d) {
  const auto& from = d == Direction::Forward ? c.before : c.after;
  const auto& to = d == Direction::Forward ? c.after : c.before;
  if (!(p == *from)) misfit("project differs from the recorded one");
  p = *to;
}

void applyOne(Project& p, const Change& change, Direction d) {
  std::visit([&](const auto& c) { applyChange(p, c, d); }, change);
}

// Appends the changes that turn list `before` into `after`; false when the items both hold
// are in a different order or a key repeats (then only a whole-project swap is exact).
template <class T>
bool diffList(const std::vector<T>& before, const std::vector<T>& after, std::vector<Change>& changes) {
  std::unordered_map<std::string, std::size_t> inBefore, inAfter;
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!inBefore.emplace(keyOf(before[i]), i).second) return false;
  for (std::size_t j = 0; j < after.size(); ++j)
    if (!inAfter.emplace(keyOf(after[j]), j).second) return false;
  std::size_t lastAfter = 0;
  bool first = true;
  for (const T& item : before) {
    auto it = inAfter.find(keyOf(item));
    if (it == inAfter.end()) continue;
    if (!first && it->second < lastAfter) return false;
    lastAfter = it->second;
    first = false;
  }
  // Replacements at their old positions, then erasures from the back (so earlier indices stay
  // valid), then insertions from the front at their final positions.
  for (std::size_t i = 0; i < before.size(); ++i) {
    auto it = inAfter.find(keyOf(before[i]));
    if (it != inAfter.end() && !(before[i] == after[it->second]))
      changes.push_back(ListChange<T>{i, before[i], after[it->second]});
  }
  for (std::size_t i = before.size(); i-- > 0;)
    if (!inAfter.contains(keyOf(before[i]))) changes.push_back(ListChange<T>{i, before[i], std::nullopt});
  for (std::size_t j = 0; j < after.size(); ++j)
    if (!inBefore.contains(keyOf(after[j]))) changes.push_back(ListChange<T>{j, std::nullopt, after[j]});
  return true;
}

using Placements = std::map<std::string, NodePlacement>;

void diffPlacements(const std::string& graph, const Placements& before, const Placements& after,
                    std::vector<Change>& changes) {
  for (const auto& [key, placement] : before) {
    auto it = after.find(key);
    if (it == after.end())
      changes.push_back(PlacementChange{graph, key, placement, std::nullopt});
    else if (!(it->second == placement))
      changes.push_back(PlacementChange{graph, key, placement, it->second});
  }
  for (const auto& [key, placement] : after)
    if (!before.contains(key)) changes.push_back(PlacementChange{graph, key, std::nullopt, placement});
}

// The full graph's positions, then each abstraction's (map.graphPositions) by name.
void diffPlacements(const MapState& before, const MapState& after, std::vector<Change>& changes) {
  diffPlacements({}, before.positions, after.positions, changes);
  static const Placements kNone;
  std::set<std::string> graphs;
  for (const auto& [name, placements] : before.graphPositions) graphs.insert(name);
  for (const auto& [name, placements] : after.graphPositions) graphs.insert(name);
  for (const std::string& name : graphs) {
    const auto b = before.graphPositions.find(name), a = after.graphPositions.find(name);
    diffPlacements(name, b == before.graphPositions.end() ? kNone : b->second,
                   a == after.graphPositions.end() ? kNone : a->second, changes);
  }
}

void diffText(ProjectText which, const std::string& before, const std::string& after, std::vector<Change>& changes) {
  if (before != after) changes.push_back(TextChange{which, before, after});
}

bool diffAll(const Project& b, const Project& a, std::vector<Change>& changes) {
  diffText(ProjectText::Title, b.title, a.title, changes);
  diffText(ProjectText::Notice, b.notice, a.notice, changes);
  diffText(ProjectText::Layout, b.map.layout, a.map.layout, changes);
  diffText(ProjectText::MapGraph, b.map.graph, a.map.graph, changes);
  diffPlacements(b.map, a.map, changes);
  return diffList(b.fields, a.fields, changes) && diffList(b.lifePhases, a.lifePhases, changes) &&
         diffList(b.concepts, a.concepts, changes) && diffList(b.goals, a.goals, changes) &&
         diffList(b.actors, a.actors, changes) && diffList(b.activities, a.activities, changes) &&
         diffList(b.cooperations, a.cooperations, changes) && diffList(b.indicators, a.indicators, changes) &&
         diffList(b.map.views, a.map.views, changes) && diffList(b.conferences, a.conferences, changes);
}

}  // namespace

void applyEdit(Project& project, const Edit& edit, Direction direction) {
  const std::size_t n = edit.changes.size();
  std::size_t done = 0;
  auto at = [&](std::size_t k) -> const Change& {
    return edit.changes[direction == Direction::Forward ? k : n - 1 - k];
  };
  const Direction back = direction == Direction::Forward ? Direction::Backward : Direction::Forward;
  try {
    for (; done < n; ++done) applyOne(project, at(done), direction);
  } catch (...) {
    // Leave the project as it was: undo what this edit already did.
    while (done-- > 0) applyOne(project, at(done), back);
    throw;
  }
}

Edit diffEdit(const Project& before, const Project& after, EditLabel label) {
  Edit edit{std::move(label), {}};
  if (before == after) return edit;
  if (diffAll(before, after, edit.changes)) {
    // The step must reproduce `after` exactly; anything the item diff cannot express
    // (a new member of Project, say) falls back to swapping the whole project.
    Project check = before;
    applyEdit(check, edit, Direction::Forward);
    if (check == after) return edit;
  }
  edit.changes.clear();
  edit.changes.push_back(
      WholeProjectChange{std::make_shared<const Project>(before), std::make_shared<const Project>(after)});
  return edit;
}

Edit editProject(const Project& project, EditLabel label, const std::function<void(Project&)>& change) {
  Project after = project;
  change(after);
  return diffEdit(project, after, std::move(label));
}

}  // namespace knp
