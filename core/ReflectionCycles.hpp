#pragma once

// What the reflection cycles are for: each new cycle starts from the last one and from the document's
// evidence, and the cycles are read back side by side.

#include "core/Coding.hpp"
#include "core/ReflectionTable.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pt {


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
