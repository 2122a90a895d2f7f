#include <imgui.h>

#include "window/panels/conference/sections.hpp"

namespace knp::app {

void PollsSection::draw(AppState&) { ImGui::TextDisabled("-"); }

}  // namespace knp::app
