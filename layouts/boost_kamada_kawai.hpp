#pragma once
// Boost.Graph's kamada_kawai_spring_layout behind our interface, for small graphs.
//
// Kamada–Kawai needs every pair's graph distance (Boost keeps two n × n matrices) and a
// connected graph, so each connected component is laid out on its own, starting from a
// circle, and the components are then packed in rows, larger ones first, each in a box whose
// side grows with the square root of its size; the whole fits [0, 1]². One step lays out one
// component (Boost runs until its energy changes by less than 0.01 % or 10·n rounds); the
// last step packs. Graphs with more than kMaxKamadaKawaiNodes nodes are refused
// (std::invalid_argument): use a force-directed layout for those.
// Pinned nodes keep their start positions (after packing; the others do not make room).
#include <memory>

#include "layouts/layout.hpp"

namespace knp::layouts {

inline constexpr std::size_t kMaxKamadaKawaiNodes = 2000;

std::unique_ptr<Layout> makeBoostKamadaKawai(const LayoutGraph& graph, const LayoutRequest& request);

}  // namespace knp::layouts
