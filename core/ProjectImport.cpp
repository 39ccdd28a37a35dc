#include "core/ProjectImport.hpp"

namespace pt {

ProjectImport planProjectImport(const QdpxRead& read, const CodedText& document, const std::string& documentName,
                                const DocumentAttributes& attributes)
{
    ProjectImport imported;
    imported.sources = read.project.sources.size();
    imported.notCarried = read.notes;
    imported.lenient = read.lenient;
    const QdpxSource* source = matchingSource(read.project, documentName, document.text, imported.matchedBy);
    if (!source) {
        static const std::vector<ForeignCoding> none;
        imported.plan = planMerge(document, {read.project.codebook, none, std::u32string_view()}, true);
        for (const QdpxSource& other : read.project.sources)
            imported.notCarried.push_back({other.name, "shares no text with this document (" + std::to_string(other.codings.size())
                                                           + " codings): open that document and import the project there"});
        return imported;
    }
    imported.source = source->name;
    for (const QdpxSource& other : read.project.sources)
        if (&other != source)
            imported.notCarried.push_back({other.name, "is another document (" + std::to_string(other.codings.size())
                                                           + " codings): open it and import the project there"});
    imported.plan = planMerge(document, {read.project.codebook, source->codings, source->text}, true);
    if (!source->attributes.values.empty() || !source->attributes.definitions.empty()) {
        DocumentAttributes merged = mergedAttributes(attributes, source->attributes, imported.notCarried);
        if (!(merged == attributes))
            imported.plan.attributes = std::move(merged);
    }
    return imported;
}

std::string describeImport(const ProjectImport& imported, const std::string& from)
{
    std::string text;
    if (imported.source.empty()) {
        text = "No codings came with " + from + ": "
               + (imported.sources == 0 ? std::string("it has no texts, only a codebook.")
                                        : "none of its " + std::to_string(imported.sources) + (imported.sources == 1 ? " text" : " texts")
                                              + " is this document.")
               + " Its codebook was brought in.";
        if (!imported.plan.codesAdded.empty()) {
            text += "\n\nCodes added to the codebook:";
            for (const std::string& path : imported.plan.codesAdded)
                text += "\n• " + path;
        } else
            text += " This document had every one of its codes already.";
    } else {
        text = describeMerge(imported.plan, from + " (its text \"" + imported.source + "\", found by " + imported.matchedBy + ")");
        if (imported.plan.attributes) {
            text += "\n\nAttributes of this document now:";
            for (const auto& [name, value] : imported.plan.attributes->values)
                text += "\n• " + name + ": " + attributeText(value);
        }
    }
    if (!imported.notCarried.empty()) {
        text += "\n\nNot carried over from the project:";
        for (const Problem& problem : imported.notCarried)
            text += "\n• " + problem.describe();
    }
    if (!imported.lenient.empty()) {
        text += "\n\nRead although the project does not follow the standard here:";
        for (const Problem& problem : imported.lenient)
            text += "\n• " + problem.describe();
    }
    return text;
}

} // namespace pt
