#include "core/quick_add.hpp"

#include "edit/item_edits.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

QuickAdd quickAdd(const AppState& s, Vertex from, Vertex target) {
  const std::size_t n = boost::num_vertices(s.view.graph);
  if (from >= n || s.view.graph[from].kind != NodeKind::Actor) return {};
  const Actor& lead = s.project.actors.at(s.view.graph[from].index);
  if (target == kNoVertex) {
    Activity activity;
    activity.title = uiText(UiText::NewActivityTitle, s.language);
    activity.id = ActivityId(newItemId(s.project, ItemKind::Activity, activity.title));
    activity.lead = lead.id;
    activity.status = ActivityStatus::Running;
    const ItemRef created = refOf(activity);
    return {addItemEdit(s.project, std::move(activity)), created};
  }
  if (target >= n || target == from || s.view.graph[target].kind != NodeKind::Actor) return {};
  const Actor& other = s.project.actors.at(s.view.graph[target].index);
  for (const Cooperation& c : s.project.cooperations)
    if ((c.from == lead.id && c.to == other.id) || (c.from == other.id && c.to == lead.id)) return {{}, refOf(c)};
  Cooperation cooperation;
  cooperation.id = CooperationId(newItemId(s.project, ItemKind::Cooperation, lead.id.value + " " + other.id.value));
  cooperation.from = lead.id;
  cooperation.to = other.id;
  cooperation.type = CooperationType::Cooperation;
  const ItemRef created = refOf(cooperation);
  return {addItemEdit(s.project, std::move(cooperation)), created};
}

}  // namespace knp::app
