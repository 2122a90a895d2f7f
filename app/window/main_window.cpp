#include "window/main_window.hpp"

#include "core/comparison_state.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include "core/document.hpp"
#include "layouts/layout.hpp"
#include "core/map_views.hpp"
#include "core/conference_session.hpp"
#include "core/scene_player.hpp"
#include "core/edit_labels.hpp"
#include "window/panels/filters.hpp"
#include "window/panels/history.hpp"
#include "window/panels/legend.hpp"
#include "core/ui_text.hpp"
#include "window/ui_probe.hpp"

namespace knp::app {
namespace {

// ImGui 1.86 has no names for the function keys; the GLFW backend indexes keys by GLFW's codes.
constexpr int kKeyF5 = 294, kKeyF9 = 298, kKeyF10 = 299, kKeyF11 = 300;

// How drawLayoutChoices() offers the layouts.
enum class LayoutChoices { MenuItems, ComboEntries };

// The layouts of layouts::algorithmList(), each with its hint; those that would freeze the
// window on this graph are shown disabled. Choosing one starts it.
void drawLayoutChoices(AppState& s, LayoutChoices as) {
  const Language lang = s.language;
  for (const auto& info : layouts::algorithmList()) {
    const bool usable = interactiveLayout(s, info.algorithm), current = s.algorithm == info.algorithm;
    const char* name = uiText(layoutName(info.algorithm), lang);
    const bool chosen = as == LayoutChoices::MenuItems
                            ? ImGui::MenuItem(name, nullptr, current, usable)
                            : ImGui::Selectable(name, current, usable ? 0 : ImGuiSelectableFlags_Disabled);
    if (chosen) startLayout(s, info.algorithm);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", uiText(layoutHint(info.algorithm), lang));
  }
}

// Continues the toolbar's line with a group about `width` pixels wide, or starts a new line
// where the group would not fit: at 1024 pixels and text size 1.5 the toolbar takes two lines
// rather than cutting its last buttons off.
void nextToolbarGroup(float width) {
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) {
    ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
  }
}

}  // namespace

void drawAbstractionChoice(AppState& s) {
  const Language lang = s.language;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo("##graph", uiText(abstractionName(s.graph), lang))) {
    for (const AbstractionInfo& info : abstractionList()) {
      if (ImGui::Selectable(uiText(abstractionName(info.id), lang), info.id == s.graph)) setAbstraction(s, info.id);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(abstractionHint(info.id), lang));
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(abstractionHint(s.graph), lang));
}

void MainWindow::drawEditMenu(AppState& s) {
  const Language lang = s.language;
  const EditLabel* undoLabel = s.history.nextUndo();
  const EditLabel* redoLabel = s.history.nextRedo();
  const std::string undoText = undoLabel ? fmt::format(fmt::runtime(uiText(UiText::UndoNamed, lang)), stepText(*undoLabel, lang))
                                         : std::string(uiText(UiText::Undo, lang));
  const std::string redoText = redoLabel ? fmt::format(fmt::runtime(uiText(UiText::RedoNamed, lang)), stepText(*redoLabel, lang))
                                         : std::string(uiText(UiText::Redo, lang));
  if (ImGui::MenuItem(undoText.c_str(), "Ctrl+Z", false, undoLabel != nullptr)) undo(s);
  if (ImGui::MenuItem(redoText.c_str(), "Ctrl+Y", false, redoLabel != nullptr)) redo(s);
  ImGui::Separator();
  if (ImGui::MenuItem(uiText(UiText::DeleteSelection, lang), "Entf")) m_inspector.requestDelete(s);
  if (ImGui::MenuItem(uiText(UiText::History, lang))) s.rightTab = RightTab::History, m_selectTab = true;
}

void MainWindow::handleEditKeys(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  // ImGui 1.86 names only a few letter keys; the GLFW backend indexes keys by GLFW's codes,
  // which are the upper-case ASCII letters.
  if (io.KeyCtrl && ImGui::IsKeyPressed('Z', true)) io.KeyShift ? redo(s) : undo(s);
  if (io.KeyCtrl && ImGui::IsKeyPressed('Y', true)) redo(s);
  if (!io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false)) m_inspector.requestDelete(s);
  if (!io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) && !s.selection.empty())
    s.rightTab = RightTab::Inspector, m_selectTab = true;
}

void MainWindow::drawMenuBar(AppState& s) {
  const Language lang = s.language;
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu(uiText(UiText::MenuFile, lang))) {
    m_files.drawFileMenu(s);
    ImGui::Separator();
    if (ImGui::MenuItem(uiText(UiText::ImportGrid, lang))) m_import.open();
    if (ImGui::MenuItem(uiText(UiText::ExportMenu, lang))) m_export.open();
    ImGui::Separator();
    if (ImGui::MenuItem(uiText(UiText::CompareMenu, lang))) m_compare.open();
    if (ImGui::MenuItem(uiText(UiText::CompareEnd, lang), nullptr, false, s.comparison.has_value())) {
      endComparison(s);
      if (s.rightTab == RightTab::Comparison) s.rightTab = RightTab::Analyses, m_selectTab = true;
    }
    ImGui::Separator();
    if (ImGui::MenuItem(uiText(UiText::Quit, lang), "Ctrl+Q")) m_files.requestQuit(s);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(uiText(UiText::MenuEdit, lang))) {
    drawEditMenu(s);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(uiText(UiText::MenuLayout, lang))) {
    drawLayoutChoices(s, LayoutChoices::MenuItems);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(uiText(UiText::MenuView, lang))) {
    if (ImGui::MenuItem(uiText(UiText::Search, lang), "Ctrl+F")) m_search.open();
    if (ImGui::MenuItem(uiText(UiText::FitAll, lang), "Home")) s.fitPending = true;
    if (ImGui::MenuItem(uiText(UiText::FrameSelection, lang), "F", false, !s.selection.empty()))
      s.frameRequest = s.selection;
    ImGui::Separator();
    if (ImGui::MenuItem(uiText(UiText::Presentation, lang), "F11", s.presenting)) s.presenting = !s.presenting, s.fitPending = true;
    if (ImGui::MenuItem(uiText(UiText::LeftColumn, lang), "F9", m_body.leftShown))
      toggleColumn(s.settings.columns, Side::Left, m_body);
    if (ImGui::MenuItem(uiText(UiText::RightColumn, lang), "F10", m_body.rightShown))
      toggleColumn(s.settings.columns, Side::Right, m_body);
    ImGui::Separator();
    if (ImGui::BeginMenu(uiText(UiText::Language, lang))) {
      if (ImGui::MenuItem("Deutsch", nullptr, lang == Language::German)) s.language = Language::German;
      if (ImGui::MenuItem("English", nullptr, lang == Language::English)) s.language = Language::English;
      ImGui::EndMenu();
    }
    // Applied when the slider is released: rebuilding the fonts while dragging would resize
    // the slider under the mouse.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (!m_scaleDragged) m_scalePercent = s.uiScale * 100.0f;
    ImGui::SliderFloat(uiText(UiText::UiScale, lang), &m_scalePercent, 60.0f, 250.0f, "%.0f %%",
                       ImGuiSliderFlags_AlwaysClamp);
    m_scaleDragged = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) s.uiScale = m_scalePercent / 100.0f;
    ImGui::EndMenu();
  }
  ImGui::EndMenuBar();
}

void MainWindow::drawToolbar(AppState& s) {
  const Language lang = s.language;
  const float font = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(uiText(UiText::GraphLabel, lang));
  ImGui::SameLine();
  drawAbstractionChoice(s);
  const ImGuiStyle& style = ImGui::GetStyle();
  auto textWidth = [](UiText text, Language l) { return ImGui::CalcTextSize(uiText(text, l)).x; };
  const float button = style.FramePadding.x * 2 + style.ItemSpacing.x;
  nextToolbarGroup(textWidth(UiText::MenuLayout, lang) + font * 10 + textWidth(UiText::LayoutRestart, lang) +
                   textWidth(UiText::LayoutFresh, lang) + button * 3);
  ImGui::TextUnformatted(uiText(UiText::MenuLayout, lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(font * 10);
  if (ImGui::BeginCombo("##layout", uiText(layoutName(s.algorithm), lang))) {
    drawLayoutChoices(s, LayoutChoices::ComboEntries);
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  switch (s.layout.state()) {
    case LayoutRunner::State::Running:
      if (ImGui::Button(uiText(UiText::LayoutStop, lang))) s.layout.pause();
      break;
    case LayoutRunner::State::Paused:
      if (ImGui::Button(uiText(UiText::LayoutContinue, lang))) s.layout.resume();
      break;
    case LayoutRunner::State::Idle:
      if (ImGui::Button(uiText(UiText::LayoutRestart, lang))) startLayout(s, s.algorithm, LayoutStart::Continue);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::LayoutAgainHint, lang));
      ImGui::SameLine();
      if (ImGui::Button(uiText(UiText::LayoutFresh, lang))) startLayout(s, s.algorithm, LayoutStart::Fresh);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::LayoutFreshHint, lang));
      break;
  }
  nextToolbarGroup(textWidth(UiText::SizeBy, lang) + font * 11 + button);
  ImGui::TextUnformatted(uiText(UiText::SizeBy, lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(font * 11);
  if (ImGui::BeginCombo("##size", uiText(sizeMeasureName(s.sizeMeasure), lang))) {
    for (SizeMeasure measure : kSizeMeasures)
      if (ImGui::Selectable(uiText(sizeMeasureName(measure), lang), measure == s.sizeMeasure)) {
        s.sizeMeasure = measure;
        refreshSizes(s);
      }
    ImGui::EndCombo();
  }
  nextToolbarGroup(textWidth(UiText::ColourBy, lang) + font * 11 + button);
  ImGui::TextUnformatted(uiText(UiText::ColourBy, lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(font * 11);
  if (ImGui::BeginCombo("##colour", uiText(colourByName(s.colourBy), lang))) {
    for (ColourBy mode : kColourModes)
      if (ImGui::Selectable(uiText(colourByName(mode), lang), mode == s.colourBy)) setColourBy(s, mode);
    ImGui::EndCombo();
  }
  nextToolbarGroup(textWidth(UiText::Search, lang) + button);
  if (ImGui::Button(uiText(UiText::Search, lang))) m_search.open();
  nextToolbarGroup(font * 14);  // the filter bar: at least its first chip
  drawFilterBar(s);
}

void MainWindow::drawRightColumn(AppState& s, float x, float top, float width, float height) {
  const Language lang = s.language;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  // The rest for the legend, which should not need scrolling; the conference's sections
  // (scenes, polls, comments) need the height more while a conference runs.
  if (s.rightTab == RightTab::Comparison && !s.comparison) s.rightTab = RightTab::Analyses;
  // The comparison's list scrolls; its marks' legend should show beside it.
  const float tabsShare = s.rightTab == RightTab::Conference || s.rightTab == RightTab::Indicators ? 0.85f
                          : s.rightTab == RightTab::Comparison                                    ? 0.7f
                                                                                                   : 0.6f;
  // A panel drawn before (the details' goal card) may have asked for another tab.
  if (s.rightTab != m_shownTab) m_selectTab = true;
  ImGui::SetCursorScreenPos(ImVec2(x, top));
  ImGui::BeginChild("##tabs", ImVec2(width, height * tabsShare), true);
  // Where the names do not fit, ImGui shortens them with "…" and names a shortened tab in full
  // in its tooltip; all tabs stay in view (a scrolling bar would hide some).
  if (ImGui::BeginTabBar("##rightTabs")) {
    auto tab = [&](RightTab which, UiText name) {
      const bool select = m_selectTab && s.rightTab == which;
      const bool open = ImGui::BeginTabItem(uiText(name, lang), nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
      if (open && !m_selectTab) s.rightTab = which;
      return open;
    };
    if (tab(RightTab::Analyses, UiText::Analyses)) {
      m_analyses.draw(s);
      ImGui::EndTabItem();
    }
    if (tab(RightTab::Inspector, UiText::InspectorTab)) {
      ImGui::BeginChild("##inspector");
      m_inspector.draw(s);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    if (tab(RightTab::History, UiText::History)) {
      ImGui::BeginChild("##history");
      drawHistoryPanel(s);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    const bool conferenceOpen = tab(RightTab::Conference, UiText::ConferenceTab);
    probeLastItem("tab.conference");
    if (conferenceOpen) {
      ImGui::BeginChild("##conference");
      m_conference.draw(s, ImGui::GetFontSize() / kBaseFontPixels);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    if (tab(RightTab::Indicators, UiText::IndicatorsTab)) {
      ImGui::BeginChild("##indicators");
      m_indicators.draw(s);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    // Only while comparing: five tabs already fill a narrow column.
    if (s.comparison && tab(RightTab::Comparison, UiText::CompareTab)) {
      ImGui::BeginChild("##comparison");
      m_comparison.draw(s);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    m_selectTab = false;
    ImGui::EndTabBar();
  }
  m_shownTab = s.rightTab;
  // A line of the Vergleich tab about an indicator, or "Vergleich beenden".
  if (const std::optional<RightTab> requested = m_comparison.takeTabRequest()) s.rightTab = *requested;
  // "Bearbeiten …" under an indicator's chart: the inspector shows it from the next frame.
  if (const std::optional<ItemRef> edit = m_indicators.takeEditRequest()) {
    m_inspector.show(*edit);
    s.rightTab = RightTab::Inspector;
  }
  ImGui::EndChild();
  ImGui::SetCursorScreenPos(ImVec2(x, top + height * tabsShare + gap));
  ImGui::BeginChild("##legend", ImVec2(width, height * (1 - tabsShare) - gap), true);
  drawLegend(s);
  ImGui::EndChild();
}

void MainWindow::draw(AppState& s, const Fonts& fonts, float width, float height) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
                   (s.presenting ? 0 : ImGuiWindowFlags_MenuBar));
  ImGui::PopStyleVar();
  const float font = ImGui::GetFontSize();
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImGuiIO& io = ImGui::GetIO();
  refreshComparison(s);  // after an edit, another filter or abstraction: before the map draws
  // ImGui 1.86 names only a few letter keys; the GLFW backend indexes keys by GLFW's codes,
  // which are the upper-case ASCII letters.
  if (io.KeyCtrl && ImGui::IsKeyPressed('F', false)) m_search.open();
  m_files.handleShortcuts(s);
  handleEditKeys(s);
  handleViewKeys(s);
  // A show ends with presentation (F11, the menu) and when its scene is gone (undo, delete).
  if (s.sceneShow && (!s.presenting || !shownScene(s))) stopScenes(s);
  if (s.presenting) {
    drawPresentation(s, fonts, width, height);
    ImGui::End();
    drawDialogs(s);
    return;
  }
  drawMenuBar(s);

  // Header: the title, then on the same line the notice (e.g. "illustrative example") where
  // everyone sees it, cut to the line with the whole text in its tooltip: the map needs the height.
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted(s.project.title.empty() ? s.sourceName.c_str() : s.project.title.c_str());
  ImGui::PopFont();
  if (!s.project.notice.empty()) {
    ImGui::SameLine(0, font);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float room = width - style.WindowPadding.x - at.x;
    ImGui::PushClipRect(at, ImVec2(at.x + room, at.y + font * 1.5f), true);
    ImGui::TextDisabled("%s", s.project.notice.c_str());
    ImGui::PopClipRect();
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(font * 35);
      ImGui::TextUnformatted(s.project.notice.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
  drawToolbar(s);

  const float top = ImGui::GetCursorScreenPos().y + style.ItemSpacing.y;
  const float statusHeight = font + style.ItemSpacing.y * 2;
  const float bodyHeight = height - top - statusHeight - style.WindowPadding.y;
  const float left = style.WindowPadding.x;
  const ScreenRect body{left, top, width - left * 2, bodyHeight};
  m_body = layoutBody(s.settings.columns, body, font, style.ItemSpacing.x);

  // Left column: details of the selection, filters, views.
  if (m_body.leftShown) {
    ImGui::SetCursorScreenPos(ImVec2(m_body.left.x, m_body.left.y));
    ImGui::BeginChild("##left", ImVec2(m_body.left.width, m_body.left.height), true);
    if (ImGui::CollapsingHeader(uiText(UiText::Details, s.language), ImGuiTreeNodeFlags_DefaultOpen)) m_details.draw(s);
    if (ImGui::CollapsingHeader(uiText(UiText::Filters, s.language), ImGuiTreeNodeFlags_DefaultOpen)) drawFilterPanel(s);
    if (ImGui::CollapsingHeader(uiText(UiText::Views, s.language), ImGuiTreeNodeFlags_DefaultOpen))
      m_views.draw(s, font / kBaseFontPixels);
    ImGui::EndChild();
  } else {
    drawColumnHandle(s, Side::Left, m_body.left);
  }
  drawColumnSplitter(s, Side::Left);

  m_canvasRect = m_body.canvas;
  m_canvas.draw(s, m_canvasRect);

  if (auto created = m_canvas.takeCreated()) {
    m_inspector.show(*created);
    s.rightTab = RightTab::Inspector, m_selectTab = true;
  }

  // Right column: analyses, inspector and history above, legend below.
  if (m_body.rightShown)
    drawRightColumn(s, m_body.right.x, m_body.right.y, m_body.right.width, m_body.right.height);
  else
    drawColumnHandle(s, Side::Right, m_body.right);
  drawColumnSplitter(s, Side::Right);

  ImGui::SetCursorScreenPos(ImVec2(left, top + bodyHeight + style.ItemSpacing.y));
  const std::string status = fmt::format(fmt::runtime(uiText(UiText::StatusLine, s.language)), s.project.actors.size(),
                                         s.project.activities.size(), s.project.goals.size(),
                                         s.project.lifePhases.size(), s.project.cooperations.size());
  ImGui::TextUnformatted(status.c_str());
  ImGui::SameLine();
  if (s.layout.state() == LayoutRunner::State::Running) {
    ImGui::TextDisabled("   %s", uiText(UiText::LayoutRunning, s.language));
    ImGui::SameLine();
  }
  if (!s.message.empty())
    ImGui::Text("   %s", s.message.c_str());
  else
    ImGui::TextDisabled("   %s   %s", uiText(UiText::Hint, s.language), s.sourceName.c_str());
  ImGui::End();

  drawDialogs(s);
}

void MainWindow::drawDialogs(AppState& s) {
  const float font = ImGui::GetFontSize();
  m_search.draw(s, m_canvasRect.x + font, m_canvasRect.y + font * 0.5f, font * 22);
  m_files.drawDialogs(s);
  m_compare.draw(s);
  m_inspector.drawDialogs(s);
  m_import.draw(s);
  m_export.draw(s);
  m_capture.draw(s);
  if (std::string added = m_capture.takeAdded(); !added.empty())  // the status line is hidden while presenting
    m_notice = std::move(added), m_noticeUntil = ImGui::GetTime() + 4.0;
  if (!m_notice.empty() && ImGui::GetTime() < m_noticeUntil) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.3f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::min(display.x * 0.8f, font * 32), display.y));
    ImGui::Begin("##notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(std::min(display.x * 0.8f, font * 32) - ImGui::GetStyle().WindowPadding.x * 2);
    ImGui::TextUnformatted(m_notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
  }
}

void MainWindow::startSceneShow(AppState& s) {
  const Language lang = s.language;
  switch (startScenes(s, 0, ImGui::GetFontSize() / kBaseFontPixels)) {
    case SceneStart::Started: m_notice.clear(); return;
    case SceneStart::NoConference: m_notice = uiText(UiText::ScenesNoConference, lang); break;
    case SceneStart::NoScenes:
      m_notice = fmt::format(fmt::runtime(uiText(UiText::ScenesNoScenes, lang)), currentConference(s)->title);
      break;
  }
  m_noticeUntil = ImGui::GetTime() + 8.0;
  s.message = m_notice;
}

void MainWindow::handleViewKeys(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  // Entering or leaving presentation changes the map's size: frame it anew.
  // (Esc leaves presentation at the end of the frame, drawPresentation(): the map must not
  // take the same key press to clear its selection.)
  if (ImGui::IsKeyPressed(kKeyF11, false)) s.presenting = !s.presenting, s.fitPending = true;
  if (ImGui::IsKeyPressed(kKeyF5, false)) startSceneShow(s);
  if (s.presenting) {
    // Clickers send PageDown / PageUp (some → / ←); Space goes on as in slide programs. B is a
    // clicker's "blank screen" key, as in PowerPoint: black until B or a stepping key again.
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); };
    const double pixelScale = ImGui::GetFontSize() / kBaseFontPixels;
    if (s.sceneShow && !io.KeyCtrl) {
      if (pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_Space))
        nextScene(s, pixelScale, Glide::Yes);
      if (pressed(ImGuiKey_PageUp) || pressed(ImGuiKey_LeftArrow)) previousScene(s, pixelScale, Glide::Yes);
      if (ImGui::IsKeyPressed('B', false)) toggleBlank(s);
    }
    if (!io.KeyCtrl && ImGui::IsKeyPressed('N', false)) {
      if (s.sceneShow) s.sceneShow->blank = false;
      m_capture.open();
    }
    // A scene keeps its own camera; without one, the map is framed beside the legend.
    if (!io.KeyCtrl && ImGui::IsKeyPressed('L', false))
      s.presentationLegend = !s.presentationLegend, s.fitPending = !sceneHasCamera(s);
    return;
  }
  if (ImGui::IsKeyPressed(kKeyF9, false)) toggleColumn(s.settings.columns, Side::Left, m_body);
  if (ImGui::IsKeyPressed(kKeyF10, false)) toggleColumn(s.settings.columns, Side::Right, m_body);
}

void MainWindow::drawColumnHandle(AppState& s, Side side, const ScreenRect& at) {
  ImGui::SetCursorScreenPos(ImVec2(at.x, at.y));
  ImGui::PushID(side == Side::Left ? "##openLeft" : "##openRight");
  if (ImGui::Button(side == Side::Left ? "»" : "«", ImVec2(at.width, at.height)))
    toggleColumn(s.settings.columns, side, m_body);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s: %s (%s)", uiText(side == Side::Left ? UiText::LeftColumn : UiText::RightColumn, s.language),
                      uiText(UiText::OpenColumn, s.language), side == Side::Left ? "F9" : "F10");
  ImGui::PopID();
}

void MainWindow::drawColumnSplitter(AppState& s, Side side) {
  const bool shown = side == Side::Left ? m_body.leftShown : m_body.rightShown;
  if (!shown) return;
  const float gap = ImGui::GetStyle().ItemSpacing.x, font = ImGui::GetFontSize();
  const ScreenRect& column = side == Side::Left ? m_body.left : m_body.right;
  const float x = side == Side::Left ? column.x + column.width : column.x - gap;
  ImGui::SetCursorScreenPos(ImVec2(x, column.y));
  ImGui::InvisibleButton(side == Side::Left ? "##splitLeft" : "##splitRight", ImVec2(gap, column.height));
  if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
  if (ImGui::IsItemActive() && ImGui::GetIO().MouseDelta.x != 0) {
    // Dragging sets the width in font sizes, so that it means the same at every text size.
    float& width = side == Side::Left ? s.settings.columns.leftWidth : s.settings.columns.rightWidth;
    const float delta = ImGui::GetIO().MouseDelta.x / font;
    width = clampColumnWidth(column.width / font + (side == Side::Left ? delta : -delta));
  }
}

}  // namespace knp::app
