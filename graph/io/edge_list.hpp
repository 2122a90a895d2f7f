#pragma once
// Plain edge lists, the lingua franca of network tools: one edge per line, two node names,
// `#` starts a comment. Used by `knotenpunkt centrality` so anyone can compare our figures with
// igraph, networkx or Graphviz on the same graph.
#include <string>
#include <string_view>
#include <vector>

#include "analysis/simple_graph.hpp"
#include "model/validation.hpp"

namespace knp {

struct EdgeList {
  std::vector<std::string> names;  // node names in order of first appearance; vertex i is names[i]
  std::vector<std::pair<VertexIndex, VertexIndex>> edges;  // in file order, as written
  std::size_t selfLoops = 0;       // lines naming the same node twice (kept in `edges`)
  std::vector<Problem> problems;   // errors with line and column; empty when the text is fine
};

// Lines hold two names separated by whitespace; when a line contains a tab, only tabs separate,
// so names may contain spaces. Text after `#` is a comment; blank lines are skipped; a "\r"
// before the line end and a UTF-8 byte-order mark at the start are ignored. A line with one
// name or more than two is an error naming its line and the column of the offending name
// (columns count characters); at most kMaxListedProblems are listed, the rest counted. More
// than limits::kEdgeListEdges edges or kEdgeListNodes names stop the reading with an error at
// the line that passes the limit. O(size of text).
EdgeList parseEdgeList(std::string_view text);

// "name<TAB>degree<TAB>betweenness" per node after a header line of the same form, in node
// order. Betweenness uses the shortest text that reads back as the same double.
std::string formatCentralityTsv(const std::vector<std::string>& names, const SimpleGraph& graph,
                                const std::vector<double>& betweenness);

}  // namespace knp
