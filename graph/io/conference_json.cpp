#include "io/conference_json.hpp"

#include "io/view_json.hpp"

namespace knp::json_io {
namespace {

// A list of strings (a scene's highlight, a poll's tables, a conference's changed items).
std::vector<std::string> stringList(const json& object, std::string_view key, const std::string& path, JsonReader& r) {
  std::vector<std::string> strings;
  for (const auto& id : r.idList<Id<struct StringTag>>(object, key, path)) strings.push_back(id.value);
  return strings;
}

Scene readScene(const json& j, const std::string& path, JsonReader& r) {
  r.rejectUnknownKeys(j, path, {"heading", "caption", "view", "highlight", "highlightLabel"});
  Scene scene;
  scene.heading = r.string(j, "heading", path, Presence::Required);
  scene.caption = r.string(j, "caption", path);
  if (const json* view = r.optionalObject(j, "view", path))
    scene.view = readView(*view, JsonReader::join(path, "view"), r, ViewName::None);
  scene.highlight = stringList(j, "highlight", path, r);
  scene.highlightLabel = r.string(j, "highlightLabel", path);
  return scene;
}

PollOption readOption(const json& j, const std::string& path, JsonReader& r) {
  r.rejectUnknownKeys(j, path, {"id", "item", "text", "dots"});
  PollOption option;
  option.id = r.string(j, "id", path, Presence::Required);
  option.item = r.string(j, "item", path);
  option.text = r.string(j, "text", path, Presence::Required);
  if (const json* dots = r.optionalObject(j, "dots", path)) {
    const std::string dotsPath = JsonReader::join(path, "dots");
    for (const auto& [table, count] : dots->items())
      if (auto n = r.integer(*dots, table, dotsPath, Presence::Required)) option.dots[table] = *n;
  }
  return option;
}

Poll readPoll(const json& j, const std::string& path, JsonReader& r) {
  r.rejectUnknownKeys(j, path, {"id", "question", "kind", "tables", "dotsPerTable", "options", "choose", "agreed"});
  Poll poll;
  poll.id = r.string(j, "id", path, Presence::Required);
  poll.question = r.string(j, "question", path, Presence::Required);
  poll.kind = r.enumeration(j, "kind", path, kPollKindNames, "poll kind", PollKind::Mood, Presence::Optional);
  poll.tables = stringList(j, "tables", path, r);
  poll.dotsPerTable = r.integer(j, "dotsPerTable", path, Presence::Optional).value_or(poll.dotsPerTable);
  r.list(j, "options", path,
         [&](const json& item, const std::string& itemPath) { poll.options.push_back(readOption(item, itemPath, r)); });
  poll.choose = r.integer(j, "choose", path, Presence::Optional).value_or(poll.choose);
  poll.agreed = r.boolean(j, "agreed", path, Presence::Optional).value_or(false);
  return poll;
}

Comment readComment(const json& j, const std::string& path, JsonReader& r) {
  r.rejectUnknownKeys(j, path, {"id", "kind", "item", "text", "author", "date", "formerItem"});
  Comment comment;
  comment.id = r.string(j, "id", path, Presence::Required);
  comment.kind =
      r.enumeration(j, "kind", path, kCommentKindNames, "comment kind", CommentKind::Comment, Presence::Optional);
  comment.item = r.string(j, "item", path);
  comment.text = r.string(j, "text", path, Presence::Required);
  comment.author = r.string(j, "author", path);
  comment.date = r.string(j, "date", path);
  comment.formerItem = r.string(j, "formerItem", path);
  return comment;
}

ordered_json sceneToJson(const Scene& scene) {
  ordered_json j{{"heading", scene.heading}, {"caption", scene.caption}, {"view", viewToJson(scene.view, ViewName::None)}};
  j["highlight"] = scene.highlight;
  if (!scene.highlightLabel.empty()) j["highlightLabel"] = scene.highlightLabel;
  return j;
}

ordered_json pollToJson(const Poll& poll) {
  ordered_json j{{"id", poll.id}, {"question", poll.question}, {"kind", enumName(kPollKindNames, poll.kind)}};
  j["tables"] = poll.tables;
  j["dotsPerTable"] = poll.dotsPerTable;
  auto& options = j["options"] = ordered_json::array();
  for (const PollOption& option : poll.options) {
    ordered_json o{{"id", option.id}};
    if (!option.item.empty()) o["item"] = option.item;
    o["text"] = option.text;
    ordered_json dots = ordered_json::object();
    for (const auto& [table, count] : option.dots) dots[table] = count;  // std::map: by table name
    o["dots"] = std::move(dots);
    options.push_back(std::move(o));
  }
  if (poll.kind == PollKind::Agreement) {
    j["choose"] = poll.choose;
    j["agreed"] = poll.agreed;
  }
  return j;
}

ordered_json commentToJson(const Comment& comment) {
  ordered_json j{{"id", comment.id}, {"kind", enumName(kCommentKindNames, comment.kind)}};
  if (!comment.item.empty()) j["item"] = comment.item;
  j["text"] = comment.text;
  j["author"] = comment.author;
  j["date"] = comment.date;
  if (!comment.formerItem.empty()) j["formerItem"] = comment.formerItem;
  return j;
}

}  // namespace

std::vector<Conference> readConferences(const json& root, JsonReader& r) {
  std::vector<Conference> conferences;
  r.list(root, "conferences", "", [&](const json& j, const std::string& path) {
    r.rejectUnknownKeys(j, path,
                        {"id", "title", "date", "scenes", "polls", "comments", "startedAt", "endedAt", "changed"});
    Conference c;
    c.id = r.id<ConferenceId>(j, "id", path);
    c.title = r.string(j, "title", path, Presence::Required);
    c.date = r.string(j, "date", path);
    r.list(j, "scenes", path,
           [&](const json& item, const std::string& itemPath) { c.scenes.push_back(readScene(item, itemPath, r)); });
    r.list(j, "polls", path,
           [&](const json& item, const std::string& itemPath) { c.polls.push_back(readPoll(item, itemPath, r)); });
    r.list(j, "comments", path, [&](const json& item, const std::string& itemPath) {
      c.comments.push_back(readComment(item, itemPath, r));
    });
    c.startedAt = r.string(j, "startedAt", path);
    c.endedAt = r.string(j, "endedAt", path);
    c.changed = stringList(j, "changed", path, r);
    conferences.push_back(std::move(c));
  });
  return conferences;
}

ordered_json conferencesToJson(const std::vector<Conference>& conferences) {
  ordered_json list = ordered_json::array();
  for (const Conference& c : conferences) {
    ordered_json j{{"id", c.id.value}, {"title", c.title}, {"date", c.date}};
    auto& scenes = j["scenes"] = ordered_json::array();
    for (const Scene& scene : c.scenes) scenes.push_back(sceneToJson(scene));
    auto& polls = j["polls"] = ordered_json::array();
    for (const Poll& poll : c.polls) polls.push_back(pollToJson(poll));
    auto& comments = j["comments"] = ordered_json::array();
    for (const Comment& comment : c.comments) comments.push_back(commentToJson(comment));
    if (!c.startedAt.empty()) j["startedAt"] = c.startedAt;
    if (!c.endedAt.empty()) j["endedAt"] = c.endedAt;
    j["changed"] = c.changed;
    list.push_back(std::move(j));
  }
  return list;
}

std::size_t conferenceEntryCount(const std::vector<Conference>& conferences) {
  std::size_t count = conferences.size();
  for (const Conference& c : conferences) {
    count += c.scenes.size() + c.polls.size() + c.comments.size() + c.changed.size();
    for (const Poll& poll : c.polls) count += poll.options.size();
  }
  return count;
}

}  // namespace knp::json_io
