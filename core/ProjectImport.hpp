#pragma once

#include "core/CodingMerge.hpp"
#include "core/Problem.hpp"
#include "core/Qdpx.hpp"

#include <string>

namespace pt {

/// What importing a REFI-QDA project onto one document brings: the codings of the project's source that
/// is this document, or, when the project has no text or none of its texts is this document, its
/// codebook alone (a codebook-only export of ATLAS.ti, a colleague's codes).
struct ProjectImport {
    std::string source;    ///< the project's source the document matched; empty when none did
    std::string matchedBy; ///< how (matchingSource)
    std::size_t sources = 0; ///< how many texts the project has
    MergePlan plan;
    Problems notCarried; ///< what the project has that could not be carried over
    Problems lenient;    ///< what reading it had to be lenient about
};

/// Plans importing `read` onto the document `document` (its codebook, codings and text) called
/// `documentName`: every code of the project comes into the codebook, and the codings of the matching
/// source are placed by text. Changes nothing.
/// The matching source's attributes (its case's variables) join the document's: those it lacks come in.
ProjectImport planProjectImport(const QdpxRead& read, const CodedText& document, const std::string& documentName,
                                const DocumentAttributes& attributes = {});

/// The summary a user reads after an import: what came, from which text and how it was found, or that no
/// codings came and why; then what could not be carried over and what the reading was lenient about.
std::string describeImport(const ProjectImport& imported, const std::string& from);

} // namespace pt
