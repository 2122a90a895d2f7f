#pragma once
// What a conference puts on the map and beside the items, without UI: the dots of the chosen
// poll's options and the number of comments, per vertex (the map's badges); an item's comments
// from every conference (the details panel); the items a poll may offer as options (goals,
// gaps, suggested cooperations, activities); the year an agreement takes effect.
//
// Items are named by their item keys ("goal:I3", model/conference.hpp), which are the map's
// node keys for the kinds drawn as nodes, so a vertex is found with one hash look-up.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/project_analysis.hpp"
#include "model/project.hpp"
#include "view/project_graph.hpp"

namespace knp::app {

// The poll `id` of `conference`; nullptr when there is none. O(polls).
const Poll* findPoll(const Conference& conference, std::string_view id);

// Per vertex of `view`:
//   dots      the total dots of the options of `poll` that name the vertex's item (several
//             options on one item add up); kNotAnOption when no option names it;
//   comments  how many comments of `conference` are about the vertex's item.
// Options and comments about items the view draws no node for (cooperations, gaps
// "gap:F/P", suggestions "suggestion:A/B", free text, deleted items) have no badge. A null
// conference or poll gives no badges of that kind (all kNotAnOption, resp. 0).
// O(V + options + comments), each option or comment one hash look-up.
inline constexpr int kNotAnOption = -1;
struct ConferenceBadges {
  std::vector<int> dots;
  std::vector<int> comments;
  bool operator==(const ConferenceBadges&) const = default;
};
ConferenceBadges conferenceBadges(const ProjectGraph& view, const Conference* conference, const Poll* poll);

// The comments about the item `itemKey` in every conference, in conference order, then in the
// conference's order. O(conferences + comments).
struct ItemComment {
  const Conference* conference = nullptr;
  const Comment* comment = nullptr;
};
std::vector<ItemComment> commentsOn(const Project& project, std::string_view itemKey);


// Where a poll's new option comes from.
enum class OptionSource { Goal, Gap, Suggestion, Activity };

// An item a poll may offer: its form in PollOption::item and the text the room reads (the
// item's name now).
struct OptionCandidate {
  std::string item;
  std::string text;
  bool operator==(const OptionCandidate&) const = default;
};

// The candidates of `source`, in project (resp. the analysis's) order:
//   Goal        every goal ("goal:ID", its title);
//   Gap         from `analysis`: goals nobody serves ("goal:ID"), life phases nobody covers
//               ("lifePhase:ID", the phase's name) and empty field × life-phase cells
//               ("gap:FIELD/PHASE", "Field × Phase"); none without an analysis;
//   Suggestion  from `analysis`: the suggested pairs ("suggestion:A/B", "A – B" by name);
//   Activity    every activity ("activity:ID", its title).
// Items the analysis names that no longer exist are left out. O(items + gaps + suggestions).
std::vector<OptionCandidate> optionCandidates(const Project& project, const ProjectAnalysis* analysis,
                                              OptionSource source);

// The years a goal is a priority in, "2013, 2015"; empty when it is none. O(years).
std::string priorityYearsText(const Goal& goal);

// The names of the goals `goalIds` (titles; the id where a goal is gone), for messages.
std::vector<std::string> goalTitles(const Project& project, const std::vector<std::string>& goalIds);

}  // namespace knp::app
