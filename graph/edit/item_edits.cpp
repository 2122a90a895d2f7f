#include "edit/item_edits.hpp"

#include <algorithm>

namespace knp {
namespace {

// ASCII for the Latin-1 letters German and its neighbours use; "" for anything else.
std::string_view asciiOf(char32_t c) {
  switch (c) {
    case U'ä': case U'Ä': return "ae";
    case U'ö': case U'Ö': return "oe";
    case U'ü': case U'Ü': return "ue";
    case U'ß': return "ss";
    case U'à': case U'á': case U'â': case U'À': case U'Á': case U'Â': return "a";
    case U'è': case U'é': case U'ê': case U'È': case U'É': case U'Ê': return "e";
    case U'ì': case U'í': case U'î': case U'Ì': case U'Í': case U'Î': return "i";
    case U'ò': case U'ó': case U'ô': case U'Ò': case U'Ó': case U'Ô': return "o";
    case U'ù': case U'ú': case U'û': case U'Ù': case U'Ú': case U'Û': return "u";
    case U'ç': case U'Ç': return "c";
    case U'ñ': case U'Ñ': return "n";
    default: return {};
  }
}

// Decodes one UTF-8 sequence at `i` (advancing it); invalid bytes give U+FFFD.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (extra < 0) return 0xFFFD;
  char32_t c = b & (0x3F >> extra);
  for (; extra > 0; --extra) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return c;
}

template <class IdT>
bool contains(const std::vector<IdT>& list, const std::string& id) {
  return std::any_of(list.begin(), list.end(), [&](const IdT& x) { return x.value == id; });
}

template <class IdT>
void addOrRemove(std::vector<IdT>& list, const std::string& id, ListEdit edit) {
  if (edit == ListEdit::Add) {
    if (!contains(list, id)) list.push_back(IdT{id});
  } else {
    std::erase_if(list, [&](const IdT& x) { return x.value == id; });
  }
}

}  // namespace

std::string slugOf(std::string_view name) {
  std::string slug;
  bool gap = false;
  for (std::size_t i = 0; i < name.size() && slug.size() < 40;) {
    const char32_t c = nextCodePoint(name, i);
    std::string_view letters;
    char single = 0;
    if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) single = static_cast<char>(c);
    else if (c >= U'A' && c <= U'Z') single = static_cast<char>(c - U'A' + U'a');
    else letters = asciiOf(c);
    if (!single && letters.empty()) {
      gap = true;
      continue;
    }
    if (gap && !slug.empty()) slug += '-';
    gap = false;
    if (single) slug += single;
    else slug += letters;
  }
  return slug.empty() ? "neu" : slug;
}

std::string newItemId(const Project& project, ItemKind kind, std::string_view name) {
  const std::string base = slugOf(name);
  std::string id = base;
  for (int n = 2; itemExists(project, ItemRef{kind, id}); ++n) id = base + "-" + std::to_string(n);
  return id;
}

Edit deleteItemsEdit(const Project& project, const DeletionPlan& plan) {
  EditLabel label = makeLabel(EditAction::Delete, plan.deleted.empty() ? ItemKind::Actor : plan.deleted.front().kind);
  label.count = plan.targetCount;
  if (plan.targetCount == 1) label.name = itemName(project, plan.deleted.front());
  // Several targets of different kinds are counted as "items": the kind of the first is kept.
  return editProject(project, label, [&](Project& p) { applyDeletion(p, plan); });
}

Edit changeActivitiesEdit(const Project& project, std::span<const ActivityId> activities, const ItemRef& value,
                          ListEdit edit) {
  if (value.kind != ItemKind::Field && value.kind != ItemKind::Goal && value.kind != ItemKind::LifePhase &&
      value.kind != ItemKind::Actor)
    throw std::invalid_argument("activities list fields, goals, life phases and partners only");
  EditLabel label = makeLabel(edit == ListEdit::Add ? EditAction::AddReference : EditAction::RemoveReference,
                  ItemKind::Activity);
  label.count = activities.size();
  if (activities.size() == 1) label.name = itemName(project, {ItemKind::Activity, activities.front().value});
  label.otherKind = value.kind;
  label.otherName = itemName(project, value);
  return editProject(project, label, [&](Project& p) {
    for (const ActivityId& id : activities) {
      const std::ptrdiff_t index = indexOfItem<Activity>(p, id);
      if (index < 0) continue;
      Activity& a = p.activities[static_cast<std::size_t>(index)];
      switch (value.kind) {
        case ItemKind::Field: addOrRemove(a.fields, value.id, edit); break;
        case ItemKind::Goal: addOrRemove(a.goals, value.id, edit); break;
        case ItemKind::LifePhase: addOrRemove(a.lifePhases, value.id, edit); break;
        default:
          if (a.lead.value != value.id) addOrRemove(a.partners, value.id, edit);
          break;
      }
    }
  });
}

Edit setActivitiesStatusEdit(const Project& project, std::span<const ActivityId> activities, ActivityStatus status) {
  EditLabel label = makeLabel(EditAction::Update, ItemKind::Activity);
  label.count = activities.size();
  if (activities.size() == 1) label.name = itemName(project, {ItemKind::Activity, activities.front().value});
  return editProject(project, label, [&](Project& p) {
    for (const ActivityId& id : activities)
      if (auto index = indexOfItem<Activity>(p, id); index >= 0) p.activities[static_cast<std::size_t>(index)].status = status;
  });
}

Edit moveLifePhaseEdit(const Project& project, const LifePhaseId& phase, int step) {
  const auto ordered = lifePhasesInOrder(project);
  auto it = std::find_if(ordered.begin(), ordered.end(), [&](const LifePhase* p) { return p->id == phase; });
  EditLabel label = makeLabel(EditAction::Reorder, ItemKind::LifePhase, itemName(project, {ItemKind::LifePhase, phase.value}));
  if (it == ordered.end() || step == 0) return Edit{label, {}};
  const std::ptrdiff_t target = (it - ordered.begin()) + (step < 0 ? -1 : 1);
  if (target < 0 || target >= static_cast<std::ptrdiff_t>(ordered.size())) return Edit{label, {}};
  const LifePhaseId other = ordered[static_cast<std::size_t>(target)]->id;
  return editProject(project, label, [&](Project& p) {
    LifePhase& a = p.lifePhases[static_cast<std::size_t>(indexOfItem<LifePhase>(p, phase))];
    LifePhase& b = p.lifePhases[static_cast<std::size_t>(indexOfItem<LifePhase>(p, other))];
    if (a.order == b.order) {
      // Equal orders are ordered by list position: make the order explicit first.
      int order = 1;
      for (const LifePhase* q : ordered) p.lifePhases[static_cast<std::size_t>(indexOfItem<LifePhase>(p, q->id))].order = order++;
    }
    std::swap(a.order, b.order);
  });
}

}  // namespace knp
