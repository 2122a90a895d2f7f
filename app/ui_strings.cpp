#include "ui_strings.hpp"

#include <array>

namespace knp::app {
namespace {

using Table = std::array<const char*, static_cast<size_t>(UiText::Count)>;

// Order = order of UiText.
constexpr Table kGerman{
    "Knotenpunkt",
    "Legende",
    "Akteur",
    "Aktivität",
    "Ziel",
    "Lebensphase",
    "Handlungsfelder (Farbe der Aktivitäten)",
    "Verbindungen",
    "leitet",
    "Partner",
    "dient Ziel",
    "für Lebensphase",
    "Kooperation",
    "Mitglied im Gremium",
    "{} Akteure · {} Aktivitäten · {} Ziele · {} Lebensphasen · {} Kooperationen",
    "Ziehen: verschieben · Mausrad: zoomen · Pos1: alles zeigen",
    "Leitung",
    "Partner",
    "Art",
    "Konzept",
    "Ebene",
    "Aktivitäten",
    "Status",
    "Handlungsfelder",
    "Ziele",
};

constexpr Table kEnglish{
    "Knotenpunkt",
    "Legend",
    "Actor",
    "Activity",
    "Goal",
    "Life phase",
    "Fields of action (colour of activities)",
    "Connections",
    "leads",
    "partner",
    "serves goal",
    "for life phase",
    "cooperation",
    "member of steering body",
    "{} actors · {} activities · {} goals · {} life phases · {} cooperations",
    "Drag: pan · Wheel: zoom · Home: show all",
    "Lead",
    "Partners",
    "Type",
    "Concept",
    "Level",
    "Activities",
    "Status",
    "Fields of action",
    "Goals",
};

}  // namespace

const char* uiText(UiText id, Language language) {
  const Table& table = language == Language::English ? kEnglish : kGerman;
  return table.at(static_cast<size_t>(id));
}

}  // namespace knp::app
