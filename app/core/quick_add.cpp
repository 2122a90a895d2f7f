#include "core/quick_add.hpp"

#include <algorithm>

#include "core/conference_session.hpp"
#include "core/ui_text.hpp"
#include "edit/conference_edits.hpp"
#include "edit/item_edits.hpp"
#include "edit/item_kind.hpp"
#include "text/name_matching.hpp"
#include "text/utf8.hpp"
#include "view/map_filter.hpp"

namespace knp::app {
namespace {

// Comments' labels show the comment's start, not a paragraph.
constexpr std::size_t kLabelChars = 40;

QuickAdd newActivity(const AppState& s, std::string title, const ActorId& lead, const std::optional<GoalId>& goal) {
  Activity activity;
  activity.title = std::move(title);
  activity.id = ActivityId(newItemId(s.project, ItemKind::Activity, activity.title));
  activity.lead = lead;
  activity.status = ActivityStatus::Running;
  if (goal) activity.goals.push_back(*goal);
  activity.fromConference = conferenceMarkForNewItems(s);
  const ItemRef created = refOf(activity);
  return {addItemEdit(s.project, std::move(activity)), created};
}

QuickAdd newCooperation(const AppState& s, const ActorId& from, const ActorId& to) {
  for (const Cooperation& c : s.project.cooperations)
    if ((c.from == from && c.to == to) || (c.from == to && c.to == from)) return {{}, refOf(c)};
  Cooperation cooperation;
  cooperation.id = CooperationId(newItemId(s.project, ItemKind::Cooperation, from.value + " " + to.value));
  cooperation.from = from;
  cooperation.to = to;
  cooperation.type = CooperationType::Cooperation;
  cooperation.fromConference = conferenceMarkForNewItems(s);
  const ItemRef created = refOf(cooperation);
  return {addItemEdit(s.project, std::move(cooperation)), created};
}

bool actorExists(const Project& p, const ActorId& id) {
  return std::any_of(p.actors.begin(), p.actors.end(), [&](const Actor& a) { return a.id == id; });
}

}  // namespace

QuickAdd quickAdd(const AppState& s, Vertex from, Vertex target) {
  const std::size_t n = boost::num_vertices(s.view.graph);
  if (from >= n || s.view.graph[from].kind != NodeKind::Actor) return {};
  const Actor& lead = s.project.actors.at(s.view.graph[from].index);
  if (target == kNoVertex) return newActivity(s, uiText(UiText::NewActivityTitle, s.language), lead.id, std::nullopt);
  if (target >= n || target == from || s.view.graph[target].kind != NodeKind::Actor) return {};
  return newCooperation(s, lead.id, s.project.actors.at(s.view.graph[target].index).id);
}

QuickAdd captureActivity(const AppState& s, std::string_view title, const ActorId& lead,
                         const std::optional<GoalId>& goal) {
  const std::string_view trimmed = trimWhitespace(title);
  if (trimmed.empty() || !actorExists(s.project, lead)) return {};
  if (goal && !std::any_of(s.project.goals.begin(), s.project.goals.end(), [&](const Goal& g) { return g.id == *goal; }))
    return {};
  return newActivity(s, std::string(trimmed), lead, goal);
}

QuickAdd captureCooperation(const AppState& s, const ActorId& a, const ActorId& b) {
  if (a == b || !actorExists(s.project, a) || !actorExists(s.project, b)) return {};
  return newCooperation(s, a, b);
}

Edit captureIdea(const AppState& s, std::string_view text, const std::string& itemKey, const std::string& date) {
  const Conference* current = currentConference(s);
  const std::string_view trimmed = trimWhitespace(text);
  if (!current || trimmed.empty()) return {};
  Conference changed = *current;
  Comment idea;
  idea.id = nextLocalId(idsOf(changed.comments), "c");
  idea.kind = CommentKind::Idea;
  idea.item = itemKey;
  idea.text = std::string(trimmed);
  idea.date = date;
  changed.comments.push_back(std::move(idea));
  EditLabel label = makeLabel(EditAction::AddComment, ItemKind::Actor);
  label.otherName = truncateUtf8(trimmed, kLabelChars);
  return changeConferenceEdit(s.project, changed, std::move(label));
}

std::string ideaTarget(const AppState& s) {
  if (s.selection.empty() || s.selection.front() >= boost::num_vertices(s.view.graph)) return {};
  std::string key = nodeKey(s.project, s.view, s.selection.front());
  return itemRefFromKey(key) ? key : std::string();
}

}  // namespace knp::app
