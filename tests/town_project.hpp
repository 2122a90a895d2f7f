#pragma once
// The small town the coverage, gap and support-chain tests share. Phases are listed out of
// order on purpose: analyses must follow `order`, not the list.
//
//   phases (by order): kita(1) grundschule(2) jugend(3) beruf(4) alter(5, nobody)
//   fields: bildung, soziales, wohnen (wohnen: no goal names it)
//   goals:  ik: leit ─parent of─ sprache, eltern;  sek: offen, mobil (nobody)
//
//   activity  lead     partners  fields    goals          phases           status
//   k1        kita     –         bildung   sprache        kita             running
//   s1        schule   kita      bildung   sprache        grundschule      running
//   v1        vhs      –         bildung   sprache        beruf            running
//   a1        awo      –         soziales  eltern, offen  grundschule      running
//   c1        caritas  schule    soziales  eltern         grundschule,     running
//                                                          jugend
//   o1        solo     –         soziales  eltern         beruf            finished
//   old       awo      –         bildung   leit           jugend           running 2010–2012
//
//   actors: kita schule vhs awo caritas solo idle(party, nothing) rat(body)
//   cooperation: kita ══ vhs
//   actor network: schule─kita (s1), caritas─schule (c1), kita─vhs (coop); awo, solo, idle alone
#include "project_builder.hpp"

namespace knp::test {

inline Project townProject() {
  using enum ActivityStatus;
  return ProjectBuilder()
      .phase("jugend", 3).phase("kita", 1).phase("beruf", 4).phase("grundschule", 2).phase("alter", 5)
      .field("bildung").field("soziales").field("wohnen")
      .concept_("ik").concept_("sek")
      .goal("leit", "ik", {"bildung"})
      .goal("sprache", "ik", {"bildung"}, "leit")
      .goal("eltern", "ik", {"bildung", "soziales"})
      .goal("offen", "sek", {"soziales"})
      .goal("mobil", "sek", {"soziales"})
      .actor("kita", ActorType::Kita).actor("schule", ActorType::School).actor("vhs", ActorType::EducationProvider)
      .actor("awo", ActorType::WelfareOrganisation).actor("caritas", ActorType::WelfareOrganisation)
      .actor("solo").actor("idle", ActorType::Party).actor("rat", ActorType::Body)
      .activity("k1", "kita", {}, {"bildung"}, {"sprache"}, {"kita"})
      .activity("s1", "schule", {"kita"}, {"bildung"}, {"sprache"}, {"grundschule"})
      .activity("v1", "vhs", {}, {"bildung"}, {"sprache"}, {"beruf"})
      .activity("a1", "awo", {}, {"soziales"}, {"eltern", "offen"}, {"grundschule"})
      .activity("c1", "caritas", {"schule"}, {"soziales"}, {"eltern"}, {"grundschule", "jugend"})
      .activity("o1", "solo", {}, {"soziales"}, {"eltern"}, {"beruf"}, Finished)
      .activity("old", "awo", {}, {"bildung"}, {"leit"}, {"jugend"}, Running, 2010, 2012)
      .cooperation("kita", "vhs")
      .build();
}

}  // namespace knp::test
