#include "core/Coding.hpp"

#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/TextPlacement.hpp"
#include "core/Timestamp.hpp"
#include "core/TranscriptCues.hpp"

#include <nlohmann/json.hpp>

namespace pt {

void checkCondensation(std::string_view text)
{
    const std::size_t length = toCodePoints(text).size();
    if (length > kLongestCondensation)
        throw Refusal("text", "A condensed meaning unit is a short rewording of its passage (at most " + std::to_string(kLongestCondensation)
                                  + " characters); this one has " + std::to_string(length) + ". Shorten it, or keep the long text as the memo.");
}

nlohmann::json codingToJson(const Coding& coding)
{
    nlohmann::json json = {
        {"id", coding.id},       {"codeId", coding.codeId}, {"coder", coding.coder},
        {"time", coding.time},   {"memo", coding.memo},     {"text", coding.text},
        {"speaker", coding.speaker},
    };
    if (!coding.condensed.empty())
        json["condensed"] = coding.condensed; // absent otherwise: the payload of every coding stays as small
    if (!coding.turnTime.empty())
        json["turnTime"] = coding.turnTime;
    return json;
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
    coding.condensed = fields.optionalString("condensed");
    coding.text = fields.optionalString("text");
    coding.speaker = fields.optionalString("speaker");
    coding.turnTime = fields.optionalString("turnTime");
    if (!coding.turnTime.empty() && !parseMediaTime(coding.turnTime))
        fields.problem("turnTime", dumpJson(nlohmann::json(coding.turnTime)) + " is not a time in a recording (\"00:12:31\")");
    return coding;
}

} // namespace pt
