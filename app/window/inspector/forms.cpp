#include "window/inspector/forms.hpp"

#include <fmt/format.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <charconv>
#include <chrono>
#include <cmath>

#include "core/indicator_words.hpp"
#include "text/labels.hpp"
#include "window/inspector/item_picker.hpp"

namespace knp::app {
namespace {

const ImVec4 kProblemColour{0.85f, 0.1f, 0.1f, 1.0f};

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string_view trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::optional<UiText> nameProblem(const std::string& name) {
  return blank(name) ? std::optional<UiText>(UiText::NameRequired) : std::nullopt;
}

void refuse(FormContext& form, UiText problem) {
  form.state.problem = problem;
  form.state.text.reload();
}

// The edited copy when it differs from the original and may be stored; otherwise nothing
// (and, for an invalid copy, the reason kept for drawProblem()).
template <class T>
std::optional<T> commit(FormContext& form, const T& original, const T& edited) {
  if (edited == original) return std::nullopt;
  if (const std::optional<UiText> problem = problemWith(edited)) {
    refuse(form, *problem);
    return std::nullopt;
  }
  form.state.problem.reset();
  return edited;
}

void textField(FormContext& form, UiText label, std::string& value, Lines lines = Lines::One) {
  form.state.text.edit(uiText(label, form.language), value, lines);
}

// A whole number; an empty field means "none" when `emptyHint` says what that stands for
// ("offen"), and is refused otherwise.
void wholeNumberField(FormContext& form, UiText label, std::optional<int>& value, const char* emptyHint) {
  std::string text = value ? std::to_string(*value) : std::string();
  if (!form.state.text.edit(uiText(label, form.language), text, Lines::One, emptyHint,
                            ImGuiInputTextFlags_CharsDecimal))
    return;
  if (emptyHint && blank(text)) {
    value.reset();
  } else if (const std::optional<int> number = parseWholeNumber(text)) {
    value = number;
  } else {
    refuse(form, UiText::WholeNumberRequired);
  }
}

void wholeNumberField(FormContext& form, UiText label, int& value) {
  std::optional<int> number = value;
  wholeNumberField(form, label, number, nullptr);
  if (number) value = *number;
}

template <class E, std::size_t N>
void enumCombo(FormContext& form, UiText caption, const std::array<EnumName<E>, N>& table, E& value) {
  const std::string preview(label(value, form.language));
  if (!ImGui::BeginCombo(uiText(caption, form.language), preview.c_str())) return;
  for (const EnumName<E>& entry : table) {
    ImGui::PushID(static_cast<int>(entry.value));
    const std::string text(label(entry.value, form.language));
    if (ImGui::Selectable(text.c_str(), entry.value == value)) value = entry.value;
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

// The colour is kept in `rgb` while the user drags in the picker, and committed when they let go.
void colourField(FormContext& form, UiText label, Colour& colour, std::array<float, 3>& rgb, bool& active) {
  if (!active) rgb = {colour.r / 255.0f, colour.g / 255.0f, colour.b / 255.0f};
  ImGui::ColorEdit3(uiText(label, form.language), rgb.data());
  active = ImGui::IsItemActive();
  if (!ImGui::IsItemDeactivatedAfterEdit()) return;
  auto byte = [](float c) { return static_cast<std::uint8_t>(std::lround(std::clamp(c, 0.0f, 1.0f) * 255.0f)); };
  colour = {byte(rgb[0]), byte(rgb[1]), byte(rgb[2])};
}

// A combo of an enum whose names users read are UiText entries (core/indicator_words.hpp).
template <class E, std::size_t N>
void namedCombo(FormContext& form, UiText caption, const std::array<EnumName<E>, N>& table, E& value,
                UiText (*name)(E)) {
  if (!ImGui::BeginCombo(uiText(caption, form.language), uiText(name(value), form.language))) return;
  for (const EnumName<E>& entry : table) {
    ImGui::PushID(static_cast<int>(entry.value));
    if (ImGui::Selectable(uiText(name(entry.value), form.language), entry.value == value)) value = entry.value;
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

void heading(UiText text, Language language) {
  ImGui::Spacing();
  ImGui::TextDisabled("%s", uiText(text, language));
}

int thisYear() {
  const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return static_cast<int>(today.year());
}

// The indicator's values: a table of year, value (editable) and ×, then a row to add one.
void valuesTable(FormContext& form, std::map<int, double>& values) {
  const Language lang = form.language;
  heading(UiText::ValuesByYear, lang);
  std::optional<int> removed;
  if (!values.empty() && ImGui::BeginTable("##values", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(uiText(UiText::Year, lang), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4);
    ImGui::TableSetupColumn(uiText(UiText::Value, lang), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.5f);
    ImGui::TableHeadersRow();
    for (auto& [year, value] : values) {
      ImGui::PushID(year);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d", year);
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-FLT_MIN);
      std::string text = formatDecimal(value);
      if (form.state.text.edit("##value", text)) {
        if (const std::optional<double> number = parseDecimal(text))
          value = *number;
        else
          refuse(form, UiText::NumberRequired);
      }
      ImGui::TableNextColumn();
      if (ImGui::SmallButton("×")) removed = year;
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiText(UiText::Remove, lang));
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (removed) values.erase(*removed);

  int& year = form.state.newYear;
  if (year == 0) year = values.empty() ? thisYear() : std::min(values.rbegin()->first + 1, kLastIndicatorYear);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
  ImGui::InputInt("##newYear", &year, 0, 0);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  const bool enter = ImGui::InputTextWithHint("##newValue", uiText(UiText::Value, lang), &form.state.newValue,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (!ImGui::Button(uiText(UiText::AddValue, lang)) && !enter) return;
  if (year < kFirstIndicatorYear || year > kLastIndicatorYear) {
    refuse(form, UiText::IndicatorYearRange);
  } else if (const std::optional<double> number = parseDecimal(form.state.newValue)) {
    values[year] = *number;
    form.state.newValue.clear();
    ++year;
  } else {
    refuse(form, UiText::NumberRequired);
  }
}

// The refusal of a year typed for an indicator that parseIndicatorYear() does not take.
UiText yearProblem(std::string_view typed) {
  return parseWholeNumber(typed) ? UiText::IndicatorYearRange : UiText::WholeNumberRequired;
}

// The indicator's target. With one, its value and year fields edit it and a button removes it.
// Without one, the parts typed wait in FormState; `i` gets the target in the frame the second
// part is given, or in the frame `directionChosen` (a direction was chosen for a target
// refused without one). The commit refuses a target while the direction is neutral; the parts
// typed stay for the next try.
void targetFields(FormContext& form, Indicator& i, bool directionChosen) {
  const Language lang = form.language;
  FormState& state = form.state;
  heading(UiText::TargetHeading, lang);
  if (i.target) {
    std::string value = formatDecimal(i.target->value);
    if (state.text.edit(uiText(UiText::TargetValue, lang), value)) {
      if (const std::optional<double> number = parseDecimal(value))
        i.target->value = *number;
      else
        refuse(form, UiText::NumberRequired);
    }
    std::string year = std::to_string(i.target->year);
    if (state.text.edit(uiText(UiText::TargetYear, lang), year, Lines::One, nullptr,
                        ImGuiInputTextFlags_CharsDecimal)) {
      if (const std::optional<int> number = parseIndicatorYear(year))
        i.target->year = *number;
      else
        refuse(form, yearProblem(year));
    }
    if (ImGui::Button(uiText(UiText::TargetRemove, lang))) i.target.reset();
    return;
  }
  bool typed = false;
  if (state.text.edit(uiText(UiText::TargetValue, lang), state.targetValue, Lines::One,
                      uiText(UiText::TargetNoneHint, lang))) {
    typed = true;
    if (!blank(state.targetValue) && !parseDecimal(state.targetValue)) {
      state.targetValue.clear();
      refuse(form, UiText::NumberRequired);
    }
  }
  if (state.text.edit(uiText(UiText::TargetYear, lang), state.targetYear, Lines::One,
                      uiText(UiText::TargetYearHint, lang), ImGuiInputTextFlags_CharsDecimal)) {
    typed = true;
    if (!blank(state.targetYear) && !parseIndicatorYear(state.targetYear)) {
      const UiText problem = yearProblem(state.targetYear);
      state.targetYear.clear();
      refuse(form, problem);
    }
  }
  const std::optional<double> value = parseDecimal(state.targetValue);
  const std::optional<int> year = parseIndicatorYear(state.targetYear);
  if (value && year) {
    if (typed || directionChosen) i.target = IndicatorTarget{*value, *year};
  } else if (value || year) {
    const std::string missing = uiText(value ? UiText::TargetYear : UiText::TargetValue, lang);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", fmt::format(fmt::runtime(uiText(UiText::TargetIncomplete, lang)), missing).c_str());
    ImGui::PopTextWrapPos();
  }
}

}  // namespace

// --- TextFields, FormState ---

bool TextFields::edit(const char* label, std::string& value, Lines lines, const char* hint, ImGuiInputTextFlags flags) {
  const ImGuiID id = ImGui::GetID(label);
  Buffer& buffer = m_buffers[id];
  if (!buffer.active && (buffer.stale || buffer.source != value)) {
    buffer.text = value;
    buffer.source = value;
    buffer.stale = false;
  }
  if (m_focusNext) {
    ImGui::SetKeyboardFocusHere();
    m_focus = {id, ImGui::GetFrameCount()};
    m_focusNext = false;
  }
  // The field takes the keyboard a frame later; its text is selected then, so that typing
  // replaces a default name.
  const bool focusing = m_focus.id == id && ImGui::GetFrameCount() <= m_focus.frame + 2;
  if (focusing) flags |= ImGuiInputTextFlags_AutoSelectAll;
  if (lines == Lines::Several) {
    const float height = ImGui::GetTextLineHeight() * 4 + ImGui::GetStyle().FramePadding.y * 2;
    ImGui::InputTextMultiline(label, &buffer.text, ImVec2(0, height), flags);
  } else if (hint) {
    ImGui::InputTextWithHint(label, hint, &buffer.text, flags);
  } else {
    ImGui::InputText(label, &buffer.text, flags);
  }
  buffer.active = ImGui::IsItemActive();
  if (buffer.active) m_activeFrame = ImGui::GetFrameCount();
  if (focusing && buffer.active) m_focus = {};
  if (!ImGui::IsItemDeactivatedAfterEdit() || buffer.text == value) return false;
  value = buffer.text;
  // Show whatever the model holds next frame: the change, or the old value if it is refused.
  buffer.stale = true;
  return true;
}

bool TextFields::editing() const {
  // Without a field ever active, no ImGui context is needed (the inspector's logic runs in tests without one).
  return m_activeFrame >= 0 && m_activeFrame >= ImGui::GetFrameCount() - 1;
}

void TextFields::reload() {
  for (auto& [id, buffer] : m_buffers) buffer.stale = true;
}

void TextFields::clear() {
  m_buffers.clear();
  m_focusNext = false;
  m_focus = {};
  m_activeFrame = -2;
}

void FormState::reset() {
  text.clear();
  problem.reset();
  newYear = 0;
  newValue.clear();
  targetValue.clear();
  targetYear.clear();
  colourActive = false;
}

void drawProblem(std::optional<UiText> problem, Language language) {
  if (!problem) return;
  ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(uiText(*problem, language));
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// --- Forms ---

std::optional<Field> itemForm(FormContext& form, const Field& field) {
  Field f = field;
  textField(form, UiText::NameLabel, f.name);
  colourField(form, UiText::Colour, f.colour, form.state.colour, form.state.colourActive);
  return commit(form, field, f);
}

std::optional<LifePhase> itemForm(FormContext& form, const LifePhase& phase) {
  LifePhase p = phase;
  textField(form, UiText::NameLabel, p.name);
  wholeNumberField(form, UiText::MinAge, p.minAge);
  wholeNumberField(form, UiText::MaxAge, p.maxAge, uiText(UiText::OpenEnded, form.language));
  return commit(form, phase, p);
}

std::optional<Concept> itemForm(FormContext& form, const Concept& item) {
  Concept c = item;
  textField(form, UiText::NameLabel, c.name);
  return commit(form, item, c);
}

std::optional<Goal> itemForm(FormContext& form, const Goal& goal) {
  const Project& project = form.project;
  const Language lang = form.language;
  Goal g = goal;
  textField(form, UiText::TitleLabel, g.title);
  pickOne(uiText(UiText::Concept, lang), project, ItemKind::Concept, g.conceptId, lang);
  enumCombo(form, UiText::Level, kGoalLevelNames, g.level);
  // Neither the goal itself nor a goal below it can be its parent.
  pickOne(uiText(UiText::ParentGoal, lang), project, ItemKind::Goal, g.parent, lang,
          [&](std::string_view id) { return !descendsFrom(project, GoalId(std::string(id)), goal.id); });
  pickMany(uiText(UiText::KindFields, lang), project, ItemKind::Field, g.fields, lang);
  return commit(form, goal, g);
}

std::optional<Actor> itemForm(FormContext& form, const Actor& actor) {
  const Project& project = form.project;
  const Language lang = form.language;
  Actor a = actor;
  textField(form, UiText::NameLabel, a.name);
  enumCombo(form, UiText::ActorTypeLabel, kActorTypeNames, a.type);
  textField(form, UiText::SelfDescription, a.selfDescription, Lines::Several);
  heading(UiText::Contact, lang);
  textField(form, UiText::ContactPerson, a.contact.person);
  textField(form, UiText::Address, a.contact.address);
  textField(form, UiText::Phone, a.contact.phone);
  textField(form, UiText::Email, a.contact.email);
  textField(form, UiText::Web, a.contact.web);
  ImGui::Spacing();
  std::vector<std::string> bodies;
  for (const Actor& other : project.actors)
    if (other.type == ActorType::Body && other.id != actor.id) bodies.push_back(other.id.value);
  pickMany(uiText(UiText::Memberships, lang), project, ItemKind::Actor, a.memberships, lang,
           [&](std::string_view id) { return std::find(bodies.begin(), bodies.end(), id) != bodies.end(); });
  return commit(form, actor, a);
}

std::optional<Activity> itemForm(FormContext& form, const Activity& activity) {
  const Project& project = form.project;
  const Language lang = form.language;
  Activity a = activity;
  textField(form, UiText::TitleLabel, a.title);
  textField(form, UiText::Description, a.description, Lines::Several);
  pickOne(uiText(UiText::Lead, lang), project, ItemKind::Actor, a.lead, lang);
  enumCombo(form, UiText::Status, kActivityStatusNames, a.status);
  wholeNumberField(form, UiText::StartYear, a.startYear, uiText(UiText::OpenYear, lang));
  wholeNumberField(form, UiText::EndYear, a.endYear, uiText(UiText::OpenYear, lang));
  ImGui::Spacing();
  pickMany(uiText(UiText::Partners, lang), project, ItemKind::Actor, a.partners, lang,
           [&](std::string_view id) { return id != a.lead.value; });
  pickMany(uiText(UiText::KindFields, lang), project, ItemKind::Field, a.fields, lang);
  pickMany(uiText(UiText::KindGoals, lang), project, ItemKind::Goal, a.goals, lang);
  pickMany(uiText(UiText::KindLifePhases, lang), project, ItemKind::LifePhase, a.lifePhases, lang);
  return commit(form, activity, a);
}

std::optional<Cooperation> itemForm(FormContext& form, const Cooperation& cooperation) {
  const Project& project = form.project;
  const Language lang = form.language;
  Cooperation c = cooperation;
  pickOne(uiText(UiText::FromActor, lang), project, ItemKind::Actor, c.from, lang);
  pickOne(uiText(UiText::ToActor, lang), project, ItemKind::Actor, c.to, lang);
  enumCombo(form, UiText::CooperationKind, kCooperationTypeNames, c.type);
  textField(form, UiText::Note, c.note, Lines::Several);
  return commit(form, cooperation, c);
}

std::optional<Indicator> itemForm(FormContext& form, const Indicator& indicator) {
  const Project& project = form.project;
  const Language lang = form.language;
  Indicator i = indicator;
  textField(form, UiText::NameLabel, i.name);
  textField(form, UiText::Unit, i.unit);
  textField(form, UiText::Source, i.source);
  pickOne(uiText(UiText::KindField, lang), project, ItemKind::Field, i.field, lang);
  namedCombo(form, UiText::IndicatorKindLabel, kIndicatorKindNames, i.kind, indicatorKindName);
  namedCombo(form, UiText::DirectionLabel, kIndicatorDirectionNames, i.direction, indicatorDirectionName);
  ImGui::Spacing();
  pickMany(uiText(UiText::KindGoals, lang), project, ItemKind::Goal, i.goals, lang);
  pickMany(uiText(UiText::KindLifePhases, lang), project, ItemKind::LifePhase, i.lifePhases, lang);
  const bool directionChosen =
      indicator.direction == IndicatorDirection::Neutral && i.direction != IndicatorDirection::Neutral;
  targetFields(form, i, directionChosen);
  valuesTable(form, i.values);
  std::optional<Indicator> edited = commit(form, indicator, i);
  // The target typed is in the project now: the fields show it from there.
  if (edited && edited->target && !indicator.target) {
    form.state.targetValue.clear();
    form.state.targetYear.clear();
  }
  return edited;
}

std::optional<ProjectTexts> projectForm(FormContext& form) {
  const ProjectTexts original{form.project.title, form.project.notice};
  ProjectTexts texts = original;
  textField(form, UiText::ProjectTitle, texts.title);
  textField(form, UiText::ProjectNotice, texts.notice, Lines::Several);
  if (texts == original) return std::nullopt;
  form.state.problem.reset();
  return texts;
}

// --- Without UI ---

std::optional<UiText> problemWith(const Field& item) { return nameProblem(item.name); }
std::optional<UiText> problemWith(const Concept& item) { return nameProblem(item.name); }
std::optional<UiText> problemWith(const Goal& item) { return nameProblem(item.title); }
std::optional<UiText> problemWith(const Actor& item) { return nameProblem(item.name); }
std::optional<UiText> problemWith(const Indicator& item) {
  if (blank(item.name)) return UiText::NameRequired;
  if (item.target && item.direction == IndicatorDirection::Neutral) return UiText::TargetNeedsDirection;
  if (item.target && !std::isfinite(item.target->value)) return UiText::NumberRequired;
  return std::nullopt;
}

std::optional<UiText> problemWith(const LifePhase& item) {
  if (blank(item.name)) return UiText::NameRequired;
  if (item.maxAge && *item.maxAge < item.minAge) return UiText::AgeRange;
  return std::nullopt;
}

std::optional<UiText> problemWith(const Activity& item) {
  if (blank(item.title)) return UiText::NameRequired;
  if (item.startYear && item.endYear && *item.endYear < *item.startYear) return UiText::YearRange;
  return std::nullopt;
}

std::optional<UiText> problemWith(const Cooperation& item) {
  if (item.from == item.to) return UiText::SelfCooperation;
  return std::nullopt;
}

std::optional<int> parseWholeNumber(std::string_view text) {
  text = trimmed(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> parseDecimal(std::string_view typed) {
  std::string text(trimmed(typed));
  std::replace(text.begin(), text.end(), ',', '.');
  if (!text.empty() && text.front() == '+') text.erase(0, 1);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::string formatDecimal(double value) { return fmt::format("{}", value); }

std::optional<int> parseIndicatorYear(std::string_view text) {
  const std::optional<int> year = parseWholeNumber(text);
  if (!year || *year < kFirstIndicatorYear || *year > kLastIndicatorYear) return std::nullopt;
  return year;
}

bool descendsFrom(const Project& project, const GoalId& goal, const GoalId& ancestor) {
  std::optional<GoalId> at = goal;
  // At most one step per goal: more means the parents already form a cycle.
  for (std::size_t step = 0; at && step <= project.goals.size(); ++step) {
    if (*at == ancestor) return true;
    const Goal* g = findGoal(project, *at);
    if (!g) return false;
    at = g->parent;
  }
  return false;
}

}  // namespace knp::app
