#pragma once
// The inspector's forms: one function per kind draws the fields of one item and returns the
// edited copy in the frame the user committed a change, for the inspector to dispatch. A text
// field commits when the user leaves it (one undo step per field, not per keystroke); combos,
// checkboxes and pickers commit at once. A change that would make the item invalid (an empty
// name, a range running backwards, a cooperation of an actor with itself) is refused: the
// form returns nothing, the fields show the model again and the reason stays in FormState
// until the next accepted change.
//
// Forms never change the project: they read it for names and pickers only.
#include <imgui.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "model/project.hpp"
#include "text/language.hpp"
#include "core/ui_text.hpp"

namespace knp::app {

enum class Lines { One, Several };

// Text typed into the fields of a form, kept between frames by field (the ImGui id of its
// label) so that a field reports one change when the user leaves it.
class TextFields {
 public:
  // A text field showing `value` (a multi-line box for Lines::Several; `hint` greyed out while
  // it is empty). True, with `value` set to the typed text, in the frame the user leaves the
  // field after changing it (Enter in a single line, Tab, a click elsewhere); Escape takes
  // the change back. While the field is not being edited it follows `value`, so that undo and
  // changes made elsewhere show at once.
  bool edit(const char* label, std::string& value, Lines lines = Lines::One, const char* hint = nullptr,
            ImGuiInputTextFlags flags = 0);

  // Every field not being edited shows the model's value again (after a refused change).
  void reload();
  // Forgets everything typed (another item is shown).
  void clear();
  // Gives the next field drawn the keyboard, its text selected (a new item's name).
  void focusNext() { m_focusNext = true; }
  // Whether a field was being edited in the last frame: its change is committed only when
  // the field is drawn once more, so the form must not be swapped for another yet.
  bool editing() const;

 private:
  struct Buffer {
    std::string text;     // what the field shows and the user types into
    std::string source;   // the model's value `text` was last loaded from
    bool active = false;  // being edited in the last frame
    bool stale = false;   // load from the model even if `source` still matches
  };
  std::unordered_map<ImGuiID, Buffer> m_buffers;
  bool m_focusNext = false;
  struct Focus {
    ImGuiID id = 0;
    int frame = 0;
  };
  Focus m_focus;           // the field given the keyboard, and when
  int m_activeFrame = -2;  // ImGui's frame count when a field was last seen active
};

// What a form keeps between frames. One FormState serves whichever item the inspector shows;
// reset() it when the item changes.
struct FormState {
  TextFields text;
  std::optional<UiText> problem;  // why the last change was refused
  int newYear = 0;                // the indicator's "Wert hinzufügen" row; 0: not chosen yet
  std::string newValue;
  // The target typed for an indicator that has none, kept until both parts are given (and a
  // direction is chosen): its value and its year as typed.
  std::string targetValue;
  std::string targetYear;
  std::array<float, 3> colour{};  // a field's colour while the user drags in the picker
  bool colourActive = false;

  // Whether the user is in the middle of an edit that commits when the form is drawn again.
  bool editing() const { return text.editing() || colourActive; }
  void reset();
};

// The form of one item: the project it belongs to (for names and pickers), the language, and
// the state kept between frames.
struct FormContext {
  const Project& project;
  Language language;
  FormState& state;
};

// The form of each kind, one overload per item type (visitKind picks it): the item as edited
// when the user changed it in this frame, nullopt otherwise.
std::optional<Field> itemForm(FormContext& form, const Field& field);
std::optional<LifePhase> itemForm(FormContext& form, const LifePhase& phase);  // without the order buttons
std::optional<Concept> itemForm(FormContext& form, const Concept& item);
std::optional<Goal> itemForm(FormContext& form, const Goal& goal);
std::optional<Actor> itemForm(FormContext& form, const Actor& actor);
std::optional<Activity> itemForm(FormContext& form, const Activity& activity);
std::optional<Cooperation> itemForm(FormContext& form, const Cooperation& cooperation);
// An indicator: name, unit, source, field, goals; its kind and life phases (as an activity
// picks its phases); its direction; its target (value and year: with a target each field
// edits its part and a button removes it; without one, the two parts typed are kept in
// FormState and become the target once both are given, or once a direction is chosen for
// them); its values by year (edit a value, remove a year, add one). Years outside
// kFirstIndicatorYear..kLastIndicatorYear are refused.
std::optional<Indicator> itemForm(FormContext& form, const Indicator& indicator);

// The project's own texts, edited as one ChangeProject step.
struct ProjectTexts {
  std::string title;
  std::string notice;
  bool operator==(const ProjectTexts&) const = default;
};
std::optional<ProjectTexts> projectForm(FormContext& form);

// Why a change was refused, in red, wrapped; nothing when there is no problem.
void drawProblem(std::optional<UiText> problem, Language language);

// --- Without UI (tested) ---

// Why the item cannot be stored as it is, or nothing when it can: names and titles must not
// be empty or blank (NameRequired), an activity's end year not before its start (YearRange),
// a phase's maximum age not below its minimum (AgeRange), a cooperation must join two
// different actors (SelfCooperation), an indicator's target needs a direction other than
// neutral (TargetNeedsDirection, as validation.cpp demands) and a finite value
// (NumberRequired). References are not checked: the pickers offer only existing items.
std::optional<UiText> problemWith(const Field& item);
std::optional<UiText> problemWith(const LifePhase& item);
std::optional<UiText> problemWith(const Concept& item);
std::optional<UiText> problemWith(const Goal& item);
std::optional<UiText> problemWith(const Actor& item);
std::optional<UiText> problemWith(const Activity& item);
std::optional<UiText> problemWith(const Cooperation& item);
std::optional<UiText> problemWith(const Indicator& item);

// A whole number as typed, spaces around allowed ("2012", " -3 "); nothing for anything else.
std::optional<int> parseWholeNumber(std::string_view text);
// A decimal number as typed, with a point or a German comma ("11,5", "1e3"); nothing for
// anything else, inf and NaN included.
std::optional<double> parseDecimal(std::string_view text);
// The shortest text that parses back to `value` ("11.25", "0.1").
std::string formatDecimal(double value);

// The years an indicator's form accepts for a value or a target (those `analyze --year`
// accepts): a year typed outside is refused with IndicatorYearRange.
inline constexpr int kFirstIndicatorYear = 1900, kLastIndicatorYear = 2200;
// `text` as such a year; nothing for anything else.
std::optional<int> parseIndicatorYear(std::string_view text);

// Whether `goal` is `ancestor` or lies below it in the tree of parent goals, so that making
// `ancestor` its child would close a cycle. Stops at a cycle already in the data. O(goals × depth).
bool descendsFrom(const Project& project, const GoalId& goal, const GoalId& ancestor);

}  // namespace knp::app
