#include "window/inspector/item_picker.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "text/search.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

// Rows of the popup's list before it scrolls.
constexpr std::size_t kListRows = 10;

template <class T>
void appendChoices(const Project& project, const Offer& offer, std::vector<Choice>& out) {
  for (const T& item : ItemTraits<T>::items(project))
    if (!offer || offer(item.id.value)) out.push_back({item.id.value, nameOf(project, item)});
}

// The filter text of the open picker popup. ImGui shows at most one combo popup at a time,
// so one buffer serves every picker; it is emptied whenever a popup opens.
std::string& popupFilter() {
  static std::string filter;
  return filter;
}

// The popup's content: filter field, "keins" (when allowed) and the matching choices. The id
// chosen (a click, or Enter for the first match; "" for none), closing the popup.
std::optional<std::string> drawChoiceList(const std::vector<Choice>& choices, const std::string* current,
                                          AllowNone none, Language language) {
  std::string& filter = popupFilter();
  if (ImGui::IsWindowAppearing()) {
    filter.clear();
    ImGui::SetKeyboardFocusHere();
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool enter = ImGui::InputTextWithHint("##filter", uiText(UiText::SearchList, language), &filter,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  const std::vector<std::size_t> shown = matchingChoices(choices, filter);
  const bool offerNone = none == AllowNone::Yes;
  const std::size_t rows = std::clamp<std::size_t>(shown.size() + (offerNone ? 1 : 0), 1, kListRows);

  std::optional<std::string> picked;
  ImGui::BeginChild("##choices", ImVec2(0, static_cast<float>(rows) * ImGui::GetTextLineHeightWithSpacing()));
  if (offerNone && ImGui::Selectable(uiText(UiText::NoneChoice, language), current && current->empty()))
    picked = std::string();
  if (shown.empty() && !offerNone) ImGui::TextDisabled("%s", uiText(UiText::NoMatches, language));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Choice& choice = choices[shown[static_cast<std::size_t>(row)]];
      ImGui::PushID(choice.id.c_str());
      if (ImGui::Selectable(choice.name.c_str(), current && *current == choice.id)) picked = choice.id;
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  if (enter && !shown.empty()) picked = choices[shown.front()].id;
  // Selectables inside the child window do not close the popup by themselves.
  if (picked) ImGui::CloseCurrentPopup();
  return picked;
}

}  // namespace

std::vector<Choice> choicesOf(const Project& project, ItemKind kind, const Offer& offer) {
  std::vector<Choice> out;
  visitKind(kind, [&](auto type) { appendChoices<typename decltype(type)::type>(project, offer, out); });
  return out;
}

std::vector<std::size_t> matchingChoices(const std::vector<Choice>& choices, std::string_view filter) {
  const std::size_t first = filter.find_first_not_of(' ');
  const std::string needle = first == std::string_view::npos
                                 ? std::string()
                                 : foldCase(filter.substr(first, filter.find_last_not_of(' ') - first + 1));
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (needle.empty() || foldCase(choices[i].name).find(needle) != std::string::npos) out.push_back(i);
  return out;
}

std::string choiceName(const Project& project, ItemKind kind, const std::string& id, Language language) {
  if (id.empty()) return uiText(UiText::NoneChoice, language);
  std::string name = itemName(project, {kind, id});
  return name.empty() ? id : name;
}

bool pickOne(const char* label, const Project& project, ItemKind kind, std::string& id, Language language,
             AllowNone none, const Offer& offer) {
  const std::string preview = choiceName(project, kind, id, language);
  if (!ImGui::BeginCombo(label, preview.c_str(), ImGuiComboFlags_HeightLargest)) return false;
  const std::optional<std::string> picked = drawChoiceList(choicesOf(project, kind, offer), &id, none, language);
  ImGui::EndCombo();
  if (!picked || *picked == id) return false;
  id = *picked;
  return true;
}

std::optional<std::string> chooseItem(const char* label, const char* preview, const Project& project, ItemKind kind,
                                      Language language, const Offer& offer) {
  if (!ImGui::BeginCombo(label, preview, ImGuiComboFlags_HeightLargest)) return std::nullopt;
  std::optional<std::string> picked = drawChoiceList(choicesOf(project, kind, offer), nullptr, AllowNone::No, language);
  ImGui::EndCombo();
  return picked;
}

bool pickMany(const char* label, const Project& project, ItemKind kind, std::vector<std::string>& ids,
              Language language, const Offer& offer) {
  ImGui::PushID(label);
  ImGui::TextUnformatted(label);
  ImGui::Indent();
  std::optional<std::string> removed;
  for (const std::string& id : ids) {
    ImGui::PushID(id.c_str());
    if (ImGui::SmallButton("×")) removed = id;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::Remove, language));
    ImGui::SameLine();
    ImGui::TextUnformatted(choiceName(project, kind, id, language).c_str());
    ImGui::PopID();
  }
  auto notChosen = [&](std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) == ids.end() && (!offer || offer(id));
  };
  const std::optional<std::string> added =
      chooseItem("##add", uiText(UiText::AddChoice, language), project, kind, language, notChosen);
  ImGui::Unindent();
  ImGui::PopID();

  if (removed) std::erase(ids, *removed);
  if (added) ids.push_back(*added);
  return removed || added;
}

}  // namespace knp::app
