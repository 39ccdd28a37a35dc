#include "core/Coding.hpp"

#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/Timestamp.hpp"

#include <nlohmann/json.hpp>

namespace pt {

nlohmann::json codingToJson(const Coding& coding)
{
    return {
        {"id", coding.id},       {"codeId", coding.codeId}, {"coder", coding.coder},
        {"time", coding.time},   {"memo", coding.memo},     {"text", coding.text},
        {"speaker", coding.speaker},
    };
}

Coding codingFromJson(const nlohmann::json& json, const std::string& where, Problems& problems)
{
    JsonFields fields(json, where, problems);
    Coding coding;
    coding.id = normalizedGuid(fields.requiredString("id"));
    if (fields.isObject() && !coding.id.empty() && !isGuid(coding.id))
        fields.problem("id", dumpJson(nlohmann::json(coding.id)) + " is not a GUID");
    coding.codeId = normalizedGuid(fields.requiredString("codeId"));
    coding.coder = fields.optionalString("coder");
    coding.time = fields.optionalString("time");
    if (!coding.time.empty() && !isTimestamp(coding.time))
        fields.problem("time", dumpJson(nlohmann::json(coding.time)) + " is not an ISO 8601 date and time");
    coding.memo = fields.optionalString("memo");
    coding.text = fields.optionalString("text");
    coding.speaker = fields.optionalString("speaker");
    return coding;
}

} // namespace pt
