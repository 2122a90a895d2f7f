#pragma once
// What decides a node's size on the map, and the list of choices in the order users see them
// (the toolbar's combo, the legend's size key; names in ui_text.hpp's sizeMeasureName).

namespace knp::app {

enum class SizeMeasure { Uniform, Degree, Betweenness, Activities };

inline constexpr SizeMeasure kSizeMeasures[] = {SizeMeasure::Uniform, SizeMeasure::Degree, SizeMeasure::Betweenness,
                                                SizeMeasure::Activities};

}  // namespace knp::app
