#include "window/ui_probe.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <imgui.h>

namespace knp::app {
namespace {

struct Probes {
  const char* file = std::getenv("KNP_UI_PROBE");
  struct Probe {
    ImVec2 centre;
    float top = 0, bottom = 0;  // the visible rows of its window (the clip rectangle)
  };
  std::map<std::string, Probe, std::less<>> frame;
  std::string written;
};

Probes& probes() {
  static Probes p;
  return p;
}

}  // namespace

void probeLastItem(std::string_view name) {
  Probes& p = probes();
  if (!p.file || !*p.file) return;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const ImDrawList* list = ImGui::GetWindowDrawList();
  p.frame[std::string(name)] = {ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2), list->GetClipRectMin().y,
                                list->GetClipRectMax().y};
}

void writeProbes() {
  Probes& p = probes();
  if (!p.file || !*p.file) return;
  std::string text;
  for (const auto& [name, probe] : p.frame)
    text += name + " " + std::to_string(static_cast<int>(probe.centre.x)) + " " +
            std::to_string(static_cast<int>(probe.centre.y)) + " " + std::to_string(static_cast<int>(probe.top)) + " " +
            std::to_string(static_cast<int>(probe.bottom)) + "\n";
  p.frame.clear();
  if (text == p.written) return;
  const std::string temporary = std::string(p.file) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) return;
  }
  std::error_code ignored;
  std::filesystem::rename(temporary, p.file, ignored);
  p.written = std::move(text);
}

}  // namespace knp::app
