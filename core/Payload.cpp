#include "core/Payload.hpp"

#include "core/Json.hpp"

#include <nlohmann/json.hpp>

namespace pt {

namespace {

constexpr char kFormatName[] = "power-triangle";
constexpr std::size_t kCodingKeyPrefixLength = sizeof("PowerTriangle.coding.") - 1;

// ASCII only, so that records can be cut anywhere and survive every file format.
std::string compact(const nlohmann::json& json)
{
    return dumpJson(json, true);
}

} // namespace

std::string codingRecordKey(const std::string& codingId)
{
    return "PowerTriangle.coding." + codingId;
}

std::string headerRecord()
{
    return compact({{"format", kFormatName}, {"version", kPayloadVersion}});
}

std::string codebookRecord(const Codebook& codebook)
{
    return compact(codebookToJson(codebook));
}

std::string codingRecord(const Coding& coding)
{
    return compact(codingToJson(coding));
}

std::string settingsRecord(const DocumentSettings& settings)
{
    return compact(settingsToJson(settings));
}

std::string attributesRecord(const DocumentAttributes& attributes)
{
    return compact(documentAttributesToJson(attributes));
}

std::string codebookHistoryRecord(const std::vector<CodebookChange>& history)
{
    return compact(codebookHistoryToJson(history));
}

Records payloadRecords(const Payload& payload)
{
    Records records{{kHeaderRecordKey, headerRecord()},
                    {kCodebookRecordKey, codebookRecord(payload.codebook)},
                    {kSettingsRecordKey, settingsRecord(payload.settings)}};
    if (!payload.attributes.definitions.empty() || !payload.attributes.values.empty())
        records.emplace(kAttributesRecordKey, attributesRecord(payload.attributes));
    if (!payload.history.empty())
        records.emplace(kCodebookHistoryRecordKey, codebookHistoryRecord(payload.history));
    for (const Coding& coding : payload.codings)
        records.emplace(codingRecordKey(coding.id), codingRecord(coding));
    return records;
}

PayloadReadResult readPayload(const Records& records)
{
    PayloadReadResult result;
    Problems& problems = result.problems;
    result.present = !records.empty();
    if (!result.present) {
        result.payload.codebook = defaultCodebook();
        return result;
    }

    const auto header = records.find(kHeaderRecordKey);
    if (header == records.end()) {
        problems.push_back({kHeaderRecordKey, "missing; the rest is read as version " + std::to_string(kPayloadVersion)});
    } else {
        try {
            const nlohmann::json json = parseJson(header->second, kHeaderRecordKey);
            Problems headerProblems;
            JsonFields fields(json, kHeaderRecordKey, headerProblems);
            if (fields.isObject() && fields.optionalString("format") != kFormatName)
                fields.problem("format", "is not \"" + std::string(kFormatName) + "\"");
            const auto version = json.is_object() ? json.find("version") : json.end();
            if (fields.isObject() && (version == json.end() || !version->is_number_integer() || version->get<int>() < 1))
                fields.problem("version", "missing or not a positive whole number");
            else if (fields.isObject() && version->get<int>() > kPayloadVersion) {
                result.newerVersion = true;
                fields.problem("version", "is " + dumpJson(*version) + ": written by a newer Power Triangle (this release reads up to "
                                              + std::to_string(kPayloadVersion) + ")");
            }
            problems.insert(problems.end(), headerProblems.begin(), headerProblems.end());
        } catch (const InvalidInput& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }

    const auto codebook = records.find(kCodebookRecordKey);
    bool codebookRead = false;
    if (codebook == records.end()) {
        problems.push_back({kCodebookRecordKey, "missing; the default codebook is used"});
    } else {
        try {
            Problems codebookProblems;
            Codebook read = codebookFromJson(parseJson(codebook->second, kCodebookRecordKey), kCodebookRecordKey,
                                             codebookProblems);
            problems.insert(problems.end(), codebookProblems.begin(), codebookProblems.end());
            if (!read.codes().empty()) {
                result.payload.codebook = std::move(read);
                codebookRead = true;
            }
        } catch (const InvalidInput& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
        if (!codebookRead)
            problems.push_back({kCodebookRecordKey, "unreadable; the default codebook is used"});
    }
    if (!codebookRead)
        result.payload.codebook = defaultCodebook();

    if (const auto settings = records.find(kSettingsRecordKey); settings != records.end()) {
        try {
            result.payload.settings = settingsFromJson(parseJson(settings->second, kSettingsRecordKey),
                                                       kSettingsRecordKey, problems);
        } catch (const InvalidInput& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }

    if (const auto attributes = records.find(kAttributesRecordKey); attributes != records.end()) {
        try {
            result.payload.attributes = documentAttributesFromJson(parseJson(attributes->second, kAttributesRecordKey),
                                                                   kAttributesRecordKey, problems);
        } catch (const InvalidInput& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }

    if (const auto history = records.find(kCodebookHistoryRecordKey); history != records.end()) {
        try {
            result.payload.history = codebookHistoryFromJson(parseJson(history->second, kCodebookHistoryRecordKey),
                                                             kCodebookHistoryRecordKey, problems);
        } catch (const InvalidInput& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }

    const std::string codingPrefix = codingRecordKey("");
    for (auto record = records.lower_bound(codingPrefix);
         record != records.end() && record->first.compare(0, codingPrefix.size(), codingPrefix) == 0; ++record) {
        const std::string& key = record->first;
        try {
            Problems codingProblems;
            Coding coding = codingFromJson(parseJson(record->second, key), key, codingProblems);
            const std::string keyId = key.substr(kCodingKeyPrefixLength);
            // Without its own id and a code id a coding cannot be placed or counted; any other fault
            // (a bad time, say) is reported and the coding kept.
            const bool usable = coding.id == keyId && !coding.codeId.empty();
            if (!coding.id.empty() && coding.id != keyId)
                codingProblems.push_back({key + ".id", "\"" + coding.id + "\" differs from the record's id " + keyId});
            if (usable && !result.payload.codebook.find(coding.codeId))
                codingProblems.push_back({key + ".codeId", "\"" + coding.codeId + "\" is not a code of the codebook; the coding is kept"});
            problems.insert(problems.end(), codingProblems.begin(), codingProblems.end());
            if (usable)
                result.payload.codings.push_back(std::move(coding));
        } catch (const InvalidInput& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }
    return result;
}

} // namespace pt
