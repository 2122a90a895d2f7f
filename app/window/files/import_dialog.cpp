#include "window/files/import_dialog.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <imgui.h>

#include <algorithm>
#include <variant>
#include <vector>

#include "core/document.hpp"
#include "core/ui_text.hpp"
#include "io/decimal_numbers.hpp"
#include "window/files/file_flow.hpp"

namespace knp::app {
namespace {

const ImVec4 kErrorColour(0.7f, 0.1f, 0.1f, 1);

// A framed list `font` * 40 wide, as high as `lines` lines but at most `maxLines` (it scrolls
// beyond), so that the dialog fits a small screen with both lists.
bool beginList(const char* id, std::size_t lines, std::size_t maxLines, float font) {
  const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min(lines, maxLines)) +
                       ImGui::GetStyle().WindowPadding.y * 2;
  return ImGui::BeginChild(id, ImVec2(font * 40, height), true);
}

// Every problem, wrapped at the list's width.
void drawProblems(const std::vector<RasterProblem>& problems, const std::string& file, float font) {
  if (problems.empty()) return;
  beginList("##problems", problems.size() + 1, 8, font);  // + 1: a long problem takes two lines
  ImGui::PushTextWrapPos(0.0f);
  for (const RasterProblem& problem : problems) {
    const std::string line = describe(problem, file);
    ImGui::PushStyleColor(ImGuiCol_Text, problem.severity == Severity::Error
                                             ? kErrorColour
                                             : ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

void drawGridSummary(const RasterImport& r, Language lang) {
  ImGui::TextUnformatted(fmt::format(fmt::runtime(uiText(UiText::ImportSummary, lang)), r.rows, r.activitiesCreated,
                                     r.activitiesUpdated, r.actorsCreated, r.actorsUpdated, r.rejectedRows,
                                     r.activitiesUnchanged + r.actorsUnchanged)
                             .c_str());
}

// The summary, how the numbers were read, and one line per indicator the table changes
// (clipped: a table may have thousands of rows).
void drawIndicatorPlan(const IndicatorTableImport& r, Language lang, float font) {
  ImGui::TextUnformatted(fmt::format(fmt::runtime(uiText(UiText::ImportIndicatorSummary, lang)), r.rows,
                                     r.indicatorsCreated, r.indicatorsUpdated, r.valuesAdded, r.valuesChanged,
                                     r.rejectedRows)
                             .c_str());
  if (r.skippedRows > 0)
    ImGui::TextDisabled("%s",
                        fmt::format(fmt::runtime(uiText(UiText::ImportIndicatorSkipped, lang)), r.skippedRows).c_str());
  ImGui::TextDisabled(
      "%s",
      uiText(r.decimalMark == DecimalMark::Comma ? UiText::ImportDecimalComma : UiText::ImportDecimalPoint, lang));
  if (r.changes.empty()) return;
  beginList("##changes", r.changes.size(), 6, font);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(r.changes.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      ImGui::TextUnformatted(indicatorChangeLine(r.changes[static_cast<std::size_t>(i)], lang).c_str());
  clipper.End();
  ImGui::EndChild();
}

}  // namespace

std::string indicatorChangeLine(const IndicatorRowChange& change, Language lang) {
  const DecimalMark mark = lang == Language::German ? DecimalMark::Comma : DecimalMark::Point;
  std::vector<std::string> parts;
  if (!change.addedYears.empty())
    parts.push_back(
        fmt::format(fmt::runtime(uiText(UiText::ImportValuesAdded, lang)), fmt::join(change.addedYears, ", ")));
  for (const IndicatorValueChange& value : change.changedValues)
    parts.push_back(fmt::format(fmt::runtime(uiText(UiText::ImportValueChanged, lang)), value.year,
                                formatDecimal(value.before, mark), formatDecimal(value.after, mark)));
  if (!change.changedDetails.empty())
    parts.push_back(
        fmt::format(fmt::runtime(uiText(UiText::ImportDetailsChanged, lang)), fmt::join(change.changedDetails, ", ")));
  return fmt::format(
      fmt::runtime(uiText(change.created ? UiText::ImportIndicatorNew : UiText::ImportIndicatorChanged, lang)),
      change.name, fmt::join(parts, "; "));
}

void ImportDialog::draw(AppState& s) {
  const Language lang = s.language;
  if (m_open) {
    ImGui::OpenPopup("##import");
    m_open = false;
  }
  if (!ImGui::BeginPopupModal("##import", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const float font = ImGui::GetFontSize();
  ImGui::TextUnformatted(uiText(UiText::ImportGrid, lang));
  ImGui::TextDisabled("%s", uiText(UiText::ImportIndicatorHint, lang));
  ImGui::SetNextItemWidth(font * 28);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  bool enter =
      ImGui::InputText(uiText(UiText::ImportFile, lang), m_path, sizeof m_path, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button(uiText(UiText::Browse, lang)))
    m_browser.open(FileBrowserMode::Open, browseStart(m_path, s), {".xlsx", ".csv", ".graphml", ".gexf"});
  if (auto chosen = m_browser.draw(fileBrowserText(lang, UiText::FbImportTitle))) {
    setField(m_path, chosen->string());
    enter = true;  // preview at once
  }
  if ((ImGui::Button(uiText(UiText::ImportPreview, lang)) || enter) && m_path[0] != '\0') {
    m_preview.reset();
    m_error.clear();
    commitPlacements(s);  // the preview works on the project as it is now, positions included
    Outcome<FileImport> result = importFile(s.project, m_path);
    if (!result.ok())
      m_error = describe(result.problem());
    else
      m_preview = std::move(result).value();
    m_previewOf = m_path;
  }
  if (!m_error.empty()) ImGui::TextColored(kErrorColour, "%s", m_error.c_str());

  bool applied = false;
  if (m_preview) {
    const FileImport& plan = *m_preview;
    const auto& problems =
        std::visit([](const auto& r) -> const std::vector<RasterProblem>& { return r.problems; }, plan);
    const bool fatal = std::visit([](const auto& r) { return r.fatal; }, plan);
    const std::size_t rejectedRows = std::visit([](const auto& r) { return r.rejectedRows; }, plan);
    const Project& imported = std::visit([](const auto& r) -> const Project& { return r.project; }, plan);
    const auto* indicators = std::get_if<IndicatorTableImport>(&plan);
    ImGui::Separator();
    if (indicators)
      drawIndicatorPlan(*indicators, lang, font);
    else
      drawGridSummary(std::get<RasterImport>(plan), lang);
    drawProblems(problems, m_previewOf, font);
    if (rejectedRows > 0) ImGui::Checkbox(uiText(UiText::ImportSkipInvalid, lang), &m_skipInvalid);
    // Any change counts, cooperations and memberships from a network file included.
    const bool changes = imported != s.project;
    const bool allowed = !fatal && changes && (rejectedRows == 0 || m_skipInvalid);
    if (!changes && !fatal) ImGui::TextDisabled("%s", uiText(UiText::ImportNothing, lang));
    if (rejectedRows > 0 && !m_skipInvalid) ImGui::TextDisabled("%s", uiText(UiText::ImportBlocked, lang));
    ImGui::BeginDisabled(!allowed);
    if (ImGui::Button(uiText(UiText::ImportApply, lang))) {
      commitPlacements(s);
      dispatch(s, importEdit(s.project, imported, std::filesystem::path(m_previewOf).filename().string()));
      s.message = fmt::format(
          fmt::runtime(uiText(indicators ? UiText::ImportIndicatorApplied : UiText::ImportApplied, lang)), m_previewOf);
      applied = true;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
  }
  if (ImGui::Button(uiText(UiText::Cancel, lang)) || applied) {
    m_preview.reset();
    m_error.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace knp::app
