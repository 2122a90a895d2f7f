#pragma once
// Runs the analyses (graph/analysis) on a worker thread so that drawing never waits for them.
// Each request names the data revision and the activity filter; a finished result is kept
// until a newer one is complete, so the panels always show something consistent. No UI calls.
#include <atomic>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "analysis/project_analysis.hpp"
#include "view/map_filter.hpp"

namespace knp::app {

class AnalysisRunner {
 public:
  AnalysisRunner() = default;
  AnalysisRunner(const AnalysisRunner&) = delete;
  AnalysisRunner& operator=(const AnalysisRunner&) = delete;
  ~AnalysisRunner();  // cancels a running betweenness and waits for the worker

  // Asks for the analyses of `project` at `revision` with `filter`. Does nothing when that
  // result is already shown or being computed; otherwise the project is copied and the
  // request runs as soon as the worker is free (only the newest waiting request is kept).
  void request(const Project& project, std::uint64_t revision, const ActivityFilter& filter);

  // Collects a finished run (starting a waiting request) and returns the newest complete
  // result; nullptr before the first. Never blocks.
  const ProjectAnalysis* latest();

  // True while a run is under way or waiting: the panels say "updating".
  bool busy() const { return m_running.valid() || m_waiting.has_value(); }

  // Blocks until every request has finished (for screenshots and tests).
  void wait();

  std::uint64_t shownRevision() const { return m_shownRevision; }
  // Why the last run failed (the previous result stays shown); empty after a success.
  const std::string& error() const { return m_error; }
  // Counts the results collected so far: changes whenever latest() returns a new result.
  std::uint64_t generation() const { return m_generation; }

 private:
  struct Job {
    std::shared_ptr<const Project> project;
    std::uint64_t revision = 0;
    ActivityFilter filter;
  };
  void launch(Job job);
  bool sameAs(const Job& job, std::uint64_t revision, const ActivityFilter& filter) const;

  std::optional<ProjectAnalysis> m_shown;
  std::uint64_t m_shownRevision = 0;
  std::uint64_t m_generation = 0;
  std::string m_error;
  ActivityFilter m_shownFilter;
  std::optional<Job> m_current;  // the job m_running computes
  std::future<ProjectAnalysis> m_running;
  std::optional<Job> m_waiting;
  std::atomic<bool> m_cancel{false};
};

// The activity filter the analyses use for the map's filters: its year, its statuses (planned
// and running when none are chosen).
ActivityFilter analysisFilterOf(const MapFilters& filters);

}  // namespace knp::app
