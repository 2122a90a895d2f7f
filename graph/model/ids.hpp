#pragma once
// Typed ids: every item of a project has a stable string id, unique within its kind.
// A distinct type per kind keeps a goal id from being passed where an actor id is meant.
#include <compare>
#include <functional>
#include <string>
#include <string_view>

namespace knp {

template <class Tag>
struct Id {
  std::string value;

  Id() = default;
  explicit Id(std::string v) : value(std::move(v)) {}
  bool empty() const { return value.empty(); }
  auto operator<=>(const Id&) const = default;
  bool operator==(const Id&) const = default;
};

using FieldId = Id<struct FieldTag>;
using LifePhaseId = Id<struct LifePhaseTag>;
using ConceptId = Id<struct ConceptTag>;
using GoalId = Id<struct GoalTag>;
using ActorId = Id<struct ActorTag>;
using ActivityId = Id<struct ActivityTag>;
using CooperationId = Id<struct CooperationTag>;
using IndicatorId = Id<struct IndicatorTag>;
using ConferenceId = Id<struct ConferenceTag>;

}  // namespace knp

template <class Tag>
struct std::hash<knp::Id<Tag>> {
  size_t operator()(const knp::Id<Tag>& id) const noexcept { return std::hash<std::string>{}(id.value); }
};
