#include "io/raster_xlsx.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "io/actor_grid_columns.hpp"
#include "io/file_access.hpp"
#include "io/raster_export.hpp"
#include "text/labels.hpp"

namespace knp {
namespace {

// Column widths of the Raster, in characters, and which columns hold years.
constexpr std::array<double, 12> kRasterWidths{14, 28, 22, 36, 40, 26, 36, 30, 30, 14, 8, 8};
constexpr std::size_t kStartColumn = 10, kEndColumn = 11;
constexpr lxw_row_t kValidatedRows = 2000;  // drop-downs reach this far below the header

constexpr std::string_view kTemporaryFolderPrefix = "knotenpunkt-xlsx-";

// A workbook being written to a file in a new private folder (mkdtemp: nobody else can place
// or replace anything there), removed again with the folder whatever happens. The folder is
// locked (flock) while it exists, so that the next export removes the folders of exports that
// were killed (removeStaleTemporaries) and leaves those of running ones alone.
class TemporaryWorkbook {
 public:
  TemporaryWorkbook() {
    const std::filesystem::path temporary = std::filesystem::temp_directory_path();
    removeStaleTemporaries(temporary, kTemporaryFolderPrefix);
    std::string folder = (temporary / (std::string(kTemporaryFolderPrefix) + "XXXXXX")).string();
    if (!::mkdtemp(folder.data())) return;
    m_folder = folder;
    m_lock = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_lock >= 0) ::flock(m_lock, LOCK_EX);
    m_path = m_folder / "raster.xlsx";
    m_workbook = workbook_new(m_path.c_str());
  }
  ~TemporaryWorkbook() {
    if (m_workbook) workbook_close(m_workbook);  // only when close() was not reached
    std::error_code ignored;
    if (!m_folder.empty()) std::filesystem::remove_all(m_folder, ignored);
    if (m_lock >= 0) ::close(m_lock);
  }
  TemporaryWorkbook(const TemporaryWorkbook&) = delete;
  TemporaryWorkbook& operator=(const TemporaryWorkbook&) = delete;

  lxw_workbook* get() const { return m_workbook; }
  const std::filesystem::path& path() const { return m_path; }
  lxw_error close() {
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    return error;
  }

 private:
  std::filesystem::path m_folder, m_path;
  int m_lock = -1;
  lxw_workbook* m_workbook = nullptr;
};

// Writes `grid` into `sheet`: the header bold, years (when `yearColumns` says so) as numbers.
// Returns the first cell Excel cannot hold (a text over 32,767 characters), if any.
std::optional<std::string> writeGrid(lxw_worksheet* sheet, const Grid& grid, lxw_format* bold,
                                     std::initializer_list<std::size_t> yearColumns) {
  for (std::size_t r = 0; r < grid.size(); ++r)
    for (std::size_t c = 0; c < grid[r].size(); ++c) {
      const std::string& text = grid[r][c];
      const auto row = static_cast<lxw_row_t>(r);
      const auto column = static_cast<lxw_col_t>(c);
      int year = 0;
      const bool isYearColumn = std::find(yearColumns.begin(), yearColumns.end(), c) != yearColumns.end();
      if (r > 0 && isYearColumn &&
          std::from_chars(text.data(), text.data() + text.size(), year).ec == std::errc() && !text.empty()) {
        worksheet_write_number(sheet, row, column, year, nullptr);
        continue;
      }
      if (text.empty()) continue;
      if (worksheet_write_string(sheet, row, column, neutraliseFormula(text).c_str(), r == 0 ? bold : nullptr) !=
          LXW_NO_ERROR)
        return fmt::format("row {}, column \"{}\": a text of {} characters; Excel cells hold at most 32,767", r + 1,
                           grid.front().at(c), text.size());
    }
  worksheet_freeze_panes(sheet, 1, 0);
  return std::nullopt;
}

// A drop-down list for column `column` of `sheet`, its values in `listColumn` of the lists sheet.
void addDropDown(lxw_worksheet* sheet, lxw_col_t column, char listColumn, std::size_t count, bool strict,
                 const char* hint) {
  if (count == 0) return;
  const std::string formula = fmt::format("=Listen!${}$2:${}${}", listColumn, listColumn, count + 1);
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  validation.value_formula = const_cast<char*>(formula.c_str());
  validation.ignore_blank = LXW_VALIDATION_ON;
  validation.show_error = strict ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF;
  validation.input_message = const_cast<char*>(hint);
  worksheet_data_validation_range(sheet, 1, column, kValidatedRows, column, &validation);
}

}  // namespace

XlsxWorkbook writeRasterXlsx(const Project& project, ContactData contacts) {
  XlsxWorkbook result;
  TemporaryWorkbook workbook;
  if (!workbook.get()) {
    result.error = fmt::format("{}: cannot create the workbook", workbook.path().string());
    return result;
  }
  lxw_format* bold = workbook_add_format(workbook.get());
  format_set_bold(bold);

  lxw_worksheet* raster = workbook_add_worksheet(workbook.get(), "Raster");
  lxw_worksheet* actors = workbook_add_worksheet(workbook.get(), "Akteure");
  lxw_worksheet* lists = workbook_add_worksheet(workbook.get(), "Listen");
  if (auto tooLong = writeGrid(raster, rasterGrid(project), bold, {kStartColumn, kEndColumn})) {
    result.error = fmt::format("Raster sheet: {}", *tooLong);
    return result;
  }
  if (auto tooLong = writeGrid(actors, actorGrid(project, contacts), bold, {})) {
    result.error = fmt::format("Akteure sheet: {}", *tooLong);
    return result;
  }
  for (std::size_t c = 0; c < kRasterWidths.size(); ++c)
    worksheet_set_column(raster, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), kRasterWidths[c], nullptr);
  // The columns actorGrid wrote, in order.
  std::vector<const ActorGridColumn*> actorColumns;
  for (const ActorGridColumn& column : actorGridColumns())
    if (contacts == ContactData::Include || !column.personal) actorColumns.push_back(&column);
  for (std::size_t c = 0; c < actorColumns.size(); ++c)
    worksheet_set_column(actors, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), actorColumns[c]->xlsxWidth,
                         nullptr);

  // The lists: A fields, B goals, C life phases (in their order), D statuses, E actor types.
  Grid listGrid{{"Handlungsfeld", "Ziele", "Lebensphasen", "Status", "Akteurstyp"}};
  auto put = [&](std::size_t column, std::size_t index, const std::string& text) {
    while (listGrid.size() <= index + 1) listGrid.emplace_back(5);
    listGrid[index + 1][column] = text;
  };
  for (std::size_t i = 0; i < project.fields.size(); ++i) put(0, i, project.fields[i].name);
  for (std::size_t i = 0; i < project.goals.size(); ++i) put(1, i, project.goals[i].title);
  const auto phases = lifePhasesInOrder(project);
  for (std::size_t i = 0; i < phases.size(); ++i) put(2, i, phases[i]->name);
  const std::array statuses{ActivityStatus::Planned, ActivityStatus::Running, ActivityStatus::Finished};
  for (std::size_t i = 0; i < statuses.size(); ++i) put(3, i, std::string(label(statuses[i], Language::German)));
  for (std::size_t i = 0; i < kActorTypeNames.size(); ++i)
    put(4, i, std::string(label(kActorTypeNames[i].value, Language::German)));
  if (auto tooLong = writeGrid(lists, listGrid, bold, {})) {
    result.error = fmt::format("list sheet: {}", *tooLong);
    return result;
  }
  worksheet_hide(lists);

  addDropDown(raster, 2, 'E', kActorTypeNames.size(), true, "Art des Akteurs");
  addDropDown(raster, 5, 'A', project.fields.size(), false, "Mehrere mit | trennen");
  addDropDown(raster, 6, 'B', project.goals.size(), false, "Mehrere mit | trennen");
  addDropDown(raster, 7, 'C', phases.size(), false, "Mehrere mit | trennen");
  addDropDown(raster, 9, 'D', statuses.size(), true, "geplant, laufend oder abgeschlossen");
  for (std::size_t c = 0; c < actorColumns.size(); ++c)
    if (actorColumns[c]->role == ActorGridRole::Type)
      addDropDown(actors, static_cast<lxw_col_t>(c), 'E', kActorTypeNames.size(), true, "Art des Akteurs");

  if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR) {
    result.error = fmt::format("writing the workbook failed: {}", lxw_strerror(error));
    return result;
  }
  auto bytes = readWholeFile(workbook.path(), UINT64_MAX);  // our own file, just written
  if (!bytes.ok()) {
    result.error = describe(bytes.problem());
    return result;
  }
  result.bytes = std::move(bytes).value();
  return result;
}

}  // namespace knp
