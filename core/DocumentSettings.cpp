#include "core/DocumentSettings.hpp"

#include "core/Json.hpp"
#include "core/Speakers.hpp"

#include <nlohmann/json.hpp>

namespace pt {

DocumentSettings::DocumentSettings()
    : speakerPatterns(SpeakerRecognizer::defaultPatterns())
{
}

nlohmann::json settingsToJson(const DocumentSettings& settings)
{
    return {{"speakerPatterns", settings.speakerPatterns}};
}

DocumentSettings settingsFromJson(const nlohmann::json& json, const std::string& where, Problems& problems)
{
    DocumentSettings settings;
    JsonFields fields(json, where, problems);
    if (!fields.isObject())
        return settings;
    fields.refuseOthers({"speakerPatterns"});
    const auto patterns = json.find("speakerPatterns");
    if (patterns != json.end() && !patterns->is_null()) {
        if (!patterns->is_array()) {
            fields.problem("speakerPatterns", "expected an array of strings, found " + describeType(*patterns));
        } else {
            std::vector<std::string> read;
            bool allGood = true;
            for (std::size_t i = 0; i < patterns->size(); ++i) {
                const std::string at = fields.path("speakerPatterns") + "[" + std::to_string(i) + "]";
                if (!(*patterns)[i].is_string()) {
                    problems.push_back({at, "expected a string, found " + describeType((*patterns)[i])});
                    allGood = false;
                    continue;
                }
                try {
                    SpeakerRecognizer check({(*patterns)[i].get<std::string>()});
                    read.push_back((*patterns)[i].get<std::string>());
                } catch (const InvalidInput& error) {
                    problems.push_back({at, error.problems().front().what});
                    allGood = false;
                }
            }
            if (allGood)
                settings.speakerPatterns = std::move(read);
        }
    }
    return settings;
}

DocumentSettings parseSettingsJson(std::string_view text)
{
    Problems problems;
    DocumentSettings settings = settingsFromJson(parseJson(text, "settings"), "settings", problems);
    if (!problems.empty())
        throw InvalidInput("The settings were not accepted:", std::move(problems));
    return settings;
}

} // namespace pt
