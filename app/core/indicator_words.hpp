#pragma once
// What users read about indicators in the window, in the UI's language: the names of their
// kinds, directions, target statuses and trends, a value in the language's number format with
// its unit, and why an indicator has the status it has. No UI calls; the Kennzahlen tab, the
// inspector's indicator form and the details' goal card read these.
#include <string>

#include "analysis/indicator_progress.hpp"
#include "core/ui_text.hpp"
#include "model/project.hpp"
#include "text/language.hpp"

namespace knp::app {

// "Kennzahl" / "Bevölkerung"; "höher ist besser", ... .
UiText indicatorKindName(IndicatorKind kind);
UiText indicatorDirectionName(IndicatorDirection direction);

// "besser", "schlechter", "unverändert", "gestiegen", "gesunken", "kein Trend (…)".
UiText trendName(Trend trend);

// What the status column says: "kein Ziel" for an indicator without a target (assessIndicator
// calls that NoData too, but there is nothing missing to wait for), else the status's name
// ("auf Kurs", "nicht auf Kurs", "keine Daten").
UiText statusName(const Indicator& indicator, const IndicatorProgress& progress);

// Why: "Erreicht: …", "Der Trend aller Werte bis 2013 führt im Zieljahr 2015 zu 106,9 Anzahl."
// (the projection with at most one decimal),
// "Das Zieljahr 2012 ist erreicht, der Zielwert nicht.", "Erst ein Wert: …", "Noch kein
// Wert.", or how to give it a target. Follows the rule of indicator_progress.hpp in that
// order; `progress` is assessIndicator(indicator) (as of any year).
std::string statusExplanation(const Indicator& indicator, const IndicatorProgress& progress, Language language);

// `value` as text/number_format.hpp writes it (at most `maxDecimals`), then the indicator's
// unit when it has one: "14,8 %", "12.910 Personen".
std::string valueText(double value, const Indicator& indicator, Language language, int maxDecimals = 6);

// "Ziel: 105 Anzahl bis 2015"; empty without a target.
std::string targetText(const Indicator& indicator, Language language);

}  // namespace knp::app
