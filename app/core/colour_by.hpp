#pragma once
// What the nodes' fill colour tells, and the list of choices in the order users see them (the
// toolbar's combo; names in ui_text.hpp's colourByName): the kind (actor type, field, concept,
// phase), the actor's Louvain group, or the actor's broker role (betweenness). In the last
// two, nodes other than actors are drawn light grey so that the actors' colours stand out.

namespace knp::app {

enum class ColourBy { Kind, Group, Betweenness };

inline constexpr ColourBy kColourModes[] = {ColourBy::Kind, ColourBy::Group, ColourBy::Betweenness};

}  // namespace knp::app
