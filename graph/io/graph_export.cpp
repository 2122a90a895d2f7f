#include "io/graph_export.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include <fmt/format.h>

#include "text/markup_escape.hpp"
#include "text/utf8.hpp"
#include "view/map_filter.hpp"
#include "view/project_graph.hpp"

namespace knp {
namespace {

enum class ValueType { String, Int, Double };

struct AttributeSpec {
  std::string_view name;
  ValueType type;
};

// Node attributes, in the order they are declared and written; NodeAttribute indexes them.
enum NodeAttribute : std::size_t {
  kKind,
  kLabel,
  kActorType,
  kStatus,
  kFields,
  kStartYear,
  kEndYear,
  kConcept,
  kLevel,
  kOrder,
  kMinAge,
  kMaxAge,
  kNodeAttributeCount
};

constexpr std::array<AttributeSpec, kNodeAttributeCount> kNodeAttributes{{
    {"kind", ValueType::String},
    {"label", ValueType::String},
    {"actorType", ValueType::String},
    {"status", ValueType::String},
    {"fields", ValueType::String},
    {"startYear", ValueType::Int},
    {"endYear", ValueType::Int},
    {"concept", ValueType::String},
    {"level", ValueType::String},
    {"order", ValueType::Int},
    {"minAge", ValueType::Int},
    {"maxAge", ValueType::Int},
}};

// The edge attributes. Their GraphML key and GEXF attribute ids differ from the node ones
// ("edgeKind"), so that every declaration has an id of its own in both formats.
constexpr std::string_view kEdgeKindId = "edgeKind", kCooperationTypeId = "cooperationType";

struct ExportNode {
  NodeKind kind = NodeKind::Actor;
  std::string id;                                       // the item's id
  std::string key;                                      // "kind:id"
  std::array<std::string, kNodeAttributeCount> values;  // unescaped; empty: not written
  std::optional<NodePlacement> position;                // finite only
  std::optional<Colour> colour;
};

struct ExportEdge {
  std::size_t source = 0, target = 0;  // into ExportGraph::nodes
  EdgeKind kind = EdgeKind::Lead;
  std::optional<CooperationType> cooperationType;
};

struct ExportGraph {
  std::vector<ExportNode> nodes;
  std::vector<ExportEdge> edges;
  bool anyPosition = false, anyColour = false;
};

// Snake case like the project file's enum names ("welfare_organisation"), which is what users
// of these files see next to actorType and status, rather than toString(EdgeKind)'s camel case.
std::string_view edgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Lead:
      return "lead";
    case EdgeKind::Partner:
      return "partner";
    case EdgeKind::ServesGoal:
      return "serves_goal";
    case EdgeKind::TargetsPhase:
      return "targets_phase";
    case EdgeKind::Cooperation:
      return "cooperation";
    case EdgeKind::Membership:
      return "membership";
    // The exports write the full graph; the abstract views' kinds are named for completeness.
    case EdgeKind::ActorLink:
      return "actor_link";
    case EdgeKind::ActorGoal:
      return "actor_goal";
    case EdgeKind::ActorPhase:
      return "actor_phase";
  }
  return "";
}

template <class IdType>
std::string joinIds(const std::vector<IdType>& ids) {
  std::string joined;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) joined += ';';
    joined += ids[i].value;
  }
  return joined;
}

std::string optionalInt(const std::optional<int>& value) { return value ? fmt::format("{}", *value) : std::string(); }

ExportGraph collect(const Project& p, const GraphExportOptions& options) {
  const ProjectGraph view = buildProjectGraph(p);
  ExportGraph g;
  const std::size_t vertexCount = boost::num_vertices(view.graph);
  g.nodes.reserve(vertexCount);
  for (Vertex v = 0; v < vertexCount; ++v) {
    const NodeProps& props = view.graph[v];
    ExportNode node;
    node.kind = props.kind;
    node.key = nodeKey(p, view, v);
    auto& values = node.values;
    values[kKind] = std::string(toString(props.kind));
    switch (props.kind) {
      case NodeKind::Actor: {
        const Actor& actor = p.actors[props.index];
        node.id = actor.id.value;
        values[kLabel] = actor.name;
        values[kActorType] = std::string(toString(actor.type));
        break;
      }
      case NodeKind::Activity: {
        const Activity& activity = p.activities[props.index];
        node.id = activity.id.value;
        values[kLabel] = activity.title;
        values[kStatus] = std::string(toString(activity.status));
        values[kFields] = joinIds(activity.fields);
        values[kStartYear] = optionalInt(activity.startYear);
        values[kEndYear] = optionalInt(activity.endYear);
        break;
      }
      case NodeKind::Goal: {
        const Goal& goal = p.goals[props.index];
        node.id = goal.id.value;
        values[kLabel] = goal.title;
        values[kFields] = joinIds(goal.fields);
        values[kConcept] = goal.conceptId.value;
        values[kLevel] = std::string(toString(goal.level));
        break;
      }
      case NodeKind::LifePhase: {
        const LifePhase& phase = p.lifePhases[props.index];
        node.id = phase.id.value;
        values[kLabel] = phase.name;
        values[kOrder] = fmt::format("{}", phase.order);
        values[kMinAge] = fmt::format("{}", phase.minAge);
        values[kMaxAge] = optionalInt(phase.maxAge);
        break;
      }
    }
    if (auto it = p.map.positions.find(node.key);
        it != p.map.positions.end() && std::isfinite(it->second.x) && std::isfinite(it->second.y)) {
      node.position = it->second;
      g.anyPosition = true;
    }
    if (v < options.colours.size() && options.colours[v]) {
      node.colour = options.colours[v];
      g.anyColour = true;
    }
    g.nodes.push_back(std::move(node));
  }
  // An undirected adjacency_list lists its edges in the order they were added.
  for (auto [it, end] = boost::edges(view.graph); it != end; ++it) {
    const EdgeProps& props = view.graph[*it];
    ExportEdge edge{boost::source(*it, view.graph), boost::target(*it, view.graph), props.kind, std::nullopt};
    if (props.kind == EdgeKind::Cooperation) edge.cooperationType = p.cooperations[props.index].type;
    g.edges.push_back(edge);
  }
  return g;
}

// ---------------------------------------------------------------------------------------------
// Escaping

// XML text for content and attribute values (text/markup_escape.hpp).
std::string xmlEscape(std::string_view raw) { return escapeMarkup(raw, MarkupPolicy::Xml); }

// The inside of a DOT quoted string. Escaping the backslash keeps Graphviz from reading escape
// sequences (\N, \l, ...) out of the data, and a trailing one from swallowing the closing quote.
std::string dotEscape(std::string_view raw) {
  const std::string text = sanitizeUtf8(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') break;
        out += c;
    }
  }
  return out;
}

std::string dotQuoted(std::string_view raw) { return "\"" + dotEscape(raw) + "\""; }

// The shortest text that reads back as the same double; finite values only.
std::string formatDouble(double value) { return fmt::format("{}", value); }

// ---------------------------------------------------------------------------------------------
// GraphML

bool isPlainNameByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// GraphML declares node ids as xs:NMTOKEN. Non-ASCII letters would be allowed too, but which
// ones differs between XML editions; escaping every non-ASCII byte is safe under both.
std::string graphmlNodeId(const ExportNode& node) {
  const bool plain = std::all_of(node.key.begin(), node.key.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return isPlainNameByte(byte) || byte == '_' || byte == ':';
  });
  if (plain) return node.key;
  std::string id(toString(node.kind));
  id += '.';
  for (char c : node.id) {
    const auto byte = static_cast<unsigned char>(c);
    if (isPlainNameByte(byte))
      id += c;
    else
      id += fmt::format("_{:02X}", byte);
  }
  return id;
}

std::string_view graphmlType(ValueType type) {
  switch (type) {
    case ValueType::String:
      return "string";
    case ValueType::Int:
      return "int";
    case ValueType::Double:
      return "double";
  }
  return "string";
}

std::string writeGraphMl(const ExportGraph& g, const Project& p) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  auto key = [&out](std::string_view id, std::string_view forWhat, std::string_view name, ValueType type) {
    out += fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", id, forWhat, name,
                       graphmlType(type));
  };
  for (const AttributeSpec& spec : kNodeAttributes) key(spec.name, "node", spec.name, spec.type);
  if (g.anyPosition) {
    key("x", "node", "x", ValueType::Double);
    key("y", "node", "y", ValueType::Double);
  }
  if (g.anyColour) {
    key("r", "node", "r", ValueType::Int);
    key("g", "node", "g", ValueType::Int);
    key("b", "node", "b", ValueType::Int);
  }
  key(kEdgeKindId, "edge", "kind", ValueType::String);
  key(kCooperationTypeId, "edge", "cooperationType", ValueType::String);

  out += "  <graph id=\"knotenpunkt\" edgedefault=\"undirected\">\n";
  if (!p.title.empty()) out += fmt::format("    <desc>{}</desc>\n", xmlEscape(p.title));
  auto data = [&out](std::string_view keyId, std::string_view value) {
    out += fmt::format("      <data key=\"{}\">{}</data>\n", keyId, xmlEscape(value));
  };
  std::vector<std::string> ids;
  ids.reserve(g.nodes.size());
  for (const ExportNode& node : g.nodes) {
    ids.push_back(graphmlNodeId(node));
    out += fmt::format("    <node id=\"{}\">\n", xmlEscape(ids.back()));
    for (std::size_t a = 0; a < kNodeAttributeCount; ++a)
      if (!node.values[a].empty()) data(kNodeAttributes[a].name, node.values[a]);
    if (node.position) {
      data("x", formatDouble(node.position->x));
      data("y", formatDouble(node.position->y));
    }
    if (node.colour) {
      data("r", fmt::format("{}", node.colour->r));
      data("g", fmt::format("{}", node.colour->g));
      data("b", fmt::format("{}", node.colour->b));
    }
    out += "    </node>\n";
  }
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    const ExportEdge& edge = g.edges[e];
    out += fmt::format("    <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n", e, xmlEscape(ids[edge.source]),
                       xmlEscape(ids[edge.target]));
    data(kEdgeKindId, edgeKindName(edge.kind));
    if (edge.cooperationType) data(kCooperationTypeId, toString(*edge.cooperationType));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// GEXF 1.2draft and 1.3

std::string_view gexfType(ValueType type) {
  switch (type) {
    case ValueType::String:
      return "string";
    case ValueType::Int:
      return "integer";
    case ValueType::Double:
      return "double";
  }
  return "string";
}

std::string writeGexf(const ExportGraph& g, const Project& p, GexfVersion version) {
  const bool v13 = version == GexfVersion::V1_3;
  std::string out =
      v13 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
          : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
            "version=\"1.2\">\n";
  out +=
      "  <meta>\n"
      "    <creator>Knotenpunkt</creator>\n";
  if (!p.title.empty()) out += fmt::format("    <description>{}</description>\n", xmlEscape(p.title));
  out +=
      "  </meta>\n"
      "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
      "    <attributes class=\"node\" mode=\"static\">\n";
  for (std::size_t a = 0; a < kNodeAttributeCount; ++a) {
    if (a == kLabel) continue;  // the node's label attribute
    out += fmt::format("      <attribute id=\"{0}\" title=\"{0}\" type=\"{1}\"/>\n", kNodeAttributes[a].name,
                       gexfType(kNodeAttributes[a].type));
  }
  out += fmt::format(
      "    </attributes>\n"
      "    <attributes class=\"edge\" mode=\"static\">\n"
      "      <attribute id=\"{}\" title=\"kind\" type=\"string\"/>\n"
      "      <attribute id=\"{}\" title=\"cooperationType\" type=\"string\"/>\n"
      "    </attributes>\n",
      kEdgeKindId, kCooperationTypeId);
  auto attvalue = [&out](std::string_view id, std::string_view value) {
    out += fmt::format("          <attvalue for=\"{}\" value=\"{}\"/>\n", id, xmlEscape(value));
  };

  out += "    <nodes>\n";
  for (const ExportNode& node : g.nodes) {
    out += fmt::format("      <node id=\"{}\"", xmlEscape(node.key));
    if (!node.values[kLabel].empty()) out += fmt::format(" label=\"{}\"", xmlEscape(node.values[kLabel]));
    out += ">\n        <attvalues>\n";
    for (std::size_t a = 0; a < kNodeAttributeCount; ++a)
      if (a != kLabel && !node.values[a].empty()) attvalue(kNodeAttributes[a].name, node.values[a]);
    out += "        </attvalues>\n";
    if (node.colour)
      out += fmt::format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n", node.colour->r, node.colour->g,
                         node.colour->b);
    if (node.position)
      out += fmt::format("        <viz:position x=\"{}\" y=\"{}\" z=\"0\"/>\n", formatDouble(node.position->x),
                         formatDouble(node.position->y));
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    const ExportEdge& edge = g.edges[e];
    out += fmt::format("      <edge id=\"e{}\" source=\"{}\" target=\"{}\"", e, xmlEscape(g.nodes[edge.source].key),
                       xmlEscape(g.nodes[edge.target].key));
    if (v13) out += fmt::format(" kind=\"{}\"", edgeKindName(edge.kind));  // 1.2draft has no edge kind
    out += ">\n        <attvalues>\n";
    attvalue(kEdgeKindId, edgeKindName(edge.kind));
    if (edge.cooperationType) attvalue(kCooperationTypeId, toString(*edge.cooperationType));
    out += "        </attvalues>\n      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// DOT

std::string_view dotShape(NodeKind kind) {
  switch (kind) {
    case NodeKind::Actor:
      return "ellipse";
    case NodeKind::Activity:
      return "diamond";
    case NodeKind::Goal:
      return "box";
    case NodeKind::LifePhase:
      return "hexagon";
  }
  return "ellipse";
}

// Maps map coordinates to Graphviz inches: y flipped, the bounding box's larger side 1.5·√n
// inches, its lower left corner at the origin (see the header).
struct DotPlacement {
  double minX = 0.0, maxY = 0.0, scale = 0.0;

  explicit DotPlacement(const ExportGraph& g) {
    double maxX = 0.0, minY = 0.0;
    bool first = true;
    for (const ExportNode& node : g.nodes) {
      if (!node.position) continue;
      const double x = node.position->x, y = node.position->y;
      if (first) {
        minX = maxX = x;
        minY = maxY = y;
        first = false;
      }
      minX = std::min(minX, x);
      maxX = std::max(maxX, x);
      minY = std::min(minY, y);
      maxY = std::max(maxY, y);
    }
    const double side = std::max(maxX - minX, maxY - minY);
    // A box too large for a double (coordinates near ±1e308) gives inf; fall back to one point.
    if (side > 0.0 && std::isfinite(side)) scale = 1.5 * std::sqrt(static_cast<double>(g.nodes.size())) / side;
  }

  std::string pos(const NodePlacement& at) const {
    return fmt::format("{:.4f},{:.4f}!", (at.x - minX) * scale, (maxY - at.y) * scale);
  }
};

std::string writeDot(const ExportGraph& g) {
  std::string out = "graph knotenpunkt {\n";
  const DotPlacement placement(g);
  for (const ExportNode& node : g.nodes) {
    out += fmt::format("  {} [", dotQuoted(node.key));
    bool firstAttribute = true;
    auto attribute = [&](std::string_view name, std::string_view value) {
      out += fmt::format("{}{}={}", firstAttribute ? "" : ", ", name, dotQuoted(value));
      firstAttribute = false;
    };
    if (!node.values[kLabel].empty()) attribute("label", node.values[kLabel]);
    attribute("shape", dotShape(node.kind));
    if (node.colour) {
      attribute("style", "filled");
      attribute("fillcolor", fmt::format("#{:02x}{:02x}{:02x}", node.colour->r, node.colour->g, node.colour->b));
    }
    if (node.position) attribute("pos", placement.pos(*node.position));
    for (std::size_t a = 0; a < kNodeAttributeCount; ++a)
      if (a != kLabel && !node.values[a].empty()) attribute(kNodeAttributes[a].name, node.values[a]);
    out += "];\n";
  }
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    const ExportEdge& edge = g.edges[e];
    out += fmt::format("  {} -- {} [id=\"e{}\", kind=\"{}\"", dotQuoted(g.nodes[edge.source].key),
                       dotQuoted(g.nodes[edge.target].key), e, edgeKindName(edge.kind));
    if (edge.cooperationType) out += fmt::format(", cooperationType=\"{}\"", toString(*edge.cooperationType));
    out += "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace

std::string writeGraph(const Project& project, GraphFormat format, const GraphExportOptions& options) {
  const ExportGraph graph = collect(project, options);
  switch (format) {
    case GraphFormat::GraphML:
      return writeGraphMl(graph, project);
    case GraphFormat::Gexf:
      return writeGexf(graph, project, options.gexfVersion);
    case GraphFormat::Dot:
      return writeDot(graph);
  }
  return {};
}

std::optional<GraphFormat> graphFormatFromName(std::string_view name) {
  std::string lower(name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return enumFromName(kGraphFormatNames, lower);
}

std::string_view toString(GraphFormat format) { return enumName(kGraphFormatNames, format); }

}  // namespace knp
