#include "model/validation.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/quoting.hpp"
#include "text/utf8.hpp"
#include "view/abstraction.hpp"

namespace knp {

namespace {

// 9999990 -> "9,999,990", as the English messages write counts.
std::string withThousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string countOf(std::size_t n, std::string_view one, std::string_view many) {
  return withThousands(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

std::string describeUnlisted(std::size_t errors, std::size_t warnings) {
  std::string parts;
  if (errors > 0) parts = countOf(errors, "error", "errors");
  if (warnings > 0) parts += (parts.empty() ? "" : ", ") + countOf(warnings, "warning", "warnings");
  return fmt::format("… and {} more not listed ({})", withThousands(errors + warnings), parts);
}

std::string describe(const Problem& problem) {
  if (isUnlistedSummary(problem)) return describeUnlisted(problem.unlistedErrors, problem.unlistedWarnings);
  return problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
}

std::string describe(const Problem& problem, std::string_view file) {
  std::string text(file);
  if (problem.line > 0) text += fmt::format(":{}:{}", problem.line, problem.column);
  text += ": ";
  if (problem.severity == Severity::Warning && !isUnlistedSummary(problem)) text += "warning: ";
  return text + describe(problem);
}

bool hasErrors(const std::vector<Problem>& problems) {
  return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.severity == Severity::Error; });
}

namespace {

std::string indexed(std::string_view base, size_t i) { return std::string(base) + "[" + std::to_string(i) + "]"; }

class Validator {
 public:
  explicit Validator(const Project& p) : m_project(p) {}

  std::vector<Problem> run() {
    indexIds(m_project.fields, "fields", m_fields);
    indexIds(m_project.lifePhases, "lifePhases", m_phases);
    indexIds(m_project.concepts, "concepts", m_concepts);
    indexIds(m_project.goals, "goals", m_goals);
    indexIds(m_project.actors, "actors", m_actors);
    indexIds(m_project.activities, "activities", m_activities);
    indexIds(m_project.cooperations, "cooperations", m_cooperations);
    indexIds(m_project.indicators, "indicators", m_indicators);

    // Report in file order: sort the id problems found above into the per-item checks below.
    checkFields();
    checkLifePhases();
    checkConcepts();
    checkGoals();
    checkActors();
    checkActivities();
    checkCooperations();
    checkIndicators();
    checkConferences();
    checkMap();
    return std::move(m_problems);
  }

 private:
  // Indexes the ids of one kind and remembers, per item with a bad id, only what the problem
  // needs (the message is made when the item's turn comes, and only while problems are listed).
  template <class Item, class IdT>
  void indexIds(const std::vector<Item>& items, std::string_view key, std::unordered_map<IdT, size_t>& index) {
    auto& issues = m_idIssues[std::string(key)];
    for (size_t i = 0; i < items.size(); ++i) {
      const auto& id = items[i].id;
      if (id.empty()) {
        issues.emplace(i, kEmptyId);
        continue;
      }
      auto [it, inserted] = index.emplace(id, i);
      if (!inserted) issues.emplace(i, it->second);
    }
  }

  template <class Item>
  void idProblem(const std::vector<Item>& items, std::string_view key, std::string_view kind, size_t i) {
    const auto& issues = m_idIssues[std::string(key)];
    auto it = issues.find(i);
    if (it == issues.end()) return;
    addProblemLazily(m_problems, Severity::Error, [&] {
      const std::string path = indexed(key, i) + ".id";
      if (it->second == kEmptyId) return Problem{Severity::Error, path, "empty id"};
      return Problem{Severity::Error, path,
                     fmt::format("duplicate {} id {} (first used at {})", kind, quote(items[i].id.value),
                                 indexed(key, it->second))};
    });
  }

  void error(std::string path, std::string message) {
    addProblem(m_problems, Problem{Severity::Error, std::move(path), std::move(message)});
  }
  void warning(std::string path, std::string message) {
    addProblem(m_problems, Problem{Severity::Warning, std::move(path), std::move(message)});
  }

  void requireName(const std::string& name, const std::string& path) {
    if (name.empty()) warning(path, "empty name");
  }

  // One reference: must exist in `index`. Returns whether it does. `pathOf()` makes the path,
  // only when a problem is listed.
  template <class IdT, class PathOf>
  bool checkRef(const IdT& ref, const std::unordered_map<IdT, size_t>& index, std::string_view kind, PathOf pathOf) {
    if (!ref.empty() && index.contains(ref)) return true;
    addProblemLazily(m_problems, Severity::Error, [&] {
      return Problem{Severity::Error, pathOf(),
                     ref.empty() ? fmt::format("no {} given", kind) : fmt::format("unknown {} {}", kind, quote(ref.value))};
    });
    return false;
  }

  template <class IdT>
  bool checkRef(const IdT& ref, const std::unordered_map<IdT, size_t>& index, std::string_view kind,
                const std::string& path) {
    return checkRef(ref, index, kind, [&] { return path; });
  }

  // A list of references: each must exist; the same one twice is a warning. O(length).
  template <class IdT>
  void checkRefs(const std::vector<IdT>& refs, const std::unordered_map<IdT, size_t>& index, std::string_view kind,
                 const std::string& path) {
    std::unordered_set<IdT> seen;
    for (size_t i = 0; i < refs.size(); ++i) {
      auto itemPath = [&] { return indexed(path, i); };
      if (!checkRef(refs[i], index, kind, itemPath)) continue;
      if (!seen.insert(refs[i]).second)
        addProblemLazily(m_problems, Severity::Warning, [&] {
          return Problem{Severity::Warning, itemPath(), fmt::format("{} {} is listed twice", kind, quote(refs[i].value))};
        });
    }
  }

  void checkFields() {
    for (size_t i = 0; i < m_project.fields.size(); ++i) {
      idProblem(m_project.fields, "fields", "field", i);
      requireName(m_project.fields[i].name, indexed("fields", i) + ".name");
    }
  }

  void checkLifePhases() {
    std::unordered_map<int, size_t> orders;
    for (size_t i = 0; i < m_project.lifePhases.size(); ++i) {
      const auto& phase = m_project.lifePhases[i];
      const std::string path = indexed("lifePhases", i);
      idProblem(m_project.lifePhases, "lifePhases", "life phase", i);
      requireName(phase.name, path + ".name");
      if (auto [it, inserted] = orders.emplace(phase.order, i); !inserted)
        error(path + ".order",
              fmt::format("order {} is already used by {}", phase.order, indexed("lifePhases", it->second)));
      if (phase.minAge < 0) error(path + ".minAge", fmt::format("negative age {}", phase.minAge));
      if (phase.maxAge && *phase.maxAge < phase.minAge)
        error(path + ".maxAge", fmt::format("maxAge {} is below minAge {}", *phase.maxAge, phase.minAge));
    }
  }

  void checkConcepts() {
    for (size_t i = 0; i < m_project.concepts.size(); ++i) {
      idProblem(m_project.concepts, "concepts", "concept", i);
      requireName(m_project.concepts[i].name, indexed("concepts", i) + ".name");
    }
  }

  void checkGoals() {
    const std::vector<bool> onCycle = goalsOnParentCycles();
    for (size_t i = 0; i < m_project.goals.size(); ++i) {
      const auto& goal = m_project.goals[i];
      const std::string path = indexed("goals", i);
      idProblem(m_project.goals, "goals", "goal", i);
      requireName(goal.title, path + ".title");
      checkShortTitle(goal, path + ".shortTitle");
      checkRef(goal.conceptId, m_concepts, "concept", path + ".concept");
      if (goal.parent) {
        if (*goal.parent == goal.id)
          error(path + ".parent", "a goal cannot be its own parent");
        else if (checkRef(*goal.parent, m_goals, "goal", path + ".parent") && onCycle[i])
          error(path + ".parent", fmt::format("parent chain of goal {} loops back to it", quote(goal.id.value)));
      }
      checkRefs(goal.fields, m_fields, "field", path + ".fields");
      for (size_t y = 1; y < goal.priorityYears.size(); ++y)
        if (goal.priorityYears[y] <= goal.priorityYears[y - 1])
          error(indexed(path + ".priorityYears", y),
                fmt::format("year {} after {}: priority years are listed ascending, each once",
                            goal.priorityYears[y], goal.priorityYears[y - 1]));
    }
  }

  // A short title stands in for the title where space is short: one line, and shorter than
  // what it abbreviates (in code points; as long as the title is fine).
  void checkShortTitle(const Goal& goal, const std::string& path) {
    if (goal.shortTitle.empty()) return;
    if (std::any_of(goal.shortTitle.begin(), goal.shortTitle.end(), [](char c) {
          const auto byte = static_cast<unsigned char>(c);
          return byte < 0x20 || byte == 0x7F;
        }))
      error(path, fmt::format("short title {} contains a line break or control character", quote(goal.shortTitle)));
    const std::size_t shortLength = utf8Length(goal.shortTitle), titleLength = utf8Length(goal.title);
    if (shortLength > titleLength)
      error(path, fmt::format("short title {} is longer than the title ({} characters, the title has {})",
                              quote(goal.shortTitle), shortLength, titleLength));
  }

  // Per goal, whether following parents from it returns to it (goals leading into a loop
  // further up are not on it: the loop is reported at its own goals). Each goal is walked
  // once: O(goals), also for a chain of 100,000 parents.
  std::vector<bool> goalsOnParentCycles() const {
    const auto& goals = m_project.goals;
    enum class Mark : unsigned char { New, OnWalk, Done };
    std::vector<Mark> mark(goals.size(), Mark::New);
    std::vector<bool> onCycle(goals.size(), false);
    std::vector<size_t> walk;
    for (size_t start = 0; start < goals.size(); ++start) {
      walk.clear();
      size_t current = start;
      bool cameBack = false;  // the walk reached one of its own goals again
      for (;;) {
        if (mark[current] != Mark::New) {
          cameBack = mark[current] == Mark::OnWalk;
          break;
        }
        mark[current] = Mark::OnWalk;
        walk.push_back(current);
        const auto& parent = goals[current].parent;
        const auto it = parent ? m_goals.find(*parent) : m_goals.end();
        if (it == m_goals.end()) break;
        current = it->second;
      }
      if (cameBack)
        for (auto k = std::find(walk.begin(), walk.end(), current); k != walk.end(); ++k) onCycle[*k] = true;
      for (size_t g : walk) mark[g] = Mark::Done;
    }
    return onCycle;
  }

  void checkActors() {
    for (size_t i = 0; i < m_project.actors.size(); ++i) {
      const auto& actor = m_project.actors[i];
      const std::string path = indexed("actors", i);
      idProblem(m_project.actors, "actors", "actor", i);
      requireName(actor.name, path + ".name");
      checkConferenceMark(actor.fromConference, path + ".fromConference");
      checkRefs(actor.memberships, m_actors, "actor", path + ".memberships");
      for (size_t m = 0; m < actor.memberships.size(); ++m) {
        auto it = m_actors.find(actor.memberships[m]);
        if (it == m_actors.end()) continue;
        const std::string memberPath = indexed(path + ".memberships", m);
        if (actor.memberships[m] == actor.id)
          warning(memberPath, "an actor cannot be a member of itself");
        else if (m_project.actors[it->second].type != ActorType::Body)
          warning(memberPath, fmt::format("{} is not a body (Gremium)", quote(actor.memberships[m].value)));
      }
    }
  }

  void checkActivities() {
    for (size_t i = 0; i < m_project.activities.size(); ++i) {
      const auto& activity = m_project.activities[i];
      const std::string path = indexed("activities", i);
      idProblem(m_project.activities, "activities", "activity", i);
      requireName(activity.title, path + ".title");
      checkConferenceMark(activity.fromConference, path + ".fromConference");
      checkRef(activity.lead, m_actors, "actor", path + ".lead");
      checkRefs(activity.partners, m_actors, "actor", path + ".partners");
      for (size_t p = 0; p < activity.partners.size(); ++p)
        if (!activity.lead.empty() && activity.partners[p] == activity.lead)
          warning(indexed(path + ".partners", p), "the lead actor is also listed as partner");
      checkRefs(activity.fields, m_fields, "field", path + ".fields");
      checkRefs(activity.goals, m_goals, "goal", path + ".goals");
      checkRefs(activity.lifePhases, m_phases, "life phase", path + ".lifePhases");
      if (activity.startYear && activity.endYear && *activity.endYear < *activity.startYear)
        error(path + ".endYear",
              fmt::format("ends in {} before it starts in {}", *activity.endYear, *activity.startYear));
    }
  }

  void checkCooperations() {
    for (size_t i = 0; i < m_project.cooperations.size(); ++i) {
      const auto& coop = m_project.cooperations[i];
      const std::string path = indexed("cooperations", i);
      idProblem(m_project.cooperations, "cooperations", "cooperation", i);
      checkConferenceMark(coop.fromConference, path + ".fromConference");
      const bool fromOk = checkRef(coop.from, m_actors, "actor", path + ".from");
      const bool toOk = checkRef(coop.to, m_actors, "actor", path + ".to");
      if (fromOk && toOk && coop.from == coop.to)
        warning(path + ".to", fmt::format("actor {} cooperates with itself", quote(coop.from.value)));
    }
  }

  void checkIndicators() {
    for (size_t i = 0; i < m_project.indicators.size(); ++i) {
      const auto& indicator = m_project.indicators[i];
      const std::string path = indexed("indicators", i);
      idProblem(m_project.indicators, "indicators", "indicator", i);
      requireName(indicator.name, path + ".name");
      if (indicator.field) checkRef(*indicator.field, m_fields, "field", path + ".field");
      checkRefs(indicator.goals, m_goals, "goal", path + ".goals");
      checkRefs(indicator.lifePhases, m_phases, "life phase", path + ".lifePhases");
      for (const auto& [year, value] : indicator.values)
        if (!std::isfinite(value))
          error(path + ".values." + std::to_string(year), "not a finite number (JSON cannot store it)");
      if (indicator.target) {
        if (!std::isfinite(indicator.target->value))
          error(path + ".target.value", "not a finite number (JSON cannot store it)");
        if (indicator.direction == IndicatorDirection::Neutral)
          error(path + ".direction",
                "an indicator with a target needs a direction (\"higher_is_better\" or \"lower_is_better\")");
      }
      if (indicator.kind == IndicatorKind::Population && indicator.lifePhases.empty())
        warning(path + ".lifePhases", "a population figure without a life phase is not shown beside coverage");
    }
  }

  // The map state. Stale entries (a node key or filter id whose item is gone) are warnings:
  // the map ignores them, and a file must never be refused for an old position. Positions are
  // numbered in node-key order, the order Knotenpunkt writes them in.
  void checkMap() {
    const MapState& map = m_project.map;
    checkPositions(map.positions, "map.positions", std::nullopt);
    checkGraphName(map.graph, "map.graph");
    // Abstraction names in name order, the order Knotenpunkt writes them in.
    for (const auto& [name, positions] : map.graphPositions) {
      const std::string path = "map.graphPositions." + name;
      const std::optional<Abstraction> graph = abstractionFromName(name);
      if (!graph)
        error(path, fmt::format("unknown graph {}; known: {}", quote(name), abstractionNames()));
      else if (*graph == Abstraction::Full)
        error(path, "the full graph's positions belong in map.positions");
      else
        checkPositions(positions, path, graph);
    }
    std::unordered_map<std::string_view, size_t> names;
    for (size_t v = 0; v < map.views.size(); ++v) {
      const SavedView& view = map.views[v];
      const std::string path = indexed("map.views", v);
      if (view.name.empty())
        error(path + ".name", "empty view name");
      else if (auto [it, inserted] = names.emplace(view.name, v); !inserted)
        error(path + ".name", fmt::format("duplicate view name {} (first used at {})", quote(view.name),
                                          indexed("map.views", it->second)));
      checkView(view, path);
    }
  }

  // What a saved view (or a scene's view, at `path`) holds apart from its name.
  void checkView(const SavedView& view, const std::string& path) {
    checkFilterRefs(view.filters.fields, m_fields, "field", path + ".filters.fields");
    checkFilterRefs(view.filters.lifePhases, m_phases, "life phase", path + ".filters.lifePhases");
    checkFilterRefs(view.filters.concepts, m_concepts, "concept", path + ".filters.concepts");
    if (view.focus) checkNodeKey(*view.focus, path + ".focus", "focus");
    checkGraphName(view.graph, path + ".graph");
    if (view.focusDepth < kMinFocusDepth || view.focusDepth > kMaxFocusDepth)
      error(path + ".focusDepth",
            fmt::format("focus depth {} is outside {}..{}", view.focusDepth, kMinFocusDepth, kMaxFocusDepth));
    if (view.camera) {
      requireFinite(view.camera->centerX, path + ".camera.centerX");
      requireFinite(view.camera->centerY, path + ".camera.centerY");
      const double scale = view.camera->scale;
      requireFinite(scale, path + ".camera.scale");
      if (std::isfinite(scale) && scale <= 0)
        error(path + ".camera.scale", fmt::format("scale {} is not above 0", scale));
    }
  }

  // Conferences: ids unique, texts present, counts not negative, dates of the form
  // YYYY-MM-DD. A comment or option naming an item that is gone is a warning (it is shown
  // for the map as a whole / as free text), as stale map state is.
  void checkConferences() {
    std::unordered_map<std::string_view, size_t> ids;
    for (size_t c = 0; c < m_project.conferences.size(); ++c) {
      const Conference& conference = m_project.conferences[c];
      const std::string path = indexed("conferences", c);
      if (conference.id.empty())
        error(path + ".id", "empty id");
      else if (auto [it, inserted] = ids.emplace(conference.id.value, c); !inserted)
        error(path + ".id", fmt::format("duplicate conference id {} (first used at {})", quote(conference.id.value),
                                        indexed("conferences", it->second)));
      requireName(conference.title, path + ".title");
      checkDate(conference.date, path + ".date");
      for (size_t i = 0; i < conference.scenes.size(); ++i) {
        const Scene& scene = conference.scenes[i];
        const std::string scenePath = indexed(path + ".scenes", i);
        requireName(scene.heading, scenePath + ".heading");
        checkView(scene.view, scenePath + ".view");
        for (size_t k = 0; k < scene.highlight.size(); ++k)
          checkNodeKey(scene.highlight[k], indexed(scenePath + ".highlight", k), "highlight");
      }
      checkLocalIds(conference.polls, path + ".polls", "poll");
      for (size_t i = 0; i < conference.polls.size(); ++i) checkPoll(conference.polls[i], indexed(path + ".polls", i));
      checkLocalIds(conference.comments, path + ".comments", "comment");
      for (size_t i = 0; i < conference.comments.size(); ++i) {
        const Comment& comment = conference.comments[i];
        const std::string commentPath = indexed(path + ".comments", i);
        if (comment.text.empty()) error(commentPath + ".text", "empty comment");
        checkDate(comment.date, commentPath + ".date");
        if (!comment.item.empty() && !itemKeyExists(comment.item))
          warning(commentPath + ".item",
                  fmt::format("{} names no item; the comment is shown for the map as a whole", quote(comment.item)));
      }
    }
  }

  void checkPoll(const Poll& poll, const std::string& path) {
    if (poll.question.empty()) error(path + ".question", "empty question");
    std::unordered_set<std::string_view> tables;
    for (size_t t = 0; t < poll.tables.size(); ++t) {
      if (poll.tables[t].empty()) error(indexed(path + ".tables", t), "empty table name");
      else if (!tables.insert(poll.tables[t]).second)
        error(indexed(path + ".tables", t), fmt::format("table {} is listed twice", quote(poll.tables[t])));
    }
    if (poll.dotsPerTable < 0) error(path + ".dotsPerTable", fmt::format("{} dots is below 0", poll.dotsPerTable));
    if (poll.choose < 1) error(path + ".choose", fmt::format("choose {} is below 1", poll.choose));
    checkLocalIds(poll.options, path + ".options", "option");
    for (size_t i = 0; i < poll.options.size(); ++i) {
      const PollOption& option = poll.options[i];
      const std::string optionPath = indexed(path + ".options", i);
      if (option.text.empty()) error(optionPath + ".text", "empty option text");
      for (const auto& [table, dots] : option.dots)
        if (dots < 0) error(optionPath + ".dots." + table, fmt::format("{} dots is below 0", dots));
      if (!option.item.empty() && !optionItemExists(option.item))
        warning(optionPath + ".item",
                fmt::format("{} names no item; the option counts as free text", quote(option.item)));
    }
  }

  // Ids within one list of a conference: not empty, unique.
  template <class T>
  void checkLocalIds(const std::vector<T>& items, const std::string& listPath, std::string_view kind) {
    std::unordered_map<std::string_view, size_t> seen;
    for (size_t i = 0; i < items.size(); ++i) {
      const std::string path = indexed(listPath, i) + ".id";
      if (items[i].id.empty())
        error(path, "empty id");
      else if (auto [it, inserted] = seen.emplace(items[i].id, i); !inserted)
        error(path, fmt::format("duplicate {} id {} (first used at {})", kind, quote(items[i].id),
                                indexed(listPath, it->second)));
    }
  }

  // YYYY-MM-DD with a month 01..12 and a day 01..31, or empty.
  void checkDate(const std::string& date, const std::string& path) {
    if (date.empty()) return;
    auto digits = [&](size_t from, size_t count) {
      for (size_t i = from; i < from + count; ++i)
        if (date[i] < '0' || date[i] > '9') return false;
      return true;
    };
    const bool shape = date.size() == 10 && date[4] == '-' && date[7] == '-' && digits(0, 4) && digits(5, 2) &&
                       digits(8, 2);
    const int month = shape ? std::stoi(date.substr(5, 2)) : 0, day = shape ? std::stoi(date.substr(8, 2)) : 0;
    if (!shape || month < 1 || month > 12 || day < 1 || day > 31)
      error(path, fmt::format("{} is not a date of the form YYYY-MM-DD", quote(date)));
  }

  // Whether an item key ("cooperation:k4") names an existing item of any kind. O(1) expected.
  bool itemKeyExists(const std::string& key) const {
    const size_t colon = key.find(':');
    if (colon == std::string::npos) return false;
    const std::string_view kind = std::string_view(key).substr(0, colon);
    const std::string id = key.substr(colon + 1);
    if (kind == "field") return m_fields.contains(FieldId(id));
    if (kind == "lifePhase") return m_phases.contains(LifePhaseId(id));
    if (kind == "concept") return m_concepts.contains(ConceptId(id));
    if (kind == "goal") return m_goals.contains(GoalId(id));
    if (kind == "actor") return m_actors.contains(ActorId(id));
    if (kind == "activity") return m_activities.contains(ActivityId(id));
    if (kind == "cooperation") return m_cooperations.contains(CooperationId(id));
    if (kind == "indicator") return m_indicators.contains(IndicatorId(id));
    return false;
  }

  // A poll option's item: an item key, "gap:FIELD/PHASE" or "suggestion:ACTOR/ACTOR".
  bool optionItemExists(const std::string& item) const {
    auto pair = [&](std::string_view rest, auto&& first, auto&& second) {
      const size_t slash = rest.find('/');
      return slash != std::string_view::npos && first(std::string(rest.substr(0, slash))) &&
             second(std::string(rest.substr(slash + 1)));
    };
    auto actor = [&](const std::string& id) { return m_actors.contains(ActorId(id)); };
    if (item.starts_with("gap:"))
      return pair(std::string_view(item).substr(4), [&](const std::string& id) { return m_fields.contains(FieldId(id)); },
                  [&](const std::string& id) { return m_phases.contains(LifePhaseId(id)); });
    if (item.starts_with("suggestion:")) return pair(std::string_view(item).substr(11), actor, actor);
    return itemKeyExists(item);
  }

  // An item's mark of the conference it was created in: a warning when no conference has that id.
  void checkConferenceMark(const ConferenceId& mark, const std::string& path) {
    if (mark.empty()) return;
    for (const Conference& c : m_project.conferences)
      if (c.id == mark) return;
    warning(path, fmt::format("unknown conference {}; the mark is ignored", quote(mark.value)));
  }

  // Positions of one view (graph: an abstraction; none: the full graph), numbered in node-key
  // order, the order Knotenpunkt writes them in. A node of a kind the view does not show is
  // ignored with a warning, like a stale one: an abstraction may change, the file still opens.
  void checkPositions(const std::map<std::string, NodePlacement>& positions, const std::string& listPath,
                      std::optional<Abstraction> graph) {
    size_t i = 0;
    for (const auto& [node, placement] : positions) {
      const std::string path = indexed(listPath, i++);
      if (checkNodeKey(node, path + ".node", "position") && graph && !shownKind(node, *graph))
        warning(path + ".node", fmt::format("the graph {} shows no node {}; the position is ignored",
                                            quote(toString(*graph)), quote(node)));
      requireFinite(placement.x, path + ".x");
      requireFinite(placement.y, path + ".y");
    }
  }

  static bool shownKind(const std::string& key, Abstraction graph) {
    const std::string_view kind = std::string_view(key).substr(0, key.find(':'));
    for (NodeKind shown : shownKinds(graph))
      if (toString(shown) == kind) return true;
    return false;
  }

  static std::string abstractionNames() {
    std::string names;
    for (const AbstractionInfo& info : abstractionList()) names += (names.empty() ? "" : ", ") + quote(info.name);
    return names;
  }

  // An abstraction's name, or empty (the program's default, or for a view: keep the current one).
  void checkGraphName(const std::string& name, const std::string& path) {
    if (!name.empty() && !abstractionFromName(name))
      error(path, fmt::format("unknown graph {}; known: {}", quote(name), abstractionNames()));
  }

  void requireFinite(double value, const std::string& path) {
    if (!std::isfinite(value)) error(path, "not a finite number (JSON cannot store it)");
  }

  // "kind:id" must name an existing actor, activity, goal or life phase; otherwise a warning
  // that `what` ("position", "focus") is ignored. Returns whether the key names an item. O(1) expected.
  bool checkNodeKey(const std::string& key, const std::string& path, std::string_view what) {
    const auto colon = key.find(':');
    const std::string_view kind =
        colon == std::string::npos ? std::string_view() : std::string_view(key).substr(0, colon);
    const std::string id = colon == std::string::npos ? std::string() : key.substr(colon + 1);
    std::optional<bool> known;  // none: not a kind of node
    std::string_view kindName = kind;
    if (kind == "actor") {
      known = m_actors.contains(ActorId(id));
    } else if (kind == "activity") {
      known = m_activities.contains(ActivityId(id));
    } else if (kind == "goal") {
      known = m_goals.contains(GoalId(id));
    } else if (kind == "lifePhase") {
      known = m_phases.contains(LifePhaseId(id));
      kindName = "life phase";
    }
    if (!known)
      warning(path, fmt::format("{} is not a node key (actor:ID, activity:ID, goal:ID or lifePhase:ID); the {} "
                                "is ignored",
                                quote(key), what));
    else if (!*known)
      warning(path, fmt::format("unknown {} {}; the {} is ignored", kindName, quote(id), what));
    return known && *known;
  }

  // A filter naming an item that is gone: that entry matches nothing (view/map_filter.hpp). A
  // warning, not an error: the view still opens.
  template <class IdT>
  void checkFilterRefs(const std::vector<IdT>& refs, const std::unordered_map<IdT, size_t>& index,
                       std::string_view kind, const std::string& path) {
    for (size_t i = 0; i < refs.size(); ++i)
      if (!index.contains(refs[i]))
        warning(indexed(path, i), fmt::format("unknown {} {}; it matches nothing", kind, quote(refs[i].value)));
  }

  const Project& m_project;
  std::vector<Problem> m_problems;
  static constexpr size_t kEmptyId = SIZE_MAX;  // in m_idIssues: the item has no id
  // Per list key: item index -> index of the first item with the same id, or kEmptyId.
  std::unordered_map<std::string, std::unordered_map<size_t, size_t>> m_idIssues;
  std::unordered_map<FieldId, size_t> m_fields;
  std::unordered_map<LifePhaseId, size_t> m_phases;
  std::unordered_map<ConceptId, size_t> m_concepts;
  std::unordered_map<GoalId, size_t> m_goals;
  std::unordered_map<ActorId, size_t> m_actors;
  std::unordered_map<ActivityId, size_t> m_activities;
  std::unordered_map<CooperationId, size_t> m_cooperations;
  std::unordered_map<IndicatorId, size_t> m_indicators;
};

}  // namespace

std::vector<Problem> validateProject(const Project& project) { return Validator(project).run(); }

}  // namespace knp
