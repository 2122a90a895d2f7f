#pragma once
// What the command-line subcommands share: reading an input file or a project with the
// messages and exit codes of cli/commands.hpp, and printing messages safely.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "io/outcome.hpp"
#include "model/project.hpp"

namespace knp::app {

// Writes `message` and a line break to `stream`, control characters escaped (printable(), so
// "\x1b]0;x\x07" from a file shows as text instead of retitling the terminal). Every message
// of the command line that can hold a name, path or value from a file goes through here.
void printLine(std::FILE* stream, std::string_view message);

// The file's text, or the problem why it cannot be read (missing, a folder, a device or FIFO,
// larger than `maxBytes`, no permission) after printing it as one line on stderr
// ("knotenpunkt: FILE: ..."): an I/O error, exit code 2. O(size of the file).
Outcome<std::string> readInput(const std::filesystem::path& file, std::uint64_t maxBytes);

// Writes `content` to `file` atomically (writeFileAtomically, keeping FILE.bak); prints why
// not, or a notice about the file's owner, on stderr. Returns whether the file was written.
bool writeOutput(const std::filesystem::path& file, std::string_view content);

// `one` or `many` by `count`.
const char* plural(std::size_t count, const char* one, const char* many);

// The project (the embedded example without a file), or nullopt after printing why not: an
// unreadable file is an I/O error (exit 2), a readable one with problems the project's (exit
// 1, each problem as "FILE: ...", at most kMaxListedProblems and a line counting the rest).
std::optional<Project> loadForCommand(const std::optional<std::filesystem::path>& file, int& exitCode);

}  // namespace knp::app
