#pragma once

// A reflection cycle, and its table: the rows written into a document and read back after free editing.

#include "core/ReflectionPrompts.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pt {

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

} // namespace pt
