#pragma once
// Applies the command line's --view, --select, --panel, --layout, --graph, --present,
// --conference and --scene to the state at start, so that a screenshot (or a workshop) opens
// exactly where it should.
#include <optional>
#include <string>

#include "core/app_state.hpp"
#include "core/startup_options.hpp"

namespace knp::app {

// The vertex `text` names: a node key ("actor:awo") or a plain id (actors, activities, goals,
// life phases searched in that order). nullopt when nothing matches.
std::optional<Vertex> findNode(const AppState& s, std::string_view text);

// "coverage" -> Panel::Coverage, ...; nullopt for an unknown name.
std::optional<Panel> panelFromName(std::string_view name);

// Applies the options; returns a message (naming the valid choices) for an unknown view,
// node, indicator, panel, layout or graph, or a node the chosen map does not show, an unknown
// conference (naming those there are), a scene number out of its range or --scene without
// --conference, and then changes nothing else. --graph wins over a view's graph; the node is
// selected in the map shown; --select indicator:ID shows that indicator in the Kennzahlen tab,
// which opens unless --panel names another; --compare FILE|YEAR starts a comparison (refused
// with openComparison's message and the file's problems) and opens the Vergleich tab unless
// --panel or --select indicator:ID chose one; --scene comes last and shows that scene in
// presentation (its own map, filters, focus and camera).
std::optional<std::string> applyStartupOptions(AppState& s, const Options& options);

}  // namespace knp::app
