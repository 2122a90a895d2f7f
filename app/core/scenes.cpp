#include "core/scenes.hpp"

#include "core/map_views.hpp"

namespace knp::app {

Scene captureScene(const AppState& s, std::string heading, std::string caption, double pixelScale) {
  Scene scene;
  scene.heading = std::move(heading);
  scene.caption = std::move(caption);
  scene.view = captureView(s, {}, pixelScale);
  for (Vertex v : s.highlight) scene.highlight.push_back(nodeKey(s.project, s.view, v));
  if (!scene.highlight.empty()) scene.highlightLabel = s.highlightLabel;
  return scene;
}

void applyScene(AppState& s, const Scene& scene, double pixelScale) {
  applyView(s, scene.view, pixelScale);
  std::vector<Vertex> highlight;
  for (const std::string& key : scene.highlight)
    if (auto v = vertexOfKey(s.view, key)) highlight.push_back(*v);
  std::string label = highlight.empty() ? std::string() : scene.highlightLabel;
  setHighlight(s, std::move(highlight), std::move(label));
}

}  // namespace knp::app
