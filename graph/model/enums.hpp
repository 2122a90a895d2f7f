#pragma once
// The project's enumerations and their saved names. Enums are saved as strings
// (docs/project-format.md); the German and English labels users read live in labels.hpp.
#include <array>
#include <optional>
#include <string_view>

namespace knp {

enum class GoalLevel { Guiding, Sub, Annual };

enum class ActorType {
  Association,
  Federation,
  WelfareOrganisation,
  ReligiousCommunity,
  School,
  Kita,
  CityAdministration,
  PublicAgency,
  EducationProvider,
  Company,
  Party,
  Union,
  Media,
  MigrantOrganisation,
  Body,
  Other,
};

enum class ActivityStatus { Planned, Running, Finished };

enum class CooperationType { Cooperation, Funding, Information, Membership };

// A Kennzahl, or the population of life phases (Demografiebericht).
enum class IndicatorKind { Figure, Population };

// Which way an indicator's progress goes.
enum class IndicatorDirection { Neutral, HigherIsBetter, LowerIsBetter };

// One table per enum: value and the name saved in project files.
template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

inline constexpr std::array<EnumName<GoalLevel>, 3> kGoalLevelNames{{
    {GoalLevel::Guiding, "guiding"}, {GoalLevel::Sub, "sub"}, {GoalLevel::Annual, "annual"}}};

inline constexpr std::array<EnumName<ActorType>, 16> kActorTypeNames{{
    {ActorType::Association, "association"},
    {ActorType::Federation, "federation"},
    {ActorType::WelfareOrganisation, "welfare_organisation"},
    {ActorType::ReligiousCommunity, "religious_community"},
    {ActorType::School, "school"},
    {ActorType::Kita, "kita"},
    {ActorType::CityAdministration, "city_administration"},
    {ActorType::PublicAgency, "public_agency"},
    {ActorType::EducationProvider, "education_provider"},
    {ActorType::Company, "company"},
    {ActorType::Party, "party"},
    {ActorType::Union, "union"},
    {ActorType::Media, "media"},
    {ActorType::MigrantOrganisation, "migrant_organisation"},
    {ActorType::Body, "body"},
    {ActorType::Other, "other"},
}};

inline constexpr std::array<EnumName<ActivityStatus>, 3> kActivityStatusNames{{
    {ActivityStatus::Planned, "planned"}, {ActivityStatus::Running, "running"}, {ActivityStatus::Finished, "finished"}}};

inline constexpr std::array<EnumName<CooperationType>, 4> kCooperationTypeNames{{
    {CooperationType::Cooperation, "cooperation"},
    {CooperationType::Funding, "funding"},
    {CooperationType::Information, "information"},
    {CooperationType::Membership, "membership"},
}};

inline constexpr std::array<EnumName<IndicatorKind>, 2> kIndicatorKindNames{{
    {IndicatorKind::Figure, "figure"}, {IndicatorKind::Population, "population"}}};

inline constexpr std::array<EnumName<IndicatorDirection>, 3> kIndicatorDirectionNames{{
    {IndicatorDirection::Neutral, "neutral"},
    {IndicatorDirection::HigherIsBetter, "higher_is_better"},
    {IndicatorDirection::LowerIsBetter, "lower_is_better"}}};

template <class E, size_t N>
constexpr std::string_view enumName(const std::array<EnumName<E>, N>& table, E value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.name;
  return {};
}

template <class E, size_t N>
constexpr std::optional<E> enumFromName(const std::array<EnumName<E>, N>& table, std::string_view name) {
  for (const auto& entry : table)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

inline std::string_view toString(GoalLevel v) { return enumName(kGoalLevelNames, v); }
inline std::string_view toString(ActorType v) { return enumName(kActorTypeNames, v); }
inline std::string_view toString(ActivityStatus v) { return enumName(kActivityStatusNames, v); }
inline std::string_view toString(CooperationType v) { return enumName(kCooperationTypeNames, v); }
inline std::string_view toString(IndicatorKind v) { return enumName(kIndicatorKindNames, v); }
inline std::string_view toString(IndicatorDirection v) { return enumName(kIndicatorDirectionNames, v); }

}  // namespace knp
