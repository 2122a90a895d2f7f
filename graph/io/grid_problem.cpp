#include "io/grid_problem.hpp"

#include <fmt/format.h>

#include "model/validation.hpp"
#include "text/quoting.hpp"

namespace knp {

std::string describe(const RasterProblem& problem, std::string_view fileName) {
  const std::string file =
      problem.sheet.empty() ? std::string(fileName) : fmt::format("{}[{}]", fileName, problem.sheet);
  if (isUnlistedSummary(problem))
    return fmt::format("{}: {}", file, describeUnlisted(problem.unlistedErrors, problem.unlistedWarnings));
  const char* kind = problem.severity == Severity::Warning ? "warning: " : "";
  if (problem.line == 0) return fmt::format("{}: {}{}", file, kind, problem.message);
  if (problem.column.empty()) return fmt::format("{}:{}: {}{}", file, problem.line, kind, problem.message);
  return fmt::format("{}:{}: {}column {}: {}", file, problem.line, kind, quote(problem.column), problem.message);
}

}  // namespace knp
