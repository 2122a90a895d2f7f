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
  auto named = [&](const auto* item) { return item ? nameOf(p, *item) : std::string(); };
  switch (ref.kind) {
    case ItemKind::Field: return named(find<Field>(p, ref.id));
    case ItemKind::LifePhase: return named(find<LifePhase>(p, ref.id));
    case ItemKind::Concept: return named(find<Concept>(p, ref.id));
    case ItemKind::Goal: return named(find<Goal>(p, ref.id));
    case ItemKind::Actor: return named(find<Actor>(p, ref.id));
    case ItemKind::Activity: return named(find<Activity>(p, ref.id));
    case ItemKind::Cooperation: return named(find<Cooperation>(p, ref.id));
    case ItemKind::Indicator: return named(find<Indicator>(p, ref.id));
  }
  return {};
}

std::string_view toString(ItemKind kind) {
  switch (kind) {
    case ItemKind::Field: return "field";
    case ItemKind::LifePhase: return "lifePhase";
    case ItemKind::Concept: return "concept";
    case ItemKind::Goal: return "goal";
    case ItemKind::Actor: return "actor";
    case ItemKind::Activity: return "activity";
    case ItemKind::Cooperation: return "cooperation";
    case ItemKind::Indicator: return "indicator";
  }
  return {};
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

}  // namespace knp
