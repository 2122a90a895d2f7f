#include "core/layout_runner.hpp"

#include <algorithm>

namespace knp::app {

using Clock = std::chrono::steady_clock;

void LayoutRunner::start(const layouts::LayoutGraph& graph, layouts::Algorithm algorithm,
                         const layouts::LayoutRequest& request, const std::vector<layouts::Point>& current) {
  m_layout = layouts::makeLayout(algorithm, graph, request);
  m_algorithm = algorithm;
  m_state = State::Running;
  m_steps = 0;
  m_from = current;
  m_gliding = false;
}

bool LayoutRunner::advance(std::vector<layouts::Point>& positions, std::chrono::microseconds budget) {
  if (m_state != State::Running || !m_layout) return false;
  if (m_gliding) {
    const auto& to = m_layout->positions();
    const double t = std::min(1.0, std::chrono::duration<double>(Clock::now() - m_glideStart) /
                                       std::chrono::duration<double>(kGlideDuration));
    const double ease = t * t * (3 - 2 * t);  // smoothstep: starts and ends gently
    positions.resize(to.size());
    for (std::size_t v = 0; v < to.size(); ++v)
      positions[v] = {m_from[v].x + (to[v].x - m_from[v].x) * ease, m_from[v].y + (to[v].y - m_from[v].y) * ease};
    if (t >= 1.0) m_state = State::Idle, m_gliding = false;
    return true;
  }
  const bool firstAdvance = m_steps == 0;
  const auto deadline = Clock::now() + budget;
  layouts::StepOutcome outcome = layouts::StepOutcome::Running;
  do {
    outcome = m_layout->step();
    ++m_steps;
  } while (outcome == layouts::StepOutcome::Running && Clock::now() < deadline);

  const auto& result = m_layout->positions();
  if (outcome == layouts::StepOutcome::Finished && firstAdvance && !result.empty() && m_from.size() == result.size()) {
    // A layout computed at once would jump; glide there instead, starting from where the
    // nodes are now, in the new layout's frame (scaled into its bounding box).
    const layouts::Box fromBox = layouts::boundingBox(m_from), toBox = layouts::boundingBox(result);
    const double sx = fromBox.width() > 0 ? toBox.width() / fromBox.width() : 1.0;
    const double sy = fromBox.height() > 0 ? toBox.height() / fromBox.height() : 1.0;
    const double s = std::min(sx, sy);
    for (auto& p : m_from)
      p = {toBox.centre().x + (p.x - fromBox.centre().x) * s, toBox.centre().y + (p.y - fromBox.centre().y) * s};
    m_gliding = true;
    m_glideStart = Clock::now();
    positions = m_from;
    return true;
  }
  positions = result;
  if (outcome == layouts::StepOutcome::Finished) m_state = State::Idle;
  return true;
}

void LayoutRunner::finish(std::vector<layouts::Point>& positions) {
  if (m_state == State::Idle || !m_layout) return;
  if (!m_gliding)
    while (m_layout->step() == layouts::StepOutcome::Running) ++m_steps;
  positions = m_layout->positions();
  m_state = State::Idle;
  m_gliding = false;
}

void LayoutRunner::pause() {
  if (m_state == State::Running) m_state = State::Paused;
}

void LayoutRunner::resume() {
  if (m_state == State::Paused) m_state = State::Running;
}

void LayoutRunner::cancel() {
  m_state = State::Idle;
  m_layout.reset();
  m_gliding = false;
}

}  // namespace knp::app
