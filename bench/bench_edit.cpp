// What one step of editing costs in the window: dispatch() of a rename (diff of the whole
// project, the undo record, rebuilding the map's graph), its undo, and a node move (a
// placement-only step, no rebuild), on the example and on synthetic projects of growing size.
// The reference measured in the same run is writing the project's file text
// (writeProjectJson), which every save does: an edit should cost no more than a save.
// Output: one line per project, medians of --repeats runs in milliseconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "core/app_state.hpp"
#include "core/document.hpp"
#include "edit/item_edits.hpp"
#include "embedded_data.hpp"
#include "io/project_json.hpp"
#include "synthetic_project.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

void measure(const char* name, knp::Project project, int repeats) {
  using namespace knp;
  auto s = std::make_unique<app::AppState>(std::move(project), name, Language::German);
  app::finishLayout(*s);
  app::settleLayout(*s);
  std::vector<double> rename, undo, move, save;
  for (int k = 0; k < repeats; ++k) {
    Actor renamed = s->project.actors.at(static_cast<std::size_t>(k) % s->project.actors.size());
    renamed.name += " (neu)";
    auto start = Clock::now();
    app::dispatch(*s, updateItemEdit(s->project, renamed));
    rename.push_back(msSince(start));
    start = Clock::now();
    app::undo(*s);
    undo.push_back(msSince(start));
    start = Clock::now();
    s->positions[0].x += 0.01;
    app::commitPlacements(*s, makeLabel(EditAction::Move, ItemKind::Actor, "x"));
    move.push_back(msSince(start));
    start = Clock::now();
    const std::string text = writeProjectJson(s->project);
    save.push_back(msSince(start));
    if (text.empty()) std::abort();
  }
  std::printf("%-22s %7zu nodes  rename %8.2f ms  undo %8.2f ms  move %7.2f ms  | file text %8.2f ms  "
              "rename/file text %.2f\n",
              name, s->positions.size(), median(rename), median(undo), median(move), median(save),
              median(rename) / median(save));
}

}  // namespace

int main(int argc, char** argv) {
  int repeats = 15;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--repeats") == 0) repeats = std::max(1, std::atoi(argv[i + 1]));
  auto example = knp::parseProjectJson(knp::embeddedExampleJson());
  measure("Hattingen example", *example.project, repeats);
  for (int scale : {10, 50}) {
    char name[32];
    std::snprintf(name, sizeof name, "synthetic scale %d", scale);
    measure(name, knp::bench::makeSyntheticProject(scale, 7), repeats);
  }
}
