#include "core/analysis_runner.hpp"

#include <chrono>

namespace knp::app {

AnalysisRunner::~AnalysisRunner() {
  m_cancel = true;
  if (m_running.valid()) m_running.wait();
}

bool AnalysisRunner::sameAs(const Job& job, std::uint64_t revision, const ActivityFilter& filter) const {
  return job.revision == revision && job.filter.year == filter.year && job.filter.statuses == filter.statuses;
}

void AnalysisRunner::request(const Project& project, std::uint64_t revision, const ActivityFilter& filter) {
  if (m_shown && m_shownRevision == revision && m_shownFilter.year == filter.year &&
      m_shownFilter.statuses == filter.statuses && !m_current)
    return;
  if (m_current && sameAs(*m_current, revision, filter)) return;
  if (m_waiting && sameAs(*m_waiting, revision, filter)) return;
  Job job{std::make_shared<const Project>(project), revision, filter};
  if (m_running.valid())
    m_waiting = std::move(job);
  else
    launch(std::move(job));
}

void AnalysisRunner::launch(Job job) {
  m_cancel = false;
  m_current = job;
  m_running = std::async(std::launch::async, [job, cancel = &m_cancel] {
    AnalysisOptions options;
    options.filter = job.filter;
    options.network.betweenness.cancel = cancel;
    return analyzeProject(*job.project, options);
  });
}

const ProjectAnalysis* AnalysisRunner::latest() {
  if (m_running.valid() && m_running.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    try {
      m_shown = m_running.get();
      m_shownRevision = m_current->revision;
      m_shownFilter = m_current->filter;
      m_error.clear();
    } catch (const std::exception& failure) {  // e.g. out of memory: keep the last result
      m_error = failure.what();
    }
    ++m_generation;
    m_current.reset();
    if (m_waiting) {
      Job next = std::move(*m_waiting);
      m_waiting.reset();
      launch(std::move(next));
    }
  }
  return m_shown ? &*m_shown : nullptr;
}

void AnalysisRunner::wait() {
  while (busy()) {
    if (m_running.valid()) m_running.wait();
    latest();
  }
}

ActivityFilter analysisFilterOf(const MapFilters& filters) {
  ActivityFilter filter = ActivityFilter::current();
  filter.year = filters.year;
  if (!filters.statuses.empty()) filter.statuses = filters.statuses;
  return filter;
}

}  // namespace knp::app
