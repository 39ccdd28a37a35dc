#pragma once

#include "core/Codebook.hpp"

#include <nlohmann/json_fwd.hpp>

#include <set>
#include <string>
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
