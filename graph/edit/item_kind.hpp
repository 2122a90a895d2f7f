#pragma once
// Names any item of a project by its kind and id, and gives generic code access to the list
// of each kind (ItemTraits<T>::items) so that one add/update/delete serves all eight kinds.
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "model/project.hpp"

namespace knp {

enum class ItemKind { Field, LifePhase, Concept, Goal, Actor, Activity, Cooperation, Indicator };

struct ItemRef {
  ItemKind kind = ItemKind::Actor;
  std::string id;
  auto operator<=>(const ItemRef&) const = default;
};

template <class T>
struct ItemTraits;

// Per item type: its kind, its saved name (as in node keys: "actor", "lifePhase") and its list.
#define KNP_ITEM_TRAITS(Type, Kind, member, savedName)                            \
  template <>                                                                     \
  struct ItemTraits<Type> {                                                       \
    static constexpr ItemKind kind = ItemKind::Kind;                              \
    static constexpr std::string_view name = savedName;                           \
    static std::vector<Type>& items(Project& p) { return p.member; }             \
    static const std::vector<Type>& items(const Project& p) { return p.member; } \
  };
KNP_ITEM_TRAITS(Field, Field, fields, "field")
KNP_ITEM_TRAITS(LifePhase, LifePhase, lifePhases, "lifePhase")
KNP_ITEM_TRAITS(Concept, Concept, concepts, "concept")
KNP_ITEM_TRAITS(Goal, Goal, goals, "goal")
KNP_ITEM_TRAITS(Actor, Actor, actors, "actor")
KNP_ITEM_TRAITS(Activity, Activity, activities, "activity")
KNP_ITEM_TRAITS(Cooperation, Cooperation, cooperations, "cooperation")
KNP_ITEM_TRAITS(Indicator, Indicator, indicators, "indicator")
#undef KNP_ITEM_TRAITS

// Calls `f(std::type_identity<T>{})` with T the item type of `kind` (Field for
// ItemKind::Field, ...) and returns what it returns: the one place where a kind becomes a
// type, so that code for all eight kinds is written once as a generic lambda. O(1).
template <class F>
decltype(auto) visitKind(ItemKind kind, F&& f) {
  switch (kind) {
    case ItemKind::Field: return f(std::type_identity<Field>{});
    case ItemKind::LifePhase: return f(std::type_identity<LifePhase>{});
    case ItemKind::Concept: return f(std::type_identity<Concept>{});
    case ItemKind::Goal: return f(std::type_identity<Goal>{});
    case ItemKind::Actor: return f(std::type_identity<Actor>{});
    case ItemKind::Activity: return f(std::type_identity<Activity>{});
    case ItemKind::Cooperation: return f(std::type_identity<Cooperation>{});
    case ItemKind::Indicator: break;
  }
  return f(std::type_identity<Indicator>{});
}

template <class T>
ItemRef refOf(const T& item) {
  return {ItemTraits<T>::kind, item.id.value};
}

// The position of the item with `id` in its list, or -1. O(n) in the items of that kind.
template <class T>
std::ptrdiff_t indexOfItem(const Project& p, const decltype(T::id)& id) {
  const auto& items = ItemTraits<T>::items(p);
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].id == id) return static_cast<std::ptrdiff_t>(i);
  return -1;
}

// Whether `ref` names an existing item. O(n) in the items of that kind.
bool itemExists(const Project& p, const ItemRef& ref);

// What users call the item: name or title; a cooperation is "FROM – TO" by actor names.
// The id when the item has no name, "" when it does not exist. O(n).
std::string itemName(const Project& p, const ItemRef& ref);
// The same for an item at hand (which need not be in `p`; a cooperation's actors are).
std::string nameOf(const Project& p, const Field& item);
std::string nameOf(const Project& p, const LifePhase& item);
std::string nameOf(const Project& p, const Concept& item);
std::string nameOf(const Project& p, const Goal& item);
std::string nameOf(const Project& p, const Actor& item);
std::string nameOf(const Project& p, const Activity& item);
std::string nameOf(const Project& p, const Cooperation& item);
std::string nameOf(const Project& p, const Indicator& item);

// The map's node key ("actor:awo") for kinds drawn as nodes (actor, activity, goal, life
// phase); "" for the others.
std::string nodeKeyOf(const ItemRef& ref);

// The saved name of a kind ("actor", "lifePhase", ...), as in node keys.
std::string_view toString(ItemKind kind);

// The item key "kind:id" of any item ("cooperation:k4", "goal:I3"), as conferences name
// items (model/conference.hpp); for nodes the same as nodeKeyOf. O(1).
std::string itemKeyOf(const ItemRef& ref);
// The item an item key names, by form only (whether it exists is itemExists'); nullopt for
// an unknown kind or an empty id. O(length).
std::optional<ItemRef> itemRefFromKey(std::string_view key);

}  // namespace knp
