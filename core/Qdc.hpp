#pragma once

#include "core/Codebook.hpp"

#include <string>
#include <string_view>

namespace pt {

/// REFI-QDA codebook exchange (.qdc, namespace urn:QDA-XML:codebook:1.0), as NVivo, ATLAS.ti, MAXQDA and
/// QualCoder read and write it. The standard has no dimensions or polarity: the dimensions are the
/// top-level codes, and polarity and retirement travel as Sets ("Enablers", "Barriers", "Retired codes"),
/// the dimensions as Sets too ("Dimension: Resources", …). A code's example follows its definition in the
/// Description after a line "Example: ".
std::string exportQdc(const Codebook& codebook);

struct QdcImport {
    Codebook codebook; ///< valid; ready to merge into a document's codebook
    /// What could not be used as it was, each with where it was: the standard asks us to tell the user.
    Problems notes;
};

/// Reads a .qdc leniently: braced or upper-case GUIDs, #RGB colours, missing colours or GUIDs, duplicate
/// GUIDs, codes outside any dimension (they go to `fallback`), unknown elements and Sets are taken in and
/// noted. Throws InvalidInput for text that is not XML, is not a codebook, or declares a DOCTYPE
/// (refused outright: entity expansion and external entities have no place in a codebook).
QdcImport importQdc(std::string_view xml, Dimension fallback = Dimension::Contexts);

} // namespace pt
