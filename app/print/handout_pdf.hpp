#pragma once
// The handout of a conference: one PDF page per scene, in presentation order, each with the
// map as that scene showed it (core/scenes.hpp applyScene: its view's abstraction, filters,
// focus, camera or "Fit all", layout, and its highlight), the gaps marked as on the poster,
// the legend, the scene's heading above and its caption (and what the highlight is about)
// below. A conference without scenes gives one page with its title and a sentence saying so.
// Each page starts from the project as opened, so a page does not depend on the one before.
// O(scenes × (V + E + layout + analyses)).
#include "model/project.hpp"
#include "print/map_export.hpp"
#include "text/language.hpp"

namespace knp::app {

RenderedImage renderHandoutPdf(const Project& project, const Conference& conference, Language language,
                               MapImageSize size);

}  // namespace knp::app
