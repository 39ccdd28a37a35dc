#include "core/CodedDocument.hpp"

#include "core/CodingMerge.hpp"

namespace pt {

Codebook unitedCodebook(const std::vector<CodedDocument>& documents)
{
    if (documents.empty())
        return defaultCodebook();
    Codebook united = documents.front().codebook;
    for (std::size_t i = 1; i < documents.size(); ++i)
        united = withCodesOf(united, documents[i].codebook);
    return united;
}

std::vector<CodebookChange> unitedHistory(const std::vector<CodedDocument>& documents)
{
    std::vector<std::vector<CodebookChange>> histories;
    for (const CodedDocument& document : documents)
        histories.push_back(document.codebookHistory);
    return studyHistory(histories);
}

} // namespace pt
