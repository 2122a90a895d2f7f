#include "io/folder_listing.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <numeric>

#include "text/search.hpp"

namespace knp {
namespace {

namespace fs = std::filesystem;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// What ä, ö, ü and ß stand for in a German dictionary, by the second byte of their UTF-8
// form (the first is C3); empty for every other letter.
std::string_view baseLetters(unsigned char second) {
  switch (second) {
    case 0xA4:
      return "a";  // ä
    case 0xB6:
      return "o";  // ö
    case 0xBC:
      return "u";  // ü
    case 0x9F:
      return "ss";  // ß
    default:
      return {};
  }
}

// The name as it is compared first: folded case, and umlauts spelled as their base letters so
// that they sort among them.
std::string primaryKey(std::string_view folded) {
  std::string key;
  key.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (static_cast<unsigned char>(folded[i]) == 0xC3 && i + 1 < folded.size()) {
      if (const std::string_view base = baseLetters(static_cast<unsigned char>(folded[i + 1])); !base.empty()) {
        key += base;
        ++i;
        continue;
      }
    }
    key += folded[i];
  }
  return key;
}

// Byte order, except that runs of digits compare by value. Leading zeros do not count here
// ("007" and "7" are equal); the caller's tie-break orders them.
int compareNatural(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (isDigit(a[i]) && isDigit(b[j])) {
      std::size_t endA = i, endB = j;
      while (endA < a.size() && isDigit(a[endA])) ++endA;
      while (endB < b.size() && isDigit(b[endB])) ++endB;
      while (i + 1 < endA && a[i] == '0') ++i;  // keep one digit of "000"
      while (j + 1 < endB && b[j] == '0') ++j;
      // Without leading zeros a longer run is a larger number; equal lengths compare as text.
      if (endA - i != endB - j) return endA - i < endB - j ? -1 : 1;
      if (const int c = a.substr(i, endA - i).compare(b.substr(j, endB - j)); c != 0) return c < 0 ? -1 : 1;
      i = endA;
      j = endB;
      continue;
    }
    const auto ca = static_cast<unsigned char>(a[i]), cb = static_cast<unsigned char>(b[j]);
    if (ca != cb) return ca < cb ? -1 : 1;
    ++i, ++j;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

struct NameKey {
  std::string primary;
  std::string folded;
  std::string_view raw;

  explicit NameKey(std::string_view name) : primary(), folded(foldCase(name)), raw(name) {
    primary = primaryKey(folded);
  }
};

bool lessByKey(const NameKey& a, const NameKey& b) {
  if (const int c = compareNatural(a.primary, b.primary); c != 0) return c < 0;
  if (const int c = compareNatural(a.folded, b.folded); c != 0) return c < 0;
  if (a.folded != b.folded) return a.folded < b.folded;  // "007" against "7"
  return a.raw < b.raw;
}

std::string dotted(std::string_view extension) {
  std::string ext(extension);
  if (!ext.empty() && ext.front() != '.') ext.insert(0, 1, '.');
  return ext;
}

// Folded extensions with their dot, so that the per-file test is a plain suffix comparison.
std::vector<std::string> foldedExtensions(std::span<const std::string> extensions) {
  std::vector<std::string> folded;
  for (const std::string& ext : extensions)
    if (!ext.empty()) folded.push_back(foldCase(dotted(ext)));
  return folded;
}

bool matchesExtension(std::string_view name, const std::vector<std::string>& foldedExts) {
  if (foldedExts.empty()) return true;
  const std::string folded = foldCase(name);
  // The name must be longer than the extension: a file called just ".json" has none.
  return std::any_of(foldedExts.begin(), foldedExts.end(),
                     [&](const std::string& ext) { return folded.size() > ext.size() && folded.ends_with(ext); });
}

fs::path withoutTrailingSlash(fs::path p) {
  p = p.lexically_normal();
  if (!p.empty() && !p.has_filename() && p != p.root_path()) p = p.parent_path();
  return p;
}

}  // namespace

bool lessByName(std::string_view a, std::string_view b) { return lessByKey(NameKey(a), NameKey(b)); }

FolderListing listFolder(const fs::path& folder, std::span<const std::string> extensions, HiddenFiles hidden) {
  FolderListing listing;
  listing.folder = folder;
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    listing.error = folder.string() + ": " + ec.message();
    return listing;
  }
  const std::vector<std::string> exts = foldedExtensions(extensions);
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    std::string name = path.filename().string();
    if (hidden == HiddenFiles::Hide && name.starts_with('.')) continue;
    std::error_code entryError;
    // status() follows symlinks: a link to a folder is a folder, a broken link fails here.
    const fs::file_status status = fs::status(path, entryError);
    if (entryError) continue;
    FolderEntry entry{std::move(name), EntryKind::Folder, 0, {}};
    if (fs::is_directory(status)) {
      entry.kind = EntryKind::Folder;
    } else if (fs::is_regular_file(status)) {
      if (!matchesExtension(entry.name, exts)) continue;
      entry.kind = EntryKind::File;
      entry.size = fs::file_size(path, entryError);
      if (entryError) continue;
    } else {
      continue;  // sockets, pipes, devices: nothing to open or save
    }
    entry.modified = fs::last_write_time(path, entryError);
    if (entryError) continue;
    listing.entries.push_back(std::move(entry));
  }
  if (ec) listing.error = folder.string() + ": " + ec.message();

  // Sort by precomputed keys: folding every name once instead of at every comparison.
  std::vector<NameKey> keys;
  keys.reserve(listing.entries.size());
  for (const FolderEntry& e : listing.entries) keys.emplace_back(e.name);
  std::vector<std::size_t> order(listing.entries.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const bool folderA = listing.entries[a].kind == EntryKind::Folder;
    const bool folderB = listing.entries[b].kind == EntryKind::Folder;
    if (folderA != folderB) return folderA;
    return lessByKey(keys[a], keys[b]);
  });
  std::vector<FolderEntry> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(std::move(listing.entries[i]));
  listing.entries = std::move(sorted);
  return listing;
}

fs::path resolveTypedPath(const fs::path& currentFolder, std::string_view typed) {
  constexpr std::string_view kSpace = " \t\r\n\v\f";
  const std::size_t first = typed.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return withoutTrailingSlash(currentFolder);
  std::string text(typed.substr(first, typed.find_last_not_of(kSpace) - first + 1));
  if (text == "~" || text.starts_with("~/")) {
    const char* home = std::getenv("HOME");
    if (home && *home) text = std::string(home) + text.substr(1);
  }
  fs::path p(text);
  if (p.is_relative()) p = currentFolder / p;
  return withoutTrailingSlash(p);
}

fs::path withDefaultExtension(const fs::path& p, std::string_view extension) {
  const std::string ext = dotted(extension);
  if (ext.empty() || !p.has_filename()) return p;
  std::string name = p.filename().string();
  if (name == "." || name == "..") return p;  // folders, not file names
  fs::path result = p;
  if (name.ends_with('.')) {
    name.pop_back();
    result.replace_filename(name + ext);
  } else if (!p.has_extension()) {
    result += ext;
  }
  return result;
}

std::vector<fs::path> pathCrumbs(const fs::path& folder) {
  std::vector<fs::path> crumbs;
  fs::path sofar;
  for (const fs::path& part : folder.lexically_normal()) {
    if (part.empty()) continue;  // the trailing slash's empty file name
    sofar /= part;
    crumbs.push_back(sofar);
  }
  return crumbs;
}

fs::path nearestFolder(const fs::path& start) {
  std::error_code ec;
  fs::path p = start.empty() ? fs::current_path(ec) : fs::absolute(start, ec);
  if (ec || p.empty()) return "/";
  p = withoutTrailingSlash(p);
  for (;;) {
    if (fs::is_directory(p, ec)) return p;
    if (p == p.root_path() || !p.has_parent_path()) return "/";
    p = p.parent_path();
  }
}

std::string formatSize(std::uintmax_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " B";
  static constexpr const char* kUnits[] = {"KB", "MB", "GB", "TB"};
  std::uintmax_t unit = 1024;
  for (std::size_t i = 0; i + 1 < std::size(kUnits); ++i, unit *= 1024) {
    const std::uintmax_t rounded = bytes / unit + (bytes % unit != 0 ? 1 : 0);
    if (rounded < 1024) return std::to_string(rounded) + " " + kUnits[i];
  }
  return std::to_string(bytes / unit + (bytes % unit != 0 ? 1 : 0)) + " " + kUnits[std::size(kUnits) - 1];
}

}  // namespace knp
