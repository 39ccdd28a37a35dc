#pragma once

#include "core/Codebook.hpp"
#include "core/Problem.hpp"
#include "core/ReflectionPrompts.hpp"
#include "core/ReportContent.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>
#include <vector>

namespace pt {

/// One change of a codebook, as its audit trail records it: how a team's categories developed, by whom
/// and when (what qualitative-research reporting guidelines ask a study to show).
struct CodebookChange {
    std::string time;   ///< ISO 8601, UTC
    std::string coder;
    std::string action; ///< as codebookChanges names them ("added", "renamed", …)
    std::string codeId;
    /// What changed, in words: the code's path first ("Resources / Lack of time: inclusion, exclusion").
    std::string details;

    bool operator==(const CodebookChange& other) const;
};

/// What turning `before` into `after` changed, code by code: added, renamed, moved (to another parent),
/// polarity changed, merged (a code gone whose codings went to `mergedInto[id]`), retired, restored,
/// deleted, criteria changed (definition, inclusion, exclusion, example or anchor example). Colours are not
/// recorded. Each change is credited to `coder` at `time`; none when nothing of that changed.
std::vector<CodebookChange> codebookChanges(const Codebook& before, const Codebook& after, const std::string& coder,
                                            const std::string& time,
                                            const std::map<std::string, std::string>& mergedInto = {});

/// [{"time","coder","action","codeId","details"}], oldest first: what getCodebookHistoryJson returns.
nlohmann::json codebookHistoryToJson(const std::vector<CodebookChange>& history);
/// Reads codebookHistoryToJson's form; an entry that cannot be read is reported in `problems` and left out.
std::vector<CodebookChange> codebookHistoryFromJson(const nlohmann::json& json, const std::string& where,
                                                    Problems& problems);

/// The history as CSV: a header (time, coder, action, details, code id) and one row per change.
std::string codebookHistoryCsv(const std::vector<CodebookChange>& history);

/// An action in the words of `language` ("renamed", "omdöpt"); one this release does not know, as it is.
std::string actionName(const std::string& action, TableLanguage language);
/// A change's time as people read it: "2026-12-07 10:31 UTC" for "2026-12-07T10:31:05Z".
std::string changeTimeForPeople(const std::string& time);

/// One change on one line, as the codebook editor's history lists it:
/// "2026-12-07 10:31 UTC · Anna · renamed · Resources / Waiting → Queues".
std::string changeLine(const CodebookChange& change, TableLanguage language);

/// The history as a report's appendix, in the table's language: a line saying what it is, then a table
/// (time, coder, action, details), or a line saying that no change was recorded.
ReportSection codebookHistorySection(const std::vector<CodebookChange>& history, TableLanguage language);

/// The histories of a study's transcripts as one: a change each transcript recorded when it took the study's
/// codebook is listed once, at its earliest (where it was made); the rest ordered by time.
std::vector<CodebookChange> studyHistory(const std::vector<std::vector<CodebookChange>>& histories);

} // namespace pt
