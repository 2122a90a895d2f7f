#pragma once
// Steps, kinds and reference roles in the user's words: "Aktivität „Sprachcafé“ löschen",
// "Akteure", "als Träger". No UI calls.
#include <cstddef>
#include <string>

#include "edit/edit.hpp"
#include "edit/references.hpp"
#include "text/language.hpp"

namespace knp::app {

enum class Number { Singular, Plural };

// "Aktivität" / "Aktivitäten" ("Activity" / "Activities").
const char* kindName(ItemKind kind, Language language, Number number = Number::Singular);

// "Kommentar", "Idee", "Offene Frage" ("Comment", "Idea", "Open question").
const char* commentKindName(CommentKind kind, Language language);

// "als Träger" ("as lead"): how the referring item uses the deleted one.
const char* roleText(ReferenceRole role, Language language);

// The step's label for menus and the history list, e.g. "Aktivität „Sprachcafé“ löschen",
// "3 Knoten verschieben", "Anordnen: Kräfte". English kind names are lower-cased inside
// sentences ("Delete activity “Sprachcafé”").
std::string stepText(const EditLabel& label, Language language);

}  // namespace knp::app
