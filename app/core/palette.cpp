#include "core/palette.hpp"

#include <algorithm>
#include <cmath>

#include <array>

namespace knp::app {

Rgba rgba(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a) {
  return (Rgba(a) << 24) | (Rgba(b) << 16) | (Rgba(g) << 8) | Rgba(r);
}
Rgba rgba(Colour c, std::uint8_t a) { return rgba(c.r, c.g, c.b, a); }
Rgba withAlpha(Rgba colour, std::uint8_t a) { return (colour & 0x00FFFFFFu) | (Rgba(a) << 24); }

Rgba actorTypeColour(ActorType type) {
  // Grouped by family so the map reads at a glance: civil society warm, public bodies blue,
  // education green, economy grey-brown, politics and media purple, steering bodies black.
  switch (type) {
    case ActorType::Association: return rgba(230, 159, 0);
    case ActorType::Federation: return rgba(213, 94, 0);
    case ActorType::WelfareOrganisation: return rgba(204, 51, 17);
    case ActorType::ReligiousCommunity: return rgba(170, 120, 60);
    case ActorType::MigrantOrganisation: return rgba(238, 119, 51);
    case ActorType::School: return rgba(0, 140, 90);
    case ActorType::Kita: return rgba(90, 180, 100);
    case ActorType::EducationProvider: return rgba(0, 158, 115);
    case ActorType::CityAdministration: return rgba(0, 90, 170);
    case ActorType::PublicAgency: return rgba(86, 150, 210);
    case ActorType::Company: return rgba(120, 100, 80);
    case ActorType::Union: return rgba(180, 60, 120);
    case ActorType::Party: return rgba(120, 70, 170);
    case ActorType::Media: return rgba(200, 110, 190);
    case ActorType::Body: return rgba(30, 30, 30);
    case ActorType::Other: return rgba(140, 140, 140);
  }
  return rgba(140, 140, 140);
}

Rgba conceptColour(std::size_t index) {
  static const std::array<Rgba, 8> kColours{rgba(46, 107, 214), rgba(44, 155, 61),  rgba(224, 140, 30),
                                            rgba(160, 79, 155), rgba(0, 122, 122),  rgba(192, 80, 80),
                                            rgba(122, 122, 0),  rgba(64, 64, 64)};
  return kColours[index % kColours.size()];
}

Rgba lifePhaseColour(std::size_t rank, std::size_t count) {
  // From a light teal (childhood) to a dark blue (old age).
  const double t = count <= 1 ? 0.0 : static_cast<double>(rank) / static_cast<double>(count - 1);
  auto mix = [t](double a, double b) { return static_cast<std::uint8_t>(a + (b - a) * t); };
  return rgba(mix(110, 30), mix(200, 60), mix(190, 130));
}

Rgba edgeColour(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Lead: return rgba(60, 60, 60, 110);
    case EdgeKind::Partner: return rgba(120, 120, 120, 70);
    case EdgeKind::ServesGoal: return rgba(46, 107, 214, 55);
    case EdgeKind::TargetsPhase: return rgba(0, 140, 130, 45);
    case EdgeKind::Cooperation: return rgba(220, 110, 0, 200);
    case EdgeKind::Membership: return rgba(110, 60, 150, 90);
    case EdgeKind::ActorLink: return rgba(220, 110, 0, 150);
    case EdgeKind::ActorGoal: return rgba(46, 107, 214, 110);
    case EdgeKind::ActorPhase: return rgba(0, 140, 130, 100);
  }
  return rgba(0, 0, 0, 60);
}

std::vector<Rgba> vertexColours(const Project& p, const ProjectGraph& view) {
  std::vector<std::size_t> phaseRank(p.lifePhases.size(), 0);
  const auto ordered = lifePhasesInOrder(p);
  for (std::size_t rank = 0; rank < ordered.size(); ++rank)
    phaseRank[static_cast<std::size_t>(ordered[rank] - p.lifePhases.data())] = rank;
  std::vector<Rgba> colours(boost::num_vertices(view.graph), kNeutralActivity);
  for (Vertex v = 0; v < colours.size(); ++v) {
    const NodeProps& node = view.graph[v];
    switch (node.kind) {
      case NodeKind::Actor: colours[v] = actorTypeColour(p.actors[node.index].type); break;
      case NodeKind::Activity:
        for (const auto& fieldId : p.activities[node.index].fields)
          if (const Field* field = findField(p, fieldId)) {
            colours[v] = rgba(field->colour);
            break;
          }
        break;
      case NodeKind::Goal: {
        const ConceptId& conceptId = p.goals[node.index].conceptId;
        std::size_t concept_ = p.concepts.size();  // an unknown concept gets the next colour
        for (std::size_t i = 0; i < p.concepts.size(); ++i)
          if (p.concepts[i].id == conceptId) concept_ = i;
        colours[v] = conceptColour(concept_);
        break;
      }
      case NodeKind::LifePhase: colours[v] = lifePhaseColour(phaseRank[node.index], p.lifePhases.size()); break;
    }
  }
  return colours;
}

Colour toColour(Rgba c) {
  return {static_cast<std::uint8_t>(c & 0xFF), static_cast<std::uint8_t>((c >> 8) & 0xFF),
          static_cast<std::uint8_t>((c >> 16) & 0xFF)};
}

Rgba cooperationColour(CooperationType type) {
  switch (type) {
    case CooperationType::Cooperation: return rgba(220, 110, 0, 210);
    case CooperationType::Funding: return rgba(0, 150, 60, 210);
    case CooperationType::Information: return rgba(0, 120, 200, 190);
    case CooperationType::Membership: return rgba(110, 60, 150, 160);
  }
  return rgba(220, 110, 0, 210);
}

Rgba edgeColour(const Project& p, const EdgeProps& edge) {
  if (edge.kind == EdgeKind::Cooperation && edge.index < p.cooperations.size())
    return cooperationColour(p.cooperations[edge.index].type);
  return edgeColour(edge.kind);
}

float edgeWidth(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Lead: return 1.6f;
    case EdgeKind::Cooperation: return 2.0f;
    case EdgeKind::ActorLink:
    case EdgeKind::ActorGoal:
    case EdgeKind::ActorPhase: return 1.2f;
    default: return 1.0f;
  }
}

float edgeWidth(const EdgeProps& edge) {
  // Weighted (derived) edges grow with the square root of their weight, at most 4 times as wide.
  return edgeWidth(edge.kind) * static_cast<float>(std::min(4.0, std::sqrt(std::max(1.0, edge.weight))));
}

Rgba groupColour(std::size_t group) {
  static constexpr std::uint8_t kColours[10][3] = {{78, 121, 167}, {242, 142, 43}, {225, 87, 89},  {118, 183, 178},
                                                   {89, 161, 79},  {237, 201, 72}, {176, 122, 161}, {255, 157, 167},
                                                   {156, 117, 95}, {186, 176, 172}};
  const auto& c = kColours[group % 10];
  return rgba(c[0], c[1], c[2]);
}

Rgba textColourOn(Rgba background) {
  // Relative luminance with the sRGB weights, without linearising: enough to pick black or white.
  const double luminance = 0.2126 * (background & 0xFF) + 0.7152 * ((background >> 8) & 0xFF) +
                           0.0722 * ((background >> 16) & 0xFF);
  return luminance > 150 ? kLabelText : rgba(255, 255, 255);
}

}  // namespace knp::app
