#include "window/files/file_browser.hpp"

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>
#include <chrono>
#include <ctime>
#include <system_error>

namespace knp::app {
namespace {

namespace fs = std::filesystem;

const ImVec4 kErrorColor(0.7f, 0.1f, 0.1f, 1);

// A widget label that shows `text` and keeps the ID `id` whatever the language.
std::string label(std::string_view text, std::string_view id) { return fmt::format("{}###{}", text, id); }

// ImGui ends a label's visible part at "##"; a file called "a##b" must still show in full.
// A no-break space (in the Latin-1 glyph range) keeps the two signs apart.
std::string visibleName(std::string name) {
  for (std::size_t at = name.find("##"); at != std::string::npos; at = name.find("##", at + 2))
    name.insert(at + 1, "\u00A0");
  return name;
}

std::string formatModified(fs::file_time_type time) {
  const auto sys =
      std::chrono::time_point_cast<std::chrono::system_clock::duration>(std::chrono::file_clock::to_sys(time));
  const std::time_t seconds = std::chrono::system_clock::to_time_t(sys);
  std::tm local{};
  if (!::localtime_r(&seconds, &local)) return {};
  char buffer[32];
  // ISO order: the same in every language, and it sorts.
  return std::string(buffer, std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local));
}

std::string filterLabel(const std::vector<std::string>& extensions, std::string_view allFiles) {
  if (extensions.empty()) return std::string(allFiles);
  std::string out;
  for (const std::string& ext : extensions) out += (out.empty() ? "*" : ", *") + ext;
  return out;
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos; }

}  // namespace

void FileBrowser::open(FileBrowserMode mode, fs::path startFolder, std::vector<std::string> extensions,
                       std::string suggestedName) {
  m_mode = mode;
  m_openRequested = true;
  m_isOpen = true;
  m_extensions.clear();
  for (std::string& ext : extensions) {
    if (ext.empty()) continue;
    if (ext.front() != '.') ext.insert(0, 1, '.');
    m_extensions.push_back(std::move(ext));
  }
  m_filters.clear();
  if (m_extensions.size() > 1) m_filters.push_back(m_extensions);
  for (const std::string& ext : m_extensions) m_filters.push_back({ext});
  m_filters.emplace_back();  // all files
  m_filter = 0;
  m_message.clear();
  m_pendingOverwrite.reset();
  m_askOverwrite = false;
  enterFolder(nearestFolder(startFolder));
  m_typed = suggestedName;
  m_saveName = suggestedName;
  m_selected = std::move(suggestedName);
  m_focusField = true;
}

void FileBrowser::enterFolder(fs::path folder) {
  m_folder = std::move(folder);
  m_stale = true;
  m_scrollToTop = true;
  m_selected.clear();
  m_message.clear();
  if (m_mode == FileBrowserMode::Open) m_typed.clear();  // Save keeps the name to save under
}

void FileBrowser::refresh() {
  m_listing = listFolder(m_folder, m_filters[m_filter], m_showHidden ? HiddenFiles::Show : HiddenFiles::Hide);
  m_rows.clear();
  m_rows.reserve(m_listing.entries.size());
  for (const FolderEntry& e : m_listing.entries) {
    const bool folder = e.kind == EntryKind::Folder;
    m_rows.push_back(
        {folder ? e.name + "/" : e.name, folder ? std::string() : formatSize(e.size), formatModified(e.modified)});
  }
  m_crumbs = pathCrumbs(m_folder);
  m_stale = false;
}

std::string FileBrowser::defaultExtension() const {
  const std::vector<std::string>& active = m_filters[m_filter];
  if (!active.empty()) return active.front();
  return m_extensions.empty() ? std::string() : m_extensions.front();
}

std::optional<fs::path> FileBrowser::confirm(const FileBrowserText& text) {
  m_message.clear();
  if (blank(m_typed)) return std::nullopt;
  const fs::path target = resolveTypedPath(m_folder, m_typed);
  std::error_code ec;
  if (fs::is_directory(target, ec)) {
    enterFolder(target);
    m_typed = m_mode == FileBrowserMode::Save ? m_saveName : std::string();
    m_focusField = true;
    return std::nullopt;
  }
  // "neu/" means a folder: it must not become the file "neu.json".
  const bool folderMeant = m_typed.find_last_not_of(" \t\r\n\v\f") == m_typed.rfind('/');
  const fs::path folder = folderMeant ? target : target.parent_path();
  if (folderMeant || !fs::is_directory(folder, ec)) {
    m_message = fmt::format("{}: {}", folder.string(), text.notAFolder);
    return std::nullopt;
  }
  if (m_mode == FileBrowserMode::Open) {
    const fs::file_status status = fs::status(target, ec);
    if (fs::is_regular_file(status)) return target;
    const auto reason = fs::exists(status) ? std::make_error_code(std::errc::operation_not_supported)
                                           : std::make_error_code(std::errc::no_such_file_or_directory);
    m_message = fmt::format("{}: {}", target.string(), reason.message());
    return std::nullopt;
  }
  const fs::path file = withDefaultExtension(target, defaultExtension());
  if (fs::is_directory(file, ec)) {  // "name" typed, and "name.json" is a folder
    enterFolder(file);
    return std::nullopt;
  }
  m_saveName = file.filename().string();
  // symlink_status: a broken link is something too, and saving would write through it.
  if (fs::exists(fs::symlink_status(file, ec))) {
    m_pendingOverwrite = file;
    m_askOverwrite = true;
    return std::nullopt;
  }
  return file;
}

void FileBrowser::close() {
  ImGui::CloseCurrentPopup();
  m_isOpen = false;
  m_pendingOverwrite.reset();
  m_askOverwrite = false;
  // Drop the listing: the next open() reads the folder afresh anyway.
  m_listing = {};
  m_rows.clear();
}

void FileBrowser::drawCrumbs(const FileBrowserText& text) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const bool atRoot = m_folder == m_folder.root_path();
  ImGui::BeginDisabled(atRoot);
  if (ImGui::ArrowButton("##up", ImGuiDir_Up)) enterFolder(m_folder.parent_path());
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%.*s", static_cast<int>(text.up.size()), text.up.data());
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.folderLabel.data(), text.folderLabel.data() + text.folderLabel.size());

  // Buttons wrap onto the next line where a deep path does not fit.
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  std::optional<fs::path> chosen;
  for (const fs::path& crumb : m_crumbs) {
    const std::string name = crumb == crumb.root_path() ? crumb.string() : visibleName(crumb.filename().string());
    const float width = ImGui::CalcTextSize(name.c_str()).x + style.FramePadding.x * 2;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width < right) ImGui::SameLine();
    ImGui::PushID(crumb.c_str());
    const bool current = crumb == m_folder;
    // The current folder is shown like the others but does nothing when clicked.
    if (ImGui::Button(name.c_str()) && !current) chosen = crumb;
    ImGui::PopID();
  }
  if (chosen) enterFolder(*chosen);  // after the loop: m_crumbs is rebuilt at the next refresh
  if (!m_listing.error.empty()) ImGui::TextColored(kErrorColor, "%s", m_listing.error.c_str());
}

std::optional<fs::path> FileBrowser::drawEntries(const FileBrowserText& text, float height) {
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable | ImGuiTableFlags_NoSavedSettings;
  if (!ImGui::BeginTable("##entries", 3, flags, ImVec2(0, height))) return std::nullopt;
  const float font = ImGui::GetFontSize();
  const std::string name(text.nameLabel), size(text.sizeLabel), modified(text.modifiedLabel);
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(size.c_str(), ImGuiTableColumnFlags_WidthFixed, font * 5);
  ImGui::TableSetupColumn(modified.c_str(), ImGuiTableColumnFlags_WidthFixed, font * 8);
  ImGui::TableHeadersRow();
  if (m_scrollToTop) {
    ImGui::SetScrollY(0);
    m_scrollToTop = false;
  }

  // Acting on a click changes the listing, so only note it here and act after the loop.
  enum class Click { None, Single, Double };
  Click click = Click::None;
  std::size_t clicked = 0;
  ImGuiListClipper clipper;  // a folder of thousands of files costs only the visible rows
  clipper.Begin(static_cast<int>(m_rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const auto index = static_cast<std::size_t>(i);
      const FolderEntry& entry = m_listing.entries[index];
      const Row& row = m_rows[index];
      ImGui::PushID(entry.name.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      // An empty label and the name as plain text: ImGui would cut a name at "##".
      if (ImGui::Selectable("##entry", entry.name == m_selected,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
        click = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) ? Click::Double : Click::Single;
        clicked = index;
      }
      ImGui::SameLine(0, 0);
      ImGui::TextUnformatted(row.label.c_str());
      ImGui::TableNextColumn();
      if (entry.kind == EntryKind::Folder)
        ImGui::TextDisabled("%.*s", static_cast<int>(text.folderLabel.size()), text.folderLabel.data());
      else
        ImGui::TextUnformatted(row.size.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.modified.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();

  if (click == Click::None) return std::nullopt;
  const FolderEntry& entry = m_listing.entries[clicked];
  const bool folder = entry.kind == EntryKind::Folder;
  if (click == Click::Double && folder) {
    enterFolder(m_folder / entry.name);
    return std::nullopt;
  }
  if (click == Click::Double && m_mode == FileBrowserMode::Open) return m_folder / entry.name;
  m_selected = entry.name;
  m_message.clear();
  if (!folder || m_mode == FileBrowserMode::Open) m_typed = entry.name;
  if (!folder && m_mode == FileBrowserMode::Save) m_saveName = entry.name;
  if (click == Click::Double) m_focusField = true;  // Save: the name is there, Enter saves
  return std::nullopt;
}

void FileBrowser::drawFilter(const FileBrowserText& text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.filterLabel.data(), text.filterLabel.data() + text.filterLabel.size());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  const std::string preview = filterLabel(m_filters[m_filter], text.allFiles);
  if (ImGui::BeginCombo("##filter", preview.c_str())) {
    for (std::size_t i = 0; i < m_filters.size(); ++i) {
      const std::string choice = filterLabel(m_filters[i], text.allFiles);
      ImGui::PushID(choice.c_str());
      if (ImGui::Selectable(choice.c_str(), i == m_filter) && i != m_filter) {
        m_filter = i;
        m_stale = true;
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  if (ImGui::Checkbox(label(text.showHidden, "hidden").c_str(), &m_showHidden)) m_stale = true;
}

// Only called while m_pendingOverwrite holds the file in question.
std::optional<fs::path> FileBrowser::drawOverwriteQuestion(const FileBrowserText& text) {
  if (m_askOverwrite) {
    ImGui::OpenPopup("##overwrite");
    m_askOverwrite = false;
  }
  if (!ImGui::BeginPopupModal("##overwrite", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    m_pendingOverwrite.reset();  // closed some other way: back to the browser
    return std::nullopt;
  }
  std::optional<fs::path> chosen;
  const std::string file = m_pendingOverwrite->filename().string();
  ImGui::TextUnformatted(fmt::format(fmt::runtime(text.overwriteQuestion), file).c_str());
  if (ImGui::Button(label(text.overwrite, "overwrite").c_str())) chosen = m_pendingOverwrite;
  ImGui::SameLine();
  const bool cancel = ImGui::Button(label(text.cancel, "cancel").c_str()) ||
                      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  if (chosen || cancel) {
    m_pendingOverwrite.reset();
    m_focusField = !chosen;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return chosen;
}

std::optional<fs::path> FileBrowser::draw(const FileBrowserText& text) {
  if (!m_isOpen) return std::nullopt;
  const std::string id = label(text.title, "knpFileBrowser");
  const float font = ImGui::GetFontSize();
  if (m_openRequested) {
    ImGui::OpenPopup(id.c_str());
    ImGui::SetNextWindowSize(ImVec2(font * 46, font * 30), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    m_openRequested = false;
  }
  bool keepOpen = true;  // false when the title bar's close button is clicked
  if (!ImGui::BeginPopupModal(id.c_str(), &keepOpen, ImGuiWindowFlags_NoSavedSettings)) {
    m_isOpen = false;  // closed by its close button (ImGui has closed the popup already)
    return std::nullopt;
  }
  if (m_stale) refresh();

  // Escape cancels, unless it is meant for the overwrite question on top.
  bool cancel = !m_pendingOverwrite && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);

  drawCrumbs(text);
  if (m_stale) refresh();  // a crumb or "up" was clicked: show the new folder in this frame

  // The table takes what the lines below it leave: field, filter, buttons and a message.
  const float frame = ImGui::GetFrameHeightWithSpacing();
  const float footer =
      frame * 3 + ImGui::GetStyle().ItemSpacing.y + (m_message.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing());
  std::optional<fs::path> chosen = drawEntries(text, -footer);

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.pathLabel.data(), text.pathLabel.data() + text.pathLabel.size());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (m_focusField) {
    ImGui::SetKeyboardFocusHere();
    m_focusField = false;
    m_selectOnFocus = true;
  }
  // When the field gets the focus, select what typing should replace: in Save mode the name
  // without its folder and extension (typing "bericht" keeps ".json"), in Open mode everything.
  // Without this ImGui would keep the cursor where it was in the field's previous edit.
  const auto selectOnFocus = [](ImGuiInputTextCallbackData* data) {
    auto* self = static_cast<FileBrowser*>(data->UserData);
    if (!self->m_selectOnFocus) return 0;
    self->m_selectOnFocus = false;
    const std::string_view typed(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    std::size_t start = 0, end = typed.size();
    if (self->m_mode == FileBrowserMode::Save) {
      const std::size_t slash = typed.rfind('/');
      start = slash == std::string_view::npos ? 0 : slash + 1;
      const std::size_t dot = typed.rfind('.');
      if (dot != std::string_view::npos && dot > start) end = dot;  // ".projekt" has no extension
    }
    data->SelectionStart = static_cast<int>(start);
    data->SelectionEnd = data->CursorPos = static_cast<int>(end);
    return 0;
  };
  bool confirmed =
      ImGui::InputText("##path", &m_typed, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                       selectOnFocus, this);
  if (ImGui::IsItemEdited()) m_message.clear();
  if (!m_message.empty()) ImGui::TextColored(kErrorColor, "%s", m_message.c_str());

  drawFilter(text);

  ImGui::BeginDisabled(blank(m_typed));
  const std::string_view ok = m_mode == FileBrowserMode::Open ? text.open : text.save;
  confirmed |= ImGui::Button(label(ok, "ok").c_str(), ImVec2(font * 7, 0));
  ImGui::EndDisabled();
  ImGui::SameLine();
  cancel |= ImGui::Button(label(text.cancel, "cancel").c_str(), ImVec2(font * 7, 0));

  if (confirmed && !chosen) chosen = confirm(text);
  if (m_stale) refresh();  // a folder was typed
  if (m_pendingOverwrite && !chosen) chosen = drawOverwriteQuestion(text);

  if (chosen || cancel) close();
  ImGui::EndPopup();
  return chosen;
}

}  // namespace knp::app
