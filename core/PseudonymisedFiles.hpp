#pragma once

#include "core/Pseudonymisation.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pt {

/// A package's entries (name, bytes), in the package's order: an ODT or a DOCX.
using PackageEntries = std::vector<std::pair<std::string, std::string>>;

/// Pseudonymises a coded transcript's package without LibreOffice (powertri pseudonymise): the text of
/// every paragraph of the body, tables, headers, footers, notes, frames and comments (ODT: content.xml,
/// styles.xml; DOCX: word/document.xml, headers, footers, footnotes, endnotes, comments), the document's
/// properties (title, subject, description, keywords, author), and the payload's texts
/// (pseudonymisePayload), written back as the extension stores it. An occurrence split over formatting
/// (runs, spans) takes the pseudonym in its first part, with that part's formatting; bookmarks (the
/// codings' anchors) stay where they are around it. The picture of the first page (ODT's thumbnail) is
/// left out: it shows the names. `name` is for messages. Throws InvalidInput for a package that is
/// neither, or whose codings cannot all be read (writing it back would lose those).
PseudonymisationCount pseudonymisePackage(PackageEntries& entries, const PseudonymKey& key, const std::string& name);

/// The same for a flat ODT (.fodt), one XML document.
std::string pseudonymisedFlatOdt(std::string_view xml, const PseudonymKey& key, const std::string& name,
                                 PseudonymisationCount& count);

} // namespace pt
