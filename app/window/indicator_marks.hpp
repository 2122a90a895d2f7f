#pragma once
// The marks an indicator carries wherever the window lists it (the Kennzahlen tab, a goal's
// card in the details): its trend as a small arrow and its target status as a coloured dot
// with words. Both are drawn at the cursor as one ImGui item, explain themselves in a tooltip
// and keep no state. Sizes follow the current font.
#include "analysis/indicator_progress.hpp"
#include "model/project.hpp"
#include "text/language.hpp"

namespace knp::app {

// The trend (progress.trend) as an arrow one font size square: pointing up or down as the
// latest value moved against the one before it, green when that is better, red when worse,
// grey for a neutral indicator; a grey level bar when unchanged; a grey dash when unknown.
// Hovering names the trend with the previous year and value ("besser seit 2012 (92 Anzahl)").
void trendArrow(const Indicator& indicator, const IndicatorProgress& progress, Language language);

// The width trendArrow() takes, in pixels.
float trendArrowWidth();

// A dot in the status's colour (green on track, red off track, grey without data or target)
// and statusName() beside it; hovering shows statusExplanation(). Returns whether the mouse
// is over it.
bool statusBadge(const Indicator& indicator, const IndicatorProgress& progress, Language language);

// The widest statusBadge() in `language`, in pixels: a column that holds every status.
float statusBadgeWidth(Language language);

}  // namespace knp::app
