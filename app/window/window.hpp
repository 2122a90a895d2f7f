#pragma once
// The GLFW window with OpenGL 3.3 and Dear ImGui: the interactive loop, or one screenshot.
#include <string>

#include "core/app_state.hpp"
#include "core/startup_options.hpp"

namespace knp::app {

enum class WindowOutcome {
  Closed,           // the user closed the window
  ScreenshotSaved,  // --screenshot: the PNG is written
  NoDisplay,        // no window could be opened (no X11/Wayland display, no OpenGL 3.3)
  Failed,           // e.g. the screenshot could not be written
};

struct WindowResult {
  WindowOutcome outcome;
  std::string message;  // for NoDisplay and Failed: one line saying why
};

// Opens the window (hidden for a screenshot, which renders offscreen at options.size) and
// runs until closed. Sleeps while nothing happens: after input it renders a few frames,
// then waits for the next event.
WindowResult runWindow(AppState& state, const Options& options);

}  // namespace knp::app
