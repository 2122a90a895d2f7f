#include "io/project_json.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/input_limits.hpp"
#include "io/json_structure.hpp"
#include "io/json_tree.hpp"
#include "io/json_reader.hpp"
#include "io/view_json.hpp"
#include "io/conference_json.hpp"
#include "io/migrations.hpp"
#include "text/quoting.hpp"
#include "text/utf8.hpp"

namespace knp {
namespace {

using namespace json_io;

// The list `key` of node placements in `j` (at `path`); a node listed twice is an error.
std::map<std::string, NodePlacement> readPositions(const json& j, std::string_view key, const std::string& path,
                                                   JsonReader& r) {
  std::map<std::string, NodePlacement> positions;
  std::unordered_map<std::string, std::string> firstPathOfNode;
  r.list(j, key, path, [&](const json& item, const std::string& itemPath) {
    r.rejectUnknownKeys(item, itemPath, {"node", "x", "y", "pinned"});
    const std::string node = r.string(item, "node", itemPath, Presence::Required);
    const auto x = r.number(item, "x", itemPath, Presence::Required);
    const auto y = r.number(item, "y", itemPath, Presence::Required);
    const auto pinned = r.boolean(item, "pinned", itemPath, Presence::Optional);
    if (!item.contains("node") || !item.at("node").is_string()) return;
    if (auto [it, inserted] = firstPathOfNode.emplace(node, itemPath); !inserted) {
      r.error(JsonReader::join(itemPath, "node"),
              fmt::format("duplicate node {} (first used at {})", quote(node), it->second));
      return;
    }
    positions[node] = {x.value_or(0.0), y.value_or(0.0), pinned.value_or(false) ? PinState::Pinned : PinState::Free};
  });
  return positions;
}

// The shape of "map". Rules about values (finite coordinates, positive scale, focus depth,
// view names, node keys that name items) are validateProject()'s, as for the other items;
// only a node listed twice is checked here, because a MapState cannot hold it.
MapState readMap(const json& j, const std::string& path, JsonReader& r) {
  MapState map;
  r.rejectUnknownKeys(j, path, {"layout", "graph", "positions", "graphPositions", "views"});
  map.layout = r.string(j, "layout", path);
  map.graph = r.string(j, "graph", path);
  map.positions = readPositions(j, "positions", path, r);
  // By abstraction name; which names are known is validateProject()'s rule, as for "graph".
  if (const json* byGraph = r.optionalObject(j, "graphPositions", path)) {
    const std::string byGraphPath = JsonReader::join(path, "graphPositions");
    for (const auto& [name, positions] : byGraph->items())
      map.graphPositions[name] = readPositions(*byGraph, name, byGraphPath, r);
  }

  r.list(j, "views", path, [&](const json& item, const std::string& itemPath) {
    map.views.push_back(readView(item, itemPath, r, ViewName::Required));
  });
  return map;
}

// The item lists of a project file, top-level keys; "map" holds "positions" and "views".
constexpr std::array<std::string_view, 9> kItemLists = {"fields",     "lifePhases",   "concepts",
                                                         "goals",      "actors",       "activities",
                                                         "cooperations", "indicators", "conferences"};

// How many items the file holds, map positions and views included (lists that are not lists
// count nothing: their own problem is reported where they are read). O(1).
std::size_t itemCount(const json& root) {
  std::size_t count = 0;
  auto add = [&](const json& object, std::string_view key) {
    if (auto it = object.find(key); it != object.end() && it->is_array()) count += it->size();
  };
  for (std::string_view key : kItemLists) add(root, key);
  if (auto map = root.find("map"); map != root.end() && map->is_object()) {
    add(*map, "positions");
    add(*map, "views");
    if (auto byGraph = map->find("graphPositions"); byGraph != map->end() && byGraph->is_object())
      for (const auto& [name, positions] : byGraph->items()) add(*byGraph, name);
  }
  return count;
}

std::size_t graphPositionCount(const MapState& map) {
  std::size_t count = 0;
  for (const auto& [name, positions] : map.graphPositions) count += positions.size();
  return count;
}

std::size_t itemCount(const Project& p) {
  return p.fields.size() + p.lifePhases.size() + p.concepts.size() + p.goals.size() + p.actors.size() +
         p.activities.size() + p.cooperations.size() + p.indicators.size() + p.map.positions.size() +
         p.map.views.size() + graphPositionCount(p.map) + conferenceEntryCount(p.conferences);
}

// A list of whole numbers (a goal's priority years); wrong entries are problems and left out.
std::vector<int> readYears(const json& object, std::string_view key, const std::string& path, JsonReader& r) {
  std::vector<int> years;
  const json* value = r.member(object, key, path, Presence::Optional);
  const std::string listPath = JsonReader::join(path, key);
  if (!value || !r.readableList(*value, listPath)) return years;
  for (size_t i = 0; i < value->size(); ++i) {
    const json& element = (*value)[i];
    if (element.is_number_integer() && element.get<long long>() >= std::numeric_limits<int>::min() &&
        element.get<long long>() <= std::numeric_limits<int>::max())
      years.push_back(static_cast<int>(element.get<long long>()));
    else
      r.error(JsonReader::indexed(listPath, i), fmt::format("expected a year, found {}", typeName(element)));
  }
  return years;
}

Project readProject(const json& root, JsonReader& r) {
  Project p;
  if (const std::size_t items = itemCount(root); items > limits::kProjectItems) {
    r.error("", fmt::format("{} items in all; a project holds at most {} (see docs/limits.md)", items,
                            limits::kProjectItems));
    return p;
  }
  r.rejectUnknownKeys(root, "",
                      {"format", "version", "title", "notice", "fields", "lifePhases", "concepts", "goals", "actors",
                       "activities", "cooperations", "indicators", "conferences", "map"});
  p.title = r.string(root, "title", "");
  p.notice = r.string(root, "notice", "");

  r.list(root, "fields", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path, {"id", "name", "colour"});
    p.fields.push_back({r.id<FieldId>(j, "id", path), r.string(j, "name", path, Presence::Required),
                        r.colour(j, "colour", path)});
  });
  r.list(root, "lifePhases", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path, {"id", "name", "minAge", "maxAge", "order"});
    LifePhase phase;
    phase.id = r.id<LifePhaseId>(j, "id", path);
    phase.name = r.string(j, "name", path, Presence::Required);
    phase.minAge = r.integer(j, "minAge", path, Presence::Required).value_or(0);
    phase.maxAge = r.integer(j, "maxAge", path, Presence::Optional);
    phase.order = r.integer(j, "order", path, Presence::Required).value_or(0);
    p.lifePhases.push_back(std::move(phase));
  });
  r.list(root, "concepts", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path, {"id", "name"});
    p.concepts.push_back({r.id<ConceptId>(j, "id", path), r.string(j, "name", path, Presence::Required)});
  });
  r.list(root, "goals", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path, {"id", "title", "shortTitle", "concept", "level", "parent", "fields",
                                  "priorityYears"});
    Goal goal;
    goal.id = r.id<GoalId>(j, "id", path);
    goal.title = r.string(j, "title", path, Presence::Required);
    goal.shortTitle = r.string(j, "shortTitle", path);
    goal.conceptId = r.id<ConceptId>(j, "concept", path);
    goal.level = r.enumeration(j, "level", path, kGoalLevelNames, "goal level", GoalLevel::Guiding);
    goal.parent = r.optionalId<GoalId>(j, "parent", path);
    goal.fields = r.idList<FieldId>(j, "fields", path);
    goal.priorityYears = readYears(j, "priorityYears", path, r);
    p.goals.push_back(std::move(goal));
  });
  r.list(root, "actors", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path, {"id", "name", "type", "selfDescription", "contact", "memberships",
                                  "fromConference"});
    Actor actor;
    actor.id = r.id<ActorId>(j, "id", path);
    actor.name = r.string(j, "name", path, Presence::Required);
    actor.type = r.enumeration(j, "type", path, kActorTypeNames, "actor type", ActorType::Other);
    actor.selfDescription = r.string(j, "selfDescription", path);
    if (const json* contact = r.member(j, "contact", path, Presence::Optional)) {
      const std::string contactPath = JsonReader::join(path, "contact");
      if (r.expectObject(*contact, contactPath)) {
        r.rejectUnknownKeys(*contact, contactPath, {"address", "person", "phone", "email", "web"});
        actor.contact = {r.string(*contact, "address", contactPath), r.string(*contact, "person", contactPath),
                         r.string(*contact, "phone", contactPath), r.string(*contact, "email", contactPath),
                         r.string(*contact, "web", contactPath)};
      }
    }
    actor.memberships = r.idList<ActorId>(j, "memberships", path);
    actor.fromConference = r.id<ConferenceId>(j, "fromConference", path, Presence::Optional);
    p.actors.push_back(std::move(actor));
  });
  r.list(root, "activities", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path, {"id", "title", "description", "lead", "partners", "fields", "goals", "lifePhases",
                                  "status", "startYear", "endYear", "fromConference"});
    Activity a;
    a.id = r.id<ActivityId>(j, "id", path);
    a.title = r.string(j, "title", path, Presence::Required);
    a.description = r.string(j, "description", path);
    a.lead = r.id<ActorId>(j, "lead", path);
    a.partners = r.idList<ActorId>(j, "partners", path);
    a.fields = r.idList<FieldId>(j, "fields", path);
    a.goals = r.idList<GoalId>(j, "goals", path);
    a.lifePhases = r.idList<LifePhaseId>(j, "lifePhases", path);
    a.status = r.enumeration(j, "status", path, kActivityStatusNames, "status", ActivityStatus::Running);
    a.startYear = r.integer(j, "startYear", path, Presence::Optional);
    a.endYear = r.integer(j, "endYear", path, Presence::Optional);
    a.fromConference = r.id<ConferenceId>(j, "fromConference", path, Presence::Optional);
    p.activities.push_back(std::move(a));
  });
  r.list(root, "cooperations", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path, {"id", "from", "to", "type", "note", "fromConference"});
    Cooperation c;
    c.id = r.id<CooperationId>(j, "id", path);
    c.from = r.id<ActorId>(j, "from", path);
    c.to = r.id<ActorId>(j, "to", path);
    c.type = r.enumeration(j, "type", path, kCooperationTypeNames, "cooperation type", CooperationType::Cooperation);
    c.note = r.string(j, "note", path);
    c.fromConference = r.id<ConferenceId>(j, "fromConference", path, Presence::Optional);
    p.cooperations.push_back(std::move(c));
  });
  r.list(root, "indicators", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path,
                        {"id", "name", "unit", "source", "field", "goals", "values", "kind", "lifePhases", "direction",
                         "target"});
    Indicator ind;
    ind.id = r.id<IndicatorId>(j, "id", path);
    ind.name = r.string(j, "name", path, Presence::Required);
    ind.unit = r.string(j, "unit", path);
    ind.source = r.string(j, "source", path);
    ind.field = r.optionalId<FieldId>(j, "field", path);
    ind.goals = r.idList<GoalId>(j, "goals", path);
    ind.kind = r.enumeration(j, "kind", path, kIndicatorKindNames, "indicator kind", IndicatorKind::Figure,
                             Presence::Optional);
    ind.lifePhases = r.idList<LifePhaseId>(j, "lifePhases", path);
    ind.direction = r.enumeration(j, "direction", path, kIndicatorDirectionNames, "direction",
                                  IndicatorDirection::Neutral, Presence::Optional);
    if (const json* target = r.optionalObject(j, "target", path)) {
      const std::string targetPath = JsonReader::join(path, "target");
      r.rejectUnknownKeys(*target, targetPath, {"value", "year"});
      const auto value = r.number(*target, "value", targetPath, Presence::Required);
      const auto year = r.integer(*target, "year", targetPath, Presence::Required);
      if (value && year) ind.target = IndicatorTarget{*value, *year};
    }
    if (const json* values = r.member(j, "values", path, Presence::Optional)) {
      const std::string valuesPath = JsonReader::join(path, "values");
      if (values->is_object() && values->size() > limits::kProjectItems) {
        r.error(valuesPath, fmt::format("{} years; a project holds at most {} in one list (see docs/limits.md)",
                                        values->size(), limits::kProjectItems));
      } else if (r.expectObject(*values, valuesPath)) {
        for (const auto& [key, value] : values->items()) {
          // Only the canonical spelling: "02010" or "+2010" would be a second key for the year
          // 2010, and one of the two values would vanish at the next save.
          int year = 0;
          auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
          const std::string keyPath = JsonReader::join(valuesPath, excerpt(key));
          if (ec != std::errc() || end != key.data() + key.size()) {
            r.error(keyPath, fmt::format("{} is not a year", quote(key)));
          } else if (key != std::to_string(year)) {
            r.error(keyPath, fmt::format("{} is the year {} written differently; write \"{}\" (a year may appear only "
                                         "once)",
                                         quote(key), year, year));
          } else if (!value.is_number()) {
            r.error(keyPath, fmt::format("expected a number, found {}", typeName(value)));
          } else {
            ind.values[year] = value.get<double>();
          }
        }
      }
    }
    p.indicators.push_back(std::move(ind));
  });
  p.conferences = readConferences(root, r);
  if (const json* map = r.optionalObject(root, "map", "")) p.map = readMap(*map, "map", r);
  return p;
}

// Checks "format" and "version"; migrates older versions. Returns false when the
// document cannot be read as a project at all.
bool checkFormatAndMigrate(json& root, JsonReader& r) {
  const json* format = r.member(root, "format", "", Presence::Required);
  if (!format) return false;
  // Never dump() the value: it recurses once per level of nesting.
  if (!format->is_string()) {
    r.error("format", fmt::format("expected \"{}\", found {}", kFormatName, typeName(*format)));
    return false;
  }
  if (format->get<std::string>() != kFormatName) {
    r.error("format", fmt::format("expected \"{}\", found {}", kFormatName, quote(format->get<std::string>())));
    return false;
  }
  auto version = r.integer(root, "version", "", Presence::Required);
  if (!version) return false;
  if (*version > kFormatVersion) {
    r.error("version", fmt::format("the file has format version {}, written by a newer Knotenpunkt; this program "
                                   "reads versions up to {}. Please update Knotenpunkt.",
                                   *version, kFormatVersion));
    return false;
  }
  if (*version < 1) {
    r.error("version", fmt::format("format version {} does not exist; versions start at 1", *version));
    return false;
  }
  if (const Outcome<void> migrated = migrateDocument(root, *version, kFormatVersion, projectMigrations());
      !migrated.ok()) {
    r.error("version", describe(migrated.problem()));
    return false;
  }
  return true;
}

std::string colourToString(Colour c) { return fmt::format("#{:02x}{:02x}{:02x}", c.r, c.g, c.b); }

// Lists are always written (empty when empty), optional values only when present, as for the
// other items. Coordinates go through numberToJson: nlohmann writes a double with the
// shortest digits that read back to the same bits (Grisu2) and reads with strtod, so every
// finite coordinate round-trips exactly (-0.0 comes back as 0.0, which compares equal).
ordered_json positionsToJson(const std::map<std::string, NodePlacement>& placements) {
  ordered_json positions = ordered_json::array();
  for (const auto& [node, placement] : placements) {  // std::map: sorted by node key
    ordered_json position{{"node", node}, {"x", numberToJson(placement.x)}, {"y", numberToJson(placement.y)}};
    if (placement.pin == PinState::Pinned) position["pinned"] = true;
    positions.push_back(std::move(position));
  }
  return positions;
}

// "graph" and "graphPositions" (and a view's "graph") only when set, so that a project that
// does not use the abstract views is written byte for byte as before they existed.
ordered_json mapToJson(const MapState& map) {
  ordered_json j{{"layout", map.layout}};
  if (!map.graph.empty()) j["graph"] = map.graph;
  j["positions"] = positionsToJson(map.positions);
  if (!map.graphPositions.empty()) {
    auto& byGraph = j["graphPositions"] = ordered_json::object();
    for (const auto& [name, placements] : map.graphPositions) byGraph[name] = positionsToJson(placements);
  }
  auto& views = j["views"] = ordered_json::array();
  for (const auto& view : map.views) views.push_back(viewToJson(view, ViewName::Required));
  return j;
}

}  // namespace

LoadResult parseProjectJson(std::string_view text) {
  LoadResult result;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    result.problems.push_back({Severity::Error, "", "the file is empty", 1, 1});
    return result;
  }
  ParsedJson parsed = parseCheckedJson(text, {limits::kJsonDepth, limits::kJsonValues}, kMaxListedProblems);
  if (const auto& failure = parsed.failure) {
    result.problems.push_back({Severity::Error, failure->path, failure->message, failure->line, failure->column});
    return result;
  }
  for (const JsonStructureIssue& issue : parsed.duplicateKeys)
    addProblem(result.problems, Problem{Severity::Error, issue.path, issue.message, issue.line, issue.column});
  countUnlisted(result.problems, Severity::Error, parsed.duplicateKeyCount - parsed.duplicateKeys.size());
  json& root = parsed.root;
  if (!result.problems.empty()) return result;
  JsonReader reader(result.problems);
  if (!reader.expectObject(root, "(top level)")) return result;
  if (!checkFormatAndMigrate(root, reader)) return result;
  Project project = readProject(root, reader);
  if (hasErrors(result.problems)) return result;  // references are only meaningful once the shape is right
  auto problems = validateProject(project);
  result.problems.insert(result.problems.end(), problems.begin(), problems.end());
  if (!hasErrors(result.problems)) result.project = std::move(project);
  return result;
}

LoadResult loadProjectFile(const std::filesystem::path& path) {
  auto content = readWholeFile(path, limits::kProjectFileBytes);
  if (!content.ok()) return {std::nullopt, {{Severity::Error, "", describe(content.problem())}}};
  return parseProjectJson(content.value());
}

std::string writeProjectJson(const Project& p) {
  ordered_json root;
  root["format"] = kFormatName;
  root["version"] = kFormatVersion;
  root["title"] = p.title;
  root["notice"] = p.notice;

  auto& fields = root["fields"] = ordered_json::array();
  for (const auto& f : p.fields) fields.push_back({{"id", f.id.value}, {"name", f.name}, {"colour", colourToString(f.colour)}});

  auto& phases = root["lifePhases"] = ordered_json::array();
  for (const auto& ph : p.lifePhases) {
    ordered_json j{{"id", ph.id.value}, {"name", ph.name}, {"minAge", ph.minAge}};
    if (ph.maxAge) j["maxAge"] = *ph.maxAge;
    j["order"] = ph.order;
    phases.push_back(std::move(j));
  }

  auto& concepts = root["concepts"] = ordered_json::array();
  for (const auto& c : p.concepts) concepts.push_back({{"id", c.id.value}, {"name", c.name}});

  auto& goals = root["goals"] = ordered_json::array();
  for (const auto& g : p.goals) {
    ordered_json j{{"id", g.id.value}, {"title", g.title}};
    if (!g.shortTitle.empty()) j["shortTitle"] = g.shortTitle;
    j["concept"] = g.conceptId.value;
    j["level"] = toString(g.level);
    if (g.parent) j["parent"] = g.parent->value;
    j["fields"] = idsToJson(g.fields);
    if (!g.priorityYears.empty()) j["priorityYears"] = g.priorityYears;
    goals.push_back(std::move(j));
  }

  auto& actors = root["actors"] = ordered_json::array();
  for (const auto& a : p.actors) {
    ordered_json contact{{"address", a.contact.address}, {"person", a.contact.person}, {"phone", a.contact.phone},
                         {"email", a.contact.email},     {"web", a.contact.web}};
    ordered_json j{{"id", a.id.value},
                   {"name", a.name},
                   {"type", toString(a.type)},
                   {"selfDescription", a.selfDescription},
                   {"contact", std::move(contact)},
                   {"memberships", idsToJson(a.memberships)}};
    if (!a.fromConference.empty()) j["fromConference"] = a.fromConference.value;
    actors.push_back(std::move(j));
  }

  auto& activities = root["activities"] = ordered_json::array();
  for (const auto& a : p.activities) {
    ordered_json j{{"id", a.id.value},
                   {"title", a.title},
                   {"description", a.description},
                   {"lead", a.lead.value},
                   {"partners", idsToJson(a.partners)},
                   {"fields", idsToJson(a.fields)},
                   {"goals", idsToJson(a.goals)},
                   {"lifePhases", idsToJson(a.lifePhases)},
                   {"status", toString(a.status)}};
    if (a.startYear) j["startYear"] = *a.startYear;
    if (a.endYear) j["endYear"] = *a.endYear;
    if (!a.fromConference.empty()) j["fromConference"] = a.fromConference.value;
    activities.push_back(std::move(j));
  }

  auto& cooperations = root["cooperations"] = ordered_json::array();
  for (const auto& c : p.cooperations) {
    ordered_json j{{"id", c.id.value}, {"from", c.from.value}, {"to", c.to.value}, {"type", toString(c.type)},
                   {"note", c.note}};
    if (!c.fromConference.empty()) j["fromConference"] = c.fromConference.value;
    cooperations.push_back(std::move(j));
  }

  auto& indicators = root["indicators"] = ordered_json::array();
  for (const auto& ind : p.indicators) {
    ordered_json j{{"id", ind.id.value}, {"name", ind.name}, {"unit", ind.unit}, {"source", ind.source}};
    if (ind.field) j["field"] = ind.field->value;
    j["goals"] = idsToJson(ind.goals);
    // Written only when not the default, so that a version 3 indicator keeps its bytes.
    if (ind.kind != IndicatorKind::Figure) j["kind"] = toString(ind.kind);
    if (!ind.lifePhases.empty()) j["lifePhases"] = idsToJson(ind.lifePhases);
    if (ind.direction != IndicatorDirection::Neutral) j["direction"] = toString(ind.direction);
    if (ind.target)
      j["target"] = ordered_json{{"value", numberToJson(ind.target->value)}, {"year", ind.target->year}};
    ordered_json values = ordered_json::object();
    for (const auto& [year, value] : ind.values) values[std::to_string(year)] = numberToJson(value);  // years ascending
    j["values"] = std::move(values);
    indicators.push_back(std::move(j));
  }

  // Only when there are some, so that a project without conferences keeps its bytes.
  if (!p.conferences.empty()) root["conferences"] = conferencesToJson(p.conferences);

  // Last, and only when there is something to remember: files without map state keep the
  // bytes they had before the map was saved.
  if (!p.map.empty()) root["map"] = mapToJson(p.map);

  return root.dump(2, ' ', false, ordered_json::error_handler_t::strict) + "\n";
}

namespace {

// The longest list of references or values in one item (partners, goals, years, filters). O(items).
std::size_t longestList(const Project& p) {
  std::size_t longest = 0;
  auto consider = [&](std::size_t size) { longest = std::max(longest, size); };
  for (const Goal& g : p.goals) consider(g.fields.size());
  for (const Actor& a : p.actors) consider(a.memberships.size());
  for (const Activity& a : p.activities)
    for (std::size_t size : {a.partners.size(), a.fields.size(), a.goals.size(), a.lifePhases.size()}) consider(size);
  for (const Indicator& i : p.indicators) consider(std::max(i.goals.size(), i.values.size()));
  for (const SavedView& v : p.map.views)
    for (std::size_t size : {v.filters.fields.size(), v.filters.lifePhases.size(), v.filters.concepts.size(),
                             v.filters.actorTypes.size(), v.filters.statuses.size()})
      consider(size);
  return longest;
}

// What parseProjectJson would refuse in the file `text` of a valid project: its size, or more
// values than a file may hold; nullopt when the file would load. O(size of text).
std::optional<std::string> refusalOfText(std::string_view text) {
  if (text.size() > limits::kProjectFileBytes)
    return fmt::format("the file would be {:.1f} MB, and Knotenpunkt reads project files of at most {} MB (see "
                       "docs/limits.md)",
                       static_cast<double>(text.size()) / (1024.0 * 1024.0), limits::kProjectFileBytes / limits::kMiB);
  const JsonStructure structure = scanJsonStructure(text, {limits::kJsonDepth, limits::kJsonValues}, KeyCheck::Skip);
  if (structure.overLimit)
    return fmt::format("the file could not be read again: {} (see docs/limits.md)", structure.overLimit->message);
  return std::nullopt;
}

}  // namespace

Outcome<void> savable(const Project& project) {
  if (const std::size_t items = itemCount(project); items > limits::kProjectItems)
    return LocatedProblem{fmt::format("the project has {} items, and a project file holds at most {} (see docs/limits.md)", items,
                       limits::kProjectItems)};
  if (const std::size_t longest = longestList(project); longest > limits::kProjectItems)
    return LocatedProblem{fmt::format("one of its lists has {} entries, and a project file holds at most {} in one list (see "
                       "docs/limits.md)",
                       longest, limits::kProjectItems)};
  const std::vector<Problem> problems = validateProject(project);
  const ProblemCounts counts = countProblems(problems);
  if (counts.errors == 0) return Done{};
  const auto first = std::find_if(problems.begin(), problems.end(),
                                  [](const Problem& p) { return p.severity == Severity::Error; });
  std::string reason = "the project is not valid: " + describe(*first);
  if (counts.errors > 1) reason += fmt::format(" (and {} more errors)", counts.errors - 1);
  return LocatedProblem{std::move(reason)};
}

Outcome<std::string> projectFileText(const Project& project, const std::filesystem::path& path) {
  if (Outcome<void> allowed = savable(project); !allowed.ok())
    return LocatedProblem{"not saved: " + describe(allowed.problem()), path};
  try {
    std::string text = writeProjectJson(project);
    if (auto refusal = refusalOfText(text)) return LocatedProblem{"not saved: " + *refusal, path};
    return text;
  } catch (const nlohmann::json::type_error& e) {
    // Only invalid UTF-8 in a string gets here; refusing to write keeps the old file intact.
    return LocatedProblem{"not saved: a text is not valid UTF-8 (" + excerpt(e.what(), 200) + ")", path};
  }
}

Outcome<void> saveProjectFile(const Project& project, const std::filesystem::path& path, std::string* notice) {
  Outcome<std::string> text = projectFileText(project, path);
  if (!text.ok()) return std::move(text).problem();
  return writeFileAtomically(path, text.value(), Backup::Keep, notice);
}

}  // namespace knp
