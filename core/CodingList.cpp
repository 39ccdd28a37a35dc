#include "core/CodingList.hpp"

#include <nlohmann/json.hpp>

namespace pt {

nlohmann::json codingListToJson(const CodingListing& listing)
{
    const Codebook& codebook = listing.codebook;
    nlohmann::json list = nlohmann::json::array();
    for (const CodingListEntry& entry : listing.entries) {
        const Coding& coding = entry.coding;
        const Code* code = codebook.find(coding.codeId);
        list.push_back({
            {"id", coding.id},
            {"codeId", coding.codeId},
            {"codeName", code ? code->name : std::string()},
            {"codePath", code ? codebook.path(*code) : std::string()},
            {"coder", coding.coder},
            {"speaker", coding.speaker},
            {"turnTime", coding.turnTime},
            {"time", coding.time},
            {"memo", coding.memo},
            {"condensed", coding.condensed},
            {"text", entry.anchoredText.value_or(coding.text)},
            {"codedText", coding.text},
            {"orphaned", entry.orphaned()},
        });
    }
    return list;
}

} // namespace pt
