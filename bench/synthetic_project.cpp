#include "synthetic_project.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "random.hpp"

namespace knp::bench {
namespace {

struct FieldSpec {
  std::string_view id;
  std::string_view name;
  Colour colour;
  std::array<std::string_view, 5> activityWords;  // titles of typical activities in the field
};

// The 8 Handlungsfelder of the Hattingen concept, Okabe–Ito colours.
constexpr std::array<FieldSpec, 8> kFields{{
    {"bildung-kultur",
     "Bildung und Kultur",
     {0, 114, 178},
     {"Sprachkurs", "Hausaufgabenhilfe", "Lesepatenschaft", "Interkulturelles Fest", "Bibliotheksführung"}},
    {"soziales",
     "Soziales",
     {230, 159, 0},
     {"Sprachcafé", "Elterncafé", "Migrationsberatung", "Nachbarschaftstreff", "Patenschaftsprogramm"}},
    {"arbeit",
     "Arbeit",
     {0, 158, 115},
     {"Bewerbungstraining", "Berufsorientierung", "Praktikumsbörse", "Anerkennungsberatung", "Jobcoaching"}},
    {"gesundheit",
     "Gesundheit",
     {213, 94, 0},
     {"Gesundheitslotsen", "Hebammensprechstunde", "Impfberatung", "Bewegungskurs", "Seniorengymnastik"}},
    {"wohnen",
     "Wohnen",
     {204, 121, 167},
     {"Wohnungsbörse", "Mieterberatung", "Quartiersfest", "Hausbesuche", "Gemeinschaftsgarten"}},
    {"sport-freizeit",
     "Sport und Freizeit",
     {86, 180, 233},
     {"Fußball für alle", "Schwimmkurs", "Tanzgruppe", "Ferienfreizeit", "Radfahrkurs"}},
    {"infrastruktur",
     "Infrastruktur",
     {102, 102, 102},
     {"Mehrsprachige Wegweiser", "Interkulturelle Schulung", "Fahrradwerkstatt", "Online-Terminbuchung",
      "Sprechstunde im Quartier"}},
    {"praevention-sucht",
     "Prävention im Bereich Gesundheit und Sucht",
     {136, 34, 85},
     {"Suchtprävention", "Elternabend Medien", "Beratung Glücksspiel", "Rauchfrei-Kurs", "Peer-Projekt"}},
}};

struct PhaseSpec {
  std::string_view id;
  std::string_view name;
  int minAge;
  int maxAge;  // -1: open-ended
};

constexpr std::array<PhaseSpec, 7> kPhases{{
    {"fruehe-kindheit", "Frühe Kindheit (0–3)", 0, 3},
    {"kita", "Kita (3–6)", 3, 6},
    {"grundschule", "Grundschule (6–10)", 6, 10},
    {"jugend", "Weiterführende Schule und Jugend (10–18)", 10, 18},
    {"uebergang", "Übergang Schule–Beruf (16–25)", 16, 25},
    {"erwerbsleben", "Erwerbsleben und Familie (25–65)", 25, 65},
    {"alter", "Alter (65+)", 65, -1},
}};

struct ConceptSpec {
  std::string_view id;
  std::string_view name;
  std::string_view goalPrefix;
};

constexpr std::array<ConceptSpec, 3> kConcepts{{
    {"integrationskonzept", "Integrationskonzept", "ik"},
    {"strategiekonzept-2020", "Strategiekonzept 2020", "sk"},
    {"sek-2030", "Stadtentwicklungskonzept 2030", "sek"},
}};

constexpr std::array<std::string_view, 8> kGoalPhrases{
    "Zugänge werden erleichtert",     "Angebote werden vernetzt",   "Beteiligung wird gestärkt",
    "Sprachkompetenz wird gefördert", "Beratung wird ausgebaut",    "Ehrenamt wird unterstützt",
    "Begegnung wird ermöglicht",      "Übergänge werden begleitet",
};

// Actor types other than Body, with how common they are, a word for their names, the field
// they usually work in and the life phases they usually reach (-1: any).
struct ActorTypeSpec {
  ActorType type;
  double weight;
  std::string_view word;
  int field;
  int firstPhase;
  int lastPhase;
};

constexpr std::array<ActorTypeSpec, 15> kActorTypes{{
    {ActorType::Association, 18, "Verein", 5, -1, -1},
    {ActorType::Federation, 3, "Verband", 1, -1, -1},
    {ActorType::WelfareOrganisation, 6, "Sozialdienst", 1, -1, -1},
    {ActorType::ReligiousCommunity, 6, "Gemeinde", 1, -1, -1},
    {ActorType::School, 10, "Schule", 0, 2, 4},
    {ActorType::Kita, 10, "Kita", 0, 0, 1},
    {ActorType::CityAdministration, 4, "Fachbereich", 6, -1, -1},
    {ActorType::PublicAgency, 5, "Behörde", 2, 4, 5},
    {ActorType::EducationProvider, 5, "Bildungswerk", 0, 4, 5},
    {ActorType::Company, 6, "Betrieb", 2, 4, 5},
    {ActorType::Party, 3, "Ortsverband", 1, -1, -1},
    {ActorType::Union, 2, "Gewerkschaft", 2, 5, 5},
    {ActorType::Media, 3, "Redaktion", 0, -1, -1},
    {ActorType::MigrantOrganisation, 8, "Migrantenverein", 1, -1, -1},
    {ActorType::Other, 4, "Initiative", 7, -1, -1},
}};

// Quarters of Hattingen; larger scales continue with numbered districts.
constexpr std::array<std::string_view, 16> kDistrictNames{
    "Altstadt",       "Blankenstein", "Bredenscheid", "Elfringhausen", "Holthausen", "Niederbonsfeld",
    "Niederwenigern", "Welper",       "Winz-Baak",    "Südstadt",      "Nordstadt",  "Oberwinzerfeld",
    "Rauendahl",      "Bruchfeld",    "Baak",         "Oberstüter",
};

constexpr int kFirstYear = 2005;
constexpr int kLastYear = 2025;
constexpr double kLeadZipfExponent = 0.7;  // of actors' activity counts: a heavy tail
constexpr double kGoalZipfExponent = 1.0;  // of goals' popularity
constexpr double kSameDistrict = 0.8;      // chance that a partner or cooperation stays local
constexpr double kOwnFieldGoals = 0.8;     // chance that a goal is drawn among the activity's fields' goals

std::string districtName(std::size_t d) {
  return d < kDistrictNames.size() ? std::string(kDistrictNames[d]) : "Bezirk " + std::to_string(d + 1);
}

// Draws `count` distinct values by calling `draw` until enough are found or the tries run out
// (the candidates may be fewer than `count`).
template <class T, class Draw>
std::vector<T> distinctDraws(std::size_t count, Draw draw) {
  std::vector<T> result;
  for (std::size_t tries = 0; result.size() < count && tries < 20 * count + 20; ++tries) {
    T value = draw();
    if (std::find(result.begin(), result.end(), value) == result.end()) result.push_back(std::move(value));
  }
  return result;
}

// The per-actor facts the generator needs beyond the model.
struct ActorInfo {
  std::size_t district = 0;
  int field = 0;
  int firstPhase = -1;
  int lastPhase = -1;
};

class Generator {
 public:
  Generator(int scale, std::uint64_t seed) : m_scale(scale), m_random(seed) {}

  Project run() {
    m_project.title = "Synthetische Stadt (Skala " + std::to_string(m_scale) + ")";
    m_project.notice = "Erfundene Daten für Benchmarks; keine echten Akteure, Angebote oder Zahlen.";
    addFieldsPhasesConcepts();
    addGoals();
    addActors();
    addActivities();
    addCooperations();
    addIndicators();
    return std::move(m_project);
  }

 private:
  void addFieldsPhasesConcepts() {
    for (const FieldSpec& f : kFields)
      m_project.fields.push_back({FieldId(std::string(f.id)), std::string(f.name), f.colour});
    for (std::size_t i = 0; i < kPhases.size(); ++i) {
      const PhaseSpec& p = kPhases[i];
      LifePhase phase{LifePhaseId(std::string(p.id)), std::string(p.name), p.minAge, std::nullopt,
                      static_cast<int>(i) + 1};
      if (p.maxAge >= 0) phase.maxAge = p.maxAge;
      m_project.lifePhases.push_back(std::move(phase));
    }
    for (const ConceptSpec& c : kConcepts)
      m_project.concepts.push_back({ConceptId(std::string(c.id)), std::string(c.name)});
  }

  // Per concept: the first third guiding goals, the rest sub-goals under one of them.
  void addGoals() {
    const std::size_t total = 24 + 4 * static_cast<std::size_t>(m_scale);
    for (std::size_t c = 0; c < kConcepts.size(); ++c) {
      const std::size_t count = total / kConcepts.size() + (c < total % kConcepts.size() ? 1 : 0);
      const std::size_t guiding = std::max<std::size_t>(2, count / 3);
      std::vector<std::size_t> guidingIndices;
      for (std::size_t k = 0; k < count; ++k) {
        Goal goal;
        goal.id = GoalId(std::string(kConcepts[c].goalPrefix) + "-" + std::to_string(k + 1));
        goal.conceptId = ConceptId(std::string(kConcepts[c].id));
        if (k < guiding) {
          goal.level = GoalLevel::Guiding;
          for (int f : distinctDraws<int>(static_cast<std::size_t>(m_random.between(1, 3)),
                                          [&] { return static_cast<int>(m_random.index(kFields.size())); }))
            goal.fields.push_back(fieldId(f));
          guidingIndices.push_back(m_project.goals.size());
        } else {
          // A sub-goal works towards its parent in one of the parent's fields, maybe one more.
          const Goal& parent = m_project.goals[guidingIndices[m_random.index(guidingIndices.size())]];
          goal.level = GoalLevel::Sub;
          goal.parent = parent.id;
          goal.fields.push_back(parent.fields[m_random.index(parent.fields.size())]);
          if (m_random.chance(0.3)) {
            FieldId extra = fieldId(static_cast<int>(m_random.index(kFields.size())));
            if (extra != goal.fields.front()) goal.fields.push_back(std::move(extra));
          }
        }
        const std::string_view phrase = kGoalPhrases[m_random.index(kGoalPhrases.size())];
        goal.title = std::string(phrase) + " (" + std::string(findField(m_project, goal.fields.front())->name) + ", " +
                     goal.id.value + ").";
        m_project.goals.push_back(std::move(goal));
      }
    }

    // Popularity: a random ranking with Zipf weights; the last few ranks are never drawn.
    std::vector<std::size_t> ranking(m_project.goals.size());
    for (std::size_t i = 0; i < ranking.size(); ++i) ranking[i] = i;
    m_random.shuffle(ranking);
    const std::vector<double> zipf = zipfWeights(ranking.size(), kGoalZipfExponent);
    const std::size_t unserved = std::max<std::size_t>(1, ranking.size() / 15);
    m_goalWeight.assign(ranking.size(), 0.0);
    for (std::size_t rank = 0; rank + unserved < ranking.size(); ++rank) m_goalWeight[ranking[rank]] = zipf[rank];
  }

  void addActors() {
    const std::size_t count = 40 * static_cast<std::size_t>(m_scale);
    const std::size_t districts = std::max<std::size_t>(3, count / 12);
    const std::size_t bodies = std::max<std::size_t>(2, (count + 7) / 15);
    m_byDistrict.assign(districts, {});
    m_districtBodies.assign(districts, {});

    // Bodies first: two city-wide, then district conferences, round the districts.
    for (std::size_t b = 0; b < bodies; ++b) {
      ActorInfo info;
      info.field = 1;
      std::string name;
      if (b == 0) {
        name = "Integrationskonferenz";
      } else if (b == 1) {
        name = "Steuerungsgruppe Integration";
      } else {
        info.district = (b - 2) % districts;
        name = "Stadtteilkonferenz " + districtName(info.district);
        if (b - 2 >= districts) name += " " + std::to_string((b - 2) / districts + 1);
      }
      if (b < 2) info.district = m_random.index(districts);  // its seat, for its own activities
      if (b >= 2) m_districtBodies[info.district].push_back(m_project.actors.size());
      addActor("body-" + std::to_string(b + 1), std::move(name), ActorType::Body, info);
    }

    std::vector<double> typeWeights;
    for (const ActorTypeSpec& t : kActorTypes) typeWeights.push_back(t.weight);
    const WeightedChoice pickType(typeWeights);
    std::vector<std::vector<int>> numberInDistrict(kActorTypes.size(), std::vector<int>(districts, 0));
    for (std::size_t i = m_project.actors.size(); i < count; ++i) {
      const std::size_t t = pickType(m_random);
      const ActorTypeSpec& spec = kActorTypes[t];
      ActorInfo info;
      info.district = m_random.index(districts);
      info.field = spec.type == ActorType::Other ? static_cast<int>(m_random.index(kFields.size())) : spec.field;
      info.firstPhase = spec.firstPhase;
      info.lastPhase = spec.lastPhase;
      const int number = ++numberInDistrict[t][info.district];
      std::string name = std::string(spec.word) + " " + districtName(info.district);
      if (number > 1) name += " " + std::to_string(number);
      addActor("actor-" + std::to_string(i + 1), std::move(name), spec.type, info);

      // A third are members of one or two bodies, preferably their own district's conference.
      if (m_random.chance(1.0 / 3.0)) {
        Actor& actor = m_project.actors.back();
        const auto& local = m_districtBodies[info.district];
        const std::size_t wanted = m_random.chance(0.7) ? 1 : 2;
        for (std::size_t body : distinctDraws<std::size_t>(wanted, [&] {
               return !local.empty() && m_random.chance(0.6) ? local[m_random.index(local.size())]
                                                             : m_random.index(bodies);
             }))
          actor.memberships.push_back(m_project.actors[body].id);
      }
    }
  }

  void addActor(std::string id, std::string name, ActorType type, const ActorInfo& info) {
    Actor actor;
    actor.id = ActorId(std::move(id));
    actor.type = type;
    actor.selfDescription = "Erfundener Akteur im Stadtteil " + districtName(info.district) + ".";
    actor.contact.address = "Musterstraße " + std::to_string(m_random.between(1, 120)) + ", 45525 Hattingen";
    actor.contact.email = "kontakt@" + actor.id.value + ".example.org";
    actor.name = std::move(name);
    m_byDistrict[info.district].push_back(m_project.actors.size());
    m_project.actors.push_back(std::move(actor));
    m_actorInfo.push_back(info);
  }

  void addActivities() {
    const std::size_t count = 120 * static_cast<std::size_t>(m_scale);
    const std::size_t actors = m_project.actors.size();
    // Lead popularity: Zipf weights over a random ranking of the actors.
    std::vector<std::size_t> ranking(actors);
    for (std::size_t i = 0; i < actors; ++i) ranking[i] = i;
    m_random.shuffle(ranking);
    const std::vector<double> zipf = zipfWeights(actors, kLeadZipfExponent);
    std::vector<double> leadWeight(actors);
    for (std::size_t rank = 0; rank < actors; ++rank) leadWeight[ranking[rank]] = zipf[rank];
    const WeightedChoice pickLead(leadWeight);
    const WeightedChoice pickAnyGoal(m_goalWeight);
    const WeightedChoice pickPartnerCount(std::vector<double>{40, 35, 17, 8});
    const WeightedChoice pickGoalCount(std::vector<double>{60, 30, 10});

    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t lead = pickLead(m_random);
      const ActorInfo& info = m_actorInfo[lead];
      Activity activity;
      activity.id = ActivityId("activity-" + std::to_string(i + 1));
      activity.lead = m_project.actors[lead].id;

      for (std::size_t partner :
           distinctDraws<std::size_t>(pickPartnerCount(m_random), [&] { return localOrAnyActor(info.district); }))
        if (partner != lead) activity.partners.push_back(m_project.actors[partner].id);

      const int firstField = m_random.chance(0.7) ? info.field : static_cast<int>(m_random.index(kFields.size()));
      std::vector<int> fields{firstField};
      if (m_random.chance(0.4)) {
        const int second = static_cast<int>(m_random.index(kFields.size()));
        if (second != firstField) fields.push_back(second);
      }
      for (int f : fields) activity.fields.push_back(fieldId(f));

      // Goals: mostly popular goals of the activity's own fields.
      const std::optional<WeightedChoice>& pickOwnGoal = goalsOfFields(fields);
      for (std::size_t g : distinctDraws<std::size_t>(pickGoalCount(m_random) + 1, [&] {
             return pickOwnGoal && m_random.chance(kOwnFieldGoals) ? (*pickOwnGoal)(m_random) : pickAnyGoal(m_random);
           }))
        activity.goals.push_back(m_project.goals[g].id);

      // Life phases: 1–3 consecutive ones, around the ones the lead usually reaches.
      int first = info.firstPhase >= 0 ? m_random.between(info.firstPhase, info.lastPhase)
                                       : static_cast<int>(m_random.index(kPhases.size()));
      const int length = m_random.between(1, 3);
      first = std::min(first, static_cast<int>(kPhases.size()) - length);
      for (int p = first; p < first + length; ++p)
        activity.lifePhases.push_back(LifePhaseId(std::string(kPhases[static_cast<std::size_t>(p)].id)));

      setStatusAndYears(activity);
      const std::string_view word = kFields[static_cast<std::size_t>(firstField)].activityWords[m_random.index(5)];
      activity.title = std::string(word) + " " + districtName(info.district);
      activity.description = "Erfundenes Angebot von " + m_project.actors[lead].name + ".";
      m_project.activities.push_back(std::move(activity));
    }
  }

  // A draw among the served goals that share a field with `fields`, by popularity; empty when
  // there are none. Cached per set of fields (at most 2^8), which keeps activities O(log goals).
  const std::optional<WeightedChoice>& goalsOfFields(const std::vector<int>& fields) {
    unsigned mask = 0;
    for (int f : fields) mask |= 1u << f;
    auto [it, added] = m_goalsByFields.try_emplace(mask);
    if (!added) return it->second;
    std::vector<double> weights(m_goalWeight.size(), 0.0);
    bool any = false;
    for (std::size_t g = 0; g < m_project.goals.size(); ++g)
      for (const FieldId& id : m_project.goals[g].fields)
        for (int f : fields)
          if (id == fieldId(f) && m_goalWeight[g] > 0.0) {
            weights[g] = m_goalWeight[g];
            any = true;
          }
    if (any) it->second.emplace(weights);
    return it->second;
  }

  void setStatusAndYears(Activity& activity) {
    const double roll = m_random.unit();
    if (roll < 0.06) {
      activity.status = ActivityStatus::Planned;
      if (m_random.chance(0.5)) activity.startYear = kLastYear;
    } else if (roll < 0.15) {
      activity.status = ActivityStatus::Finished;
      if (m_random.chance(0.7)) {
        activity.startYear = m_random.between(kFirstYear, kLastYear - 2);
        activity.endYear = m_random.between(*activity.startYear, kLastYear - 1);
      }
    } else {
      activity.status = ActivityStatus::Running;
      if (m_random.chance(0.6)) activity.startYear = m_random.between(kFirstYear, kLastYear);
      if (activity.startYear && m_random.chance(0.1)) activity.endYear = kLastYear;
    }
  }

  void addCooperations() {
    const std::size_t actors = m_project.actors.size();
    const auto count = static_cast<std::size_t>(std::lround(0.3 * static_cast<double>(actors)));
    const WeightedChoice pickType(std::vector<double>{55, 15, 25, 5});
    constexpr std::array<CooperationType, 4> kTypes{CooperationType::Cooperation, CooperationType::Funding,
                                                    CooperationType::Information, CooperationType::Membership};
    constexpr std::array<std::string_view, 4> kNotes{"Gemeinsame Planung von Angeboten", "Zuschuss aus Projektmitteln",
                                                     "Regelmäßiger Austausch", "Mitgliedschaft"};
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t tries = 0; m_project.cooperations.size() < count && tries < 50 * count; ++tries) {
      const std::size_t from = m_random.index(actors);
      const std::size_t to = localOrAnyActor(m_actorInfo[from].district);
      if (from == to || !pairs.insert(std::minmax(from, to)).second) continue;
      const std::size_t type = pickType(m_random);
      m_project.cooperations.push_back(
          {CooperationId("cooperation-" + std::to_string(m_project.cooperations.size() + 1)), m_project.actors[from].id,
           m_project.actors[to].id, kTypes[type], std::string(kNotes[type])});
    }
  }

  void addIndicators() {
    for (std::size_t f = 0; f < kFields.size(); ++f) {
      Indicator indicator;
      indicator.id = IndicatorId("indicator-" + std::string(kFields[f].id));
      indicator.name = "Teilnehmende " + std::string(kFields[f].name);
      indicator.unit = "Personen";
      indicator.source = "Erfunden";
      indicator.field = fieldId(static_cast<int>(f));
      for (const Goal& goal : m_project.goals)
        if (indicator.goals.size() < 2 &&
            std::find(goal.fields.begin(), goal.fields.end(), *indicator.field) != goal.fields.end())
          indicator.goals.push_back(goal.id);
      double value = 50.0 * m_scale * (1.0 + m_random.unit());
      for (int year = 2015; year <= 2024; ++year) {
        indicator.values[year] = std::round(value);
        value *= 0.95 + 0.15 * m_random.unit();
      }
      m_project.indicators.push_back(std::move(indicator));
    }
  }

  // An actor of `district` with probability kSameDistrict, otherwise any actor.
  std::size_t localOrAnyActor(std::size_t district) {
    const auto& local = m_byDistrict[district];
    if (!local.empty() && m_random.chance(kSameDistrict)) return local[m_random.index(local.size())];
    return m_random.index(m_project.actors.size());
  }

  static FieldId fieldId(int f) { return FieldId(std::string(kFields[static_cast<std::size_t>(f)].id)); }

  int m_scale;
  Random m_random;
  Project m_project;
  std::vector<ActorInfo> m_actorInfo;                  // parallel to m_project.actors
  std::vector<std::vector<std::size_t>> m_byDistrict;  // actor indices per district
  std::vector<std::vector<std::size_t>> m_districtBodies;
  std::vector<double> m_goalWeight;                                   // parallel to m_project.goals
  std::map<unsigned, std::optional<WeightedChoice>> m_goalsByFields;  // by bit mask of fields
};

}  // namespace

Project makeSyntheticProject(int scale, std::uint64_t seed) {
  if (scale < 1) throw std::invalid_argument("makeSyntheticProject: scale must be >= 1, not " + std::to_string(scale));
  return Generator(scale, seed).run();
}

}  // namespace knp::bench
