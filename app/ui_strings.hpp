#pragma once
// Every user-visible string of the window, one table per language (ui_strings.cpp).
#include "text/language.hpp"

namespace knp::app {

enum class UiText {
  WindowTitle,
  Legend,
  Actor,
  Activity,
  Goal,
  LifePhase,
  Fields,
  Edges,
  EdgeLead,
  EdgePartner,
  EdgeGoal,
  EdgePhase,
  EdgeCooperation,
  EdgeMembership,
  StatusLine,  // fmt pattern: actors, activities, goals, phases, cooperations
  Hint,
  Lead,
  Partners,
  Type,
  Concept,
  Level,
  Activities,
  Status,
  FieldNames,  // tooltip: the fields of an activity
  GoalCount,   // tooltip: how many goals an activity serves
  Count,       // sentinel
};

// The text in `language`; never null.
const char* uiText(UiText id, Language language);

}  // namespace knp::app
