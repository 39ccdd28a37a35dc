#pragma once

#include "core/Attributes.hpp"
#include "core/Codebook.hpp"
#include "core/CodebookHistory.hpp"
#include "core/Coding.hpp"
#include "core/TextPlacement.hpp"

#include <map>
#include <string>
#include <vector>

namespace pt {

/// One coded transcript as reports and exports read it: its codebook and codings, where each anchored coding
/// lies in its plain text, and the speaker patterns that cut that text into turns.
struct CodedDocument {
    std::string name;     ///< how readers know it ("interview 3.odt")
    std::string location; ///< its URL or path, for links back; may be empty
    Codebook codebook;
    std::vector<Coding> codings;          ///< all of them, orphans too
    std::map<std::string, TextSpan> spans; ///< anchored codings only
    std::u32string text;
    std::vector<std::string> speakerPatterns;
    DocumentAttributes attributes; ///< its attributes (document variables) and their definitions
    std::vector<CodebookChange> codebookHistory; ///< its codebook's audit trail, oldest first
};

/// The codebook several transcripts fit in: the first one's, with the codes of the others added.
Codebook unitedCodebook(const std::vector<CodedDocument>& documents);
/// Their codebooks' audit trails as one (studyHistory): each change once, where it was made.
std::vector<CodebookChange> unitedHistory(const std::vector<CodedDocument>& documents);

} // namespace pt
