#pragma once
// What the fuzz targets share: the properties every reader must keep, checked after each input.
// A broken property aborts, which libFuzzer (and the replay runner) report as a finding with
// the input that caused it.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/project_json.hpp"
#include "io/raster_import.hpp"
#include "model/project.hpp"
#include "model/validation.hpp"

namespace knp::fuzz {

[[noreturn]] inline void broken(std::string_view property, std::string_view detail = {}) {
  const std::string message = "property broken: " + std::string(property) + "\n" + std::string(detail) + "\n";
  std::fwrite(message.data(), 1, message.size(), stderr);
  std::abort();
}

// The base project for imports: the embedded Hattingen example, read once.
const Project& exampleProject();

// What a save of `project` would write loads again, validates, and writes the same bytes:
// nothing a reader accepts can become a file that every command refuses.
void requireSavesAndReloads(const Project& project);

// An import's problem list stays capped, and one that is not fatal leaves a project that saves
// (requireSavesAndReloads) with the fields of `before` (no import adds or changes fields).
void requireSoundImport(const RasterImport& result, const Project& before);

}  // namespace knp::fuzz
