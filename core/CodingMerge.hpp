#pragma once

#include "core/Attributes.hpp"
#include "core/Codebook.hpp"
#include "core/Coding.hpp"
#include "core/Problem.hpp"
#include "core/TextPlacement.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pt {

/// A coding from elsewhere (another copy of the transcript, another tool's project) with its passage in
/// that copy's text; no span for one that is orphaned there.
struct ForeignCoding {
    Coding coding;
    std::optional<TextSpan> span;
};

/// One side of a merge: a codebook, codings and the text their spans count in.
struct CodedText {
    const Codebook& codebook;
    const std::vector<ForeignCoding>& codings;
    std::u32string_view text;
};

/// What merging codings into a document will do, decided before anything is changed.
struct MergePlan {
    Codebook codebook;                                 ///< the document's, with the codes the new codings need
    std::vector<std::pair<Coding, TextSpan>> toAdd;    ///< spans in the document's text
    std::size_t alreadyHere = 0;                       ///< the same coding, or the same code, coder and passage
    std::size_t placedByEnds = 0;                      ///< of toAdd: their passage's own text had been edited
    std::vector<std::string> codesAdded;               ///< paths of codes brought into the codebook
    Problems notPlaced;                                ///< where: the coding (code and quote); what: why
    std::optional<DocumentAttributes> attributes;      ///< the document's attributes after the merge, when it brings any
};

/// Plans merging `incoming` into `document`. Passages are placed by their text (placePassage), so small
/// edits between the copies do not matter; a coding the document already has (by id, or by code, coder
/// and passage) is left out, so merging the same file twice adds nothing. Codings keep id, coder, time
/// and memo. A code of `incoming.codebook` is the document's code with the same id, or else the one with
/// its name under the same parent (so another tool's "Resources" is ours); codes the codings use that
/// the document lacks are added with their ancestors; with `allCodes`, every code of it is.
MergePlan planMerge(const CodedText& document, const CodedText& incoming, bool allCodes = false);

/// `base` with every code of `other` it lacks (matched as planMerge matches them): the codebook that
/// several documents' codes fit in.
Codebook withCodesOf(const Codebook& base, const Codebook& other);

/// {"merged", "placedByEnds", "alreadyHere", "codesAdded": [paths], "notMerged": [{"coding", "reason"}],
/// "summary"}: what the API returns.
nlohmann::json mergePlanToJson(const MergePlan& plan, const std::string& summary);

/// The summary a user reads after a merge or an import, in plain sentences.
std::string describeMerge(const MergePlan& plan, const std::string& from);

} // namespace pt
