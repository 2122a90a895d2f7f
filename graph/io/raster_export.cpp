// Writing the grids as CSV. The contract is in raster_export.hpp; how the references are chosen:
// the writer builds the same ItemLookup the import builds (grid_values.hpp) over the same items
// and asks it what a candidate text would come back as, instead of guessing from rules about
// '|' and duplicate names. Whatever the import's matching learns later, the writer follows.
#include "io/raster_export.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "io/actor_grid_columns.hpp"
#include "io/grid_values.hpp"
#include "text/labels.hpp"
#include "text/name_matching.hpp"

namespace knp {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kRecordEnd = "\r\n";
constexpr std::string_view kValueSeparator = " | ";

constexpr std::array<std::string_view, 12> kRasterHeader{"ID",           "Akteur",        "Akteurstyp", "Aktivität",
                                                         "Beschreibung", "Handlungsfeld", "Ziele",      "Lebensphasen",
                                                         "Partner",      "Status",        "Beginn",     "Ende"};

bool isFormulaTrigger(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
}

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// CRLF and lone CR as LF.
std::string withLfBreaks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

void appendCell(std::string& out, std::string_view text) {
  const std::string cell = neutraliseFormula(withLfBreaks(text));
  const bool quoted = cell.find_first_of(";\"\r\n,\t") != std::string::npos ||
                      (!cell.empty() && (isBlank(cell.front()) || isBlank(cell.back())));
  if (!quoted) {
    out += cell;
    return;
  }
  out += '"';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// How the import reads a cell: Akteur as one value, the multi-value columns split at '|' and
// line breaks (splitValues).
enum class Values { One, Several };
// Where a value stands in its cell: only the first one can be neutralised.
enum class Place { CellStart, Later };

// Names the items of one kind so that the import finds them again.
template <class Item>
class References {
 public:
  template <class NameOf>
  References(const std::vector<Item>& items, NameOf nameOf) : m_lookup(items, nameOf) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      m_index.emplace(items[i].id.value, i);
      m_names.push_back(nameOf(items[i]));
    }
  }

  // The item's name when it reads back as this item where it stands, else its id (also when
  // the id would not read back either: there is nothing better to write).
  std::string text(const std::string& id, Values values, Place place) const {
    const auto it = m_index.find(id);
    if (it == m_index.end()) return id;
    const std::string& name = m_names[it->second];
    return readsBackAs(name, it->second, values, place) ? name : id;
  }

  template <class IdType>
  std::string joined(const std::vector<IdType>& ids) const {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i > 0) out += kValueSeparator;
      out += text(ids[i].value, Values::Several, i == 0 ? Place::CellStart : Place::Later);
    }
    return out;
  }

 private:
  bool readsBackAs(const std::string& candidate, std::size_t index, Values values, Place place) const {
    if (place == Place::CellStart && neutraliseFormula(candidate) != candidate) return false;
    if (values == Values::One) return !normaliseName(candidate).empty() && m_lookup.find(candidate) == index;
    const std::vector<std::string> parts = splitValues(candidate);
    return parts.size() == 1 && m_lookup.find(parts.front()) == index;
  }

  ItemLookup<Item> m_lookup;
  std::unordered_map<std::string, std::size_t> m_index;  // id -> item; the first of equal ids
  std::vector<std::string> m_names;
};

std::string yearText(const std::optional<int>& year) { return year ? fmt::format("{}", *year) : std::string(); }

}  // namespace

std::string neutraliseFormula(std::string_view cell) {
  std::size_t first = 0;
  while (first < cell.size() && cell[first] == '\'') ++first;
  if (first < cell.size() && isFormulaTrigger(cell[first])) return fmt::format("'{}", cell);
  return std::string(cell);
}

Grid rasterGrid(const Project& project) {
  const References<Actor> actors(project.actors, [](const Actor& a) { return a.name; });
  const References<Field> fields(project.fields, [](const Field& f) { return f.name; });
  const References<Goal> goals(project.goals, [](const Goal& g) { return g.title; });
  const References<LifePhase> phases(project.lifePhases, [](const LifePhase& l) { return l.name; });
  std::unordered_map<std::string, const Actor*> actorById;
  for (const Actor& a : project.actors) actorById.emplace(a.id.value, &a);

  Grid grid{std::vector<std::string>(kRasterHeader.begin(), kRasterHeader.end())};
  for (const Activity& activity : project.activities) {
    const auto lead = actorById.find(activity.lead.value);
    const std::string leadType =
        lead == actorById.end() ? std::string() : std::string(label(lead->second->type, Language::German));
    grid.push_back(std::vector<std::string>{
                          activity.id.value,
                          actors.text(activity.lead.value, Values::One, Place::CellStart),
                          leadType,
                          activity.title,
                          activity.description,
                          fields.joined(activity.fields),
                          goals.joined(activity.goals),
                          phases.joined(activity.lifePhases),
                          actors.joined(activity.partners),
                          std::string(label(activity.status, Language::German)),
                          yearText(activity.startYear),
                          yearText(activity.endYear),
                      });
  }
  return grid;
}

Grid actorGrid(const Project& project, ContactData contacts) {
  const References<Actor> actors(project.actors, [](const Actor& a) { return a.name; });
  const std::span<const ActorGridColumn> columns = actorGridColumns();
  auto written = [contacts](const ActorGridColumn& column) { return contacts == ContactData::Include || !column.personal; };
  Grid grid(1);
  for (const ActorGridColumn& column : columns)
    if (written(column)) grid.front().emplace_back(column.header);
  for (const Actor& actor : project.actors) {
    std::vector<std::string>& row = grid.emplace_back();
    // The Key names the actor as the import will find it again; the others are the actor's values.
    for (const ActorGridColumn& column : columns)
      if (written(column))
        row.push_back(column.role == ActorGridRole::Key ? actors.text(actor.id.value, Values::One, Place::CellStart)
                                                        : column.value(actor));
  }
  return grid;
}

std::string writeGridCsv(const Grid& grid) {
  std::string out(kUtf8Bom);
  for (const auto& row : grid) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ';';
      appendCell(out, row[i]);
    }
    out += kRecordEnd;
  }
  return out;
}

std::string writeRasterCsv(const Project& project) { return writeGridCsv(rasterGrid(project)); }

std::string writeActorGridCsv(const Project& project, ContactData contacts) {
  return writeGridCsv(actorGrid(project, contacts));
}

}  // namespace knp
