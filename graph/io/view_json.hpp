#pragma once
// A saved view in the project file: "map.views[i]", and the view a conference's scene holds
// ("conferences[c].scenes[s].view", without a name). Shape only; values are
// validateProject()'s.
#include <string>

#include "io/json_reader.hpp"
#include "model/map_state.hpp"

namespace knp::json_io {

enum class ViewName { Required, None };  // None: a scene's view, which has no "name" key

// Reads the view object `item` at `path`; every mismatch is a problem in `r`, unknown keys too.
SavedView readView(const json& item, const std::string& path, JsonReader& r, ViewName name);

// The view as the file holds it; the name only with ViewName::Required. "graph" only when
// set, so that projects without abstractions keep their bytes.
ordered_json viewToJson(const SavedView& view, ViewName name);

}  // namespace knp::json_io
