#pragma once
// Whether a file written for others carries the actors' personal contact data (person,
// address, phone, e-mail, web): Omit is the command line's --no-contacts. One choice for every
// writer that can carry it (the report's address directory, the actors' grid, the workbook).

namespace knp {

enum class ContactData { Include, Omit };

}  // namespace knp
