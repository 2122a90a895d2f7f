#pragma once
// The one shape in which loaders and writers report how they went: an Outcome<T> holds either
// the T they produced or the LocatedProblem that stopped them; writers that produce nothing
// return Outcome<void>, which holds Done or the problem.
//
//   Outcome<CsvTable> parsed = parseCsv(bytes);
//   if (!parsed.ok()) return describe(parsed.problem());   // "3:7: quoted cell is not closed ..."
//   use(parsed.value());
//
//   Outcome<void> saved = writeFileAtomically(path, text);
//   if (!saved.ok()) show(describe(saved.problem()));      // "p.json: cannot write: No space left ..."
//
// Decisions:
// - One problem type for every reader and writer instead of one error struct each (the former
//   FileError of the writers, CsvError, XlsxError and the bare strings): a caller that chains a
//   file read, a CSV parse and a save passes the same type along and adds what it knows, e.g.
//   the file name to a parser's line and column (importGridFile).
// - The place is kept apart from the message: `message` never repeats the path, line or column;
//   describe() puts them in front as compilers do ("PATH:LINE:COLUMN: message"). What the user
//   sees is always describe(problem). A place inside a file that is not a line of it, such as
//   a part of a zip ("xl/workbook.xml: no sheet") or a key of a JSON document, stays in the
//   message: the path, line and column are those of the file (or text) that was read or written.
// - No conversion to bool: `if (auto error = save())` used to mean "if it failed" and would
//   silently mean the opposite; ok() says which is meant. The type is [[nodiscard]], so an
//   outcome is not dropped by accident; one that is ignored on purpose is cast to void.
// - value() on a problem, or problem() on a success, throws std::bad_variant_access: a misuse
//   is a bug, never undefined behaviour.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace knp {

// What went wrong, and where when that is known.
struct LocatedProblem {
  std::string message;                                       // without the place: "is a folder, not a file"
  std::optional<std::filesystem::path> path = std::nullopt;  // the file (or folder) it concerns
  std::optional<std::size_t> line = std::nullopt;            // 1-based
  std::optional<std::size_t> column = std::nullopt;          // 1-based, in characters (not bytes); only with a line
  bool operator==(const LocatedProblem&) const = default;
};

// The problem as the user sees it: "PATH:LINE:COLUMN: message", the parts that are not known
// left out ("PATH: message", "LINE:COLUMN: message", or the bare message). O(length).
inline std::string describe(const LocatedProblem& problem) {
  std::string place = problem.path ? problem.path->string() : std::string();
  if (problem.line) {
    if (!place.empty()) place += ':';
    place += std::to_string(*problem.line);
    if (problem.column) place += ':' + std::to_string(*problem.column);
  }
  return place.empty() ? problem.message : place + ": " + problem.message;
}

// The value of an Outcome<void>: the writer succeeded and has nothing to hand back.
struct Done {
  bool operator==(const Done&) const = default;
};

// A T, or the LocatedProblem that kept it from being made. T is a value type (not a reference,
// not LocatedProblem); Outcome<void> holds Done instead and has no value().
template <typename T>
class [[nodiscard]] Outcome {
  static_assert(!std::is_reference_v<T> && !std::is_same_v<std::remove_cv_t<T>, LocatedProblem>,
                "Outcome<T>: T must be a value type other than LocatedProblem");
  using Stored = std::conditional_t<std::is_void_v<T>, Done, T>;

 public:
  // Implicit, so that a function returns either `return value;` or `return problem;`.
  Outcome(Stored value) : m_state(std::in_place_index<0>, std::move(value)) {}
  Outcome(LocatedProblem problem) : m_state(std::in_place_index<1>, std::move(problem)) {}

  // True when it holds the value (Done for Outcome<void>), false when it holds a problem.
  bool ok() const noexcept { return m_state.index() == 0; }

  // The value; only when ok(), else throws std::bad_variant_access.
  Stored& value() & requires(!std::is_void_v<T>) { return std::get<0>(m_state); }
  const Stored& value() const& requires(!std::is_void_v<T>) { return std::get<0>(m_state); }
  Stored&& value() && requires(!std::is_void_v<T>) { return std::get<0>(std::move(m_state)); }

  // The problem; only when !ok(), else throws std::bad_variant_access.
  LocatedProblem& problem() & { return std::get<1>(m_state); }
  const LocatedProblem& problem() const& { return std::get<1>(m_state); }
  LocatedProblem&& problem() && { return std::get<1>(std::move(m_state)); }

 private:
  std::variant<Stored, LocatedProblem> m_state;
};

}  // namespace knp
