#include "edit/references.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace knp {
namespace {

template <class IdT>
bool names(const std::vector<IdT>& list, const ItemRef& target) {
  return std::any_of(list.begin(), list.end(), [&](const IdT& id) { return id.value == target.id; });
}

// References to `target` held by items of project `p`, appended to `out`.
void collect(const Project& p, const ItemRef& target, std::vector<Reference>& out) {
  auto add = [&](ItemRef holder, ReferenceRole role, ReferenceEffect effect) {
    out.push_back({std::move(holder), role, effect});
  };
  const auto unlink = ReferenceEffect::Unlink, remove = ReferenceEffect::Delete;
  switch (target.kind) {
    case ItemKind::Actor:
      for (const Activity& a : p.activities) {
        if (a.lead.value == target.id) add(refOf(a), ReferenceRole::Lead, remove);
        else if (names(a.partners, target)) add(refOf(a), ReferenceRole::Partner, unlink);
      }
      for (const Actor& a : p.actors)
        if (names(a.memberships, target)) add(refOf(a), ReferenceRole::Membership, unlink);
      for (const Cooperation& c : p.cooperations)
        if (c.from.value == target.id || c.to.value == target.id)
          add(refOf(c), ReferenceRole::CooperationEnd, remove);
      break;
    case ItemKind::Field:
      for (const Activity& a : p.activities)
        if (names(a.fields, target)) add(refOf(a), ReferenceRole::ActivityField, unlink);
      for (const Goal& g : p.goals)
        if (names(g.fields, target)) add(refOf(g), ReferenceRole::GoalField, unlink);
      for (const Indicator& i : p.indicators)
        if (i.field && i.field->value == target.id) add(refOf(i), ReferenceRole::IndicatorField, unlink);
      break;
    case ItemKind::LifePhase:
      for (const Activity& a : p.activities)
        if (names(a.lifePhases, target)) add(refOf(a), ReferenceRole::ActivityLifePhase, unlink);
      for (const Indicator& i : p.indicators)
        if (names(i.lifePhases, target)) add(refOf(i), ReferenceRole::IndicatorLifePhase, unlink);
      break;
    case ItemKind::Concept:
      for (const Goal& g : p.goals)
        if (g.conceptId.value == target.id) add(refOf(g), ReferenceRole::GoalConcept, remove);
      break;
    case ItemKind::Goal:
      for (const Activity& a : p.activities)
        if (names(a.goals, target)) add(refOf(a), ReferenceRole::ActivityGoal, unlink);
      for (const Goal& g : p.goals)
        if (g.parent && g.parent->value == target.id) add(refOf(g), ReferenceRole::GoalParent, unlink);
      for (const Indicator& i : p.indicators)
        if (names(i.goals, target)) add(refOf(i), ReferenceRole::IndicatorGoal, unlink);
      break;
    case ItemKind::Activity:
    case ItemKind::Cooperation:
    case ItemKind::Indicator: break;  // nothing refers to these
  }
}

template <class IdT>
void eraseDeleted(std::vector<IdT>& list, ItemKind kind, const std::set<ItemRef>& deleted) {
  std::erase_if(list, [&](const IdT& id) { return deleted.contains(ItemRef{kind, id.value}); });
}

template <class T>
void eraseItems(std::vector<T>& items, const std::set<ItemRef>& deleted) {
  std::erase_if(items, [&](const T& item) { return deleted.contains(refOf(item)); });
}

// Whether a poll option's item ("goal:ID", "gap:FIELD/PHASE", "suggestion:A/B"; conference.hpp)
// names a deleted item.
bool optionNamesGone(const std::string& item, const std::set<ItemRef>& gone) {
  auto pairGone = [&](std::string_view rest, ItemKind first, ItemKind second) {
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return false;
    return gone.contains(ItemRef{first, std::string(rest.substr(0, slash))}) ||
           gone.contains(ItemRef{second, std::string(rest.substr(slash + 1))});
  };
  if (item.starts_with("gap:")) return pairGone(std::string_view(item).substr(4), ItemKind::Field, ItemKind::LifePhase);
  if (item.starts_with("suggestion:"))
    return pairGone(std::string_view(item).substr(11), ItemKind::Actor, ItemKind::Actor);
  const auto ref = itemRefFromKey(item);
  return ref && gone.contains(*ref);
}

void applyCommentFate(std::vector<Comment>& comments, const DeletionPlan& plan, const std::set<ItemRef>& gone,
                      const std::map<std::string, std::string>& names) {
  const auto target = itemRefFromKey(plan.commentsMoveTo);
  const bool canMove = plan.commentFate == CommentFate::MoveTo && target && !gone.contains(*target);
  std::erase_if(comments, [&](Comment& comment) {
    const auto ref = itemRefFromKey(comment.item);
    if (!ref || !gone.contains(*ref)) return false;
    if (plan.commentFate == CommentFate::Remove) return true;
    if (canMove) {
      comment.item = plan.commentsMoveTo;
    } else {
      const auto name = names.find(comment.item);
      comment.formerItem = name != names.end() ? name->second : comment.item;
      comment.item.clear();
    }
    return false;
  });
}

}  // namespace

std::vector<Reference> referencesTo(const Project& project, const ItemRef& target) {
  std::vector<Reference> out;
  if (itemExists(project, target)) collect(project, target, out);
  return out;
}

bool DeletionPlan::cascades() const { return deleted.size() > targetCount || !unlinked.empty(); }

DeletionPlan planDeletion(const Project& project, const std::vector<ItemRef>& targets) {
  DeletionPlan plan;
  std::set<ItemRef> seen;
  for (const ItemRef& t : targets)
    if (itemExists(project, t) && seen.insert(t).second) plan.deleted.push_back(t);
  plan.targetCount = plan.deleted.size();
  std::vector<Reference> candidates;
  for (std::size_t next = 0; next < plan.deleted.size(); ++next) {
    std::vector<Reference> refs;
    collect(project, plan.deleted[next], refs);
    for (Reference& r : refs) {
      if (r.effect == ReferenceEffect::Delete) {
        if (seen.insert(r.holder).second) plan.deleted.push_back(r.holder);
      } else {
        candidates.push_back(std::move(r));
      }
    }
  }
  // A reference held by an item that goes anyway is not worth mentioning.
  for (Reference& r : candidates)
    if (!seen.contains(r.holder) && std::find(plan.unlinked.begin(), plan.unlinked.end(), r) == plan.unlinked.end())
      plan.unlinked.push_back(std::move(r));
  return plan;
}

void applyDeletion(Project& p, const DeletionPlan& plan) {
  const std::set<ItemRef> gone(plan.deleted.begin(), plan.deleted.end());
  // Names while the items exist: a comment kept on the map says what it was about.
  std::map<std::string, std::string> names;
  for (const Conference& conference : p.conferences)
    for (const Comment& comment : conference.comments)
      if (auto ref = itemRefFromKey(comment.item); ref && gone.contains(*ref)) names[comment.item] = itemName(p, *ref);
  eraseItems(p.fields, gone);
  eraseItems(p.lifePhases, gone);
  eraseItems(p.concepts, gone);
  eraseItems(p.goals, gone);
  eraseItems(p.actors, gone);
  eraseItems(p.activities, gone);
  eraseItems(p.cooperations, gone);
  eraseItems(p.indicators, gone);
  for (Activity& a : p.activities) {
    eraseDeleted(a.partners, ItemKind::Actor, gone);
    eraseDeleted(a.fields, ItemKind::Field, gone);
    eraseDeleted(a.goals, ItemKind::Goal, gone);
    eraseDeleted(a.lifePhases, ItemKind::LifePhase, gone);
  }
  for (Actor& a : p.actors) eraseDeleted(a.memberships, ItemKind::Actor, gone);
  for (Goal& g : p.goals) {
    eraseDeleted(g.fields, ItemKind::Field, gone);
    if (g.parent && gone.contains(ItemRef{ItemKind::Goal, g.parent->value})) g.parent.reset();
  }
  for (Indicator& i : p.indicators) {
    eraseDeleted(i.goals, ItemKind::Goal, gone);
    eraseDeleted(i.lifePhases, ItemKind::LifePhase, gone);
    if (i.field && gone.contains(ItemRef{ItemKind::Field, i.field->value})) i.field.reset();
  }
  std::set<std::string> goneKeys;
  for (const ItemRef& ref : plan.deleted)
    if (auto key = nodeKeyOf(ref); !key.empty()) goneKeys.insert(key);
  std::erase_if(p.map.positions, [&](const auto& entry) { return goneKeys.contains(entry.first); });
  auto forgetInView = [&](SavedView& view) {
    if (view.focus && goneKeys.contains(*view.focus)) view.focus.reset();
    eraseDeleted(view.filters.fields, ItemKind::Field, gone);
    eraseDeleted(view.filters.lifePhases, ItemKind::LifePhase, gone);
    eraseDeleted(view.filters.concepts, ItemKind::Concept, gone);
  };
  for (SavedView& view : p.map.views) forgetInView(view);
  for (Conference& conference : p.conferences) {
    for (Scene& scene : conference.scenes) {
      forgetInView(scene.view);
      std::erase_if(scene.highlight, [&](const std::string& key) { return goneKeys.contains(key); });
    }
    for (Poll& poll : conference.polls)
      for (PollOption& option : poll.options)
        if (optionNamesGone(option.item, gone)) option.item.clear();
    applyCommentFate(conference.comments, plan, gone, names);
  }
}

std::size_t commentsAbout(const Project& project, const std::vector<ItemRef>& items) {
  std::set<std::string> keys;
  for (const ItemRef& ref : items) keys.insert(itemKeyOf(ref));
  std::size_t count = 0;
  for (const Conference& conference : project.conferences)
    for (const Comment& comment : conference.comments) count += keys.contains(comment.item) ? 1 : 0;
  return count;
}

}  // namespace knp
