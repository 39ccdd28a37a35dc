#pragma once

#include "core/Codebook.hpp"
#include "core/Coding.hpp"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// Edits of a codebook. Each returns the edited codebook or throws InvalidInput naming what is wrong;
/// the codebook passed in is never changed. The three dimensions stay the frame: every code keeps one.

/// Adds `code` under `code.parentId` (or at the top). An empty id gets a new GUID, an empty colour the
/// colour most distinct from those in use; dimension and polarity are taken from the parent when it has one.
Codebook withCodeAdded(const Codebook& codebook, Code code);

/// Replaces the code with `code.id`: name, colour, polarity, definition, example, retired, codable, parent.
/// Moving a code under a parent of another dimension moves its whole branch into that dimension.
Codebook withCodeChanged(const Codebook& codebook, const Code& code);

/// Whether moving the code `codeId` under `parentId` is a move to offer (dragging it there): the code is no
/// dimension, the parent is a code outside its branch, and not the parent it has.
bool canMoveUnder(const Codebook& codebook, const std::string& codeId, const std::string& parentId);

/// The longest in-vivo code name: the passage's first words up to it, cut at a word, with "…".
constexpr std::size_t kLongestInVivoName = 60; // characters (code points)

/// A new emergent code (inductive coding) for a passage: named `name`, or when that is empty by the
/// passage's own words (in vivo: whitespace and line breaks collapsed, cut at a word after
/// kLongestInVivoName). It goes to the top of the codebook, outside the triangle until it is placed; a
/// name a top-level code has already gets " (2)", " (3)", …. Throws InvalidInput ("name") when there are no
/// words to name it by.
Code emergentCode(const Codebook& codebook, std::string_view name, std::string_view passage);

/// The codebook without the code `codeId`. Throws InvalidInput for an unknown code, a dimension, a code
/// with codes below it, or one that codings use (`counts`: codings by code id): merge or retire it instead.
Codebook withCodeDeleted(const Codebook& codebook, const std::string& codeId, const std::map<std::string, std::size_t>& counts);

/// What merging code A into code B does to a document: the codebook without A (its codes below it moved
/// under B), A's codings given B, and the codings of A that duplicate one of B (the same passage by the same
/// coder) folded into it.
struct CodeMerge {
    Codebook codebook;
    std::vector<Coding> changed;      ///< A's codings, now B's; and B's codings that took a folded one's notes
    std::vector<std::string> removed; ///< A's codings folded into B's
};

/// Merges the code `fromId` into `intoId`: every coding of A becomes a coding of B (coder, memo, condensed
/// meaning unit and time kept); a coding of A whose passage the same coder coded with B too is removed and
/// its memo and condensation join that coding's; A's codes below it move under B; A is removed.
/// `passageKey(c)` is the same for codings of the same passage (its text, say), and `samePassage(a, b)`
/// tells whether two codings of one key are of one passage. Throws InvalidInput for an unknown id, the same
/// code twice, a dimension (the triangle's frame), B below A, or B retired or not codable.
CodeMerge mergeCodes(const Codebook& codebook, const std::vector<Coding>& codings, const std::string& fromId,
                     const std::string& intoId, const std::function<std::string(const Coding&)>& passageKey,
                     const std::function<bool(const Coding&, const Coding&)>& samePassage);

/// A new code as the API describes it (`json` with "name", "parentId", and optionally "id", "polarity",
/// "color", "codable", "definition", "example"): a code under a parent takes the parent's polarity unless
/// it names its own. Throws InvalidInput naming every mistyped or unknown value.
Code newCodeFromJson(const Codebook& codebook, const nlohmann::json& json);

/// The names of the codes `codings` use (by code id) that `replacement` leaves out: a codebook may not drop
/// a code in use (retire it instead). Codes the current codebook does not know either are not named.
std::set<std::string> codesInUseLeftOut(const Codebook& current, const Codebook& replacement,
                                        const std::vector<std::string>& codeIdsInUse);

/// `base` with the fields `json` names ("name", "parentId", "dimension", "polarity", "color", "codable",
/// "retired", "definition", "example") set; fields left out keep base's value. Throws InvalidInput naming
/// every mistyped or unknown value.
Code withFields(Code base, const nlohmann::json& json);

/// Makes `replacement` (a template) the codebook, keeping the codes of `current` that codings use
/// (`usedCodeIds`) and `replacement` lacks, with their ancestors. Throws InvalidInput when the result
/// is not valid (a kept code whose name clashes, say).
Codebook withTemplateApplied(const Codebook& current, const Codebook& replacement,
                             const std::set<std::string>& usedCodeIds);

/// What merging another codebook into this one did.
struct CodebookMerge {
    Codebook codebook;
    std::size_t added = 0;
    std::size_t updated = 0;
    /// Codes of the current codebook the other one does not have: kept, because codings may use them.
    std::size_t kept = 0;
    Problems notes; ///< everything that could not be taken over as it was
};

/// Merges `incoming` into `current`: codes with the same id are updated, new codes added, codes only in
/// `current` kept. A new code whose name a sibling already has is renamed "<name> (2)".
CodebookMerge mergeCodebooks(const Codebook& current, const Codebook& incoming);

} // namespace pt
