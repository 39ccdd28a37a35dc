#pragma once

#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace pt {

/// One passage assigned one code by one coder. The passage itself lives in the document (its anchor);
/// `text` is what it said when it was coded, kept as a consistency check and for orphaned codings.
struct Coding {
    std::string id;     ///< GUID
    std::string codeId; ///< id of a code in the document's codebook
    std::string coder;
    std::string time;   ///< ISO 8601, UTC
    std::string memo;
    std::string text;
    std::string speaker; ///< whose turn the passage starts in; empty when the transcript has no speaker labels
    /// The condensed meaning unit (Graneheim & Lundman): the passage reworded short in the researcher's words.
    std::string condensed;
    /// When the passage's speaker turn starts in the recording ("00:12:31"), from its stamp; empty without one.
    std::string turnTime;
};

/// A condensed meaning unit is short: longer ones are refused (the table it goes into must stay readable).
constexpr std::size_t kLongestCondensation = 2000; // characters (code points)

/// Throws Refusal ("text") for a condensation longer than kLongestCondensation, saying how long it is.
void checkCondensation(std::string_view text);

/// {"id", "codeId", "coder", "time", "memo", "text", "speaker"}, and "condensed" and "turnTime" when there are.
nlohmann::json codingToJson(const Coding& coding);

/// Reads codingToJson's form; faults are appended to `problems`, named under `where`.
Coding codingFromJson(const nlohmann::json& json, const std::string& where, Problems& problems);

} // namespace pt
