#include "core/indicator_words.hpp"

#include <fmt/format.h>

#include "text/number_format.hpp"

namespace knp::app {
namespace {

std::string format(UiText pattern, Language language, const auto&... args) {
  return fmt::format(fmt::runtime(uiText(pattern, language)), args...);
}

}  // namespace

UiText indicatorKindName(IndicatorKind kind) {
  switch (kind) {
    case IndicatorKind::Population:
      return UiText::IndicatorKindPopulation;
    case IndicatorKind::Figure:
      break;
  }
  return UiText::IndicatorKindFigure;
}

UiText indicatorDirectionName(IndicatorDirection direction) {
  switch (direction) {
    case IndicatorDirection::HigherIsBetter:
      return UiText::DirectionHigher;
    case IndicatorDirection::LowerIsBetter:
      return UiText::DirectionLower;
    case IndicatorDirection::Neutral:
      break;
  }
  return UiText::DirectionNeutral;
}

UiText trendName(Trend trend) {
  switch (trend) {
    case Trend::Better:
      return UiText::TrendBetter;
    case Trend::Worse:
      return UiText::TrendWorse;
    case Trend::Flat:
      return UiText::TrendFlat;
    case Trend::Up:
      return UiText::TrendUp;
    case Trend::Down:
      return UiText::TrendDown;
    case Trend::Unknown:
      break;
  }
  return UiText::TrendUnknown;
}

UiText statusName(const Indicator& indicator, const IndicatorProgress& progress) {
  if (!indicator.target) return UiText::StatusNoTarget;
  switch (progress.status) {
    case TargetStatus::OnTrack:
      return UiText::StatusOnTrack;
    case TargetStatus::OffTrack:
      return UiText::StatusOffTrack;
    case TargetStatus::NoData:
      break;
  }
  return UiText::StatusNoData;
}

std::string statusExplanation(const Indicator& indicator, const IndicatorProgress& progress, Language language) {
  if (!indicator.target) return uiText(UiText::StatusNoTargetHint, language);
  if (!progress.latest || !progress.latestYear) return uiText(UiText::StatusNoValueHint, language);
  if (progress.reached) return uiText(UiText::StatusReachedHint, language);
  if (!progress.previous) return uiText(UiText::StatusOneValueHint, language);
  const IndicatorTarget& target = *indicator.target;
  if (*progress.latestYear >= target.year) return format(UiText::StatusDeadlineHint, language, target.year);
  if (progress.projected)
    return format(UiText::StatusProjectedHint, language, *progress.latestYear, target.year,
                  valueText(*progress.projected, indicator, language, 1));
  return {};
}

std::string valueText(double value, const Indicator& indicator, Language language, int maxDecimals) {
  std::string text = formatNumber(value, language, maxDecimals);
  if (!indicator.unit.empty()) text += " " + indicator.unit;
  return text;
}

std::string targetText(const Indicator& indicator, Language language) {
  if (!indicator.target) return {};
  return format(UiText::IndicatorTarget, language, valueText(indicator.target->value, indicator, language),
                indicator.target->year);
}

}  // namespace knp::app
