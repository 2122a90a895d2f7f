#include "io/edge_list.hpp"

#include <unordered_map>

#include <fmt/format.h>

#include "text/utf8.hpp"
#include "io/input_limits.hpp"
#include "text/quoting.hpp"

namespace knp {
namespace {

struct Token {
  std::string_view text;
  std::size_t offset;  // byte offset in the line
};

// The first three tokens of `line`: two are an edge, a third is an error, more are not needed.
std::vector<Token> splitLine(std::string_view line) {
  const bool tabs = line.find('\t') != std::string_view::npos;
  auto isSeparator = [tabs](char c) { return tabs ? c == '\t' : (c == ' ' || c == '\t'); };
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && isSeparator(line[i])) ++i;
    const std::size_t start = i;
    while (i < line.size() && !isSeparator(line[i])) ++i;
    std::string_view token = line.substr(start, i - start);
    while (!token.empty() && token.back() == ' ') token.remove_suffix(1);  // tab-separated: trim
    while (!token.empty() && token.front() == ' ') {
      token.remove_prefix(1);
    }
    if (!token.empty()) tokens.push_back({token, static_cast<std::size_t>(token.data() - line.data())});
    if (tokens.size() == 3) break;
  }
  return tokens;
}

}  // namespace

EdgeList parseEdgeList(std::string_view text) {
  EdgeList result;
  std::unordered_map<std::string, VertexIndex> byName;
  auto vertexOf = [&](std::string_view name) {
    auto [it, inserted] = byName.emplace(std::string(name), static_cast<VertexIndex>(result.names.size()));
    if (inserted) result.names.emplace_back(name);
    return it->second;
  };
  int lineNumber = 0;
  // A UTF-8 byte-order mark, as Windows tools write, is not part of the first name.
  std::size_t position = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (position < text.size()) {
    std::size_t end = text.find('\n', position);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(position, end - position);
    position = end + 1;
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const std::vector<Token> tokens = splitLine(line);
    if (tokens.empty()) continue;
    if (tokens.size() != 2) {
      if (listIsFull(result.problems)) {  // counted only: no message built
        countUnlisted(result.problems, Severity::Error);
        continue;
      }
      const Token& at = tokens.size() < 2 ? tokens.back() : tokens[2];
      const int column = static_cast<int>(utf8Length(line.substr(0, at.offset))) + 1;
      addProblem(
          result.problems,
          Problem{Severity::Error, "",
           tokens.size() < 2 ? fmt::format("expected two node names, found only {}", quote(at.text))
                             : fmt::format("expected two node names, found a third one, {}", quote(at.text)),
           lineNumber, column});
      continue;
    }
    if (result.edges.size() == limits::kEdgeListEdges || result.names.size() + 2 > limits::kEdgeListNodes) {
      addProblem(result.problems,
                 Problem{Severity::Error, "",
                         fmt::format("more than {} edges or {} nodes; this reader holds at most that many (see "
                                     "docs/limits.md)",
                                     limits::kEdgeListEdges, limits::kEdgeListNodes),
                         lineNumber, 1});
      break;
    }
    const VertexIndex a = vertexOf(tokens[0].text), b = vertexOf(tokens[1].text);
    if (a == b) ++result.selfLoops;
    result.edges.emplace_back(a, b);
  }
  return result;
}

std::string formatCentralityTsv(const std::vector<std::string>& names, const SimpleGraph& graph,
                                const std::vector<double>& betweenness) {
  std::string out = "name\tdegree\tbetweenness\n";
  for (std::size_t v = 0; v < names.size(); ++v)
    out += fmt::format("{}\t{}\t{}\n", names[v], graph.degree(static_cast<VertexIndex>(v)), betweenness.at(v));
  return out;
}

}  // namespace knp
