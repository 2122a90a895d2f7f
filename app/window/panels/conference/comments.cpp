// The comments section of the Konferenz tab: a comment, idea or open question written down
// with who said it (a person or a buzz group) and when, about the item selected on the map or
// the map as a whole; the conference's list with edit and delete. Each change is one step.
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <optional>
#include <string>

#include "conference/conference_dates.hpp"
#include "core/conference_session.hpp"
#include "core/document.hpp"
#include "core/edit_labels.hpp"
#include "core/node_style.hpp"
#include "core/ui_text.hpp"
#include "edit/conference_edits.hpp"
#include "text/utf8.hpp"
#include "view/map_filter.hpp"
#include "window/panels/conference/sections.hpp"
#include "window/ui_probe.hpp"
#include "text/trim.hpp"

namespace knp::app {
namespace {

// How much of a comment's text names it in the undo menu.
constexpr std::size_t kLabelChars = 40;

EditLabel commentStep(EditAction action, const Conference& conference, const std::string& text) {
  EditLabel label = makeLabel(action, ItemKind::Actor, conference.title);
  label.otherName = truncateUtf8(text, kLabelChars);
  return label;
}

// Kind, text, author and date of a comment: the new comment's and the edited one's form.
void drawFields(CommentForm& form, Language lang) {
  const float font = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(font * 9);
  if (ImGui::BeginCombo("##kind", commentKindName(form.kind, lang))) {
    for (CommentKind kind : {CommentKind::Comment, CommentKind::Idea, CommentKind::Question})
      if (ImGui::Selectable(commentKindName(kind, lang), kind == form.kind)) form.kind = kind;
    ImGui::EndCombo();
  }
  ImGui::InputTextMultiline("##text", &form.text, ImVec2(-1, ImGui::GetTextLineHeight() * 3.4f));
  probeLastItem("comment.text");
  ImGui::SetNextItemWidth(std::max(font * 8, ImGui::GetContentRegionAvail().x - font * 8));
  ImGui::InputTextWithHint("##author", uiText(UiText::CommentAuthorHint, lang), &form.author);
  probeLastItem("comment.author");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::CommentAuthor, lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##date", uiText(UiText::CommentDateHint, lang), &form.date);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::CommentDate, lang));
}

// What a comment is about, in words: the item's kind and name, the deleted item's name, or
// the map as a whole.
std::string aboutText(const Project& project, const Comment& comment, Language lang) {
  if (comment.item.empty())
    return comment.formerItem.empty()
               ? std::string(uiText(UiText::CommentAboutMap, lang))
               : fmt::format(fmt::runtime(uiText(UiText::CommentFormer, lang)), comment.formerItem);
  const std::optional<ItemRef> ref = itemRefFromKey(comment.item);
  const std::string name = ref ? itemName(project, *ref) : std::string();
  return name.empty() ? comment.item : name;
}

}  // namespace

void CommentsSection::draw(AppState& s) {
  const Conference* conference = currentConference(s);
  if (!conference) return;
  const Language lang = s.language;
  CommentsState& state = m_state;
  if (!state.dateFilled) {
    state.draft.date = localToday();
    state.dateFilled = true;
  }
  Edit pending;
  ImGui::PushID("##comments");

  // About the one selected node, or the map as a whole.
  std::string selectedKey, selectedName;
  if (s.selection.size() == 1 && s.selection.front() < boost::num_vertices(s.view.graph)) {
    selectedKey = nodeKey(s.project, s.view, s.selection.front());
    selectedName = nodeName(s, s.selection.front());
  }
  const bool aboutSelection = state.draft.aboutSelection && !selectedKey.empty();
  ImGui::TextUnformatted(uiText(UiText::CommentAbout, lang));
  ImGui::SameLine();
  const std::string selectionText =
      selectedKey.empty() ? std::string(uiText(UiText::CommentNoSelection, lang))
                          : fmt::format(fmt::runtime(uiText(UiText::CommentAboutSelection, lang)), selectedName);
  ImGui::BeginDisabled(selectedKey.empty());
  if (ImGui::RadioButton(selectionText.c_str(), aboutSelection)) state.draft.aboutSelection = true;
  probeLastItem("comment.aboutSelection");
  ImGui::EndDisabled();
  if (ImGui::RadioButton(uiText(UiText::CommentAboutMap, lang), !aboutSelection)) state.draft.aboutSelection = false;
  probeLastItem("comment.aboutMap");
  drawFields(state.draft, lang);
  const std::string text = trimmed(state.draft.text);
  const std::optional<std::string> date = normalizedDate(state.draft.date);
  if (!date) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", uiText(UiText::DateInvalid, lang));
  ImGui::BeginDisabled(text.empty() || !date);
  const bool add = ImGui::Button(uiText(UiText::CommentAdd, lang));
  probeLastItem("comment.add");
  if (add) {
    Conference changed = *conference;
    changed.comments.push_back({nextLocalId(idsOf(conference->comments), "c"),
                                state.draft.kind,
                                aboutSelection ? selectedKey : std::string(),
                                text,
                                trimmed(state.draft.author),
                                date.value_or(""),
                                {}});
    pending = changeConferenceEdit(s.project, changed, commentStep(EditAction::AddComment, *conference, text));
    // The next comment often comes from the same group: only the text is cleared.
    state.draft.text.clear();
  }
  ImGui::EndDisabled();

  ImGui::Separator();
  if (conference->comments.empty()) ImGui::TextDisabled("%s", uiText(UiText::CommentNone, lang));
  for (const Comment& comment : conference->comments) {
    ImGui::PushID(comment.id.c_str());
    if (state.editing == comment.id) {
      drawFields(state.edited, lang);
      const std::string edited = trimmed(state.edited.text);
      const std::optional<std::string> editedDate = normalizedDate(state.edited.date);
      if (!editedDate) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", uiText(UiText::DateInvalid, lang));
      ImGui::BeginDisabled(edited.empty() || !editedDate);
      if (ImGui::Button(uiText(UiText::Save, lang))) {
        Conference changed = *conference;
        for (Comment& c : changed.comments)
          if (c.id == comment.id) {
            c.kind = state.edited.kind;
            c.text = edited;
            c.author = trimmed(state.edited.author);
            c.date = editedDate.value_or("");
          }
        pending = changeConferenceEdit(s.project, changed, commentStep(EditAction::ChangeComment, *conference, edited));
        state.editing.clear();
      }
      ImGui::EndDisabled();
      ImGui::SameLine();
      if (ImGui::Button(uiText(UiText::Cancel, lang))) state.editing.clear();
    } else {
      ImGui::TextDisabled("%s · %s", commentKindName(comment.kind, lang), aboutText(s.project, comment, lang).c_str());
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(comment.text.c_str());
      probeLastItem("comment." + comment.id);
      ImGui::PopTextWrapPos();
      std::string byline = comment.author;
      if (!comment.date.empty()) byline += (byline.empty() ? "" : ", ") + comment.date;
      if (!byline.empty()) ImGui::TextDisabled("– %s", byline.c_str());
      if (ImGui::SmallButton(uiText(UiText::CommentEdit, lang))) {
        state.editing = comment.id;
        state.edited = CommentForm{};
        state.edited.kind = comment.kind;
        state.edited.text = comment.text;
        state.edited.author = comment.author;
        state.edited.date = comment.date;
      }
      ImGui::SameLine();
      if (ImGui::SmallButton(uiText(UiText::Delete, lang))) {
        Conference changed = *conference;
        std::erase_if(changed.comments, [&](const Comment& c) { return c.id == comment.id; });
        pending =
            changeConferenceEdit(s.project, changed, commentStep(EditAction::DeleteComment, *conference, comment.text));
      }
    }
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::PopID();
  // The step last: it replaces the conference the list above read.
  if (!pending.empty()) dispatch(s, pending);
}

}  // namespace knp::app
