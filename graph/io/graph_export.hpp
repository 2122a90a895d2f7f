#pragma once
// The project's graph in the formats other network tools read: GraphML (yEd, Gephi, igraph,
// networkx, Cytoscape), GEXF 1.2draft (Gephi, networkx, sigma.js; 1.3 on request) and DOT
// (Graphviz). The graph is exactly
// buildProjectGraph's: its vertices (actors, activities, goals, life phases, each in project
// order) and its edges, parallel edges and self-loops included, in its edge order.
//
// Nodes. The id is the node key "kind:id" ("actor:awo"), the name map positions and
// `knotenpunkt layout` use. Attributes, written only where the item has a value (an empty
// text counts as none; DOT then shows the node id as Graphviz does by default):
//   kind        actor, activity, goal or lifePhase (the key's prefix)
//   label       the name (actors, life phases) or title (activities, goals)
//   actorType   actors: the type's name in the project file ("welfare_organisation")
//   status      activities: planned, running or finished
//   fields      activities and goals: the field ids joined with ';' into one string, in the
//               item's order (one string rather than a list: GraphML has no list type, and
//               the same text in all three formats; an id holding ';' makes it ambiguous)
//   startYear, endYear   activities, integers
//   concept, level       goals: the concept's id, and guiding, sub or annual
//   order, minAge, maxAge   life phases, integers (maxAge absent: open-ended)
// Edges. Ids e0, e1, ... in buildProjectGraph's edge order; source and target as that view
// stores them (activity first for lead, partner, serves_goal and targets_phase; `from` first
// for cooperations; the member first for memberships), though every format says undirected.
// Attributes: kind (lead, partner, serves_goal, targets_phase, cooperation, membership) and,
// on cooperation edges, cooperationType (cooperation, funding, information, membership).
//
// Positions come from project.map.positions for the nodes that have a finite one there;
// colours from GraphExportOptions::colours. Nodes without either are written without.
//   GraphML  keys for every attribute (attr.name, attr.type string/int/double); x and y
//            (double, the map's coordinates as stored) only when some node has a position,
//            r, g and b (int 0..255, the attributes Gephi's importer reads as colour) only
//            when some node has a colour; <graph edgedefault="undirected">, the project
//            title as its <desc>. GraphML wants node ids that are XML name tokens: a key
//            with any character besides ASCII letters, digits and . - _ : is written as
//            "kind." followed by the id with every byte besides letters, digits, . and - as
//            _HH (hex), e.g. "actor.Verein_20_C3_84"; unique, as every plain key has a ':'.
//   GEXF     1.2draft by default (the version networkx 2.8, Gephi 0.9 and the web viewers
//            read; networkx 2.8 rejects 1.3), 1.3 with GexfVersion::V1_3 (namespaces
//            http://gexf.net/1.3). Declared node and edge attributes, label as the node's label
//            attribute (not an attvalue); in 1.3 the edge kind also as the edge's own `kind`
//            (Gephi keeps parallel edges of different kinds apart by it); viz:color and
//            viz:position x y z="0" (the map's coordinates as stored); defaultedgetype
//            "undirected", mode "static", the title as meta description. No date in meta:
//            the same project gives the same bytes.
//   DOT      `graph knotenpunkt { ... }`, every id and value a quoted string; shape by kind
//            (ellipse actor, diamond activity, box goal, hexagon life phase); the attributes
//            above as DOT attributes (Graphviz ignores those it does not know, pydot and
//            igraph keep them); style=filled and fillcolor="#rrggbb" for coloured nodes;
//            pos="x,y!" (pinned) for placed nodes. Graphviz reads pos in inches with y
//            upwards, while map coordinates grow downwards and layouts fit them into the unit
//            square: positions are flipped vertically and scaled uniformly so that the larger
//            side of their bounding box measures 1.5·√n inches (n nodes), lower left corner at
//            (0, 0); all at one point: (0, 0). Written with 4 decimals. Graphviz's neato and
//            fdp honour pos; dot ignores it.
//
// Text. UTF-8; bytes that are not well-formed UTF-8 become U+FFFD. XML: & < > " ' as entity
// references, tab, line feed and carriage return as character references (so attribute
// values keep them), other control characters and U+FFFE/U+FFFF (not allowed in XML 1.0)
// dropped. DOT: backslash and double quote escaped with a backslash, a line break (LF, CRLF
// or CR) as \n, Graphviz's line break in labels, other control characters dropped.
//
// Output is deterministic (the same project and options give the same bytes) and ends with a
// newline. Ids are expected unique per kind (validateProject); a duplicate id gives two nodes
// of one id, as the view has two vertices of one key. O(V + E + size of the text).
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/enums.hpp"
#include "model/project.hpp"

namespace knp {

enum class GraphFormat { GraphML, Gexf, Dot };

// Names as typed on the command line; they double as file name extensions.
inline constexpr std::array<EnumName<GraphFormat>, 3> kGraphFormatNames{
    {{GraphFormat::GraphML, "graphml"}, {GraphFormat::Gexf, "gexf"}, {GraphFormat::Dot, "dot"}}};

enum class GexfVersion { Draft1_2, V1_3 };

struct GraphExportOptions {
  GexfVersion gexfVersion = GexfVersion::Draft1_2;
  // One entry per vertex of buildProjectGraph's numbering (actors, activities, goals, life
  // phases); nullopt, or a vertex beyond the vector's end: no colour. Empty: no colours at all.
  std::vector<std::optional<Colour>> colours;
};

// The project's graph as GraphML, GEXF or DOT text (see above).
std::string writeGraph(const Project& project, GraphFormat format, const GraphExportOptions& options = {});

// "graphml", "gexf" or "dot", ASCII letters in any case; nullopt for anything else.
std::optional<GraphFormat> graphFormatFromName(std::string_view name);

// "graphml", "gexf" or "dot".
std::string_view toString(GraphFormat format);

}  // namespace knp
