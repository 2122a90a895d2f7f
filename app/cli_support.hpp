#pragma once
// What the command-line subcommands share: reading an input file or a project with the
// messages and exit codes of cli_commands.hpp.
#include <filesystem>
#include <optional>
#include <string>

#include "model/project.hpp"

namespace knp::app {

// The file's text, or nullopt after one line on stderr saying why it cannot be read (missing,
// a folder, no permission): an I/O error, exit code 2.
std::optional<std::string> readInput(const std::filesystem::path& file);

// `one` or `many` by `count`.
const char* plural(std::size_t count, const char* one, const char* many);

// The project (the embedded example without a file), or nullopt after printing why not: an
// unreadable file is an I/O error (exit 2), a readable one with problems the project's (exit
// 1, each problem as "FILE: ...").
std::optional<Project> loadForCommand(const std::optional<std::filesystem::path>& file, int& exitCode);

}  // namespace knp::app
