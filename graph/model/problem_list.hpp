#pragma once
// Lists of problems that stay short whatever the input: a load, import or validation keeps the
// first kMaxListedProblems problems and only counts the others, in one closing summary entry
// ("… and 9,999,900 more not listed"). A 20 MB file with ten million wrong entries then costs a
// hundred messages, not a gigabyte of them. Shared by Problem (model/validation.hpp) and
// RasterProblem (io/raster_import.hpp): both have `severity`, `unlistedErrors` and
// `unlistedWarnings`, the last two non-zero only on the summary entry.
#include <cstddef>
#include <utility>
#include <vector>

namespace knp {

enum class Severity { Error, Warning };

inline constexpr std::size_t kMaxListedProblems = 100;

// Whether `problem` is the summary entry that stands for problems not listed.
template <class P>
bool isUnlistedSummary(const P& problem) {
  return problem.unlistedErrors + problem.unlistedWarnings > 0;
}

// Whether `list` is full: what is added now is only counted.
template <class P>
bool listIsFull(const std::vector<P>& list) {
  return !list.empty() && (isUnlistedSummary(list.back()) || list.size() >= kMaxListedProblems);
}

// Counts `count` problems of `severity` that are not listed: appends the summary entry when
// these are the first, else updates it; the summary is an error once any unlisted problem is.
// O(1).
template <class P>
void countUnlisted(std::vector<P>& list, Severity severity, std::size_t count = 1) {
  if (count == 0) return;
  if (list.empty() || !isUnlistedSummary(list.back())) {
    P summary;
    summary.severity = Severity::Warning;
    list.push_back(std::move(summary));
  }
  P& summary = list.back();
  if (severity == Severity::Error) {
    summary.unlistedErrors += count;
    summary.severity = Severity::Error;
  } else {
    summary.unlistedWarnings += count;
  }
}

// Appends `problem`, or only counts it once the list is full. Amortised O(1).
template <class P>
void addProblem(std::vector<P>& list, P problem) {
  if (listIsFull(list))
    countUnlisted(list, problem.severity);
  else
    list.push_back(std::move(problem));
}

// addProblem for problems whose message costs something to make (a suggestion, a format):
// make() is called only while the list has room; otherwise the problem is only counted. O(1)
// plus make().
template <class P, class Make>
void addProblemLazily(std::vector<P>& list, Severity severity, Make make) {
  if (listIsFull(list))
    countUnlisted(list, severity);
  else
    list.push_back(make());
}

// Appends every problem of `from` to `list` with addProblem; a summary entry of `from` adds its
// counts. O(size of from).
template <class P>
void appendProblems(std::vector<P>& list, const std::vector<P>& from) {
  for (const P& problem : from) {
    if (!isUnlistedSummary(problem)) {
      addProblem(list, problem);
      continue;
    }
    countUnlisted(list, Severity::Error, problem.unlistedErrors);
    countUnlisted(list, Severity::Warning, problem.unlistedWarnings);
  }
}

struct ProblemCounts {
  std::size_t errors = 0, warnings = 0;  // listed and unlisted together
};

template <class P>
ProblemCounts countProblems(const std::vector<P>& list) {
  ProblemCounts counts;
  for (const P& problem : list) {
    if (isUnlistedSummary(problem)) {
      counts.errors += problem.unlistedErrors;
      counts.warnings += problem.unlistedWarnings;
    } else {
      (problem.severity == Severity::Error ? counts.errors : counts.warnings) += 1;
    }
  }
  return counts;
}

}  // namespace knp
