#include "edit/item_kind.hpp"

#include <algorithm>

namespace knp {
namespace {

template <class T>
const T* find(const Project& p, const std::string& id) {
  const auto& items = ItemTraits<T>::items(p);
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id.value == id; });
  return it == items.end() ? nullptr : &*it;
}

std::string orId(const std::string& name, const std::string& id) { return name.empty() ? id : name; }

}  // namespace

bool itemExists(const Project& p, const ItemRef& ref) { return !itemName(p, ref).empty(); }

std::string nameOf(const Project&, const Field& f) { return orId(f.name, f.id.value); }
std::string nameOf(const Project&, const LifePhase& f) { return orId(f.name, f.id.value); }
std::string nameOf(const Project&, const Concept& f) { return orId(f.name, f.id.value); }
std::string nameOf(const Project&, const Goal& f) { return orId(f.title, f.id.value); }
std::string nameOf(const Project&, const Actor& f) { return orId(f.name, f.id.value); }
std::string nameOf(const Project&, const Activity& f) { return orId(f.title, f.id.value); }
std::string nameOf(const Project&, const Indicator& f) { return orId(f.name, f.id.value); }
std::string nameOf(const Project& p, const Cooperation& c) {
  auto end = [&](const ActorId& a) {
    const Actor* actor = findActor(p, a);
    return actor ? orId(actor->name, a.value) : a.value;
  };
  return end(c.from) + " – " + end(c.to);
}

std::string itemName(const Project& p, const ItemRef& ref) {
  return visitKind(ref.kind, [&](auto type) {
    const auto* item = find<typename decltype(type)::type>(p, ref.id);
    return item ? nameOf(p, *item) : std::string();
  });
}

std::string_view toString(ItemKind kind) {
  return visitKind(kind, [](auto type) { return ItemTraits<typename decltype(type)::type>::name; });
}

std::string nodeKeyOf(const ItemRef& ref) {
  switch (ref.kind) {
    case ItemKind::Actor:
    case ItemKind::Activity:
    case ItemKind::Goal:
    case ItemKind::LifePhase: return std::string(toString(ref.kind)) + ":" + ref.id;
    default: return {};
  }
}

std::string itemKeyOf(const ItemRef& ref) { return std::string(toString(ref.kind)) + ":" + ref.id; }

std::optional<ItemRef> itemRefFromKey(std::string_view key) {
  const std::size_t colon = key.find(':');
  if (colon == std::string_view::npos || colon + 1 == key.size()) return std::nullopt;
  const std::string_view kind = key.substr(0, colon);
  for (ItemKind k : {ItemKind::Field, ItemKind::LifePhase, ItemKind::Concept, ItemKind::Goal, ItemKind::Actor,
                     ItemKind::Activity, ItemKind::Cooperation, ItemKind::Indicator})
    if (toString(k) == kind) return ItemRef{k, std::string(key.substr(colon + 1))};
  return std::nullopt;
}

}  // namespace knp
