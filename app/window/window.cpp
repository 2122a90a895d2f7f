#include "window/window.hpp"

#include <chrono>
#include <cstdio>
#include <memory>

#include <unistd.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "core/document.hpp"
#include "window/fonts.hpp"
#include "window/screenshot.hpp"
#include "window/short_presses.hpp"
#include "window/ui_probe.hpp"
#include "core/settings.hpp"
#include "core/map_views.hpp"
#include "window/panels/filters.hpp"
#include "window/main_window.hpp"
#include "core/ui_text.hpp"

namespace knp::app {
namespace {

std::string g_lastGlfwError;  // GLFW reports errors through a C callback

void rememberGlfwError(int, const char* description) { g_lastGlfwError = description ? description : "unknown"; }

// Frames rendered after each wake-up before the loop sleeps again: ImGui settles hover and
// release states over a couple of frames.
constexpr int kFramesAfterEvent = 3;

struct GlfwSession {
  bool ok = glfwInit() == GLFW_TRUE;
  ~GlfwSession() {
    if (ok) glfwTerminate();
  }
};

struct ImGuiSession {
  explicit ImGuiSession(GLFWwindow* window) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // window layout is not a project matter; settings come later
    ImGui::StyleColorsLight();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
  }
  ~ImGuiSession() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
};

float contentScaleOf(GLFWwindow* window) {
  float x = 1, y = 1;
  glfwGetWindowContentScale(window, &x, &y);
  return std::max(x, y) > 0 ? std::max(x, y) : 1.0f;
}

bool g_contentScaleChanged = false;
void onContentScale(GLFWwindow*, float, float) { g_contentScaleChanged = true; }

// Time each frame may spend advancing a running layout: the frame stays fluid at 60 Hz.
constexpr std::chrono::microseconds kLayoutBudget{6000};

void renderFrame(MainWindow& ui, AppState& state, const Fonts& fonts, int width, int height, bool fixedSize) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  if (fixedSize) {  // offscreen: the picture has the requested size, whatever the window's
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
  }
  ImGui::NewFrame();
  framesSawPresses();
  state.layout.advance(state.positions, kLayoutBudget);
  settleLayout(state);
  ui.draw(state, fonts, io.DisplaySize.x, io.DisplaySize.y);
  writeProbes();
  ImGui::Render();
  const ImDrawData* data = ImGui::GetDrawData();
  glViewport(0, 0, static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x),
             static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y));
  glClearColor(0.98f, 0.97f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

WindowResult runWindow(AppState& state, const Options& options) {
  glfwSetErrorCallback(rememberGlfwError);
  GlfwSession glfw;
  if (!glfw.ok) return {WindowOutcome::NoDisplay, g_lastGlfwError};

  const bool screenshot = options.screenshot.has_value();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  if (screenshot) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  std::unique_ptr<GLFWwindow, void (*)(GLFWwindow*)> window(
      glfwCreateWindow(options.size.width, options.size.height, uiText(UiText::WindowTitle, state.language), nullptr,
                       nullptr),
      glfwDestroyWindow);
  if (!window) return {WindowOutcome::NoDisplay, g_lastGlfwError};
  glfwMakeContextCurrent(window.get());
  glfwSwapInterval(1);
  std::string title = windowTitle(state);
  glfwSetWindowTitle(window.get(), title.c_str());
  glfwSetWindowContentScaleCallback(window.get(), onContentScale);

  ImGuiSession imgui(window.get());
  installShortPressKeeper(window.get());
  // A screenshot is rendered at content scale 1 so that --size means the same on every machine.
  auto fontScale = [&] { return state.uiScale * (screenshot ? 1.0f : contentScaleOf(window.get())); };
  float loadedScale = fontScale();
  Fonts fonts = loadFonts(loadedScale);
  if (!fonts.warning.empty()) std::fprintf(stderr, "knotenpunkt: %s\n", fonts.warning.c_str());
  MainWindow ui;
  // A --view camera was applied before the window existed, at UI scale only: on a screen with
  // another content scale, its pixels per world unit scale with the text.
  if (options.view)
    if (const SavedView* view = findView(state.project, *options.view); view && view->camera)
      state.camera.scale = view->camera->scale * loadedScale;
  // The same for a --scene's camera (its scale may not be the visible one while it glides).
  if (options.scene && state.sceneShow)
    if (const Conference* conference = findConference(state.project, state.conference);
        conference && static_cast<std::size_t>(*options.scene) <= conference->scenes.size())
      if (const auto& camera = conference->scenes[static_cast<std::size_t>(*options.scene - 1)].view.camera)
        state.camera.scale = camera->scale * loadedScale;

  if (screenshot) {
    // The picture shows the settled state: the layout run to its end, the analyses done.
    finishLayout(state);
    state.analyses.request(state.project, state.dataRevision, analysisFilterOf(state.filters));
    OffscreenTarget target(options.size.width, options.size.height);
    if (!target.valid()) return {WindowOutcome::Failed, "cannot create an offscreen framebuffer"};
    for (int frame = 0; frame < options.frames; ++frame) {
      target.bind();
      renderFrame(ui, state, fonts, options.size.width, options.size.height, true);
      state.analyses.wait();
      refreshFromAnalyses(state);
    }
    if (const Outcome<void> saved = target.savePng(*options.screenshot); !saved.ok())
      return {WindowOutcome::Failed, describe(saved.problem())};
    return {WindowOutcome::ScreenshotSaved, {}};
  }

  if (state.settingsFile) ui.files().enableAutosave(state, userDataFolder() / "recovery", static_cast<long>(::getpid()));
  int framesLeft = kFramesAfterEvent;
  std::uint64_t shownGeneration = state.analyses.generation();
  while (!ui.quitConfirmed()) {
    // A layout running or the camera gliding to a scene (core/scene_player.hpp).
    const bool moving = state.layout.state() == LayoutRunner::State::Running ||
                        (state.sceneShow && state.sceneShow->glide.has_value());
    if (moving) {
      glfwPollEvents();
      framesLeft = kFramesAfterEvent;
    } else if (framesLeft <= 0) {
      // Sleep: nothing moves until the user does something (or, while the analyses run on
      // their thread, until a short timeout shows their result; or until autosave is due).
      const std::optional<double> autosave = ui.files().secondsUntilAutosave(state);
      if (state.analyses.busy())
        glfwWaitEventsTimeout(0.1);
      else if (autosave)
        glfwWaitEventsTimeout(std::max(0.05, *autosave + 0.01));
      else
        glfwWaitEvents();
      framesLeft = kFramesAfterEvent;
    } else {
      glfwPollEvents();
    }
    if (glfwWindowShouldClose(window.get())) {
      glfwSetWindowShouldClose(window.get(), GLFW_FALSE);
      if (ui.requestQuit(state)) break;
    }
    if (g_contentScaleChanged || fontScale() != loadedScale) {  // another screen or text size: crisp text again
      // Another screen: frame the map anew. Another text size: keep the camera, so the map
      // stays where the user put it.
      if (g_contentScaleChanged) state.fitPending = true;
      g_contentScaleChanged = false;
      loadedScale = fontScale();
      fonts = loadFonts(loadedScale);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    int width = 0, height = 0;
    glfwGetFramebufferSize(window.get(), &width, &height);
    renderFrame(ui, state, fonts, width, height, false);
    glfwSwapBuffers(window.get());
    if (deliverHeldReleases(window.get())) framesLeft = std::max(framesLeft, 2);
    ui.files().tick(state);
    if (std::string now = windowTitle(state); now != title) {
      title = std::move(now);
      glfwSetWindowTitle(window.get(), title.c_str());
    }
    --framesLeft;
    // A result collected during the frame (by the loop or the analyses panel) is drawn by
    // the next frames before the loop sleeps again.
    state.analyses.latest();
    if (state.analyses.generation() != shownGeneration) {
      shownGeneration = state.analyses.generation();
      refreshFromAnalyses(state);
      framesLeft = kFramesAfterEvent;
    }
  }
  // What the user chose stays for the next start.
  if (state.settingsFile) {
    glfwGetWindowSize(window.get(), &state.settings.windowWidth, &state.settings.windowHeight);
    state.settings.language = state.language;
    state.settings.uiScale = state.uiScale;
    if (const Outcome<void> saved = saveSettings(*state.settingsFile, state.settings); !saved.ok())
      std::fprintf(stderr, "knotenpunkt: %s\n", describe(saved.problem()).c_str());
  }
  return {WindowOutcome::Closed, {}};
}

}  // namespace knp::app
