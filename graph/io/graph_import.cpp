#include "io/graph_import.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <pugixml.hpp>

#include "io/grid_values.hpp"
#include "io/input_limits.hpp"
#include "text/utf8.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"
#include "text/trim.hpp"

namespace knp {
namespace {

// The attributes the import reads (normalised names); all others are not kept, so that an item
// costs the same memory whatever the file declares.
constexpr std::array<std::string_view, 7> kAttributesRead = {"label", "name", "kind", "actortype",
                                                              "type", "akteurstyp", "cooperationtype"};

bool isAttributeRead(const std::string& normalisedName) {
  return std::find(kAttributesRead.begin(), kAttributesRead.end(), normalisedName) != kAttributesRead.end();
}

// Declared defaults of the attributes read, by normalised name; an item's own value wins.
using Defaults = std::unordered_map<std::string, std::string>;

// One node or edge as read from either format; attribute names normalised (normaliseName).
struct GraphItem {
  std::string id;
  std::string label;   // nodes: the label as the format defines it; empty when none
  std::string source;  // edges
  std::string target;
  std::unordered_map<std::string, std::string> attributes;  // only those of kAttributesRead
  std::size_t line = 0;                                     // where the element starts in the file
};

struct ParsedGraph {
  std::vector<GraphItem> nodes;
  std::vector<GraphItem> edges;
  Defaults nodeDefaults, edgeDefaults;
};

// A file the import refuses as a whole, with the line it concerns (0: none).
struct GraphFileError {
  std::size_t line = 0;
  std::string message;
};

// Files with a prefixed root ("<g:graphml xmlns:g=...>") exist; pugixml does no namespaces.
std::string_view localName(std::string_view name) {
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool named(const pugi::xml_node& node, std::string_view name) {
  return node.type() == pugi::node_element && localName(node.name()) == name;
}

template <class F>
void forEachChild(const pugi::xml_node& parent, std::string_view name, F f) {
  for (pugi::xml_node child : parent.children())
    if (named(child, name)) f(child);
}

pugi::xml_node firstChild(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node child : parent.children())
    if (named(child, name)) return child;
  return {};
}

// The first non-empty value among the attributes of these (normalised) names, the item's own
// or else the declared default of its class (nodes or edges).
std::string attributeOf(const GraphItem& item, const Defaults& defaults, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    const std::string key(name);
    auto it = item.attributes.find(key);
    if (it == item.attributes.end()) {
      it = defaults.find(key);
      if (it == defaults.end()) continue;
    }
    std::string value = trimmed(it->second);
    if (!value.empty()) return value;
  }
  return {};
}

std::optional<GraphFileFormat> formatOfRoot(std::string_view name) {
  const std::string_view local = localName(name);
  if (local == "graphml") return GraphFileFormat::GraphML;
  if (local == "gexf") return GraphFileFormat::Gexf;
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// GraphML

// Node and edge names of declared attributes (GraphML keys, GEXF attributes) by their id:
// normalised attr.name or title, else the id.
using Keys = std::unordered_map<std::string, std::string>;

// Where `element` starts in the file, for messages.
std::size_t lineOf(const pugi::xml_node& element, const LineIndex& lines) {
  const std::ptrdiff_t offset = element.offset_debug();
  return offset < 0 ? 0 : static_cast<std::size_t>(lines.line(static_cast<std::size_t>(offset)));
}

// Counts declarations and items against the limits; false with `error` set past them.
class GraphLimits {
 public:
  explicit GraphLimits(std::optional<GraphFileError>& error, const LineIndex& lines) : m_error(error), m_lines(lines) {}
  bool declaration(const pugi::xml_node& element) {
    return within(++m_declarations, limits::kGraphAttributeDeclarations, element, "attribute declarations");
  }
  bool item(const pugi::xml_node& element) {
    return within(++m_items, limits::kGraphItems, element, "nodes and edges");
  }

 private:
  bool within(std::size_t count, std::size_t limit, const pugi::xml_node& element, std::string_view what) {
    if (count <= limit) return true;
    if (!m_error)
      m_error = GraphFileError{lineOf(element, m_lines),
                               fmt::format("more than {} {}; this import reads at most that many (see "
                                           "docs/limits.md)",
                                           limit, what)};
    return false;
  }
  std::optional<GraphFileError>& m_error;
  const LineIndex& m_lines;
  std::size_t m_declarations = 0, m_items = 0;
};

// Records the declaration of attribute `id` named `name` (normalised) with its <default>.
void declare(const std::string& id, const std::string& name, const pugi::xml_node& declaration, Keys& keys,
             Defaults& defaults) {
  keys[id] = name;
  if (!isAttributeRead(name)) return;
  if (pugi::xml_node def = firstChild(declaration, "default")) defaults[name] = def.child_value();
}

// Keeps `value` for attribute `name` when the import reads it.
void keepAttribute(GraphItem& item, const std::string& name, const char* value) {
  if (isAttributeRead(name)) item.attributes[name] = value;
}

void readGraphMlData(const pugi::xml_node& element, const Keys& keys, GraphItem& item) {
  forEachChild(element, "data", [&](const pugi::xml_node& data) {
    const std::string keyId = data.attribute("key").value();
    auto it = keys.find(keyId);
    // An undeclared key: hand-written files often use the attribute's name as the key.
    keepAttribute(item, it != keys.end() ? it->second : normaliseName(keyId), data.child_value());
  });
}

ParsedGraph readGraphMl(const pugi::xml_node& root, const LineIndex& lines, std::optional<GraphFileError>& error) {
  ParsedGraph g;
  GraphLimits limits(error, lines);
  Keys nodeKeys, edgeKeys;
  forEachChild(root, "key", [&](const pugi::xml_node& key) {
    if (!limits.declaration(key)) return;
    const std::string id = key.attribute("id").value();
    const std::string forWhat = key.attribute("for").as_string("all");
    const pugi::xml_attribute attrName = key.attribute("attr.name");
    const std::string name = normaliseName(attrName ? attrName.value() : id.c_str());
    if (forWhat == "node" || forWhat == "all") declare(id, name, key, nodeKeys, g.nodeDefaults);
    if (forWhat == "edge" || forWhat == "all") declare(id, name, key, edgeKeys, g.edgeDefaults);
  });
  forEachChild(root, "graph", [&](const pugi::xml_node& graph) {
    forEachChild(graph, "node", [&](const pugi::xml_node& node) {
      if (!limits.item(node)) return;
      GraphItem item;
      item.id = node.attribute("id").value();
      item.line = lineOf(node, lines);
      readGraphMlData(node, nodeKeys, item);
      item.label = attributeOf(item, g.nodeDefaults, {"label", "name"});
      if (item.label.empty()) {
        // yEd keeps labels in its graphics data, under a key without attr.name.
        const pugi::xml_node yedLabel = node.find_node([](const pugi::xml_node& n) { return named(n, "NodeLabel"); });
        if (yedLabel) item.label = trimmed(yedLabel.child_value());
      }
      g.nodes.push_back(std::move(item));
    });
    forEachChild(graph, "edge", [&](const pugi::xml_node& edge) {
      if (!limits.item(edge)) return;
      GraphItem item;
      item.id = edge.attribute("id").value();
      item.source = edge.attribute("source").value();
      item.target = edge.attribute("target").value();
      item.line = lineOf(edge, lines);
      readGraphMlData(edge, edgeKeys, item);
      g.edges.push_back(std::move(item));
    });
  });
  return g;
}

// ---------------------------------------------------------------------------------------------
// GEXF

void readGexfAttvalues(const pugi::xml_node& element, const Keys& titles, GraphItem& item) {
  forEachChild(firstChild(element, "attvalues"), "attvalue", [&](const pugi::xml_node& value) {
    // GEXF 1.2 and 1.3 say `for`, 1.1 said `id`.
    pugi::xml_attribute ref = value.attribute("for");
    if (!ref) ref = value.attribute("id");
    const std::string id = ref.value();
    auto it = titles.find(id);
    keepAttribute(item, it != titles.end() ? it->second : normaliseName(id), value.attribute("value").value());
  });
}

ParsedGraph readGexf(const pugi::xml_node& root, const LineIndex& lines, std::optional<GraphFileError>& error) {
  ParsedGraph g;
  GraphLimits limits(error, lines);
  const pugi::xml_node graph = firstChild(root, "graph");
  Keys nodeTitles, edgeTitles;
  forEachChild(graph, "attributes", [&](const pugi::xml_node& declarations) {
    const bool forEdges = std::string_view(declarations.attribute("class").value()) == "edge";
    forEachChild(declarations, "attribute", [&](const pugi::xml_node& attribute) {
      if (!limits.declaration(attribute)) return;
      const std::string id = attribute.attribute("id").value();
      const pugi::xml_attribute title = attribute.attribute("title");
      const std::string name = normaliseName(title ? title.value() : id.c_str());
      if (forEdges)
        declare(id, name, attribute, edgeTitles, g.edgeDefaults);
      else
        declare(id, name, attribute, nodeTitles, g.nodeDefaults);
    });
  });
  forEachChild(firstChild(graph, "nodes"), "node", [&](const pugi::xml_node& node) {
    if (!limits.item(node)) return;
    GraphItem item;
    item.id = node.attribute("id").value();
    item.label = trimmed(node.attribute("label").value());
    item.line = lineOf(node, lines);
    readGexfAttvalues(node, nodeTitles, item);
    g.nodes.push_back(std::move(item));
  });
  forEachChild(firstChild(graph, "edges"), "edge", [&](const pugi::xml_node& edge) {
    if (!limits.item(edge)) return;
    GraphItem item;
    item.id = edge.attribute("id").value();
    item.source = edge.attribute("source").value();
    item.target = edge.attribute("target").value();
    item.line = lineOf(edge, lines);
    readGexfAttvalues(edge, edgeTitles, item);
    // GEXF 1.3's own edge kind, unless an attvalue gave one.
    if (const char* kind = edge.attribute("kind").value(); *kind != '\0') item.attributes.emplace("kind", kind);
    g.edges.push_back(std::move(item));
  });
  return g;
}

// ---------------------------------------------------------------------------------------------
// Applying

std::optional<CooperationType> cooperationTypeOf(const std::string& text) {
  const std::string name = normaliseName(text);
  if (name == "cooperation" || name == "kooperation") return CooperationType::Cooperation;
  if (name == "funding" || name == "foerderung") return CooperationType::Funding;
  if (name == "information") return CooperationType::Information;
  if (name == "membership" || name == "mitgliedschaft") return CooperationType::Membership;
  return std::nullopt;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

class Importer {
 public:
  explicit Importer(RasterImport& result)
      : m_result(result),
        m_p(result.project),
        m_originalActors(m_p.actors.size()),
        m_lookup(m_p.actors, [](const Actor& a) { return a.name; }) {
    for (const Actor& a : m_p.actors) m_actorIds.insert(a.id.value);
    for (const Cooperation& c : m_p.cooperations) {
      m_cooperationIds.insert(c.id.value);
      m_pairs.insert(pairKey(c.from.value, c.to.value, c.type));
    }
  }

  void run(const ParsedGraph& g) {
    m_nodeDefaults = &g.nodeDefaults;
    m_edgeDefaults = &g.edgeDefaults;
    for (const GraphItem& node : g.nodes) addNode(node);
    for (std::size_t e = 0; e < g.edges.size(); ++e) addEdge(g.edges[e], e);
    // The actors the project had that the file names and leaves as they were.
    for (std::size_t i : m_matched)
      if (!m_updated.contains(i)) ++m_result.actorsUnchanged;
    summarise();
  }

 private:
  using PairKey = std::tuple<std::string, std::string, CooperationType>;

  static PairKey pairKey(const std::string& a, const std::string& b, CooperationType type) {
    return a < b ? PairKey{a, b, type} : PairKey{b, a, type};
  }

  // A problem of one node or edge at `line` (0: of the whole file).
  void error(std::string message, std::size_t line) {
    addProblem(m_result.problems, RasterProblem{Severity::Error, line, {}, std::move(message)});
    ++m_result.rejectedRows;
  }
  void warning(std::string message, std::size_t line = 0) {
    addProblem(m_result.problems, RasterProblem{Severity::Warning, line, {}, std::move(message)});
  }

  std::optional<std::size_t> existingActor(const GraphItem& node, const std::string& name) const {
    if (auto i = m_lookup.find(name)) return i;
    if (auto i = m_lookup.find(node.id)) return i;
    constexpr std::string_view prefix = "actor:";
    if (node.id.starts_with(prefix)) return m_lookup.find(node.id.substr(prefix.size()));
    return std::nullopt;
  }

  void addNode(const GraphItem& node) {
    ++m_result.rows;
    if (trimmed(node.id).empty()) {
      error(fmt::format("node {} has no id, skipped", m_result.rows), node.line);
      return;
    }
    if (m_nodeActor.contains(node.id) || m_skippedNodes.contains(node.id)) {
      warning(fmt::format("node {} appears twice; the second one is ignored", quote(node.id)), node.line);
      return;
    }
    if (const std::string kind = attributeOf(node, *m_nodeDefaults, {"kind"}); !kind.empty() && normaliseName(kind) != "actor") {
      m_skippedNodes.insert(node.id);
      m_skippedKinds.insert(kind);
      return;
    }
    const std::string name = node.label.empty() ? trimmed(node.id) : node.label;
    std::optional<ActorType> type;
    if (const std::string text = attributeOf(node, *m_nodeDefaults, {"actortype", "type", "akteurstyp"}); !text.empty()) {
      type = actorTypeOf(text);
      if (!type && m_unknownTypes++ == 0) m_firstUnknownType = text;
    }
    if (auto existing = existingActor(node, name)) {
      Actor& actor = m_p.actors[*existing];
      if (type && *type != actor.type) {
        actor.type = *type;
        if (*existing < m_originalActors && m_updated.insert(*existing).second) ++m_result.actorsUpdated;
      }
      if (*existing < m_originalActors) m_matched.insert(*existing);
      m_nodeActor.emplace(node.id, *existing);
      return;
    }
    Actor actor;
    actor.id = ActorId(idFrom(name, m_actorIds));
    actor.name = name;
    actor.type = type.value_or(ActorType::Other);
    m_lookup.add(actor.id.value, actor.name, m_p.actors.size());
    m_nodeActor.emplace(node.id, m_p.actors.size());
    m_p.actors.push_back(std::move(actor));
    ++m_result.actorsCreated;
  }

  void addEdge(const GraphItem& edge, std::size_t index) {
    ++m_result.rows;
    const std::string edgeName =
        edge.id.empty() ? fmt::format("edge {} (no id)", index + 1) : fmt::format("edge {}", quote(edge.id));
    std::vector<std::string> unknown;
    for (const std::string* end : {&edge.source, &edge.target})
      if (!m_nodeActor.contains(*end) && !m_skippedNodes.contains(*end)) unknown.push_back(quote(*end));
    if (!unknown.empty()) {
      error(fmt::format("{}: unknown node {}, skipped", edgeName, fmt::join(unknown, " and ")), edge.line);
      return;
    }
    if (m_skippedNodes.contains(edge.source) || m_skippedNodes.contains(edge.target)) {
      ++m_edgesToSkipped;
      return;
    }
    const std::size_t from = m_nodeActor.at(edge.source), to = m_nodeActor.at(edge.target);
    if (from == to) {
      ++m_selfLoops;
      return;
    }
    const std::string kind = normaliseName(attributeOf(edge, *m_edgeDefaults, {"kind"}));
    if (kind == "membership") {
      auto& memberships = m_p.actors[from].memberships;
      const ActorId& organisation = m_p.actors[to].id;
      if (!m_membershipsIndexed) {  // the project's own, once: a node may have 100,000 membership edges
        for (std::size_t a = 0; a < m_p.actors.size(); ++a)
          for (const ActorId& body : m_p.actors[a].memberships) m_memberships.emplace(a, body.value);
        m_membershipsIndexed = true;
      }
      if (!m_memberships.emplace(from, organisation.value).second) {
        ++m_duplicates;
        return;
      }
      memberships.push_back(organisation);
      ++m_membershipsAdded;
      return;
    }
    if (!kind.empty() && kind != "cooperation") {
      ++m_otherKinds;
      return;
    }
    CooperationType type = CooperationType::Cooperation;
    if (const std::string text = attributeOf(edge, *m_edgeDefaults, {"cooperationtype", "type"}); !text.empty()) {
      if (auto known = cooperationTypeOf(text))
        type = *known;
      else
        warning(fmt::format("{}: unknown cooperation type {}, imported as cooperation", edgeName, quote(text)),
                edge.line);
    }
    const ActorId& fromId = m_p.actors[from].id;
    const ActorId& toId = m_p.actors[to].id;
    if (!m_pairs.insert(pairKey(fromId.value, toId.value, type)).second) {
      ++m_duplicates;
      return;
    }
    std::string id;
    do id = fmt::format("coop-{}", ++m_lastCooperationNumber);
    while (m_cooperationIds.contains(id));
    m_cooperationIds.insert(id);
    m_p.cooperations.push_back({CooperationId(id), fromId, toId, type, ""});
    ++m_cooperationsCreated;
  }

  void summarise() {
    if (!m_skippedNodes.empty())
      warning(fmt::format("{} skipped: not actors (kind {}); {} touching them ignored",
                          plural(m_skippedNodes.size(), "node", "nodes"), fmt::join(m_skippedKinds, ", "),
                          plural(m_edgesToSkipped, "edge", "edges")));
    if (m_unknownTypes > 0)
      warning(fmt::format("{} of unknown actor type imported as Other (e.g. {})",
                          plural(m_unknownTypes, "node", "nodes"), quote(m_firstUnknownType)));
    if (m_selfLoops > 0) warning(fmt::format("{} skipped", plural(m_selfLoops, "self-loop", "self-loops")));
    if (m_duplicates > 0)
      warning(fmt::format("{} skipped: the actors already cooperate with that type",
                          plural(m_duplicates, "duplicate edge", "duplicate edges")));
    if (m_otherKinds > 0)
      warning(fmt::format("{} of a kind other than cooperation or membership skipped",
                          plural(m_otherKinds, "edge", "edges")));
    if (m_cooperationsCreated > 0)
      warning(fmt::format("{} created", plural(m_cooperationsCreated, "cooperation", "cooperations")));
    if (m_membershipsAdded > 0)
      warning(fmt::format("{} added", plural(m_membershipsAdded, "membership", "memberships")));
  }

  RasterImport& m_result;
  Project& m_p;
  const Defaults* m_nodeDefaults = nullptr;  // the graph's, set by run()
  const Defaults* m_edgeDefaults = nullptr;
  std::size_t m_originalActors;
  ItemLookup<Actor> m_lookup;
  TakenIds m_actorIds;
  std::unordered_set<std::string> m_cooperationIds;
  std::set<PairKey> m_pairs;
  std::set<std::pair<std::size_t, std::string>> m_memberships;  // (member's index, organisation id)
  bool m_membershipsIndexed = false;
  std::unordered_map<std::string, std::size_t> m_nodeActor;  // node id -> index into actors
  std::unordered_set<std::string> m_skippedNodes;
  std::set<std::string> m_skippedKinds;  // sorted: the warning reads the same every time
  std::unordered_set<std::size_t> m_updated;
  std::unordered_set<std::size_t> m_matched;  // actors the project had that the file names
  std::string m_firstUnknownType;
  std::size_t m_unknownTypes = 0, m_edgesToSkipped = 0, m_selfLoops = 0, m_duplicates = 0, m_otherKinds = 0;
  std::size_t m_cooperationsCreated = 0, m_membershipsAdded = 0, m_lastCooperationNumber = 0;
};

}  // namespace

std::optional<GraphFileFormat> graphFileFormatOf(std::string_view bytes) {
  std::size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  auto skipPast = [&](std::string_view end) {
    const std::size_t at = bytes.find(end, i);
    i = at == std::string_view::npos ? bytes.size() : at + end.size();
  };
  while (i < bytes.size()) {
    const char c = bytes[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    if (c != '<') return std::nullopt;
    const std::string_view rest = bytes.substr(i);
    if (rest.starts_with("<?")) {
      skipPast("?>");
    } else if (rest.starts_with("<!--")) {
      skipPast("-->");
    } else if (rest.starts_with("<!")) {
      // A DOCTYPE; its internal subset in brackets may hold '>'.
      const std::size_t bracket = bytes.find('[', i), close = bytes.find('>', i);
      if (bracket < close) skipPast("]");
      skipPast(">");
    } else {
      const std::string_view tag = rest.substr(1);
      return formatOfRoot(tag.substr(0, tag.find_first_of(" \t\r\n/>")));
    }
  }
  return std::nullopt;
}

RasterImport importGraphFile(const Project& project, std::string_view bytes) {
  // UTF-16 (as some Windows tools save) is read as such; invalid UTF-8 (a file from a tool that
  // writes Latin-1 under a UTF-8 declaration) becomes U+FFFD, so that the project can always be
  // saved. Line numbers count lines of the text so decoded, which are the file's lines.
  const std::optional<std::string> utf16 = decodeUtf16(bytes);
  std::string cleaned = sanitizeUtf8(utf16 ? std::string_view(*utf16) : bytes);
  const LineIndex lines(cleaned);
  RasterImport result;
  result.project = project;
  auto fatal = [&result](std::string message, std::size_t line = 0) {
    result.fatal = true;
    addProblem(result.problems, RasterProblem{Severity::Error, line, {}, std::move(message)});
    return result;
  };
  // Refuse before pugixml builds a node for each element and attribute.
  if (limits::xmlMarkupCount(cleaned) > limits::kXmlMarkup)
    return fatal(fmt::format("more than {} XML elements and attributes; this import reads at most that many (see "
                             "docs/limits.md)",
                             limits::kXmlMarkup));
  pugi::xml_document doc;  // parsed in place: no third copy of the file
  const pugi::xml_parse_result parsed =
      doc.load_buffer_inplace(cleaned.data(), cleaned.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    const TextPosition at = lines.at(static_cast<std::size_t>(parsed.offset));
    return fatal(fmt::format("not well-formed XML (column {}): {}", at.column, parsed.description()),
                 static_cast<std::size_t>(at.line));
  }
  const pugi::xml_node root = doc.document_element();
  const auto format = formatOfRoot(root.name());
  if (!format) return fatal(fmt::format("neither GraphML nor GEXF: the root element is <{}>", excerpt(root.name())));
  std::optional<GraphFileError> tooLarge;
  const ParsedGraph graph =
      *format == GraphFileFormat::GraphML ? readGraphMl(root, lines, tooLarge) : readGexf(root, lines, tooLarge);
  if (tooLarge) return fatal(tooLarge->message, tooLarge->line);
  Importer(result).run(graph);
  refuseInvalidResult(result);
  return result;
}

}  // namespace knp
