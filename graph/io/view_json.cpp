#include "io/view_json.hpp"

namespace knp::json_io {
namespace {

// FilterMode lives with the map state (model/map_state.hpp); only the file needs its names.
constexpr std::array<EnumName<FilterMode>, 2> kFilterModeNames{{{FilterMode::Dim, "dim"}, {FilterMode::Hide, "hide"}}};

MapFilters readFilters(const json& j, const std::string& path, JsonReader& r) {
  r.rejectUnknownKeys(j, path, {"fields", "lifePhases", "concepts", "actorTypes", "statuses", "year", "mode"});
  MapFilters filters;
  filters.fields = r.idList<FieldId>(j, "fields", path);
  filters.lifePhases = r.idList<LifePhaseId>(j, "lifePhases", path);
  filters.concepts = r.idList<ConceptId>(j, "concepts", path);
  filters.actorTypes = r.enumList(j, "actorTypes", path, kActorTypeNames, "actor type");
  filters.statuses = r.enumList(j, "statuses", path, kActivityStatusNames, "status");
  filters.year = r.integer(j, "year", path, Presence::Optional);
  filters.mode = r.enumeration(j, "mode", path, kFilterModeNames, "filter mode", FilterMode::Dim, Presence::Optional);
  return filters;
}

}  // namespace

SavedView readView(const json& item, const std::string& itemPath, JsonReader& r, ViewName name) {
  if (name == ViewName::Required)
    r.rejectUnknownKeys(item, itemPath, {"name", "filters", "focus", "focusDepth", "camera", "layout", "graph"});
  else
    r.rejectUnknownKeys(item, itemPath, {"filters", "focus", "focusDepth", "camera", "layout", "graph"});
  SavedView view;
  if (name == ViewName::Required) view.name = r.string(item, "name", itemPath, Presence::Required);
  if (const json* filters = r.optionalObject(item, "filters", itemPath))
    view.filters = readFilters(*filters, JsonReader::join(itemPath, "filters"), r);
  if (item.contains("focus")) view.focus = r.string(item, "focus", itemPath);
  view.focusDepth = r.integer(item, "focusDepth", itemPath, Presence::Optional).value_or(kMinFocusDepth);
  if (const json* camera = r.optionalObject(item, "camera", itemPath)) {
    const std::string cameraPath = JsonReader::join(itemPath, "camera");
    r.rejectUnknownKeys(*camera, cameraPath, {"centerX", "centerY", "scale"});
    CameraState c;
    c.centerX = r.number(*camera, "centerX", cameraPath, Presence::Required).value_or(0.0);
    c.centerY = r.number(*camera, "centerY", cameraPath, Presence::Required).value_or(0.0);
    c.scale = r.number(*camera, "scale", cameraPath, Presence::Required).value_or(1.0);
    view.camera = c;
  }
  view.layout = r.string(item, "layout", itemPath);
  view.graph = r.string(item, "graph", itemPath);
  return view;
}

ordered_json viewToJson(const SavedView& view, ViewName name) {
  const MapFilters& f = view.filters;
  ordered_json filters{{"fields", idsToJson(f.fields)},
                       {"lifePhases", idsToJson(f.lifePhases)},
                       {"concepts", idsToJson(f.concepts)},
                       {"actorTypes", namesToJson(f.actorTypes, kActorTypeNames)},
                       {"statuses", namesToJson(f.statuses, kActivityStatusNames)}};
  if (f.year) filters["year"] = *f.year;
  filters["mode"] = enumName(kFilterModeNames, f.mode);
  ordered_json v = ordered_json::object();
  if (name == ViewName::Required) v["name"] = view.name;
  v["filters"] = std::move(filters);
  if (view.focus) v["focus"] = *view.focus;
  v["focusDepth"] = view.focusDepth;
  if (view.camera)
    v["camera"] = {{"centerX", numberToJson(view.camera->centerX)},
                   {"centerY", numberToJson(view.camera->centerY)},
                   {"scale", numberToJson(view.camera->scale)}};
  v["layout"] = view.layout;
  if (!view.graph.empty()) v["graph"] = view.graph;
  return v;
}

}  // namespace knp::json_io
