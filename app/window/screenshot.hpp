#pragma once
// Rendering into an offscreen framebuffer and saving it as PNG, for --screenshot. Offscreen
// rendering makes the picture independent of the screen size (xvfb-run's default is 640×480).
#include <filesystem>

#include "io/outcome.hpp"

namespace knp::app {

class OffscreenTarget {
 public:
  // Needs a current OpenGL 3.3 context. Check valid() afterwards.
  OffscreenTarget(int width, int height);
  ~OffscreenTarget();
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;

  bool valid() const { return m_valid; }
  void bind() const;  // subsequent drawing goes into the target

  // Reads the pixels and writes them as an 8-bit RGBA PNG (atomically, no backup). On failure
  // the problem: writeFileAtomically's, or one without a place when the pixels cannot be read
  // or encoded. O(width · height).
  Outcome<void> savePng(const std::filesystem::path& path) const;

 private:
  int m_width, m_height;
  unsigned m_framebuffer = 0, m_colour = 0;
  bool m_valid = false;
};

}  // namespace knp::app
