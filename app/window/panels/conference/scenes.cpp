#include <imgui.h>

#include "window/panels/conference/sections.hpp"

namespace knp::app {

void ScenesSection::draw(AppState&, double) { ImGui::TextDisabled("-"); }

}  // namespace knp::app
