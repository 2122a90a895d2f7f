#include "window/inspector/inspector.hpp"

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cfloat>
#include <utility>

#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/edit_labels.hpp"
#include "core/palette.hpp"
#include "text/labels.hpp"
#include "view/map_filter.hpp"

namespace knp::app {
namespace {

// The chooser's kinds: actors and what they do first, then what that refers to.
constexpr std::array<ItemKind, 8> kChooserKinds{ItemKind::Actor,     ItemKind::Activity, ItemKind::Cooperation,
                                                ItemKind::Goal,      ItemKind::Concept,  ItemKind::Field,
                                                ItemKind::LifePhase, ItemKind::Indicator};

constexpr float kListRows = 8;
constexpr float kLabelColumn = 8;  // room for the fields' labels, in font sizes
constexpr float kPickerWidth = 10;

std::string format(UiText pattern, Language language, const auto&... args) {
  return fmt::format(fmt::runtime(uiText(pattern, language)), args...);
}

// A kind's name inside a sentence: German nouns keep their capital, English ones lose it.
std::string kindInSentence(ItemKind kind, Language language) {
  std::string name = kindName(kind, language);
  if (language == Language::English)
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::vector<std::string> selectionKeys(const AppState& s) {
  std::vector<std::string> keys;
  for (Vertex v : s.selection) keys.push_back(nodeKey(s.project, s.view, v));
  return keys;
}

std::vector<ItemRef> selectedItems(const AppState& s) {
  std::vector<ItemRef> items;
  for (Vertex v : s.selection) items.push_back(itemOfVertex(s, v));
  return items;
}

// Whether the first field of the kind's form is its name or title (a cooperation has none).
bool hasNameField(ItemKind kind) { return kind != ItemKind::Cooperation; }

void wrappedDisabled(const char* text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", text);
  ImGui::PopTextWrapPos();
}

// --- New items ---

// The step adding `item`; actors, activities and cooperations made while a conference runs
// remember it (core/conference_session.hpp).
template <class T>
NewItem made(const AppState& s, T item) {
  const Project& project = s.project;
  if constexpr (requires { item.fromConference; }) item.fromConference = conferenceMarkForNewItems(s);
  const ItemRef ref = refOf(item);
  return {addItemEdit(project, std::move(item)), ref, std::nullopt};
}

NewItem refused(UiText problem) {
  NewItem none;
  none.problem = problem;
  return none;
}

// The selected actors in selection order, then the project's other actors.
std::vector<ActorId> actorsSelectedFirst(const AppState& s) {
  std::vector<ActorId> actors;
  for (Vertex v : s.selection)
    if (s.view.graph[v].kind == NodeKind::Actor) actors.push_back(s.project.actors[s.view.graph[v].index].id);
  for (const Actor& a : s.project.actors)
    if (std::find(actors.begin(), actors.end(), a.id) == actors.end()) actors.push_back(a.id);
  return actors;
}

LifePhase newLifePhase(const Project& project) {
  LifePhase phase;
  const auto ordered = lifePhasesInOrder(project);
  if (!ordered.empty()) {
    const LifePhase& last = *ordered.back();
    phase.order = last.order + 1;
    phase.minAge = last.maxAge ? *last.maxAge + 1 : last.minAge;
  }
  return phase;
}

// --- The delete question ---

std::string quoted(const Project& project, const ItemRef& item, Language language) {
  return format(UiText::ItemQuoted, language, kindName(item.kind, language), itemName(project, item));
}

// What deleting does: the question, the targets when there are several, the items deleted
// with them and the references removed.
void drawDeletionPlan(const Project& project, const DeletionPlan& plan, Language language) {
  const float width = ImGui::GetFontSize() * 30;
  ImGui::PushTextWrapPos(width);
  const ItemRef& first = plan.deleted.front();
  const std::string question =
      plan.targetCount == 1
          ? format(UiText::DeleteQuestion, language, kindInSentence(first.kind, language), itemName(project, first))
          : format(UiText::DeleteManyQuestion, language, plan.targetCount);
  ImGui::TextUnformatted(question.c_str());
  const std::size_t alsoDeleted = plan.deleted.size() - plan.targetCount;
  const std::size_t listedTargets = plan.targetCount > 1 ? plan.targetCount : 0;
  if (alsoDeleted == 0 && plan.unlinked.empty()) {
    for (std::size_t i = 0; i < listedTargets; ++i)
      ImGui::BulletText("%s", quoted(project, plan.deleted[i], language).c_str());
    ImGui::TextDisabled("%s", uiText(UiText::DeleteNoReferences, language));
    ImGui::PopTextWrapPos();
    return;
  }
  const std::size_t lines = listedTargets + alsoDeleted + plan.unlinked.size() + 2;
  const float height = static_cast<float>(std::min<std::size_t>(lines, 14)) * ImGui::GetTextLineHeightWithSpacing();
  ImGui::BeginChild("##effects", ImVec2(width, height), true);
  for (std::size_t i = 0; i < listedTargets; ++i)
    ImGui::BulletText("%s", quoted(project, plan.deleted[i], language).c_str());
  if (alsoDeleted > 0) {
    ImGui::TextUnformatted(uiText(UiText::DeleteAlsoDeletes, language));
    for (std::size_t i = plan.targetCount; i < plan.deleted.size(); ++i)
      ImGui::BulletText("%s", quoted(project, plan.deleted[i], language).c_str());
  }
  if (!plan.unlinked.empty()) {
    ImGui::TextUnformatted(uiText(UiText::DeleteUnlinks, language));
    for (const Reference& ref : plan.unlinked) {
      const std::string line = format(UiText::ReferenceQuoted, language, kindName(ref.holder.kind, language),
                                      itemName(project, ref.holder), roleText(ref.role, language));
      ImGui::BulletText("%s", line.c_str());
    }
  }
  ImGui::EndChild();
  ImGui::PopTextWrapPos();
}

// --- Forms ---

// Draws `form` for the item of type T with `id` and dispatches the change it returns.
template <class T, class Form>
void editWith(AppState& s, FormState& state, const std::string& id, Form form) {
  const std::ptrdiff_t index = indexOfItem<T>(s.project, decltype(T::id)(id));
  if (index < 0) return;
  FormContext context{s.project, s.language, state};
  const std::optional<T> edited = form(context, ItemTraits<T>::items(s.project)[static_cast<std::size_t>(index)]);
  if (edited) dispatch(s, updateItemEdit(s.project, *edited));
}

bool holds(const Activity& a, ItemKind kind, std::string_view id) {
  auto has = [&](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&](const auto& x) { return x.value == id; });
  };
  switch (kind) {
    case ItemKind::Field:
      return has(a.fields);
    case ItemKind::Goal:
      return has(a.goals);
    case ItemKind::LifePhase:
      return has(a.lifePhases);
    case ItemKind::Actor:
      return has(a.partners);
    default:
      return false;
  }
}

}  // namespace

// --- Without UI ---

ItemRef itemOfVertex(const AppState& s, Vertex v) {
  const NodeProps& node = s.view.graph[v];
  switch (node.kind) {
    case NodeKind::Actor:
      return refOf(s.project.actors[node.index]);
    case NodeKind::Activity:
      return refOf(s.project.activities[node.index]);
    case NodeKind::Goal:
      return refOf(s.project.goals[node.index]);
    case NodeKind::LifePhase:
      return refOf(s.project.lifePhases[node.index]);
  }
  return {};
}

std::optional<Vertex> vertexOfItem(const AppState& s, const ItemRef& item) {
  const std::string key = nodeKeyOf(item);
  if (key.empty()) return std::nullopt;
  return vertexOfKey(s.view, key);
}

NewItem newItemStep(const AppState& s, ItemKind kind) {
  const Project& p = s.project;
  auto name = [&](UiText text) { return std::string(uiText(text, s.language)); };
  auto idFor = [&](const std::string& named) { return newItemId(p, kind, named); };
  switch (kind) {
    case ItemKind::Field: {
      Field f{FieldId(), name(UiText::NewFieldName), toColour(conceptColour(p.fields.size()))};
      f.id = FieldId(idFor(f.name));
      return made(s, std::move(f));
    }
    case ItemKind::LifePhase: {
      LifePhase phase = newLifePhase(p);
      phase.name = name(UiText::NewPhaseName);
      phase.id = LifePhaseId(idFor(phase.name));
      return made(s, std::move(phase));
    }
    case ItemKind::Concept: {
      Concept c{ConceptId(), name(UiText::NewConceptName)};
      c.id = ConceptId(idFor(c.name));
      return made(s, std::move(c));
    }
    case ItemKind::Goal: {
      if (p.concepts.empty()) return refused(UiText::NewNeedsConcept);
      Goal g;
      g.title = name(UiText::NewGoalTitle);
      g.id = GoalId(idFor(g.title));
      g.conceptId = p.concepts.front().id;
      return made(s, std::move(g));
    }
    case ItemKind::Actor: {
      Actor a;
      a.name = name(UiText::NewActorName);
      a.id = ActorId(idFor(a.name));
      return made(s, std::move(a));
    }
    case ItemKind::Activity: {
      const std::vector<ActorId> actors = actorsSelectedFirst(s);
      if (actors.empty()) return refused(UiText::NewNeedsActor);
      Activity a;
      a.title = name(UiText::NewActivityTitle);
      a.id = ActivityId(idFor(a.title));
      a.lead = actors.front();
      return made(s, std::move(a));
    }
    case ItemKind::Cooperation: {
      const std::vector<ActorId> actors = actorsSelectedFirst(s);
      if (actors.size() < 2) return refused(UiText::NewNeedsTwoActors);
      Cooperation c;
      c.from = actors[0];
      c.to = actors[1];
      c.id = CooperationId(idFor(c.from.value + "-" + c.to.value));
      return made(s, std::move(c));
    }
    case ItemKind::Indicator: {
      Indicator i;
      i.name = name(UiText::NewIndicatorName);
      i.id = IndicatorId(idFor(i.name));
      return made(s, std::move(i));
    }
  }
  return refused(UiText::NothingToEdit);
}

std::vector<ActivityId> selectedActivities(const AppState& s) {
  std::vector<ActivityId> activities;
  for (Vertex v : s.selection) {
    const NodeProps& node = s.view.graph[v];
    if (node.kind != NodeKind::Activity) return {};
    activities.push_back(s.project.activities[node.index].id);
  }
  return activities;
}

bool changeSelectedActivities(AppState& s, const ItemRef& value, ListEdit edit) {
  const std::vector<ActivityId> activities = selectedActivities(s);
  if (activities.empty()) return false;
  return dispatch(s, changeActivitiesEdit(s.project, activities, value, edit));
}

// --- Inspector: following the map, deleting ---

void Inspector::show(const ItemRef& item) {
  if (m_current != item || m_subject != Subject::Item) m_form.reset();
  m_current = item;
  m_subject = Subject::Item;
  m_listKind = item.kind;
  m_adoptSelection = true;
  if (hasNameField(item.kind)) m_form.text.focusNext();
}

void Inspector::showProject() {
  if (m_subject != Subject::Project) m_form.reset();
  m_subject = Subject::Project;
  m_listKind.reset();
}

void Inspector::makeCurrent(AppState& s, const ItemRef& item, SelectOnMap selectOnMap) {
  if (m_current != item || m_subject != Subject::Item) m_form.reset();
  m_current = item;
  m_subject = Subject::Item;
  m_listKind = item.kind;
  if (selectOnMap == SelectOnMap::Yes)
    if (const std::optional<Vertex> v = vertexOfItem(s, item)) {
      select(s, *v);
      s.frameRequest = {*v};
    }
  m_seenSelection = selectionKeys(s);
}

void Inspector::followSelection(AppState& s) {
  std::vector<std::string> keys = selectionKeys(s);
  const bool adopt = std::exchange(m_adoptSelection, false);
  if (keys == m_seenSelection) return;
  // The map selects on the press that ends an edit in a field here: draw the form once more,
  // so that the field commits, and follow in the next frame.
  if (!adopt && m_form.editing()) return;
  m_seenSelection = std::move(keys);
  if (adopt) return;
  if (s.selection.size() == 1) {
    makeCurrent(s, itemOfVertex(s, s.selection.front()), SelectOnMap::No);
  } else if (s.selection.size() > 1) {
    if (m_subject != Subject::Selection) m_form.reset();
    m_subject = Subject::Selection;
  } else if (m_subject == Subject::Selection) {
    m_subject = Subject::Item;
  }
}

void Inspector::requestDelete(AppState& s) {
  followSelection(s);
  if (m_subject == Subject::Selection && !s.selection.empty())
    askToDelete(selectedItems(s));
  else if (m_subject == Subject::Item && m_current && itemExists(s.project, *m_current))
    askToDelete({*m_current});
}

void Inspector::askToDelete(std::vector<ItemRef> targets) {
  m_deleteTargets = std::move(targets);
  m_openDelete = true;
  setCommentFate(CommentFate::KeepOnMap);
}

void Inspector::setCommentFate(CommentFate fate, std::optional<ItemRef> moveTo) {
  m_commentFate = fate;
  if (moveTo) m_moveKind = moveTo->kind;
  m_moveTo = moveTo ? moveTo->id : std::string();
}

bool Inspector::confirmDelete(AppState& s) {
  DeletionPlan plan = planDeletion(s.project, m_deleteTargets);
  m_deleteTargets.clear();
  plan.commentFate = m_commentFate;
  if (m_commentFate == CommentFate::MoveTo) {
    const ItemRef target{m_moveKind, m_moveTo};
    if (m_moveTo.empty() || !itemExists(s.project, target))
      plan.commentFate = CommentFate::KeepOnMap;
    else
      plan.commentsMoveTo = itemKeyOf(target);
  }
  if (plan.targetCount == 0) return false;
  return dispatch(s, deleteItemsEdit(s.project, plan));
}

void Inspector::drawDialogs(AppState& s) { drawDeleteQuestion(s); }

void Inspector::drawDeleteQuestion(AppState& s) {
  const Language lang = s.language;
  const std::string title = std::string(uiText(UiText::DeleteTitle, lang)) + "###deleteItems";
  if (m_openDelete) {
    ImGui::OpenPopup(title.c_str());
    m_openDelete = false;
  }
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  // Planned anew every frame, so that an undo behind the dialog never leaves a stale plan.
  const DeletionPlan plan = planDeletion(s.project, m_deleteTargets);
  bool close = plan.targetCount == 0;
  if (!close) {
    drawDeletionPlan(s.project, plan, lang);
    drawCommentFate(s, plan);
    ImGui::Spacing();
    const UiText action = plan.cascades() ? UiText::DeleteRemoveReferences : UiText::Delete;
    // Enter confirms (the question lists everything that goes), Escape cancels.
    const bool enter = !ImGui::IsWindowAppearing() && !ImGui::GetIO().WantTextInput &&
                       (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
    if (ImGui::Button(uiText(action, lang)) || enter) {
      confirmDelete(s);
      close = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(uiText(UiText::Cancel, lang)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
      close = true;
  }
  if (close) {
    m_deleteTargets.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// Asked only when conferences commented on what goes: keep the comments on the map as a
// whole, move them to another item (picked by kind, then name; not one that goes too), or
// delete them with it.
void Inspector::drawCommentFate(AppState& s, const DeletionPlan& plan) {
  const Language lang = s.language;
  // Every item that goes counts, those deleted with the targets too: the choice applies to
  // all of their comments (references.hpp applyDeletion).
  const std::size_t count = commentsAbout(s.project, plan.deleted);
  if (count == 0) return;
  ImGui::Spacing();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
  ImGui::TextUnformatted(format(UiText::DeleteComments, lang, count).c_str());
  ImGui::PopTextWrapPos();
  int fate = static_cast<int>(m_commentFate);
  ImGui::RadioButton(uiText(UiText::DeleteCommentsKeep, lang), &fate, static_cast<int>(CommentFate::KeepOnMap));
  ImGui::RadioButton(uiText(UiText::DeleteCommentsMove, lang), &fate, static_cast<int>(CommentFate::MoveTo));
  if (fate == static_cast<int>(CommentFate::MoveTo)) {
    ImGui::Indent();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (ImGui::BeginCombo("##moveKind", kindName(m_moveKind, lang))) {
      for (ItemKind kind : {ItemKind::Goal, ItemKind::Actor, ItemKind::Activity, ItemKind::Cooperation,
                            ItemKind::LifePhase, ItemKind::Field, ItemKind::Concept, ItemKind::Indicator})
        if (ImGui::Selectable(kindName(kind, lang), kind == m_moveKind) && kind != m_moveKind) {
          m_moveKind = kind;
          m_moveTo.clear();
        }
      ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    const ItemKind kind = m_moveKind;
    pickOne("##moveTo", s.project, kind, m_moveTo, lang, AllowNone::No, [&](std::string_view id) {
      return std::none_of(plan.deleted.begin(), plan.deleted.end(),
                          [&](const ItemRef& gone) { return gone.kind == kind && gone.id == id; });
    });
    ImGui::Unindent();
  }
  ImGui::RadioButton(uiText(UiText::DeleteCommentsRemove, lang), &fate, static_cast<int>(CommentFate::Remove));
  m_commentFate = static_cast<CommentFate>(fate);
}

// --- Inspector: the panel ---

void Inspector::draw(AppState& s) {
  followSelection(s);
  drawChooser(s);
  ImGui::Separator();
  switch (m_subject) {
    case Subject::Item:
      drawCurrentItem(s);
      break;
    case Subject::Project:
      drawProjectForm(s);
      break;
    case Subject::Selection:
      drawSelectionForm(s);
      break;
  }
}

void Inspector::drawChooser(AppState& s) {
  drawKindCombo(s);
  if (!m_listKind) return;
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::NewItem, s.language))) createItem(s, *m_listKind);
  drawProblem(m_newProblem, s.language);
  drawItemList(s, *m_listKind);
}

void Inspector::drawKindCombo(AppState& s) {
  const Language lang = s.language;
  const char* preview = m_listKind ? kindName(*m_listKind, lang, Number::Plural) : uiText(UiText::KindProject, lang);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (!ImGui::BeginCombo("##kind", preview)) return;
  for (ItemKind kind : kChooserKinds) {
    ImGui::PushID(static_cast<int>(kind));
    if (ImGui::Selectable(kindName(kind, lang, Number::Plural), m_listKind == kind)) {
      m_listKind = kind;
      m_listFilter.clear();
      m_newProblem.reset();
      if (m_subject == Subject::Project) m_subject = Subject::Item;
    }
    ImGui::PopID();
  }
  if (ImGui::Selectable(uiText(UiText::KindProject, lang), !m_listKind)) {
    m_newProblem.reset();
    showProject();
  }
  ImGui::EndCombo();
}

void Inspector::drawItemList(AppState& s, ItemKind kind) {
  if (m_list.revision != s.dataRevision || m_list.kind != kind)
    m_list = {s.dataRevision, kind, choicesOf(s.project, kind)};
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##listFilter", uiText(UiText::SearchList, s.language), &m_listFilter);
  const std::vector<std::size_t> shown = matchingChoices(m_list.choices, m_listFilter);
  if (!ImGui::BeginListBox("##items", ImVec2(-FLT_MIN, kListRows * ImGui::GetTextLineHeightWithSpacing()))) return;
  std::optional<ItemRef> clicked;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Choice& choice = m_list.choices[shown[static_cast<std::size_t>(row)]];
      const ItemRef item{kind, choice.id};
      ImGui::PushID(choice.id.c_str());
      if (ImGui::Selectable(choice.name.c_str(), m_subject == Subject::Item && m_current == item)) clicked = item;
      ImGui::PopID();
    }
  }
  ImGui::EndListBox();
  if (clicked) makeCurrent(s, *clicked, SelectOnMap::Yes);
}

void Inspector::createItem(AppState& s, ItemKind kind) {
  NewItem created = newItemStep(s, kind);
  m_newProblem = created.problem;
  if (created.problem || !dispatch(s, created.edit)) return;
  makeCurrent(s, created.item, SelectOnMap::Yes);
  if (hasNameField(kind)) m_form.text.focusNext();
}

void Inspector::drawCurrentItem(AppState& s) {
  const Language lang = s.language;
  if (!m_current || !itemExists(s.project, *m_current)) {
    wrappedDisabled(uiText(UiText::NothingToEdit, lang));
    return;
  }
  const ItemRef item = *m_current;
  const std::string_view kind = toString(item.kind);
  ImGui::PushID(kind.data(), kind.data() + kind.size());
  ImGui::PushID(item.id.c_str());
  ImGui::TextUnformatted(kindName(item.kind, lang));
  ImGui::SameLine();
  ImGui::TextDisabled("%s: %s", uiText(UiText::IdLabel, lang), item.id.c_str());
  drawProblem(m_form.problem, lang);
  ImGui::PushItemWidth(-ImGui::GetFontSize() * kLabelColumn);
  drawItemForm(s, item);
  ImGui::PopItemWidth();
  ImGui::Spacing();
  ImGui::Separator();
  if (ImGui::Button(uiText(UiText::DeleteItem, lang))) askToDelete({item});
  ImGui::PopID();
  ImGui::PopID();
}

void Inspector::drawItemForm(AppState& s, const ItemRef& item) {
  visitKind(item.kind, [&](auto type) {
    using T = typename decltype(type)::type;
    editWith<T>(s, m_form, item.id, [](FormContext& form, const T& value) { return itemForm(form, value); });
  });
  if (item.kind == ItemKind::LifePhase) drawPhaseOrder(s, LifePhaseId(item.id));
}

void Inspector::drawPhaseOrder(AppState& s, const LifePhaseId& phase) {
  const Language lang = s.language;
  const auto ordered = lifePhasesInOrder(s.project);
  const bool first = !ordered.empty() && ordered.front()->id == phase;
  const bool last = !ordered.empty() && ordered.back()->id == phase;
  ImGui::BeginDisabled(first);
  if (ImGui::Button(uiText(UiText::OrderEarlier, lang))) dispatch(s, moveLifePhaseEdit(s.project, phase, -1));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(last);
  if (ImGui::Button(uiText(UiText::OrderLater, lang))) dispatch(s, moveLifePhaseEdit(s.project, phase, +1));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextUnformatted(uiText(UiText::OrderLabel, lang));
}

void Inspector::drawProjectForm(AppState& s) {
  FormContext context{s.project, s.language, m_form};
  ImGui::PushID("project");
  ImGui::PushItemWidth(-ImGui::GetFontSize() * kLabelColumn);
  if (const std::optional<ProjectTexts> texts = projectForm(context)) {
    const EditLabel label = makeLabel(EditAction::ChangeProject, ItemKind::Actor);
    dispatch(s, editProject(s.project, label, [&](Project& p) {
               p.title = texts->title;
               p.notice = texts->notice;
             }));
  }
  ImGui::PopItemWidth();
  ImGui::PopID();
}

void Inspector::drawSelectionForm(AppState& s) {
  const Language lang = s.language;
  const std::vector<ActivityId> activities = selectedActivities(s);
  if (activities.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(format(UiText::MultiOther, lang, s.selection.size()).c_str());
    ImGui::PopTextWrapPos();
  } else {
    drawActivitiesForm(s, activities);
  }
  ImGui::Spacing();
  ImGui::Separator();
  if (ImGui::Button(uiText(UiText::DeleteSelection, lang))) askToDelete(selectedItems(s));
}

void Inspector::drawActivitiesForm(AppState& s, const std::vector<ActivityId>& activities) {
  const Language lang = s.language;
  const float font = ImGui::GetFontSize();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(format(UiText::MultiActivities, lang, activities.size()).c_str());
  ImGui::PopTextWrapPos();

  struct Row {
    ItemKind kind;
    UiText label;
  };
  for (const Row row : {Row{ItemKind::Field, UiText::KindFields}, Row{ItemKind::Goal, UiText::KindGoals},
                        Row{ItemKind::LifePhase, UiText::KindLifePhases}, Row{ItemKind::Actor, UiText::Partners}}) {
    ImGui::PushID(static_cast<int>(row.kind));
    ImGui::Spacing();
    ImGui::TextUnformatted(uiText(row.label, lang));
    ImGui::SetNextItemWidth(font * kPickerWidth);
    if (const auto id = chooseItem("##add", uiText(UiText::AddToAll, lang), s.project, row.kind, lang))
      changeSelectedActivities(s, {row.kind, *id}, ListEdit::Add);
    ImGui::SameLine();
    // Only what at least one of them holds can be removed. Looked up by id on every call:
    // the project may have changed above.
    auto heldByAny = [&](std::string_view id) {
      return std::any_of(activities.begin(), activities.end(), [&](const ActivityId& a) {
        const Activity* activity = findActivity(s.project, a);
        return activity && holds(*activity, row.kind, id);
      });
    };
    ImGui::SetNextItemWidth(font * kPickerWidth);
    if (const auto id =
            chooseItem("##remove", uiText(UiText::RemoveFromAll, lang), s.project, row.kind, lang, heldByAny))
      changeSelectedActivities(s, {row.kind, *id}, ListEdit::Remove);
    ImGui::PopID();
  }

  // The status they share, if they do.
  std::optional<ActivityStatus> common;
  bool mixed = false;
  for (const ActivityId& id : activities)
    if (const Activity* a = findActivity(s.project, id)) {
      if (common && *common != a->status) mixed = true;
      common = a->status;
    }
  const std::string preview = mixed || !common ? uiText(UiText::StatusMixed, lang) : std::string(label(*common, lang));
  ImGui::Spacing();
  ImGui::SetNextItemWidth(font * kPickerWidth);
  if (ImGui::BeginCombo(uiText(UiText::Status, lang), preview.c_str())) {
    for (const auto& entry : kActivityStatusNames) {
      ImGui::PushID(static_cast<int>(entry.value));
      const std::string text(label(entry.value, lang));
      if (ImGui::Selectable(text.c_str(), !mixed && common == entry.value))
        dispatch(s, setActivitiesStatusEdit(s.project, activities, entry.value));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
}

}  // namespace knp::app
