#pragma once

#include "core/Codebook.hpp"
#include "core/Coding.hpp"
#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace pt {

/// The three steps of the reflection cycle of the power triangle of co-production.
enum class Step { Reaction, Interaction, Action };
constexpr std::array<Step, 3> kSteps{Step::Reaction, Step::Interaction, Step::Action};
constexpr std::array<Dimension, 3> kDimensions{Dimension::Resources, Dimension::Discourses, Dimension::Contexts};
std::string_view toString(Step step);

/// The language a reflection table is written in (its labels and prompts), whatever the UI's.
enum class TableLanguage { English, Swedish };
std::string_view toString(TableLanguage language);
std::optional<TableLanguage> tableLanguageFromString(std::string_view text);

/// A table's labels in one language.
struct ReflectionWords {
    std::string improvementWork, cycle, date, participants;
    std::array<std::string, 3> steps;      ///< in kSteps order
    std::array<std::string, 3> dimensions; ///< in kDimensions order
    std::string overview, notRead;         ///< the overview's title, and its heading for damaged tables
};
const ReflectionWords& reflectionWords(TableLanguage language);

/// Our guiding prompt for a cell: a question that starts the coach's reflection there.
std::string defaultPrompt(TableLanguage language, Step step, Dimension dimension);

/// The prompts new tables get, in both languages: ours, or a team's own, edited and shared as a file.
class ReflectionPrompts {
public:
    /// Ours (defaultPrompt).
    ReflectionPrompts();

    const std::string& prompt(TableLanguage language, Step step, Dimension dimension) const;
    void set(TableLanguage language, Step step, Dimension dimension, std::string text);
    bool operator==(const ReflectionPrompts& other) const { return mPrompts == other.mPrompts; }

private:
    std::map<std::tuple<TableLanguage, Step, Dimension>, std::string> mPrompts;
};

/// {"format": "power-triangle-prompts", "version": 1, "en": {"reaction": {"resources": "…", …}, …}, "sv": …}
nlohmann::json reflectionPromptsToJson(const ReflectionPrompts& prompts);
/// Reads a prompts file leniently: a prompt left out keeps ours and is noted in `notes`, as is anything
/// unknown. Throws InvalidInput for what is no prompts file at all, or a prompt that is not text.
ReflectionPrompts reflectionPromptsFromJson(std::string_view json, Problems& notes);

/// One reflection cycle as a coach filled it in: the header block and a text per step and dimension
/// (paragraphs joined by "\n"; empty where nothing was written).
struct ReflectionCycle {
    TableLanguage language = TableLanguage::English;
    std::string improvementWork;
    int cycle = 1;
    std::string date; ///< as written; ISO 8601 when the extension wrote it
    std::string participants;
    /// The dimensions the table has columns for, in kDimensions order: all three unless the coach chose.
    std::vector<Dimension> dimensions{kDimensions.begin(), kDimensions.end()};
    std::map<std::pair<Step, Dimension>, std::string> cells;

    std::string cell(Step step, Dimension dimension) const;
};

/// A table as rows of cell texts, each cell's paragraphs joined by "\n": what the document shows.
using TableRows = std::vector<std::vector<std::string>>;

/// The rows of a new table for `cycle`, one cell more than it has dimensions (no merged cells, so that
/// deleting or adding a column in Writer does what it says): the header block (label and value pairs:
/// two rows of two pairs, or with fewer columns a row a pair), a row naming the dimensions, and a row per
/// step (its name and a cell per dimension).
TableRows reflectionTableRows(const ReflectionCycle& cycle);
/// How many rows the header block has in a table of `dimensions` dimensions.
std::size_t headerRows(std::size_t dimensions);

/// A table of fewer than three dimensions carries a mark of which (a bookmark in Writer, hidden in Word as
/// "_PT…" names are): without it a column deleted from a full table could not be told from a narrower one.
std::string dimensionsMark(const std::vector<Dimension>& dimensions, const std::string& unique);
/// The dimensions a mark names; nullopt for other names.
std::optional<std::vector<Dimension>> dimensionsOfMark(std::string_view name);

/// True when the rows carry a reflection table's labels (in either language), damaged or not: enough to
/// report a damaged table instead of passing it over.
bool isReflectionTable(const TableRows& rows);

/// Reads a reflection table back after free editing: several paragraphs in a cell; rows added (a row
/// without a step's name continues the step above it). A cell that still holds only its prompt (in either
/// language) reads as empty. A table whose columns or steps no longer match (a column deleted) gives no
/// cycle, and `problems` says what is wrong, so that nothing is misread.
struct ReflectionTableRead {
    std::optional<ReflectionCycle> cycle;
    Problems problems;
};
/// `prompts` (besides ours, in both languages) read as empty too. `marked`: the dimensions the table's mark
/// names, if it has one; else it must have all three.
ReflectionTableRead readReflectionTable(const TableRows& rows, const std::string& where,
                                        const ReflectionPrompts& prompts = ReflectionPrompts(),
                                        const std::optional<std::vector<Dimension>>& marked = std::nullopt);

nlohmann::json reflectionCycleToJson(const ReflectionCycle& cycle);

/// A line of evidence in a cell: a heading ("Enablers"), a quote of a coded passage linked to the
/// passage, or a note of how many more there are.
struct EvidenceLine {
    std::string text;
    std::string codingId; ///< the quoted coding; empty for headings and notes
};

/// The coded passages of each dimension as short quotes with their speaker, in the order given (the
/// document's), under the headings Enablers, Barriers and Enabler or barrier (by the polarity of the code,
/// or of the nearest code above it that has one); at most `perGroup` quotes a group, then how many more.
std::map<Dimension, std::vector<EvidenceLine>> evidenceByDimension(const std::vector<const Coding*>& codings,
                                                                   const Codebook& codebook, TableLanguage language,
                                                                   std::size_t perGroup = 8);

/// The cycles side by side for one step, to read them back across cycles: a header row (the cycle's
/// number and date, then the dimensions any of them has) and a row per cycle, in the order given.
TableRows cyclesOverviewRows(const std::vector<ReflectionCycle>& cycles, Step step, TableLanguage language);

/// What to insert: a cycle (its header; cells empty), whether the cells carry prompts, and whether the
/// Reaction row starts with the document's evidence.
struct NewTableOptions {
    ReflectionCycle cycle;
    bool prompts = true;
    bool evidence = false;
};

/// The number after the highest of `cycles`, 1 when there are none.
int nextCycleNumber(const std::vector<ReflectionCycle>& cycles);

/// The cycle after `previous`: the same improvement work, participants and language, numbered `cycle`, and
/// its Reaction row starting from what `previous` decided in its Action row ("Action in cycle 2:" and the
/// text, per dimension): the next cycle begins by reacting to what was done.
ReflectionCycle nextCycleAfter(const ReflectionCycle& previous, int cycle, const std::string& date);

/// Reads options as the API takes them, {"continue": false, "dimensions": ["resources", "discourses",
/// "contexts"], "evidence": false, "language": "en"|"sv", "prompts": true,
/// "improvementWork", "cycle", "date", "participants"}. "continue" starts from nextCycleAfter(`last`);
/// what is left out gets the defaults given. Throws InvalidInput naming every field it cannot use.
NewTableOptions newTableOptionsFromJson(std::string_view json, TableLanguage language, int cycle,
                                        const std::string& date, const std::optional<ReflectionCycle>& last);

} // namespace pt
