#include "report/empty_cell.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "report/analysis_sentences.hpp"
#include "report/project_names.hpp"

namespace knp {
namespace {

struct Words {
  std::string_view nobody;          // field, phase
  std::string_view fieldIsEmpty;    // –
  std::string_view nextDoor;        // list
  std::string_view nextDoorEmpty;   // phases
  std::string_view samePhase;       // list
  std::string_view samePhaseEmpty;  // phase
  std::string_view one, many;       // "1 Aktivität in {}", "{} Aktivitäten in {}"
  std::string_view none;            // "keine in {}"
};

constexpr Words kGerman{
    "Im Handlungsfeld {} arbeitet niemand für {}.",
    "In diesem Feld gibt es in keiner Lebensphase eine Aktivität.",
    "Nebenan: {}.",
    "Auch nebenan ({}) arbeitet in diesem Feld niemand.",
    "Im selben Lebensabschnitt: {}.",
    "Auch in den anderen Handlungsfeldern arbeitet niemand für {}.",
    "1 Aktivität in {}",
    "{} Aktivitäten in {}",
    "keine in {}"};

constexpr Words kEnglish{
    "In the field {}, nobody works for {}.",
    "This field has no activity in any life phase.",
    "Next door: {}.",
    "Nobody in this field works next door ({}) either.",
    "In the same life phase: {}.",
    "No other field works for {} either.",
    "1 activity in {}",
    "{} activities in {}",
    "none in {}"};

std::string count(const Words& w, std::size_t n, const std::string& where) {
  if (n == 0) return fmt::format(fmt::runtime(w.none), where);
  if (n == 1) return fmt::format(fmt::runtime(w.one), where);
  return fmt::format(fmt::runtime(w.many), n, where);
}

// Collects the activities of cells and their actors as project indices.
class Nearby {
 public:
  explicit Nearby(const Project& p) {
    for (std::size_t i = 0; i < p.activities.size(); ++i) m_activity.emplace(p.activities[i].id.value, i);
    for (std::size_t i = 0; i < p.actors.size(); ++i) m_actor.emplace(p.actors[i].id.value, i);
  }
  void add(const CoverageCell& cell) {
    for (const ActivityId& id : cell.activities)
      if (auto it = m_activity.find(id.value); it != m_activity.end()) m_out.activities.push_back(it->second);
    for (const ActorId& id : cell.actors)
      if (auto it = m_actor.find(id.value); it != m_actor.end()) m_out.actors.push_back(it->second);
  }
  EmptyCellExplanation take(std::string text) {
    for (auto* list : {&m_out.activities, &m_out.actors}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    m_out.text = std::move(text);
    return std::move(m_out);
  }

 private:
  std::unordered_map<std::string, std::size_t> m_activity, m_actor;
  EmptyCellExplanation m_out;
};

}  // namespace

EmptyCellExplanation explainEmptyCell(const Project& project, const Coverage& coverage, std::size_t field,
                                      std::size_t phase, Language language) {
  const std::size_t rows = coverage.fields.size(), columns = coverage.phases.size();
  if (field >= rows || phase >= columns || coverage.cells.size() != rows * columns) return {};
  if (!coverage.cell(field, phase).activities.empty()) return {};
  const Words& w = language == Language::English ? kEnglish : kGerman;
  const ProjectNames names(project);
  const std::string& fieldName = names.field(coverage.fields[field]);
  const std::string& phaseName = names.phase(coverage.phases[phase]);
  Nearby nearby(project);
  std::string text = fmt::format(fmt::runtime(w.nobody), fieldName, phaseName);

  bool fieldHasWork = false;
  for (std::size_t c = 0; c < columns; ++c) fieldHasWork = fieldHasWork || !coverage.cell(field, c).activities.empty();
  std::vector<std::size_t> neighbours;
  if (phase > 0) neighbours.push_back(phase - 1);
  if (phase + 1 < columns) neighbours.push_back(phase + 1);
  if (!fieldHasWork) {
    text += " " + std::string(w.fieldIsEmpty);
  } else if (!neighbours.empty()) {
    std::vector<std::string> withWork, without, phaseNames;
    for (std::size_t c : neighbours) {
      const CoverageCell& cell = coverage.cell(field, c);
      const std::string& name = names.phase(coverage.phases[c]);
      // A neighbour with work comes first: "3 in A and none in B" reads better than the reverse.
      (cell.activities.empty() ? without : withWork).push_back(count(w, cell.activities.size(), name));
      phaseNames.push_back(name);
      nearby.add(cell);
    }
    const bool any = !withWork.empty();
    withWork.insert(withWork.end(), without.begin(), without.end());
    text += " " + (any
                       ? fmt::format(fmt::runtime(w.nextDoor), joinNames(withWork, language))
                       : fmt::format(fmt::runtime(w.nextDoorEmpty), joinNames(phaseNames, language)));
  }

  if (rows > 1) {
    std::vector<std::string> parts;
    for (std::size_t r = 0; r < rows; ++r) {
      const CoverageCell& cell = coverage.cell(r, phase);
      if (r == field || cell.activities.empty()) continue;
      parts.push_back(count(w, cell.activities.size(), names.field(coverage.fields[r])));
      nearby.add(cell);
    }
    text += " " + (parts.empty() ? fmt::format(fmt::runtime(w.samePhaseEmpty), phaseName)
                                 : fmt::format(fmt::runtime(w.samePhase), joinNames(parts, language)));
  }
  return nearby.take(std::move(text));
}

}  // namespace knp
