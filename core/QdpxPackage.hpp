#pragma once

#include "core/CodedDocument.hpp"
#include "core/Qdpx.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pt {

/// A .qdpx package (a ZIP) as the tools really write it: the project file and the sources' texts are
/// found by what the specification allows and by what NVivo, ATLAS.ti, MAXQDA and qc do, and every
/// leniency is said (QdpxRead::lenient).
class QdpxPackage {
public:
    using Reader = std::function<std::optional<std::string>(const std::string& entry)>;

    /// `entries`: the names of the files in the package; `read` gives one's bytes, or nullopt.
    QdpxPackage(std::vector<std::string> entries, Reader read);

    /// The package's project file: project.qde, else the only *.qde it holds (ATLAS.ti names it after the
    /// project). Throws InvalidInput naming what was looked for when there is none, or several.
    std::string projectEntry(Problems& lenient) const;

    /// Reads the project and the texts its sources refer to (readQdpx). Throws InvalidInput for a package
    /// that holds no project, or whose project is no REFI-QDA project.
    QdpxRead readProject(const std::string& now, Dimension fallback = Dimension::Contexts) const;

    /// The text a source's plainTextPath names: "internal://x.txt" is sources/x.txt; a bare "x.txt" (qc)
    /// is looked for under sources/ and then at the top; a path whose case differs from the file's
    /// (NVivo for Windows writes Sources/) is found anyway. nullopt for a file outside the package
    /// ("relative://", an absolute path) or missing. How it was found, when not as written, goes to `lenient`.
    std::optional<std::string> text(const std::string& plainTextPath, Problems& lenient) const;

private:
    /// The entry called `wanted`, else the one that differs only in the case of its letters.
    std::optional<std::string> entryLike(const std::string& wanted) const;

    std::vector<std::string> mEntries;
    Reader mRead;
};

/// Each source of a project as a coded transcript, for reports (powertri report project.qdpx): its text,
/// the project's codebook, and its codings with their spans.
std::vector<CodedDocument> codedDocumentsOf(const QdpxProject& project);

} // namespace pt
