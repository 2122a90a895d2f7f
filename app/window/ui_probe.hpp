#pragma once
// Where the buttons are, for scripts that drive the real window (tests/conference_smoke.sh):
// with the environment variable KNP_UI_PROBE=FILE, each frame's probed widgets are written
// to FILE as lines "NAME X Y TOP BOTTOM" (the widget's centre in window pixels, and the rows
// its scrolled panel shows), so that a script can scroll to a button and click it by name
// instead of by guessed coordinates. Without the variable probing
// costs a branch. Not a user feature; it changes nothing on screen.
#include <string_view>

namespace knp::app {

// Notes the last ImGui item (button, field, row) under `name` for this frame. Names are
// short and stable ("conference.new", "scene.add"); a name used twice keeps the last.
void probeLastItem(std::string_view name);

// Writes this frame's probes to the file when they differ from the last written ones
// (replacing it atomically), then starts a new frame's list. Call once after drawing.
void writeProbes();

}  // namespace knp::app
