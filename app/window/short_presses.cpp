#include "window/short_presses.hpp"

#include <algorithm>
#include <vector>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

namespace knp::app {
namespace {

struct HeldRelease {
  int key, scancode, mods;
};

std::vector<int> g_pressedSinceFrame;   // keys pressed after the current frame began
std::vector<HeldRelease> g_heldReleases;  // their releases, for after the next frame

// Ctrl, Shift, Alt and Super are never held: a modifier released late would turn the next
// key typed into a shortcut (Ctrl+N after a quick Ctrl+A) and swallow its character.
bool isModifier(int key) {
  return key == GLFW_KEY_LEFT_CONTROL || key == GLFW_KEY_RIGHT_CONTROL || key == GLFW_KEY_LEFT_SHIFT ||
         key == GLFW_KEY_RIGHT_SHIFT || key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT ||
         key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER;
}

void keyCallback(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (isModifier(key)) {
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
    return;
  }
  if (action == GLFW_PRESS) {
    g_pressedSinceFrame.push_back(key);
  } else if (action == GLFW_RELEASE &&
             std::find(g_pressedSinceFrame.begin(), g_pressedSinceFrame.end(), key) != g_pressedSinceFrame.end()) {
    g_heldReleases.push_back({key, scancode, mods});
    return;
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

}  // namespace

void installShortPressKeeper(GLFWwindow* window) { glfwSetKeyCallback(window, keyCallback); }

void framesSawPresses() { g_pressedSinceFrame.clear(); }

bool deliverHeldReleases(GLFWwindow* window) {
  if (g_heldReleases.empty()) return false;
  const std::vector<HeldRelease> releases = std::move(g_heldReleases);
  g_heldReleases.clear();
  for (const HeldRelease& r : releases) ImGui_ImplGlfw_KeyCallback(window, r.key, r.scancode, GLFW_RELEASE, r.mods);
  return true;
}

}  // namespace knp::app
