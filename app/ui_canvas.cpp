#include "ui_canvas.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui.h>

#include "layouts/kind_columns.hpp"
#include "node_style.hpp"
#include "text/labels.hpp"
#include "text/utf8.hpp"
#include "ui_strings.hpp"

namespace knp::app {
namespace {

constexpr double kWheelZoomStep = 1.15;

ImVec2 toImVec(layouts::Point p) { return {static_cast<float>(p.x), static_cast<float>(p.y)}; }

// The longest prefix of `text` (plus "…") no wider than `maxWidth` pixels. O(log n) measurements.
std::string fitText(const std::string& text, float maxWidth) {
  if (ImGui::CalcTextSize(text.c_str()).x <= maxWidth) return text;
  std::size_t low = 0, high = utf8Length(text);
  while (low < high) {  // largest n with truncateUtf8(text, n) fitting
    const std::size_t mid = (low + high + 1) / 2;
    if (ImGui::CalcTextSize(truncateUtf8(text, mid).c_str()).x <= maxWidth)
      low = mid;
    else
      high = mid - 1;
  }
  return low == 0 ? std::string() : truncateUtf8(text, low);
}

// Labels of actors sit left of their node (the actor column is leftmost), all others right.
bool labelOnLeft(NodeKind kind) { return kind == NodeKind::Actor; }

int labelPriority(NodeKind kind) {
  switch (kind) {
    case NodeKind::LifePhase: return 4;
    case NodeKind::Goal: return 3;
    case NodeKind::Actor: return 2;
    case NodeKind::Activity: return 1;
  }
  return 0;
}

// Per node kind, in world units: the median vertical gap between nodes of that kind (labels
// of a kind are drawn once the zoom spreads them a line apart) and the horizontal room to
// the next kind's nodes on the label side (labels are cut to fit it).
struct KindSpacing {
  double medianGap[4] = {0, 0, 0, 0};
  double labelRoom[4] = {0, 0, 0, 0};
};

KindSpacing measureSpacing(const AppState& s) {
  KindSpacing spacing;
  std::vector<double> ys[4], xs[4];
  for (Vertex v = 0; v < s.positions.size(); ++v) {
    const int k = static_cast<int>(s.view.graph[v].kind);
    ys[k].push_back(s.positions[v].y);
    xs[k].push_back(s.positions[v].x);
  }
  double medianX[4];
  for (int k = 0; k < 4; ++k) {
    std::sort(ys[k].begin(), ys[k].end());
    std::vector<double> gaps;
    for (std::size_t i = 1; i < ys[k].size(); ++i) gaps.push_back(ys[k][i] - ys[k][i - 1]);
    std::sort(gaps.begin(), gaps.end());
    spacing.medianGap[k] = gaps.empty() ? 1e9 : gaps[gaps.size() / 2];
    std::sort(xs[k].begin(), xs[k].end());
    medianX[k] = xs[k].empty() ? 0 : xs[k][xs[k].size() / 2];
  }
  for (int k = 0; k < 4; ++k) {
    double room = 1e9;
    for (int other = 0; other < 4; ++other) {
      if (other == k || xs[other].empty()) continue;
      const double dx = labelOnLeft(static_cast<NodeKind>(k)) ? medianX[k] - medianX[other] : medianX[other] - medianX[k];
      if (dx > 0) room = std::min(room, dx);
    }
    spacing.labelRoom[k] = room;
  }
  return spacing;
}

// Widest label allowed on the outer sides, in font sizes: actor names are cut beyond it
// (the tooltip shows them whole), life phases are short enough to show whole.
constexpr float kLeftLabelCap = 15.0f;
constexpr float kRightLabelCap = 20.0f;

// Room for labels outside the outermost nodes, in pixels: as wide as the widest label there,
// but together never more than 60 % of the canvas, so the map itself keeps room on small
// windows (labels are then cut to what fits).
Margins labelMargins(const AppState& s, float fontSize, float canvasWidth) {
  float left = 0, right = 0;
  for (Vertex v = 0; v < boost::num_vertices(s.view.graph); ++v) {
    const NodeKind kind = s.view.graph[v].kind;
    const float width = ImGui::CalcTextSize(nodeName(s, v).c_str()).x;
    if (kind == NodeKind::Actor) left = std::max(left, width);
    if (kind == NodeKind::LifePhase) right = std::max(right, width);
  }
  const float pad = fontSize * 1.5f;
  left = std::min(left, fontSize * kLeftLabelCap) + pad;
  right = std::min(right, fontSize * kRightLabelCap) + pad;
  const float limit = canvasWidth * 0.6f;
  if (left + right > limit) {
    const float shrink = limit / (left + right);
    left *= shrink;
    right *= shrink;
  }
  return {left, right, fontSize, fontSize};
}

void placeNodes(AppState& s, const ScreenRect& canvas, const Margins& margins) {
  // World units are pixels at the first fit: the columns fill the canvas less room for labels.
  const double width = std::max(1.0f, canvas.width - margins.left - margins.right);
  const double height = std::max(1.0f, canvas.height - margins.top - margins.bottom);
  s.positions = layouts::kindColumns(s.project, s.view, width, height);
}

struct Label {
  Vertex vertex;
  int priority;
  ImVec2 min, max;  // background box
  std::string text;
};

// Label boxes may overlap by a sliver vertically: DejaVu's line box has room below the
// baseline, and without this tolerance every other actor of a dense column loses its name.
bool overlaps(const Label& a, const Label& b, float tolerance) {
  return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y + tolerance < b.max.y && b.min.y + tolerance < a.max.y;
}

constexpr Vertex kNoVertex = static_cast<Vertex>(-1);

// The node drawn under `mouse`, nearest first; kNoVertex when none. O(V).
Vertex nodeUnderMouse(const AppState& s, const ScreenRect& canvas, ImVec2 mouse, float fontSize) {
  Vertex best = kNoVertex;
  double bestDistance = 0;
  for (Vertex v = 0; v < s.positions.size(); ++v) {
    const auto p = s.camera.toScreen(s.positions[v], canvas);
    const double r = nodeRadiusFactor(s.view.graph[v].kind) * fontSize + 4.0;
    const double d = std::hypot(p.x - mouse.x, p.y - mouse.y);
    if (d <= r && (best == kNoVertex || d < bestDistance)) best = v, bestDistance = d;
  }
  return best;
}

void drawEdge(ImDrawList* list, ImVec2 a, ImVec2 b, EdgeKind kind, Rgba colour, float width) {
  if (kind == EdgeKind::Cooperation || kind == EdgeKind::Membership) {
    // Actor–actor links bow sideways so that they stay visible next to a column of nodes.
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length < 1.0f) return;
    float nx = dy / length, ny = -dx / length;
    if (nx < 0) nx = -nx, ny = -ny;  // bow to the right
    const float bow = std::min(length * 0.35f, 400.0f);
    list->AddBezierCubic(a, ImVec2(a.x + nx * bow, a.y + ny * bow), ImVec2(b.x + nx * bow, b.y + ny * bow), b, colour,
                         width);
    return;
  }
  list->AddLine(a, b, colour, width);
}

// The names of the items `ids` refer to, comma-separated; unknown ids are left out.
template <class Ids, class Find>
std::string joinedNames(const Ids& ids, Find find) {
  std::string names;
  for (const auto& id : ids)
    if (const auto* item = find(id)) names += (names.empty() ? "" : ", ") + item->name;
  return names;
}

void drawTooltip(const AppState& s, Vertex v) {
  const Language lang = s.language;
  const NodeProps& node = s.view.graph[v];
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextUnformatted(nodeName(s, v).c_str());
  ImGui::Separator();
  auto countEdges = [&](EdgeKind kind) {
    int n = 0;
    for (auto [e, end] = boost::out_edges(v, s.view.graph); e != end; ++e)
      if (s.view.graph[*e].kind == kind) ++n;
    return n;
  };
  switch (node.kind) {
    case NodeKind::Actor: {
      const Actor& a = s.project.actors[node.index];
      ImGui::Text("%s: %s", uiText(UiText::Type, lang), std::string(label(a.type, lang)).c_str());
      ImGui::Text("%s: %d (%s) + %d (%s)", uiText(UiText::Activities, lang), countEdges(EdgeKind::Lead),
                  uiText(UiText::Lead, lang), countEdges(EdgeKind::Partner), uiText(UiText::Partners, lang));
      if (!a.selfDescription.empty()) ImGui::TextDisabled("%s", a.selfDescription.c_str());
      break;
    }
    case NodeKind::Activity: {
      const Activity& a = s.project.activities[node.index];
      const Actor* lead = findActor(s.project, a.lead);
      ImGui::Text("%s: %s", uiText(UiText::Lead, lang), lead ? lead->name.c_str() : a.lead.value.c_str());
      const std::string partners = joinedNames(a.partners, [&](auto& id) { return findActor(s.project, id); });
      if (!partners.empty()) ImGui::Text("%s: %s", uiText(UiText::Partners, lang), partners.c_str());
      const std::string fields = joinedNames(a.fields, [&](auto& id) { return findField(s.project, id); });
      ImGui::Text("%s: %s", uiText(UiText::FieldNames, lang), fields.c_str());
      const std::string phases = joinedNames(a.lifePhases, [&](auto& id) { return findLifePhase(s.project, id); });
      ImGui::Text("%s: %s", uiText(UiText::LifePhase, lang), phases.c_str());
      ImGui::Text("%s: %zu", uiText(UiText::GoalCount, lang), a.goals.size());
      ImGui::Text("%s: %s", uiText(UiText::Status, lang), std::string(label(a.status, lang)).c_str());
      if (!a.description.empty()) ImGui::TextDisabled("%s", a.description.c_str());
      break;
    }
    case NodeKind::Goal: {
      const Goal& g = s.project.goals[node.index];
      const Concept* c = findConcept(s.project, g.conceptId);
      ImGui::Text("%s: %s", uiText(UiText::Concept, lang), c ? c->name.c_str() : g.conceptId.value.c_str());
      ImGui::Text("%s: %s", uiText(UiText::Level, lang), std::string(label(g.level, lang)).c_str());
      ImGui::Text("%s: %d", uiText(UiText::Activities, lang), countEdges(EdgeKind::ServesGoal));
      break;
    }
    case NodeKind::LifePhase:
      ImGui::Text("%s: %d", uiText(UiText::Activities, lang), countEdges(EdgeKind::TargetsPhase));
      break;
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void handleInput(AppState& s, const ScreenRect& canvas) {
  ImGuiIO& io = ImGui::GetIO();
  const bool hovered = ImGui::IsItemHovered();
  if (ImGui::IsItemActive() && (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f) ||
                                ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f)))
    s.camera.pan(io.MouseDelta.x, io.MouseDelta.y);
  if (hovered && io.MouseWheel != 0.0f)
    s.camera.zoomAround({io.MousePos.x, io.MousePos.y}, std::pow(kWheelZoomStep, io.MouseWheel), canvas);
  if (!io.WantTextInput) {
    const layouts::Point centre{canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.5};
    for (ImWchar c : io.InputQueueCharacters) {
      if (c == '+') s.camera.zoomAround(centre, kWheelZoomStep * kWheelZoomStep, canvas);
      if (c == '-') s.camera.zoomAround(centre, 1.0 / (kWheelZoomStep * kWheelZoomStep), canvas);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home))) s.fitPending = true;
  }
}

}  // namespace

void drawCanvas(AppState& s, const ScreenRect& canvas) {
  if (canvas.width < 2 || canvas.height < 2) return;
  const float fontSize = ImGui::GetFontSize();
  if (s.layoutPending || s.fitPending) {
    const Margins margins = labelMargins(s, fontSize, canvas.width);
    if (s.layoutPending) placeNodes(s, canvas, margins);
    s.camera = fitCamera(s.positions, canvas, margins);
    s.labelRoomLeft = margins.left - fontSize;
    s.layoutPending = s.fitPending = false;
  }
  const KindSpacing spacing = measureSpacing(s);  // O(V log V); cheap at workshop sizes

  ImGui::SetCursorScreenPos(ImVec2(canvas.x, canvas.y));
  ImGui::InvisibleButton("##canvas", ImVec2(canvas.width, canvas.height),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
  handleInput(s, canvas);
  const Vertex hovered =
      ImGui::IsItemHovered() ? nodeUnderMouse(s, canvas, ImGui::GetIO().MousePos, fontSize) : kNoVertex;

  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 clipMin(canvas.x, canvas.y), clipMax(canvas.x + canvas.width, canvas.y + canvas.height);
  list->PushClipRect(clipMin, clipMax, true);
  list->AddRectFilled(clipMin, clipMax, kCanvasBackground);

  std::vector<ImVec2> screen(s.positions.size());
  for (Vertex v = 0; v < s.positions.size(); ++v) screen[v] = toImVec(s.camera.toScreen(s.positions[v], canvas));

  for (auto [e, end] = boost::edges(s.view.graph); e != end; ++e) {
    const EdgeKind kind = s.view.graph[*e].kind;
    drawEdge(list, screen[boost::source(*e, s.view.graph)], screen[boost::target(*e, s.view.graph)], kind,
             edgeColour(kind), edgeWidth(kind));
  }
  std::vector<bool> highlighted(s.positions.size(), false);
  if (hovered != kNoVertex) {
    highlighted[hovered] = true;
    for (auto [e, end] = boost::out_edges(hovered, s.view.graph); e != end; ++e) {
      const Vertex other = boost::target(*e, s.view.graph);
      highlighted[other] = true;
      const EdgeKind kind = s.view.graph[*e].kind;
      drawEdge(list, screen[hovered], screen[other], kind, withAlpha(edgeColour(kind), 235), edgeWidth(kind) * 2.0f);
    }
  }

  for (Vertex v = 0; v < s.positions.size(); ++v) {
    const NodeKind kind = s.view.graph[v].kind;
    float radius = nodeRadiusFactor(kind) * fontSize;
    if (kind == NodeKind::Actor && s.project.actors[s.view.graph[v].index].type == ActorType::Body) radius *= 1.3f;
    drawNodeShape(list, kind, screen[v], radius, nodeColour(s, v));
  }

  // Labels: highest priority first, never on top of each other; a kind's labels appear once
  // the zoom spreads its nodes at least a line apart (hovered node and neighbours always).
  std::vector<Label> candidates;
  const float padding = fontSize * 0.2f;
  for (Vertex v = 0; v < s.positions.size(); ++v) {
    const NodeKind kind = s.view.graph[v].kind;
    const int k = static_cast<int>(kind);
    const bool dense = spacing.medianGap[k] * s.camera.scale < fontSize * 0.95f;
    if (dense && !highlighted[v]) continue;
    const float radius = nodeRadiusFactor(kind) * fontSize;
    const float cap = labelOnLeft(kind) ? s.labelRoomLeft : fontSize * kRightLabelCap;
    const float room = static_cast<float>(std::min(spacing.labelRoom[k] * s.camera.scale, 1e6)) - radius * 3.0f;
    std::string text = fitText(nodeName(s, v), std::clamp(room, fontSize * 3.0f, cap));
    if (text.empty()) continue;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const float x = labelOnLeft(kind) ? screen[v].x - radius - padding * 2 - size.x : screen[v].x + radius + padding * 2;
    const ImVec2 min(x - padding, screen[v].y - size.y * 0.5f - padding * 0.5f);
    const ImVec2 max(x + size.x + padding, screen[v].y + size.y * 0.5f + padding * 0.5f);
    if (max.x < clipMin.x || min.x > clipMax.x || max.y < clipMin.y || min.y > clipMax.y) continue;
    candidates.push_back({v, labelPriority(kind) + (highlighted[v] ? 10 : 0), min, max, std::move(text)});
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](auto& a, auto& b) { return a.priority > b.priority; });
  std::vector<const Label*> placed;  // O(labels²) at worst: fine for hundreds of nodes
  for (const Label& label : candidates) {
    if (std::any_of(placed.begin(), placed.end(),
                    [&](const Label* other) { return overlaps(label, *other, fontSize * 0.2f); }))
      continue;
    placed.push_back(&label);
    list->AddRectFilled(label.min, label.max, kLabelBackground, padding);
    list->AddText(ImVec2(label.min.x + padding, label.min.y + padding * 0.5f), kLabelText, label.text.c_str());
  }
  list->PopClipRect();

  if (hovered != kNoVertex) drawTooltip(s, hovered);
}

}  // namespace knp::app
