// The table of actor_grid_columns.hpp and the functions its entries point to.
#include "io/actor_grid_columns.hpp"

#include <fmt/format.h>

#include <array>

#include "io/grid_values.hpp"
#include "text/labels.hpp"
#include "text/name_matching.hpp"
#include "text/quoting.hpp"

namespace knp {
namespace {

std::string nameOf(const Actor& actor) { return actor.name; }
std::optional<std::string> problemWithName(const std::string& cell) {
  if (normaliseName(cell).empty()) return "empty: every row needs the actor's name";
  return std::nullopt;
}
void storeName(Actor& actor, const std::string& cell) { actor.name = cell; }

std::string typeLabelOf(const Actor& actor) { return std::string(label(actor.type, Language::German)); }
// A blank cell is no problem: it keeps the type (storeType).
std::optional<std::string> problemWithType(const std::string& cell) {
  if (normaliseName(cell).empty() || actorTypeOf(cell)) return std::nullopt;
  return fmt::format("unknown actor type {}{}", quote(cell), actorTypeSuggestion(cell));
}
void storeType(Actor& actor, const std::string& cell) {
  if (const std::optional<ActorType> type = actorTypeOf(cell)) actor.type = *type;
}

constexpr ActorGridColumn keyColumn(std::string_view header, AcceptedNames names, double width) {
  return {header, names, width, ActorGridRole::Key, nameOf, problemWithName, storeName};
}
constexpr ActorGridColumn typeColumn(std::string_view header, AcceptedNames names, double width) {
  return {header, names, width, ActorGridRole::Type, typeLabelOf, problemWithType, storeType};
}

std::optional<std::string> anyText(const std::string&) { return std::nullopt; }

// A plain text field of Actor (`Member` of Actor) or of its Contact (`Member` of Contact).
template <auto Member>
std::string actorTextOf(const Actor& actor) {
  return actor.*Member;
}
template <auto Member>
void storeActorText(Actor& actor, const std::string& cell) {
  actor.*Member = cell;
}
template <auto Member>
std::string contactTextOf(const Actor& actor) {
  return actor.contact.*Member;
}
template <auto Member>
void storeContactText(Actor& actor, const std::string& cell) {
  actor.contact.*Member = cell;
}

// An entry for a plain text field of Actor.
template <auto Member>
constexpr ActorGridColumn actorText(std::string_view header, AcceptedNames names, double width) {
  return {header, names, width, ActorGridRole::Text, actorTextOf<Member>, anyText, storeActorText<Member>};
}
// An entry for a plain text field of the actor's Contact.
template <auto Member>
constexpr ActorGridColumn contactText(std::string_view header, AcceptedNames names, double width) {
  return {header, names, width, ActorGridRole::Text, contactTextOf<Member>, anyText, storeContactText<Member>, true};
}

// One entry per column, in grid order: header as written, headers accepted (normalised), width in
// the workbook.
constexpr std::array kColumns{
    keyColumn("Akteur", {"akteur", "actor", ""}, 30),
    typeColumn("Akteurstyp", {"akteurstyp", "akteursart", "actor type"}, 24),
    actorText<&Actor::selfDescription>("Selbstdarstellung",
                                       {"selbstdarstellung", "self-description", "self description"}, 50),
    contactText<&Contact::person>("Ansprechperson", {"ansprechperson", "ansprechpartner", "contact person"}, 22),
    contactText<&Contact::address>("Adresse", {"adresse", "anschrift", "address"}, 30),
    contactText<&Contact::phone>("Telefon", {"telefon", "phone", ""}, 18),
    contactText<&Contact::email>("E-Mail", {"e-mail", "email", "mail"}, 28),
    contactText<&Contact::web>("Web", {"web", "website", "internet"}, 28),
};

}  // namespace

std::span<const ActorGridColumn> actorGridColumns() { return kColumns; }

}  // namespace knp
