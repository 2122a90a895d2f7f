#pragma once
// What the window shows: the project, its graph view and node positions, and the view state.
#include <optional>
#include <string>
#include <vector>

#include "camera.hpp"
#include "layouts/point.hpp"
#include "model/project.hpp"
#include "text/language.hpp"
#include "view/project_graph.hpp"

namespace knp::app {

struct AppState {
  Project project;
  std::string sourceName;  // file name, or the example's name
  Language language = Language::German;

  ProjectGraph view;                      // rebuilt whenever the project changes
  std::vector<layouts::Point> positions;  // world position of each vertex of `view`
  std::vector<std::size_t> phaseRank;     // rank in the life-phase sequence, by project index
  Camera camera;
  float labelRoomLeft = 0;    // pixels left of the leftmost nodes for their labels, set by the fit
  bool layoutPending = true;  // place nodes on the next frame (needs the canvas size)
  bool fitPending = true;     // frame all nodes on the next frame

  AppState(Project p, std::string source, Language lang);
};

}  // namespace knp::app
