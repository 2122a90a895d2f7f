#include <imgui.h>

#include "window/panels/conference/sections.hpp"

namespace knp::app {

void CommentsSection::draw(AppState&) { ImGui::TextDisabled("-"); }

}  // namespace knp::app
