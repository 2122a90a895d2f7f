#include "core/comparison.hpp"

#include <fmt/format.h>

#include "core/ui_text.hpp"
#include "io/project_json.hpp"
#include "report/progress_model.hpp"

namespace knp::app {

std::variant<Comparison, ComparisonRefusal> openComparison(const Project& current, const ComparisonSource& source,
                                                           Language language) {
  Comparison comparison;
  comparison.source = source;
  if (source.file) {
    LoadResult loaded = loadProjectFile(*source.file);
    if (!loaded.project) {
      ComparisonRefusal refusal{fmt::format(fmt::runtime(uiText(UiText::CompareFileFailed, language)),
                                            source.file->string()),
                                {}};
      for (const Problem& problem : loaded.problems) refusal.details.push_back(describe(problem, source.file->string()));
      return refusal;
    }
    comparison.before = std::move(*loaded.project);
    return comparison;
  }
  const int year = source.year.value_or(0);
  if (year < 1900 || year > 2200)
    return ComparisonRefusal{fmt::format(fmt::runtime(uiText(UiText::CompareBadYear, language)), year), {}};
  if (const std::optional<int> stands = stateYear(current); stands && year >= *stands)
    return ComparisonRefusal{fmt::format(fmt::runtime(uiText(UiText::CompareYearNotEarlier, language)), year, *stands),
                             {}};
  return comparison;
}

std::string comparisonLabel(const ComparisonSource& source, Language language) {
  if (source.file) return source.file->filename().string();
  return fmt::format(fmt::runtime(uiText(UiText::CompareAsOf, language)), source.year.value_or(0));
}

std::size_t findingCount(const ProjectDiff& d) {
  return d.added.size() + d.removed.size() + d.changed.size() + d.cells.size() + d.gapsClosed.size() +
         d.gapsOpened.size() + d.chainsMended.size() + d.chainsBroken.size() + d.cooperationsBegun.size() +
         d.cooperationsEnded.size() + d.suggestionsTakenUp.size() + d.indicatorsTowards.size() +
         d.indicatorsAway.size();
}

}  // namespace knp::app
