#include "core/conference_marks.hpp"

#include <cctype>

#include "edit/item_kind.hpp"
#include "view/map_filter.hpp"

namespace knp::app {

const Poll* findPoll(const Conference& conference, std::string_view id) {
  for (const Poll& poll : conference.polls)
    if (poll.id == id) return &poll;
  return nullptr;
}

ConferenceBadges conferenceBadges(const ProjectGraph& view, const Conference* conference, const Poll* poll) {
  const std::size_t n = boost::num_vertices(view.graph);
  ConferenceBadges badges{std::vector<int>(n, kNotAnOption), std::vector<int>(n, 0)};
  if (poll)
    for (const PollOption& option : poll->options) {
      if (option.item.empty()) continue;
      const std::optional<Vertex> v = vertexOfKey(view, option.item);
      if (!v) continue;
      int total = 0;
      for (const auto& [table, count] : option.dots) total += count;
      int& dots = badges.dots[*v];
      dots = (dots == kNotAnOption ? 0 : dots) + total;
    }
  if (conference)
    for (const Comment& comment : conference->comments)
      if (!comment.item.empty())
        if (const std::optional<Vertex> v = vertexOfKey(view, comment.item)) ++badges.comments[*v];
  return badges;
}

std::vector<ItemComment> commentsOn(const Project& project, std::string_view itemKey) {
  std::vector<ItemComment> found;
  if (itemKey.empty()) return found;
  for (const Conference& conference : project.conferences)
    for (const Comment& comment : conference.comments)
      if (comment.item == itemKey) found.push_back({&conference, &comment});
  return found;
}

std::vector<OptionCandidate> optionCandidates(const Project& project, const ProjectAnalysis* analysis,
                                              OptionSource source) {
  std::vector<OptionCandidate> out;
  switch (source) {
    case OptionSource::Goal:
      for (const Goal& goal : project.goals) out.push_back({itemKeyOf(refOf(goal)), goal.title});
      break;
    case OptionSource::Activity:
      for (const Activity& activity : project.activities) out.push_back({itemKeyOf(refOf(activity)), activity.title});
      break;
    case OptionSource::Gap:
      if (!analysis) break;
      for (const Gap& gap : analysis->gaps) {
        if (gap.kind == GapKind::UnservedGoal && gap.goal) {
          if (const Goal* goal = findGoal(project, *gap.goal)) out.push_back({itemKeyOf(refOf(*goal)), goal->title});
        } else if (gap.kind == GapKind::UncoveredPhase && gap.phase) {
          if (const LifePhase* phase = findLifePhase(project, *gap.phase))
            out.push_back({itemKeyOf(refOf(*phase)), phase->name});
        } else if (gap.kind == GapKind::EmptyCell && gap.field && gap.phase) {
          const Field* field = findField(project, *gap.field);
          const LifePhase* phase = findLifePhase(project, *gap.phase);
          if (field && phase)
            out.push_back({"gap:" + field->id.value + "/" + phase->id.value, field->name + " × " + phase->name});
        }
      }
      break;
    case OptionSource::Suggestion:
      if (!analysis) break;
      for (const CooperationSuggestion& suggestion : analysis->suggestions.top) {
        const Actor* first = findActor(project, suggestion.first);
        const Actor* second = findActor(project, suggestion.second);
        if (first && second)
          out.push_back({"suggestion:" + first->id.value + "/" + second->id.value, first->name + " – " + second->name});
      }
      break;
  }
  return out;
}

std::string priorityYearsText(const Goal& goal) {
  std::string years;
  for (int year : goal.priorityYears) years += (years.empty() ? "" : ", ") + std::to_string(year);
  return years;
}

std::vector<std::string> goalTitles(const Project& project, const std::vector<std::string>& goalIds) {
  std::vector<std::string> titles;
  titles.reserve(goalIds.size());
  for (const std::string& id : goalIds) {
    const Goal* goal = findGoal(project, GoalId(id));
    titles.push_back(goal ? goal->title : id);
  }
  return titles;
}

}  // namespace knp::app
