#pragma once

#include "core/Codebook.hpp"
#include "core/Coding.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pt {

/// A coding as the document has it now: with the current text of its anchor, or none when the passage
/// was deleted (an orphaned coding).
struct CodingListEntry {
    Coding coding;
    std::optional<std::string> anchoredText;

    bool orphaned() const { return !anchoredText.has_value(); }
};

/// The codings of a document with the codebook they refer to and what was wrong on the way.
struct CodingListing {
    Codebook codebook;
    std::vector<CodingListEntry> entries;
    Problems problems;
};

/// JSON array of {"id","codeId","codeName","codePath","coder","speaker","time","memo","text","codedText",
/// "orphaned"}:
/// `text` is the passage now (for an orphan, what it was), `codedText` what it was when coded.
nlohmann::json codingListToJson(const CodingListing& listing);

} // namespace pt
