#pragma once
// The command-line subcommands: analyze, validate, centrality. Each returns the exit code:
// 0 fine, 1 the project has validation problems, 2 usage or I/O error (one line on stderr).
#include "cli/command_line.hpp"

namespace knp::app {

inline constexpr int kExitFine = 0;
inline constexpr int kExitProjectProblems = 1;
inline constexpr int kExitError = 2;

// Prints the analyses of a project (or of the embedded example) to stdout.
int runAnalyze(const AnalyzeOptions& options);

// Prints every problem of a project file, "FILE: path: message", then a one-line summary on
// stderr. Warnings alone still exit 0.
int runValidate(const ValidateOptions& options);

// Degree and betweenness of an edge list, written as TSV; progress on stderr when it is a
// terminal; Ctrl-C cancels cleanly without writing anything.
int runCentrality(const CentralityOptions& options);

// Reads a Raster grid or a table of indicators by year (importFile tells them apart) into a
// project: prints what is created and updated (for indicators every value added or changed)
// and every row problem ("GRID:LINE: column "Ziele": ..."). Writes the project (atomically,
// keeping .bak) unless --dry-run, or rows have errors and --skip-invalid is not given. Exit 1
// when rows were rejected, 2 when a file cannot be read or written, the grid has no usable
// header or the table is neither a Raster, an actors' grid nor an indicator table.
int runImport(const ImportOptions& options);

// Writes the project in another format (the Raster as CSV for spreadsheets, GraphML, GEXF or
// DOT for network tools, with the map's colours and saved positions). Exit 2 for an unknown
// format or a file that cannot be written, 1 for a project with problems.
int runExport(const ExportOptions& options);

// Exit code of `diff` when the states differ (0: they do not; 2: trouble), as diff(1) has it.
inline constexpr int kExitDifferences = 1;

// Prints what changed between two project files (or a project and itself as of --since) to
// stdout. A file that cannot be read or is not a valid project is trouble (exit 2) with its
// located problems on stderr, like a bad option; otherwise 0 without and 1 with differences.
int runDiff(const DiffCommandOptions& options);

// Lays out a project or an edge list and writes name<TAB>x<TAB>y; `--algorithm list` prints
// the algorithms, one per line with a description.
int runLayout(const LayoutOptions& options);

}  // namespace knp::app
