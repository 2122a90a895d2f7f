#pragma once
// Key presses shorter than a frame. ImGui 1.86 reads the keys' state once per frame, so a key
// pressed and released between two frames — a presentation clicker's PageDown, a quick tap
// while the loop sleeps — would never be seen. The key callback installed here holds such a
// release back until one frame has read the key down, then delivers it.
struct GLFWwindow;

namespace knp::app {

// Replaces the key callback ImGui's GLFW backend installed (call after its init) with one
// that forwards every event to it, holding back the release of a key pressed since the last
// frame began (modifier keys excepted: they are passed on at once).
void installShortPressKeeper(GLFWwindow* window);

// Call right after ImGui::NewFrame(): the keys pressed until now have been read as down.
void framesSawPresses();

// Call after the frame: delivers the held-back releases. Returns whether there were any (the
// loop then draws another frame, so that the release is seen too).
bool deliverHeldReleases(GLFWwindow* window);

}  // namespace knp::app
