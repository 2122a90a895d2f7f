#pragma once
// Shared test fixtures: a small hand-built project and a temporary folder.
#include <filesystem>
#include <string>

#include "model/project.hpp"

namespace knp::test {

// The small project most tests use:
//
//   body "Integrationsrat" ─member─ a1 "Verein Ä" ══coop══ a2 "Schule Ö"
//                                   │lead                  │partner │lead
//                                  act1 "Sprachcafé" ──────┘       act2 "Lernpaten"
//                                   │ goal g1, phase p1              │ goals g1, g2; phases p1, p2
//
//   fields f1, f2; concept c1 with goals g1 (guiding) and g2 (sub, parent g1);
//   phases p1 (order 1), p2 (order 2); indicator i1 on f1 and g1.
// Vertices: 3 actors + 2 activities + 2 goals + 2 phases = 9.
// Edges: act1 lead+partner+g1+p1 = 4, act2 lead+g1+g2+p1+p2 = 5, coop 1, membership 1: 11.
Project smallProject();

// A fresh, empty folder under the system temp folder, removed with its contents at the end.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

 private:
  std::filesystem::path m_path;
};

// Limits the size of files this process may write (RLIMIT_FSIZE) while in scope, so that a
// write fails with EFBIG as on a full disk. Works for root too, unlike read-only folders.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(unsigned long bytes);
  ~FileSizeLimit();
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

 private:
  unsigned long m_savedLimit = 0;
  void (*m_oldHandler)(int) = nullptr;
};

std::string readText(const std::filesystem::path& path);
void writeText(const std::filesystem::path& path, const std::string& text);

}  // namespace knp::test
