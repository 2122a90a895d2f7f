#include "core/map_legend.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/map_scene.hpp"
#include "core/node_style.hpp"
#include "core/ui_text.hpp"
#include "text/labels.hpp"

namespace knp::app {
namespace {

constexpr Rgba kNeutralFill = 0xFFDDDDDD;

LegendEntry shape(NodeKind kind, Rgba colour, std::string text) {
  return {LegendSwatch::Shape, kind, colour, 0.0f, std::move(text)};
}

// Legend lines are drawn stronger than on the map, or faint kinds would vanish there.
LegendEntry line(Rgba colour, float width, std::string text) {
  return {LegendSwatch::Line, NodeKind::Actor, withAlpha(colour, 220), width * 1.5f, std::move(text)};
}

}  // namespace

std::vector<LegendSection> mapLegend(const AppState& s) {
  const Language lang = s.language;
  std::vector<LegendSection> legend;

  LegendSection& kinds = legend.emplace_back(LegendSection{uiText(UiText::Legend, lang), true, false, {}});
  for (auto [kind, text] : {std::pair{NodeKind::Actor, UiText::Actor}, std::pair{NodeKind::Activity, UiText::Activity},
                            std::pair{NodeKind::Goal, UiText::Goal}, std::pair{NodeKind::LifePhase, UiText::LifePhase}})
    if (s.view.shows(kind)) kinds.entries.push_back(shape(kind, kNeutralFill, uiText(text, lang)));
  kinds.entries.push_back({LegendSwatch::SizeKey, NodeKind::Actor, kNeutralFill, 0.0f,
                           fmt::format(fmt::runtime(uiText(UiText::SizeLegend, lang)), uiText(sizeMeasureName(s.sizeMeasure), lang))});
  kinds.entries.push_back({LegendSwatch::SelectedRing, NodeKind::Actor, kSelection, 0.0f, uiText(UiText::SelectedLegend, lang)});
  kinds.entries.push_back({LegendSwatch::HighlightRing, NodeKind::Actor, kHighlight, 0.0f, uiText(UiText::HighlightLegend, lang)});
  kinds.entries.push_back({LegendSwatch::FadedShape, NodeKind::Actor, faded(kNeutralFill), 0.0f, uiText(UiText::FadedLegend, lang)});
  // While comparing, what the marks mean comes next: it is what the room looks at.
  if (s.comparison) {
    const std::string other = comparisonLabel(s.comparison->source, lang);
    LegendSection& changes = legend.emplace_back(LegendSection{
        fmt::format(fmt::runtime(uiText(UiText::LegendComparison, lang)), other), true, true, {}});
    changes.entries.push_back({LegendSwatch::ChangeRing, NodeKind::Actor, kAddedColour, 0.0f, uiText(UiText::LegendAdded, lang)});
    changes.entries.push_back(
        {LegendSwatch::ChangeRing, NodeKind::Actor, kChangedColour, 0.0f, uiText(UiText::LegendChanged, lang)});
    if (!s.comparison->ghosts.empty())  // a year's comparison removes nothing
      changes.entries.push_back({LegendSwatch::Ghost, NodeKind::Actor, kGhostColour, 0.0f, uiText(UiText::LegendRemoved, lang)});
    if (!s.comparison->begun.empty())
      changes.entries.push_back(line(kAddedColour, 2.5f, uiText(UiText::LegendCooperationBegun, lang)));
    if (!s.comparison->ended.empty())
      changes.entries.push_back(line(kGhostColour, 2.5f, uiText(UiText::LegendCooperationEnded, lang)));
  }
  if (s.colourBy == ColourBy::Kind) {
    LegendSection& types = legend.emplace_back(LegendSection{uiText(UiText::Actor, lang), true, true, {}});
    std::set<ActorType> presentTypes;
    for (const Actor& a : s.project.actors) presentTypes.insert(a.type);
    for (ActorType type : presentTypes)
      types.entries.push_back(shape(NodeKind::Actor, actorTypeColour(type), std::string(label(type, lang))));
  } else if (s.colourBy == ColourBy::Group) {
    LegendSection& groups = legend.emplace_back(LegendSection{uiText(UiText::LegendGroups, lang), false, true, {}});
    std::vector<std::size_t> sizes;
    for (int g : s.group)
      if (g >= 0) sizes.resize(std::max(sizes.size(), static_cast<std::size_t>(g) + 1)), ++sizes[static_cast<std::size_t>(g)];
    for (std::size_t g = 0; g < sizes.size(); ++g)
      groups.entries.push_back(shape(NodeKind::Actor, groupColour(g),
                                     fmt::format(fmt::runtime(uiText(UiText::GroupNumber, lang)), g + 1, sizes[g])));
  } else {
    LegendSection& brokers = legend.emplace_back(LegendSection{uiText(UiText::LegendBrokers, lang), true, true, {}});
    brokers.entries.push_back(shape(NodeKind::Actor, brokerColour(0.0f), uiText(UiText::BrokerLow, lang)));
    brokers.entries.push_back(shape(NodeKind::Actor, brokerColour(1.0f), uiText(UiText::BrokerHigh, lang)));
  }
  if (std::find(s.gapMark.begin(), s.gapMark.end(), true) != s.gapMark.end()) {
    LegendSection& gaps = legend.emplace_back(LegendSection{uiText(UiText::GapBadge, lang), false, true, {}});
    gaps.entries.push_back({LegendSwatch::GapRing, NodeKind::Goal, kGapColour, 0.0f, uiText(UiText::LegendGap, lang)});
  }


  if (s.colourBy == ColourBy::Kind && s.view.shows(NodeKind::Activity)) {
    LegendSection& fields = legend.emplace_back(LegendSection{uiText(UiText::Fields, lang), true, true, {}});
    for (const Field& f : s.project.fields) fields.entries.push_back(shape(NodeKind::Activity, rgba(f.colour), f.name));
  }
  if (s.colourBy == ColourBy::Kind && s.view.shows(NodeKind::Goal)) {
    // Concept names are long: one per row.
    LegendSection& concepts = legend.emplace_back(LegendSection{uiText(UiText::Goal, lang), false, true, {}});
    for (std::size_t i = 0; i < s.project.concepts.size(); ++i)
      concepts.entries.push_back(shape(NodeKind::Goal, conceptColour(i), s.project.concepts[i].name));
  }

  LegendSection& edges = legend.emplace_back(LegendSection{uiText(UiText::Edges, lang), true, false, {}});
  // The kinds the shown graph has, in the order of EdgeKind; cooperations by their type below.
  std::set<EdgeKind> kindsShown;
  for (auto [e, end] = boost::edges(s.view.graph); e != end; ++e) kindsShown.insert(s.view.graph[*e].kind);
  for (EdgeKind kind : kindsShown)
    if (kind != EdgeKind::Cooperation) edges.entries.push_back(line(edgeColour(kind), edgeWidth(kind), uiText(edgeKindName(kind), lang)));
  std::set<CooperationType> cooperationTypes;
  if (kindsShown.contains(EdgeKind::Cooperation))
    for (const Cooperation& c : s.project.cooperations) cooperationTypes.insert(c.type);
  for (CooperationType type : cooperationTypes)
    edges.entries.push_back(line(cooperationColour(type), edgeWidth(EdgeKind::Cooperation), std::string(label(type, lang))));
  return legend;
}

Swatch swatchOf(const LegendEntry& e, ScenePoint c, float r) {
  using Kind = SwatchPart::Kind;
  auto part = [](NodeShape form, ScenePoint at, float radius, Rgba fill, Rgba outline) {
    return SwatchPart{Kind::Shape, form, at, radius, fill, outline, 0.0f};
  };
  switch (e.swatch) {
    case LegendSwatch::Shape: return {{part(nodeShape(e.kind), c, r, e.colour, kNodeOutline)}, 1};
    case LegendSwatch::SizeKey:
      return {{part(NodeShape::Circle, {c.x - r * 0.6f, c.y + r * 0.4f}, r * 0.45f, e.colour, kNodeOutline),
               part(NodeShape::Circle, {c.x + r * 0.4f, c.y}, r * 0.85f, e.colour, kNodeOutline)},
              2};
    case LegendSwatch::SelectedRing:
    case LegendSwatch::HighlightRing:
    case LegendSwatch::ChangeRing:
      return {{part(NodeShape::Circle, c, r * 0.6f, kNeutralFill, kNodeOutline),
               SwatchPart{Kind::Ring, NodeShape::Circle, c, r, e.colour, 0, 2.0f}},
              2};
    case LegendSwatch::GapRing:
      return {{part(NodeShape::RoundedSquare, c, r * 0.55f, kNeutralFill, kNodeOutline),
               SwatchPart{Kind::Ring, NodeShape::Circle, c, r, e.colour, 0, 2.0f}},
              2};
    case LegendSwatch::Ghost: return {{part(nodeShape(e.kind), c, r * 0.8f, withAlpha(e.colour, 40), e.colour)}, 1};
    case LegendSwatch::FadedShape: return {{part(NodeShape::Circle, c, r * 0.8f, e.colour, faded(kNodeOutline))}, 1};
    case LegendSwatch::Line: return {{SwatchPart{Kind::Line, NodeShape::Circle, c, r * 1.4f, e.colour, 0, e.lineWidth}}, 1};
  }
  return {};
}

}  // namespace knp::app
