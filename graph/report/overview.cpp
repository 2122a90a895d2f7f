#include "report/overview.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace knp {
namespace {

struct Words {
  std::string_view notice, actors, bodies, activities, goals, concepts, fields, phases, cooperations, indicators;
  std::string_view perField, perPhase, perConcept, served, busiest, none;
};

constexpr Words kGerman{"Hinweis",
                        "Akteure",
                        "davon {} Gremien",
                        "Aktivitäten",
                        "Ziele",
                        "Konzepte",
                        "Handlungsfelder",
                        "Lebensphasen",
                        "Kooperationen",
                        "Kennzahlen",
                        "Aktivitäten je Handlungsfeld",
                        "Aktivitäten je Lebensphase",
                        "Ziele je Konzept",
                        "mit Aktivität",
                        "Akteure mit den meisten Aktivitäten (Leitung oder Partner)",
                        "keine"};
constexpr Words kEnglish{"Note",
                         "actors",
                         "{} of them steering bodies",
                         "activities",
                         "goals",
                         "concepts",
                         "fields of action",
                         "life phases",
                         "cooperations",
                         "indicators",
                         "Activities per field of action",
                         "Activities per life phase",
                         "Goals per concept",
                         "served by an activity",
                         "Actors with the most activities (lead or partner)",
                         "none"};

template <class IdT>
std::unordered_set<IdT> distinct(const std::vector<IdT>& ids) {
  return {ids.begin(), ids.end()};
}

}  // namespace

std::string formatOverview(const Project& p, Language language) {
  const Words& w = language == Language::English ? kEnglish : kGerman;
  std::string out = fmt::format("Knotenpunkt – {}\n", p.title);
  if (!p.notice.empty()) out += fmt::format("{}: {}\n", w.notice, p.notice);

  const auto bodies = std::count_if(p.actors.begin(), p.actors.end(), [](auto& a) { return a.type == ActorType::Body; });
  out += fmt::format("\n{} {} ({}), {} {}, {} {}, {} {}, {} {}, {} {}, {} {}, {} {}\n", p.actors.size(), w.actors,
                     fmt::format(fmt::runtime(w.bodies), bodies), p.activities.size(), w.activities, p.goals.size(), w.goals, p.concepts.size(),
                     w.concepts, p.fields.size(), w.fields, p.lifePhases.size(), w.phases, p.cooperations.size(),
                     w.cooperations, p.indicators.size(), w.indicators);

  // Each activity counts once per distinct field, phase, goal and actor it names.
  std::unordered_map<FieldId, int> perField;
  std::unordered_map<LifePhaseId, int> perPhase;
  std::unordered_set<GoalId> servedGoals;
  std::unordered_map<ActorId, int> perActor;
  for (const auto& a : p.activities) {
    for (const auto& f : distinct(a.fields)) ++perField[f];
    for (const auto& ph : distinct(a.lifePhases)) ++perPhase[ph];
    for (const auto& g : a.goals) servedGoals.insert(g);
    auto actors = distinct(a.partners);
    actors.insert(a.lead);
    for (const auto& actor : actors) ++perActor[actor];
  }

  std::size_t width = 0;
  for (const auto& f : p.fields) width = std::max(width, utf8Length(f.name));
  for (const auto& ph : p.lifePhases) width = std::max(width, utf8Length(ph.name));
  for (const auto& c : p.concepts) width = std::max(width, utf8Length(c.name));

  out += fmt::format("\n{}:\n", w.perField);
  for (const auto& f : p.fields) out += fmt::format("  {} {:>4}\n", padRight(f.name, width), perField[f.id]);

  out += fmt::format("\n{}:\n", w.perPhase);
  for (const LifePhase* ph : lifePhasesInOrder(p))
    out += fmt::format("  {} {:>4}\n", padRight(ph->name, width), perPhase[ph->id]);

  out += fmt::format("\n{} ({}):\n", w.perConcept, w.served);
  for (const auto& c : p.concepts) {
    int total = 0, served = 0;
    for (const auto& g : p.goals) {
      if (g.conceptId != c.id) continue;
      ++total;
      if (servedGoals.contains(g.id)) ++served;
    }
    out += fmt::format("  {} {:>4} ({})\n", padRight(c.name, width), total, served);
  }

  std::vector<std::pair<const Actor*, int>> ranked;
  for (const auto& a : p.actors)
    if (auto it = perActor.find(a.id); it != perActor.end()) ranked.emplace_back(&a, it->second);
  std::stable_sort(ranked.begin(), ranked.end(), [](auto& x, auto& y) { return x.second > y.second; });
  out += fmt::format("\n{}:\n", w.busiest);
  if (ranked.empty()) out += fmt::format("  {}\n", w.none);
  for (std::size_t i = 0; i < std::min<std::size_t>(ranked.size(), 10); ++i)
    out += fmt::format("  {:>3}  {}\n", ranked[i].second, ranked[i].first->name);
  return out;
}

}  // namespace knp
