#pragma once
// Runs a layout inside the frame loop: each frame advances it for a time budget, so the map
// animates while it settles and drawing stays fluid; it can be paused and resumed. Layouts
// that finish at once (layered, circle, sectors) glide from the old positions to the new ones.
// No UI calls.
#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

#include "layouts/layout.hpp"

namespace knp::app {

class LayoutRunner {
 public:
  enum class State { Idle, Running, Paused };

  // Starts `algorithm` on `graph` (which must outlive the run or the next start/cancel).
  // `current` are the positions shown now (the glide starts there; may be empty). Throws
  // std::invalid_argument for a request the layout refuses (layout.hpp).
  void start(const layouts::LayoutGraph& graph, layouts::Algorithm algorithm, const layouts::LayoutRequest& request,
             const std::vector<layouts::Point>& current);

  // Steps the layout for at most `budget` (at least one step) and writes the positions into
  // `positions` (resized to the vertex count). Returns true when `positions` changed.
  // Does nothing when idle or paused.
  bool advance(std::vector<layouts::Point>& positions, std::chrono::microseconds budget);

  // Runs the layout to its end without gliding and writes the final positions. Does nothing
  // when idle.
  void finish(std::vector<layouts::Point>& positions);

  void pause();   // Running -> Paused
  void resume();  // Paused -> Running
  void cancel();  // -> Idle; the positions stay where they are

  State state() const { return m_state; }
  std::size_t steps() const { return m_steps; }
  layouts::Algorithm algorithm() const { return m_algorithm; }

  static constexpr std::chrono::milliseconds kGlideDuration{400};

 private:
  std::unique_ptr<layouts::Layout> m_layout;
  layouts::Algorithm m_algorithm = layouts::Algorithm::ForceDirected;
  State m_state = State::Idle;
  std::size_t m_steps = 0;
  // Glide from `m_from` to the finished layout's positions.
  std::vector<layouts::Point> m_from;
  bool m_gliding = false;
  std::chrono::steady_clock::time_point m_glideStart;
};

}  // namespace knp::app
