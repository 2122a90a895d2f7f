#pragma once
// A conference on the small fixture project (fixtures.hpp) that uses every field: three
// scenes, a mood poll and an agreement, comments of each kind, marks and priorities.
#include "model/project.hpp"

namespace knp::test {

// smallProject() plus conference "ik-2013" ("Integrationskonferenz 2013", 2013-11-20):
//   scenes  "Überblick" (no view state), "Kita" (filters f1/p1, focus actor:a1, camera,
//           graph "actors", highlight actor:a1 + actor:a2 "Lücke: Kita"), "Schluss";
//   poll p1 (mood, tables T1, T2, 3 dots each): o1 goal:g1 {T1: 2, T2: 1} = 3,
//           o2 gap:f2/p2 {T1: 1} = 1, o3 "Mehr Sprachkurse" (free) {T2: 2} = 2;
//   poll p2 (agreement, choose 1, table Raum): o1 goal:g1 {Raum: 4}, o2 goal:g2 {Raum: 4},
//           o3 suggestion:a1/a2 {Raum: 1};
//   comments c1 on activity:act1 (comment, "Murmelgruppe 1"), c2 on the map (idea),
//           c3 on goal:g2 (question);
//   act2 is marked fromConference "ik-2013"; changed: activity:act2.
Project projectWithConference();

}  // namespace knp::test
