#pragma once
// A seeded generator of realistic projects of any size, for benchmarks of the analyses, the
// layouts and the file format. The data is invented; names are German like a real project's.
#include <cstdint>

#include "model/project.hpp"

namespace knp::bench {

// A project shaped like a city's integration work at scale s >= 1 (s = 1 is about the size of
// the Hattingen example):
//   - 8 fields, 7 ordered life phases (early childhood .. old age), 3 concepts;
//   - 24 + 4·s goals over the concepts, a third of them guiding goals, the rest sub-goals with
//     a guiding parent of the same concept; each goal has 1–3 fields;
//   - 40·s actors in max(3, 40·s/12) districts, about one in fifteen a body (Gremium), the rest
//     of 15 types with realistic weights; about a third of the others are members of 1–2
//     bodies, preferably their own district's;
//   - 120·s activities. The lead is drawn with Zipf popularity (a few actors lead many
//     activities, most lead one or none); 0–3 partners, mostly from the lead's district, so
//     the actor network has communities; 1–2 fields (often the lead's usual field); 1–3 goals
//     drawn with Zipf popularity, mostly among the goals of the activity's fields, and a few
//     goals (about one in fifteen) never drawn, i.e. unserved; 1–3 consecutive life phases;
//     status mostly running; some with start/end years in 2005..2025 (end >= start);
//   - about 0.3·actors cooperations between distinct actors, mostly within a district, no
//     pair twice; one indicator per field with yearly values 2015..2024.
// Ids are unique within each kind and every reference resolves: validateProject() reports no
// errors and no warnings. Deterministic in (scale, seed) on every platform; O(s·log s) time.
// Throws std::invalid_argument when scale < 1.
Project makeSyntheticProject(int scale, std::uint64_t seed);

}  // namespace knp::bench
