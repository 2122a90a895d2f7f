#pragma once
// Reference pickers for the inspector: references to other items are chosen from searchable
// lists of names, never typed as ids. Each picker is a combo whose popup has a filter field at
// the top (case-insensitive substring match on the name, foldCase) above a scrolling list.
//
// Every picker draws at the current cursor with the current item width, pushes its label as
// an ImGui id and one entry per item with the item's id, and returns true only when the user
// changed the value (in that frame). Ids that name no item (an invalid project) are shown as
// the id itself and can be removed, never chosen.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edit/item_kind.hpp"
#include "text/language.hpp"

namespace knp::app {

// One item a picker can offer: its id and the name users read (itemName()).
struct Choice {
  std::string id;
  std::string name;
  bool operator==(const Choice&) const = default;
};

// Which items of the kind a picker offers, by id; every item when empty.
using Offer = std::function<bool(std::string_view id)>;

// The items of `kind` in project order that `offer` accepts. O(items of the kind), a
// cooperation's name costs O(actors) more.
std::vector<Choice> choicesOf(const Project& project, ItemKind kind, const Offer& offer = {});

// Positions in `choices` whose name contains `filter` ignoring case (foldCase), in order;
// every position when the filter is empty or blank. O(total length of the names).
std::vector<std::size_t> matchingChoices(const std::vector<Choice>& choices, std::string_view filter);

// What to show for `id`: the item's name, the id itself when no item has it, NoneChoice for "".
std::string choiceName(const Project& project, ItemKind kind, const std::string& id, Language language);

// Whether a single reference may be empty ("keins" is offered first in the list).
enum class AllowNone { No, Yes };

// A combo showing the chosen item's name; its popup lists the offered items (and "keins"
// when allowed). `id` is "" for none. True when the user chose a different item.
bool pickOne(const char* label, const Project& project, ItemKind kind, std::string& id, Language language,
             AllowNone none, const Offer& offer = {});

// The chosen items, each with a × button that removes it, then an "Hinzufügen …" combo
// listing the offered items not chosen yet; `label` is the heading above. New items are
// appended. True when the user added or removed one.
bool pickMany(const char* label, const Project& project, ItemKind kind, std::vector<std::string>& ids,
              Language language, const Offer& offer = {});

// A combo that always shows `preview` and offers the items to act on (the multi-edit's "allen
// hinzufügen"): the id the user chose, in the frame they chose it.
std::optional<std::string> chooseItem(const char* label, const char* preview, const Project& project, ItemKind kind,
                                      Language language, const Offer& offer = {});

// The same pickers over typed ids (ids.hpp): ActorId, std::optional<GoalId>, std::vector<FieldId>.
template <class Tag>
bool pickOne(const char* label, const Project& project, ItemKind kind, Id<Tag>& id, Language language,
             const Offer& offer = {}) {
  std::string raw = id.value;
  if (!pickOne(label, project, kind, raw, language, AllowNone::No, offer)) return false;
  id = Id<Tag>(std::move(raw));
  return true;
}

template <class Tag>
bool pickOne(const char* label, const Project& project, ItemKind kind, std::optional<Id<Tag>>& id, Language language,
             const Offer& offer = {}) {
  std::string raw = id ? id->value : std::string();
  if (!pickOne(label, project, kind, raw, language, AllowNone::Yes, offer)) return false;
  id = raw.empty() ? std::nullopt : std::optional<Id<Tag>>(Id<Tag>(std::move(raw)));
  return true;
}

template <class Tag>
bool pickMany(const char* label, const Project& project, ItemKind kind, std::vector<Id<Tag>>& ids, Language language,
              const Offer& offer = {}) {
  std::vector<std::string> raw;
  for (const Id<Tag>& id : ids) raw.push_back(id.value);
  if (!pickMany(label, project, kind, raw, language, offer)) return false;
  ids.clear();
  for (std::string& id : raw) ids.emplace_back(std::move(id));
  return true;
}

}  // namespace knp::app
