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
  std::map<std::string, ImVec2, std::less<>> frame;
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
  p.frame[std::string(name)] = ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
}

void writeProbes() {
  Probes& p = probes();
  if (!p.file || !*p.file) return;
  std::string text;
  for (const auto& [name, at] : p.frame)
    text += name + " " + std::to_string(static_cast<int>(at.x)) + " " + std::to_string(static_cast<int>(at.y)) + "\n";
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
