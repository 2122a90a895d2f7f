#pragma once
// A Dear ImGui context without a window or renderer, for driving the app's panels in tests:
// the built-in font atlas is built, no ini file is written, the display has the given size.
// Created and destroyed with the scope; one at a time.
#include <imgui.h>

namespace knp::test {

class HeadlessImGui {
 public:
  HeadlessImGui(float width, float height) {
    m_context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~HeadlessImGui() { ImGui::DestroyContext(m_context); }
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

 private:
  ImGuiContext* m_context = nullptr;
};

}  // namespace knp::test
