#include "core/QdpxPackage.hpp"

#include <algorithm>
#include <cctype>

namespace pt {

namespace {

constexpr char kProjectFile[] = "project.qde";

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool startsWithNoCase(const std::string& text, const std::string& prefix)
{
    return text.size() >= prefix.size() && lowered(text.substr(0, prefix.size())) == prefix;
}

bool endsWithNoCase(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && lowered(text.substr(text.size() - suffix.size())) == suffix;
}

std::string quoted(const std::string& text)
{
    return "\"" + text + "\"";
}

} // namespace

QdpxPackage::QdpxPackage(std::vector<std::string> entries, Reader read)
    : mEntries(std::move(entries))
    , mRead(std::move(read))
{
}

std::optional<std::string> QdpxPackage::entryLike(const std::string& wanted) const
{
    if (std::find(mEntries.begin(), mEntries.end(), wanted) != mEntries.end())
        return wanted;
    const std::string folded = lowered(wanted);
    for (const std::string& entry : mEntries)
        if (lowered(entry) == folded)
            return entry;
    return std::nullopt;
}

std::string QdpxPackage::projectEntry(Problems& lenient) const
{
    if (const auto entry = entryLike(kProjectFile)) {
        if (*entry != kProjectFile)
            lenient.push_back({*entry, std::string("is the project file (the standard names it ") + kProjectFile + ")"});
        return *entry;
    }
    std::vector<std::string> projects;
    for (const std::string& entry : mEntries)
        if (endsWithNoCase(entry, ".qde"))
            projects.push_back(entry);
    if (projects.size() == 1) {
        lenient.push_back({projects[0], std::string("is the project file (the standard names it ") + kProjectFile + ")"});
        return projects[0];
    }
    if (projects.empty())
        throw InvalidInput(Problem{"file", std::string("has no project file (") + kProjectFile
                                               + " or another .qde file): it is not a REFI-QDA project"});
    std::string names;
    for (const std::string& project : projects)
        names += (names.empty() ? "" : ", ") + quoted(project);
    throw InvalidInput(Problem{"file", std::string("has several project files (") + names + ") and no " + kProjectFile
                                           + ": which one is the project is unknown"});
}

std::optional<std::string> QdpxPackage::text(const std::string& plainTextPath, Problems& lenient) const
{
    std::string path = plainTextPath;
    std::replace(path.begin(), path.end(), '\\', '/');
    std::vector<std::string> candidates;
    bool bare = false;
    if (startsWithNoCase(path, "internal://"))
        candidates.push_back("sources/" + path.substr(sizeof "internal://" - 1));
    else if (path.find("://") != std::string::npos || path.empty() || path.front() == '/' || path.find(':') == 1)
        return std::nullopt; // relative:// and absolute paths name files beside the package, not in it
    else {
        bare = true;
        candidates.push_back("sources/" + path);
        candidates.push_back(path);
    }
    for (const std::string& candidate : candidates) {
        const auto entry = entryLike(candidate);
        if (!entry)
            continue;
        std::optional<std::string> bytes = mRead(*entry);
        if (!bytes)
            continue;
        if (bare)
            lenient.push_back({quoted(plainTextPath), "has no internal:// before it; read from " + *entry});
        else if (*entry != candidate)
            lenient.push_back({quoted(plainTextPath), "is " + *entry + " in the package (the case of its letters differs); read from there"});
        return bytes;
    }
    return std::nullopt;
}

QdpxRead QdpxPackage::readProject(const std::string& now, Dimension fallback) const
{
    Problems lenient;
    const std::string entry = projectEntry(lenient);
    const std::optional<std::string> xml = mRead(entry);
    if (!xml)
        throw InvalidInput(Problem{entry, "cannot be read from the package"});
    Problems found;
    QdpxRead read = readQdpx(*xml, [&](const std::string& path) { return text(path, found); }, now, fallback);
    read.lenient.insert(read.lenient.begin(), lenient.begin(), lenient.end());
    read.lenient.insert(read.lenient.end(), found.begin(), found.end());
    return read;
}

std::vector<CodedDocument> codedDocumentsOf(const QdpxProject& project)
{
    std::vector<CodedDocument> documents;
    for (const QdpxSource& source : project.sources) {
        CodedDocument document;
        document.name = source.name;
        document.codebook = project.codebook;
        document.text = source.text;
        document.attributes = source.attributes;
        for (const ForeignCoding& foreign : source.codings) {
            document.codings.push_back(foreign.coding);
            if (foreign.span)
                document.spans.emplace(foreign.coding.id, *foreign.span);
        }
        documents.push_back(std::move(document));
    }
    return documents;
}

} // namespace pt
