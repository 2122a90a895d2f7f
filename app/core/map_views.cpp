#include "core/map_views.hpp"

#include <algorithm>

#include "core/document.hpp"
#include "io/project_json.hpp"

namespace knp::app {

SavedView captureView(const AppState& s, std::string name, double pixelScale) {
  SavedView view;
  view.name = std::move(name);
  view.filters = s.filters;
  if (s.focus) view.focus = nodeKey(s.project, s.view, *s.focus);
  view.focusDepth = s.focusDepth;
  view.camera = CameraState{s.camera.centerX, s.camera.centerY, s.camera.scale / std::max(pixelScale, 1e-6)};
  view.layout = std::string(layouts::toString(s.algorithm));
  view.graph = std::string(toString(s.graph));
  return view;
}

bool storeView(AppState& s, SavedView view) {
  if (view.name.empty()) return false;
  const EditLabel label = makeLabel(EditAction::SaveView, ItemKind::Actor, view.name);
  dispatch(s, editProject(s.project, label, [&](Project& p) {
             auto& views = p.map.views;
             auto same = std::find_if(views.begin(), views.end(), [&](const SavedView& v) { return v.name == view.name; });
             if (same != views.end())
               *same = std::move(view);
             else
               views.push_back(std::move(view));
           }));
  return true;
}

void deleteView(AppState& s, std::string_view name) {
  const EditLabel label = makeLabel(EditAction::DeleteView, ItemKind::Actor, std::string(name));
  dispatch(s, editProject(s.project, label, [&](Project& p) {
             std::erase_if(p.map.views, [&](const SavedView& v) { return v.name == name; });
           }));
}

void applyView(AppState& s, const SavedView& view, double pixelScale) {
  if (auto graph = abstractionFromName(view.graph)) setAbstraction(s, *graph);
  s.filters = view.filters;
  refreshFilters(s);
  s.focus.reset();
  if (view.focus)
    if (auto v = vertexOfKey(s.view, *view.focus)) s.focus = *v;
  s.focusDepth = std::clamp(view.focusDepth, kMinFocusDepth, kMaxFocusDepth);
  refreshFocus(s);
  setHighlight(s, {}, {});
  if (s.focus) select(s, *s.focus);
  if (auto algorithm = layouts::algorithmFromName(view.layout); algorithm && *algorithm != s.algorithm)
    startLayout(s, *algorithm);
  if (view.camera && view.camera->scale > 0) {
    s.camera.centerX = view.camera->centerX;
    s.camera.centerY = view.camera->centerY;
    s.camera.scale = view.camera->scale * pixelScale;
    s.fitPending = false;
    s.followLayout = false;
  } else {
    s.fitPending = true;
  }
}

const SavedView* findView(const Project& project, std::string_view name) {
  for (const SavedView& view : project.map.views)
    if (view.name == name) return &view;
  return nullptr;
}

Outcome<void> saveProject(AppState& s, const std::filesystem::path& path, std::string* notice) {
  finishLayout(s);  // save where a running layout settles, not a frame of its animation
  settleLayout(s);
  commitPlacements(s);
  if (Outcome<void> saved = saveProjectFile(s.project, path, notice); !saved.ok()) return saved;
  s.file = path;
  s.sourceName = path.filename().string();
  s.history.markSaved();
  return Done{};
}

}  // namespace knp::app
