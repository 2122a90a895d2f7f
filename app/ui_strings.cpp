#include "ui_strings.hpp"

#include <array>
#include <cstddef>

namespace knp::app {
namespace {

struct Entry {
  UiText id;
  const char* text;
};
using Table = std::array<Entry, static_cast<std::size_t>(UiText::Count)>;

// Each table lists every UiText once, in enum order; the compiler checks both (below).
constexpr Table kGerman{{
    {UiText::WindowTitle, "Knotenpunkt"},
    {UiText::Legend, "Legende"},
    {UiText::Actor, "Akteur"},
    {UiText::Activity, "Aktivität"},
    {UiText::Goal, "Ziel"},
    {UiText::LifePhase, "Lebensphase"},
    {UiText::Fields, "Handlungsfelder (Farbe der Aktivitäten)"},
    {UiText::Edges, "Verbindungen"},
    {UiText::EdgeLead, "leitet"},
    {UiText::EdgePartner, "Partner"},
    {UiText::EdgeGoal, "dient Ziel"},
    {UiText::EdgePhase, "für Lebensphase"},
    {UiText::EdgeCooperation, "Kooperation"},
    {UiText::EdgeMembership, "Mitglied im Gremium"},
    {UiText::StatusLine, "{} Akteure · {} Aktivitäten · {} Ziele · {} Lebensphasen · {} Kooperationen"},
    {UiText::Hint, "Ziehen: verschieben · Mausrad: zoomen · Pos1: alles · F: Auswahl · Strg+F: suchen"},
    {UiText::Lead, "Leitung"},
    {UiText::Partners, "Partner"},
    {UiText::Type, "Art"},
    {UiText::Concept, "Konzept"},
    {UiText::Level, "Ebene"},
    {UiText::Activities, "Aktivitäten"},
    {UiText::Status, "Status"},
    {UiText::FieldNames, "Handlungsfelder"},
    {UiText::GoalCount, "Ziele"},
    {UiText::Pin, "Festhalten"},
    {UiText::Unpin, "Loslassen (Anordnung darf ihn bewegen)"},
    {UiText::FocusHere, "Fokus auf diesen Knoten"},
    {UiText::SelectNeighbours, "Nachbarn auswählen"},
    {UiText::MenuFile, "Datei"},
    {UiText::Save, "Speichern"},
    {UiText::SaveAs, "Speichern unter …"},
    {UiText::Quit, "Beenden"},
    {UiText::MenuLayout, "Anordnung"},
    {UiText::LayoutStop, "Anhalten"},
    {UiText::LayoutContinue, "Fortsetzen"},
    {UiText::LayoutRestart, "Neu anordnen"},
    {UiText::LayoutRunning, "Anordnung läuft …"},
    {UiText::MenuView, "Ansicht"},
    {UiText::SizeBy, "Größe nach"},
    {UiText::SizeUniform, "gleich groß"},
    {UiText::SizeDegree, "Zahl der Verbindungen"},
    {UiText::SizeBetweenness, "Vermittlung (Betweenness)"},
    {UiText::SizeActivities, "Zahl der Aktivitäten"},
    {UiText::Language, "Sprache"},
    {UiText::UiScale, "Schriftgröße"},
    {UiText::FitAll, "Alles zeigen (Pos1)"},
    {UiText::FrameSelection, "Auswahl zeigen (F)"},
    {UiText::Search, "Suchen"},
    {UiText::SearchHint, "Name eingeben, Enter springt zum ersten Treffer"},
    {UiText::NoMatches, "keine Treffer"},
    {UiText::Filters, "Filter"},
    {UiText::FilterDim, "Abschwächen"},
    {UiText::FilterHide, "Ausblenden"},
    {UiText::FilterOthers, "Was nicht passt:"},
    {UiText::Year, "Jahr"},
    {UiText::AnyYear, "alle Jahre"},
    {UiText::ActorTypes, "Akteursarten"},
    {UiText::Concepts, "Konzepte"},
    {UiText::ClearFilters, "Alle Filter löschen"},
    {UiText::NoFilters, "Keine Filter aktiv"},
    {UiText::Focus, "Fokus"},
    {UiText::FocusDepth, "Tiefe"},
    {UiText::EndFocus, "Fokus beenden"},
    {UiText::Highlight, "Markiert"},
    {UiText::Analyses, "Analysen"},
    {UiText::PanelCoverage, "Abdeckung"},
    {UiText::PanelGaps, "Lücken"},
    {UiText::PanelChains, "Förderketten"},
    {UiText::PanelOverlaps, "Überschneidungen"},
    {UiText::PanelSuggestions, "Kooperationschancen"},
    {UiText::PanelBrokers, "Mittler"},
    {UiText::Updating, "wird aktualisiert …"},
    {UiText::Computing, "wird berechnet …"},
    {UiText::CoverageHint, "Aktivitäten je Handlungsfeld und Lebensphase; leere Felder sind rot umrandet. Klick markiert die Aktivitäten."},
    {UiText::NoGaps, "Keine Lücken gefunden."},
    {UiText::NoChainBreaks, "Keine Brüche in den Förderketten."},
    {UiText::NoOverlaps, "Keine Überschneidungen."},
    {UiText::NoSuggestions, "Keine Vorschläge."},
    {UiText::NoBrokers, "Keine Mittler."},
    {UiText::Details, "Details"},
    {UiText::NothingSelected, "Nichts ausgewählt: einen Knoten anklicken oder suchen (Strg+F)."},
    {UiText::SelectedCount, "{} Knoten ausgewählt"},
    {UiText::Pinned, "festgehalten"},
    {UiText::Description, "Beschreibung"},
    {UiText::Years, "Laufzeit"},
    {UiText::Contact, "Kontakt"},
    {UiText::Views, "Ansichten"},
    {UiText::SaveView, "Als Ansicht speichern"},
    {UiText::ViewName, "Name der Ansicht"},
    {UiText::Delete, "Löschen"},
    {UiText::NoViews, "Noch keine Ansichten gespeichert."},
    {UiText::Saved, "Gespeichert: {}"},
    {UiText::SaveFailed, "Nicht gespeichert: {}"},
    {UiText::FileName, "Dateiname"},
    {UiText::Cancel, "Abbrechen"},
    {UiText::UnsavedTitle, "Ungespeicherte Änderungen"},
    {UiText::UnsavedText, "Positionen oder Ansichten wurden geändert. Vor dem Beenden speichern?"},
    {UiText::Discard, "Verwerfen"},
    {UiText::FadedLegend, "blass: passt nicht zu Filter oder Fokus"},
    {UiText::SizeLegend, "Größe: {}"},
    {UiText::SelectedLegend, "ausgewählt"},
    {UiText::HighlightLegend, "markiert (Analyse)"},
    {UiText::CooperationTypes, "Beziehungen zwischen Akteuren"},
    {UiText::All, "alle"},
    {UiText::LayoutForce, "Kräfte"},
    {UiText::LayoutForceHint, "Verbundenes liegt beieinander; setzt von der jetzigen Anordnung aus fort"},
    {UiText::LayoutLayered, "Spalten"},
    {UiText::LayoutLayeredHint, "Akteure | Aktivitäten | Ziele | Lebensphasen, mit wenigen Kreuzungen"},
    {UiText::LayoutSectors, "Sektoren"},
    {UiText::LayoutSectorsHint, "Ein Sektor je Handlungsfeld, Lebensphasen in der Mitte, Akteure außen"},
    {UiText::LayoutBoostFr, "Fruchterman–Reingold"},
    {UiText::LayoutBoostFrHint, "Boost.Graphs klassisches Kräfteverfahren (zum Vergleich)"},
    {UiText::LayoutBoostKk, "Kamada–Kawai"},
    {UiText::LayoutBoostKkHint, "Boost.Graphs Federmodell je Teilnetz; hier bis 400 Knoten"},
    {UiText::LayoutCircle, "Kreis"},
    {UiText::LayoutCircleHint, "Alle Knoten auf einem Kreis, in Dateireihenfolge"},
    {UiText::LayoutTooLarge, "{} ordnet hier höchstens {} Knoten an; diese Karte hat {}."},
}};

constexpr Table kEnglish{{
    {UiText::WindowTitle, "Knotenpunkt"},
    {UiText::Legend, "Legend"},
    {UiText::Actor, "Actor"},
    {UiText::Activity, "Activity"},
    {UiText::Goal, "Goal"},
    {UiText::LifePhase, "Life phase"},
    {UiText::Fields, "Fields of action (colour of activities)"},
    {UiText::Edges, "Connections"},
    {UiText::EdgeLead, "leads"},
    {UiText::EdgePartner, "partner"},
    {UiText::EdgeGoal, "serves goal"},
    {UiText::EdgePhase, "for life phase"},
    {UiText::EdgeCooperation, "cooperation"},
    {UiText::EdgeMembership, "member of steering body"},
    {UiText::StatusLine, "{} actors · {} activities · {} goals · {} life phases · {} cooperations"},
    {UiText::Hint, "Drag: pan · Wheel: zoom · Home: all · F: selection · Ctrl+F: search"},
    {UiText::Lead, "Lead"},
    {UiText::Partners, "Partners"},
    {UiText::Type, "Type"},
    {UiText::Concept, "Concept"},
    {UiText::Level, "Level"},
    {UiText::Activities, "Activities"},
    {UiText::Status, "Status"},
    {UiText::FieldNames, "Fields of action"},
    {UiText::GoalCount, "Goals"},
    {UiText::Pin, "Pin"},
    {UiText::Unpin, "Unpin (layouts may move it)"},
    {UiText::FocusHere, "Focus on this node"},
    {UiText::SelectNeighbours, "Select neighbours"},
    {UiText::MenuFile, "File"},
    {UiText::Save, "Save"},
    {UiText::SaveAs, "Save as …"},
    {UiText::Quit, "Quit"},
    {UiText::MenuLayout, "Layout"},
    {UiText::LayoutStop, "Stop"},
    {UiText::LayoutContinue, "Continue"},
    {UiText::LayoutRestart, "Lay out again"},
    {UiText::LayoutRunning, "Layout running …"},
    {UiText::MenuView, "View"},
    {UiText::SizeBy, "Size by"},
    {UiText::SizeUniform, "uniform"},
    {UiText::SizeDegree, "number of connections"},
    {UiText::SizeBetweenness, "brokerage (betweenness)"},
    {UiText::SizeActivities, "number of activities"},
    {UiText::Language, "Language"},
    {UiText::UiScale, "Text size"},
    {UiText::FitAll, "Show all (Home)"},
    {UiText::FrameSelection, "Show selection (F)"},
    {UiText::Search, "Search"},
    {UiText::SearchHint, "Type a name, Enter jumps to the first match"},
    {UiText::NoMatches, "no matches"},
    {UiText::Filters, "Filters"},
    {UiText::FilterDim, "Dim"},
    {UiText::FilterHide, "Hide"},
    {UiText::FilterOthers, "What does not match:"},
    {UiText::Year, "Year"},
    {UiText::AnyYear, "any year"},
    {UiText::ActorTypes, "Actor types"},
    {UiText::Concepts, "Concepts"},
    {UiText::ClearFilters, "Clear all filters"},
    {UiText::NoFilters, "No filters active"},
    {UiText::Focus, "Focus"},
    {UiText::FocusDepth, "Depth"},
    {UiText::EndFocus, "End focus"},
    {UiText::Highlight, "Highlighted"},
    {UiText::Analyses, "Analyses"},
    {UiText::PanelCoverage, "Coverage"},
    {UiText::PanelGaps, "Gaps"},
    {UiText::PanelChains, "Support chains"},
    {UiText::PanelOverlaps, "Overlaps"},
    {UiText::PanelSuggestions, "Cooperation chances"},
    {UiText::PanelBrokers, "Brokers"},
    {UiText::Updating, "updating …"},
    {UiText::Computing, "computing …"},
    {UiText::CoverageHint, "Activities per field and life phase; empty cells have a red border. Click to highlight their activities."},
    {UiText::NoGaps, "No gaps found."},
    {UiText::NoChainBreaks, "No breaks in the support chains."},
    {UiText::NoOverlaps, "No overlaps."},
    {UiText::NoSuggestions, "No suggestions."},
    {UiText::NoBrokers, "No brokers."},
    {UiText::Details, "Details"},
    {UiText::NothingSelected, "Nothing selected: click a node or search (Ctrl+F)."},
    {UiText::SelectedCount, "{} nodes selected"},
    {UiText::Pinned, "pinned"},
    {UiText::Description, "Description"},
    {UiText::Years, "Years"},
    {UiText::Contact, "Contact"},
    {UiText::Views, "Views"},
    {UiText::SaveView, "Save as view"},
    {UiText::ViewName, "Name of the view"},
    {UiText::Delete, "Delete"},
    {UiText::NoViews, "No views saved yet."},
    {UiText::Saved, "Saved: {}"},
    {UiText::SaveFailed, "Not saved: {}"},
    {UiText::FileName, "File name"},
    {UiText::Cancel, "Cancel"},
    {UiText::UnsavedTitle, "Unsaved changes"},
    {UiText::UnsavedText, "Positions or views have changed. Save before quitting?"},
    {UiText::Discard, "Discard"},
    {UiText::FadedLegend, "faint: outside filters or focus"},
    {UiText::SizeLegend, "Size: {}"},
    {UiText::SelectedLegend, "selected"},
    {UiText::HighlightLegend, "highlighted (analysis)"},
    {UiText::CooperationTypes, "Links between actors"},
    {UiText::All, "all"},
    {UiText::LayoutForce, "Forces"},
    {UiText::LayoutForceHint, "Connected nodes lie together; continues from the current arrangement"},
    {UiText::LayoutLayered, "Columns"},
    {UiText::LayoutLayeredHint, "Actors | activities | goals | life phases, with few crossings"},
    {UiText::LayoutSectors, "Sectors"},
    {UiText::LayoutSectorsHint, "One sector per field of action, life phases in the middle, actors outside"},
    {UiText::LayoutBoostFr, "Fruchterman–Reingold"},
    {UiText::LayoutBoostFrHint, "Boost.Graph's classic force method (for comparison)"},
    {UiText::LayoutBoostKk, "Kamada–Kawai"},
    {UiText::LayoutBoostKkHint, "Boost.Graph's spring model per component; here up to 400 nodes"},
    {UiText::LayoutCircle, "Circle"},
    {UiText::LayoutCircleHint, "Every node on one circle, in file order"},
    {UiText::LayoutTooLarge, "{} arranges at most {} nodes here; this map has {}."},
}};

constexpr bool complete(const Table& table) {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (static_cast<std::size_t>(table[i].id) != i || table[i].text == nullptr || table[i].text[0] == '\0') return false;
  return true;
}
static_assert(complete(kGerman), "the German table must list every UiText in enum order");
static_assert(complete(kEnglish), "the English table must list every UiText in enum order");

}  // namespace

UiText layoutName(layouts::Algorithm algorithm) {
  switch (algorithm) {
    case layouts::Algorithm::ForceDirected: return UiText::LayoutForce;
    case layouts::Algorithm::Layered: return UiText::LayoutLayered;
    case layouts::Algorithm::Sectors: return UiText::LayoutSectors;
    case layouts::Algorithm::BoostFruchtermanReingold: return UiText::LayoutBoostFr;
    case layouts::Algorithm::BoostKamadaKawai: return UiText::LayoutBoostKk;
    case layouts::Algorithm::Circle: return UiText::LayoutCircle;
  }
  return UiText::LayoutForce;
}

UiText layoutHint(layouts::Algorithm algorithm) {
  switch (algorithm) {
    case layouts::Algorithm::ForceDirected: return UiText::LayoutForceHint;
    case layouts::Algorithm::Layered: return UiText::LayoutLayeredHint;
    case layouts::Algorithm::Sectors: return UiText::LayoutSectorsHint;
    case layouts::Algorithm::BoostFruchtermanReingold: return UiText::LayoutBoostFrHint;
    case layouts::Algorithm::BoostKamadaKawai: return UiText::LayoutBoostKkHint;
    case layouts::Algorithm::Circle: return UiText::LayoutCircleHint;
  }
  return UiText::LayoutForceHint;
}

const char* uiText(UiText id, Language language) {
  const Table& table = language == Language::English ? kEnglish : kGerman;
  return table.at(static_cast<std::size_t>(id)).text;
}

}  // namespace knp::app
