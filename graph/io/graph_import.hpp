#pragma once
// Graphs drawn in other network tools (yEd, Gephi, Cytoscape, networkx, igraph) as actors and
// cooperations: GraphML and GEXF 1.1-1.3, including the files graph_export writes.
//
// Nodes become actors. A node's name is its label - GraphML: the data of a key whose
// attr.name is "label" or "name" (case ignored), else yEd's <y:NodeLabel>; GEXF: the node's
// label attribute - else its id. Its type is the value of an attribute named actorType, type
// or Akteurstyp (case and umlauts ignored), matched with actorTypeOf; Other when absent or
// unknown (unknown ones counted in one warning). Nodes whose "kind" attribute is present and
// not "actor" (activities, goals and life phases in files we exported) are skipped, counted in
// one warning together with the edges that touch them. An actor of the project whose name or
// id matches the node's name (or, failing that, its id, also without an "actor:" prefix) is
// kept; it counts as updated only when the node gives a known type that differs, which then
// replaces the actor's. Other nodes create actors with ids from idFrom(name). Several nodes of
// one name give one actor.
//
// Edges between two imported actors become cooperations from source to target, typed by an
// attribute named cooperationType or type (cooperation, funding, information, membership or
// Kooperation, Förderung, Information, Mitgliedschaft; anything else: cooperation, with a
// warning naming the edge). GEXF's own edge attribute `type` (directed, undirected) is not
// that attribute. Edges whose "kind" attribute is "membership" (our export of
// Actor::memberships) add the target to the source's memberships instead; other kinds than
// cooperation and membership are skipped. Self-loops and pairs that already cooperate in
// either direction with the same type (in the project or earlier in the file) are skipped and
// counted in warnings. New cooperations get ids "coop-N", unique among the project's.
//
// Result (RasterImport, so that the command line prints the same summary): rows counts the
// nodes and edges read, rejectedRows those with an error, actorsCreated and actorsUpdated as
// above, activity counters 0. The number of cooperations created (and of memberships added)
// is reported as a Warning-severity problem "N cooperations created". Problems of one node or
// edge carry the line where its element starts; summaries have line 0. Malformed XML is fatal,
// with pugixml's description, the line and the column; so is a root element other than
// <graphml> or <gexf>, and a file beyond the limits of io/input_limits.hpp (XML elements,
// attribute declarations, nodes and edges), which are checked before memory is spent on them.
// An edge naming a node the file lacks is an error naming the edge id; the edge is skipped and
// everything else imported. A node without id likewise. UTF-16 files (decodeUtf16) are read.
// Only the attributes named above are kept per item, and declared defaults are looked up, not
// copied into every item, so memory grows with the nodes and edges, not with the declarations.
//
// Empty graph: an unchanged project. Nested graphs (GraphML nodes holding a <graph>, GEXF
// hierarchies) are read at their top level only. O(size of the file + (V + E) · log).
#include <optional>
#include <string_view>

#include "io/raster_import.hpp"
#include "model/project.hpp"

namespace knp {

enum class GraphFileFormat { GraphML, Gexf };

// By the root element, <graphml> or <gexf> (any namespace prefix), found after an optional
// UTF-8 byte order mark, the XML declaration, comments, processing instructions and a
// DOCTYPE; nullopt for anything else. Reads only up to the root's name, so a file broken
// further on is still recognised. O(length of the prolog).
std::optional<GraphFileFormat> graphFileFormatOf(std::string_view bytes);

// Applies the GraphML or GEXF file `bytes` to a copy of `project` (see above).
RasterImport importGraphFile(const Project& project, std::string_view bytes);

}  // namespace knp
