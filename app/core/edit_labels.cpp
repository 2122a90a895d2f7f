#include "core/edit_labels.hpp"

#include <cctype>

#include <fmt/format.h>

#include "core/ui_text.hpp"

namespace knp::app {
namespace {

UiText kindText(ItemKind kind, Number number) {
  const bool one = number == Number::Singular;
  switch (kind) {
    case ItemKind::Field: return one ? UiText::KindField : UiText::KindFields;
    case ItemKind::LifePhase: return one ? UiText::KindLifePhase : UiText::KindLifePhases;
    case ItemKind::Concept: return one ? UiText::KindConcept : UiText::KindConcepts;
    case ItemKind::Goal: return one ? UiText::KindGoal : UiText::KindGoals;
    case ItemKind::Actor: return one ? UiText::KindActor : UiText::KindActors;
    case ItemKind::Activity: return one ? UiText::KindActivity : UiText::KindActivities;
    case ItemKind::Cooperation: return one ? UiText::KindCooperation : UiText::KindCooperations;
    case ItemKind::Indicator: return one ? UiText::KindIndicator : UiText::KindIndicators;
  }
  return UiText::KindActor;
}

// A kind name inside a sentence: German nouns keep their capital, English ones lose it.
std::string inSentence(ItemKind kind, Language language, Number number) {
  std::string name = kindName(kind, language, number);
  if (language == Language::English)
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string format(UiText pattern, Language language, const auto&... args) {
  return fmt::format(fmt::runtime(uiText(pattern, language)), args...);
}

}  // namespace

const char* kindName(ItemKind kind, Language language, Number number) {
  return uiText(kindText(kind, number), language);
}

const char* commentKindName(CommentKind kind, Language language) {
  switch (kind) {
    case CommentKind::Idea: return uiText(UiText::CommentKindIdea, language);
    case CommentKind::Question: return uiText(UiText::CommentKindQuestion, language);
    case CommentKind::Comment: break;
  }
  return uiText(UiText::CommentKindComment, language);
}

const char* roleText(ReferenceRole role, Language language) {
  switch (role) {
    case ReferenceRole::Lead: return uiText(UiText::RoleLead, language);
    case ReferenceRole::Partner: return uiText(UiText::RolePartner, language);
    case ReferenceRole::ActivityField:
    case ReferenceRole::GoalField:
    case ReferenceRole::IndicatorField: return uiText(UiText::RoleField, language);
    case ReferenceRole::ActivityGoal:
    case ReferenceRole::IndicatorGoal: return uiText(UiText::RoleGoal, language);
    case ReferenceRole::ActivityLifePhase:
    case ReferenceRole::IndicatorLifePhase: return uiText(UiText::RoleLifePhase, language);
    case ReferenceRole::Membership: return uiText(UiText::RoleMembership, language);
    case ReferenceRole::CooperationEnd: return uiText(UiText::RoleCooperationEnd, language);
    case ReferenceRole::GoalConcept: return uiText(UiText::RoleConcept, language);
    case ReferenceRole::GoalParent: return uiText(UiText::RoleParent, language);
  }
  return "";
}

std::string stepText(const EditLabel& label, Language lang) {
  const bool many = label.count != 1;
  const std::string kind = inSentence(label.kind, lang, many ? Number::Plural : Number::Singular);
  const std::string other = inSentence(label.otherKind, lang, Number::Singular);
  switch (label.action) {
    case EditAction::Add: return format(UiText::StepAdd, lang, kind, label.name);
    case EditAction::Update:
      return many ? format(UiText::StepUpdateMany, lang, kind, label.count)
                  : format(UiText::StepUpdate, lang, kind, label.name);
    case EditAction::Delete:
      return many ? format(UiText::StepDeleteMany, lang, label.count) : format(UiText::StepDelete, lang, kind, label.name);
    case EditAction::AddReference:
      return many ? format(UiText::StepAddReferenceMany, lang, kind, label.count, other, label.otherName)
                  : format(UiText::StepAddReference, lang, kind, label.name, other, label.otherName);
    case EditAction::RemoveReference:
      return many ? format(UiText::StepRemoveReferenceMany, lang, kind, label.count, other, label.otherName)
                  : format(UiText::StepRemoveReference, lang, kind, label.name, other, label.otherName);
    case EditAction::Move:
      return many ? format(UiText::StepMoveMany, lang, label.count) : format(UiText::StepMove, lang, label.name);
    case EditAction::Pin: return format(UiText::StepPin, lang, label.name);
    case EditAction::Unpin: return format(UiText::StepUnpin, lang, label.name);
    case EditAction::Arrange: return format(UiText::StepArrange, lang, label.name);
    case EditAction::Import: return format(UiText::StepImport, lang, label.name);
    case EditAction::SaveView: return format(UiText::StepSaveView, lang, label.name);
    case EditAction::DeleteView: return format(UiText::StepDeleteView, lang, label.name);
    case EditAction::ChangeProject: return uiText(UiText::StepChangeProject, lang);
    case EditAction::Reorder: return format(UiText::StepReorder, lang, label.name);
    case EditAction::AddConference: return format(UiText::StepAddConference, lang, label.name, label.otherName, label.count);
    case EditAction::ChangeConference: return format(UiText::StepChangeConference, lang, label.name, label.otherName, label.count);
    case EditAction::DeleteConference: return format(UiText::StepDeleteConference, lang, label.name, label.otherName, label.count);
    case EditAction::AddScene: return format(UiText::StepAddScene, lang, label.name, label.otherName, label.count);
    case EditAction::ChangeScene: return format(UiText::StepChangeScene, lang, label.name, label.otherName, label.count);
    case EditAction::DeleteScene: return format(UiText::StepDeleteScene, lang, label.name, label.otherName, label.count);
    case EditAction::MoveScene: return format(UiText::StepMoveScene, lang, label.name, label.otherName, label.count);
    case EditAction::AddPoll: return format(UiText::StepAddPoll, lang, label.name, label.otherName, label.count);
    case EditAction::ChangePoll: return format(UiText::StepChangePoll, lang, label.name, label.otherName, label.count);
    case EditAction::DeletePoll: return format(UiText::StepDeletePoll, lang, label.name, label.otherName, label.count);
    case EditAction::Vote: return format(UiText::StepVote, lang, label.name, label.otherName, label.count);
    case EditAction::Agree: return format(UiText::StepAgree, lang, label.name, label.otherName, label.count);
    case EditAction::AddComment: return format(UiText::StepAddComment, lang, label.name, label.otherName, label.count);
    case EditAction::ChangeComment: return format(UiText::StepChangeComment, lang, label.name, label.otherName, label.count);
    case EditAction::DeleteComment: return format(UiText::StepDeleteComment, lang, label.name, label.otherName, label.count);
    case EditAction::StartConference: return format(UiText::StepStartConference, lang, label.name, label.otherName, label.count);
    case EditAction::EndConference: return format(UiText::StepEndConference, lang, label.name, label.otherName, label.count);
  }
  return label.name;
}

}  // namespace knp::app
