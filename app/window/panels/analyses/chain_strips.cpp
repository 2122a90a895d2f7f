// Support chains as strips: one row per goal, one cell per life phase in life-phase order,
// filled where the goal is served, empty where not, and marked where the chain breaks
// (support_chains.hpp: an uncovered phase between covered ones). Hovering a cell names the
// phase and the activities behind it; a click highlights them. A click on a goal's name
// highlights the chain as the list did (the goal and the phases where it breaks).
#include <fmt/format.h>

#include <algorithm>

#include "core/conference_marks.hpp"
#include "core/map_scene.hpp"
#include "core/ui_text.hpp"
#include "report/analysis_sentences.hpp"
#include "view/finding_nodes.hpp"
#include "window/panels/analyses.hpp"

namespace knp::app {
namespace {

constexpr Rgba kCoveredFill = 0xFFA05A28;   // rgba(40, 90, 160)
constexpr Rgba kEmptyOutline = 0xFFBEB4AA;  // rgba(170, 180, 190)
constexpr Rgba kBreakRed = 0xFF1E1EC8;      // rgba(200, 30, 30)
constexpr Rgba kBreakFill = 0xFFE8E8FD;     // rgba(253, 232, 232)

enum class CellLook { Covered, Empty, Break };

// One cell of a strip; `breakStarts`: the chain breaks at this cell's left edge (the phase
// before it is covered), drawn as a red zigzag across the edge.
void drawCell(ImDrawList* list, ImVec2 a0, ImVec2 a1, CellLook look, bool breakStarts) {
  const float font = ImGui::GetFontSize();
  switch (look) {
    case CellLook::Covered: list->AddRectFilled(a0, a1, kCoveredFill); break;
    case CellLook::Empty: list->AddRect(a0, a1, kEmptyOutline, 0, 0, 1.0f); break;
    case CellLook::Break:
      list->AddRectFilled(a0, a1, kBreakFill);
      list->AddRect(a0, a1, kBreakRed, 0, 0, 1.0f);
      break;
  }
  if (!breakStarts) return;
  // A zigzag of four teeth over the whole height, centred on the left edge.
  const float w = font * 0.22f, x = a0.x - 1.0f, h = a1.y - a0.y;
  ImVec2 points[9];
  for (int i = 0; i <= 8; ++i)
    points[i] = ImVec2(x + ((i % 2) ? w : -w), a0.y - font * 0.1f + (h + font * 0.2f) * static_cast<float>(i) / 8.0f);
  list->AddPolyline(points, 9, kBreakRed, 0, std::max(2.0f, font * 0.14f));
}

// A swatch and its text, on the current line if it fits, else on the next.
void legendItem(CellLook look, bool breakMark, const char* text, bool first) {
  const float font = ImGui::GetFontSize();
  const float w = font * 1.2f + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(text).x;
  if (!first) {
    ImGui::SameLine(0, font);
    if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
  }
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 a0(at.x + font * 0.25f, at.y + font * 0.15f), a1(at.x + font * 1.2f, at.y + font * 0.95f);
  drawCell(list, a0, a1, look, breakMark);
  ImGui::Dummy(ImVec2(font * 1.2f, font));
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::PushTextWrapPos(pictures::visibleRight());
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

std::string phaseName(const Project& p, const LifePhaseId& id) {
  const LifePhase* phase = findLifePhase(p, id);
  return phase ? phase->name : id.value;
}

}  // namespace

void AnalysesPanel::drawChainStrips(AppState& s, const ProjectAnalysis& a) {
  const Language lang = s.language;
  const std::vector<SupportChain>& chains = a.chains.goals;
  ImGui::PushTextWrapPos(pictures::visibleRight());
  if (s.project.lifePhases.empty() || chains.empty()) {
    ImGui::TextDisabled("%s", uiText(s.project.lifePhases.empty() ? UiText::PicsNoPhases : UiText::PicsNoGoals, lang));
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::PopTextWrapPos();
  legendItem(CellLook::Covered, false, uiText(UiText::PicsCovered, lang), true);
  legendItem(CellLook::Empty, false, uiText(UiText::PicsUncovered, lang), false);
  legendItem(CellLook::Break, true, uiText(UiText::PicsBreak, lang), false);
  ImGui::Spacing();

  const float font = ImGui::GetFontSize(), line = ImGui::GetTextLineHeight();
  const std::size_t phases = chains.front().links.size();
  const float avail = ImGui::GetContentRegionAvail().x;
  // The names get what the cells leave; cells shrink to 1.3 font sizes before the names go
  // below 8 (then the child scrolls sideways).
  const float cellW = std::clamp((avail - font * 8.0f) / static_cast<float>(std::max<std::size_t>(phases, 1)),
                                 font * 1.3f, font * 2.0f);
  const float nameW = std::max(font * 8.0f, avail - cellW * static_cast<float>(phases) - font * 0.5f);
  const float rowH = font * 1.4f, gap = std::max(2.0f, font * 0.12f);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const bool windowHovered = ImGui::IsWindowHovered();

  // Header: the ages turned upwards; hovering a column names the phase in full.
  float headerH = font;
  std::vector<std::string> ages;
  for (const ChainLink& link : chains.front().links) {
    const LifePhase* phase = findLifePhase(s.project, link.phase);
    ages.push_back(phase ? pictures::ageRange(*phase) : link.phase.value);
    headerH = std::max(headerH, ImGui::CalcTextSize(ages.back().c_str()).x);
  }
  headerH += font * 0.4f;
  for (std::size_t k = 0; k < phases; ++k) {
    const float x = origin.x + nameW + cellW * static_cast<float>(k);
    pictures::upwardText(list, ImVec2(x + (cellW - gap - line) * 0.5f, origin.y + headerH - font * 0.2f), kLabelText,
                         ages[k]);
    if (windowHovered && ImGui::IsMouseHoveringRect(ImVec2(x, origin.y), ImVec2(x + cellW, origin.y + headerH)))
      ImGui::SetTooltip("%s", phaseName(s.project, chains.front().links[k].phase).c_str());
  }
  ImGui::Dummy(ImVec2(nameW + cellW * static_cast<float>(phases), headerH));

  const ProjectNames names(s.project);
  for (std::size_t g = 0; g < chains.size(); ++g) {
    const SupportChain& chain = chains[g];
    const std::string goalId = chain.goal ? chain.goal->value : std::string();
    ImGui::PushID(goalId.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const Goal* goal = chain.goal ? findGoal(s.project, *chain.goal) : nullptr;
    const std::string title = goal ? goal->title : goalId;
    const std::string label = describeChain(chain, names, lang);

    // The name: a button over the name column; the text cut with "…" shows whole on hover.
    const bool active = s.highlightLabel == label && !s.highlight.empty();
    if (ImGui::InvisibleButton("##name", ImVec2(nameW - font * 0.3f, rowH))) {
      if (active) {
        setHighlight(s, {}, {});
      } else {
        setHighlight(s, nodesOf(chain, s.project, s.view), label);
        if (!s.highlight.empty()) s.frameRequest = s.highlight;
      }
    }
    if (active || ImGui::IsItemHovered())
      list->AddRectFilled(at, ImVec2(at.x + nameW - font * 0.3f, at.y + rowH),
                          ImGui::GetColorU32(active ? ImGuiCol_Header : ImGuiCol_HeaderHovered));
    pictures::fittedText(list, ImVec2(at.x + font * 0.2f, at.y), nameW - font * 0.6f, rowH, kLabelText, title);
    // A priority agreed at a conference: a green mark at the name's left edge, the years on hover.
    if (goal && !goal->priorityYears.empty()) {
      list->AddRectFilled(at, ImVec2(at.x + font * 0.15f, at.y + rowH), kDotsBadgeColour);
      if (ImGui::IsMouseHoveringRect(at, ImVec2(at.x + nameW - font * 0.3f, at.y + rowH)) && ImGui::IsWindowHovered())
        ImGui::SetTooltip(
            "%s%s", title.c_str(),
            fmt::format(fmt::runtime(uiText(UiText::PriorityNote, lang)), priorityYearsText(*goal)).c_str());
    }

    for (std::size_t k = 0; k < chain.links.size() && k < phases; ++k) {
      const ChainLink& link = chain.links[k];
      ImGui::PushID(link.phase.value.c_str());
      const ImVec2 a0(origin.x + nameW + cellW * static_cast<float>(k), at.y + gap);
      const ImVec2 a1(a0.x + cellW - gap, at.y + rowH - gap);
      ImGui::SetCursorScreenPos(a0);
      const bool clicked = ImGui::InvisibleButton("##cell", ImVec2(a1.x - a0.x, a1.y - a0.y));
      const CellLook look = link.state == LinkState::Covered ? CellLook::Covered
                            : link.state == LinkState::Break ? CellLook::Break
                                                             : CellLook::Empty;
      const bool breakStarts = link.state == LinkState::Break && k > 0 && chain.links[k - 1].state == LinkState::Covered;
      drawCell(list, a0, a1, look, breakStarts);
      const std::vector<std::size_t>& acts = m_chainActivities.size() > g && m_chainActivities[g].size() > k
                                                 ? m_chainActivities[g][k]
                                                 : std::vector<std::size_t>{};
      if (link.state == LinkState::Covered) {
        const std::string n = std::to_string(link.activities);
        const ImVec2 size = ImGui::CalcTextSize(n.c_str());
        if (size.x < cellW - gap) list->AddText(ImVec2((a0.x + a1.x - size.x) * 0.5f, (a0.y + a1.y - size.y) * 0.5f), rgba(255, 255, 255), n.c_str());
      }
      const std::string where = fmt::format("{} – {}", chain.goal ? names.goalShort(*chain.goal) : title, phaseName(s.project, link.phase));
      if (ImGui::IsItemHovered()) {
        list->AddRect(a0, a1, kSelection, 0, 0, 2.0f);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(font * 30.0f);
        ImGui::TextUnformatted(phaseName(s.project, link.phase).c_str());
        if (acts.empty()) {
          ImGui::TextDisabled("%s", uiText(link.state == LinkState::Break ? UiText::PicsCellBreak : UiText::PicsCellNone, lang));
        } else {
          ImGui::TextUnformatted(fmt::format(fmt::runtime(uiText(UiText::PicsCellActivities, lang)), acts.size()).c_str());
          constexpr std::size_t kShown = 12;
          for (std::size_t i = 0; i < acts.size() && i < kShown; ++i)
            ImGui::BulletText("%s", s.project.activities[acts[i]].title.c_str());
          if (acts.size() > kShown)
            ImGui::TextDisabled("%s", fmt::format(fmt::runtime(uiText(UiText::PicsAndMore, lang)), acts.size() - kShown).c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      if (clicked) {
        std::vector<Vertex> nodes = nodesOfItems(acts, {}, s.project, s.view);
        if (nodes.empty())
          if (auto v = s.view.vertexOf(NodeKind::LifePhase, link.phase.value)) nodes.push_back(*v);
        setHighlight(s, nodes, where);
        if (!s.highlight.empty()) s.frameRequest = s.highlight;
      }
      ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + rowH));
    ImGui::Dummy(ImVec2(nameW + cellW * static_cast<float>(phases), 0));
    ImGui::PopID();
  }
  // The hint goes last: in a short panel the strips come first.
  ImGui::Spacing();
  ImGui::PushTextWrapPos(pictures::visibleRight());
  ImGui::TextDisabled("%s", uiText(UiText::PicsChainsHint, lang));
  ImGui::PopTextWrapPos();
}

}  // namespace knp::app
