#include "core/Study.hpp"

#include "core/Json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace pt {

namespace {
constexpr char kStudyFormat[] = "power-triangle-study";
}

nlohmann::json studyToJson(const Study& study)
{
    nlohmann::json json = {{"format", kStudyFormat}, {"version", 1}, {"name", study.name},
                           {"attributes", definitionsToJson(study.attributes)}, {"transcripts", study.transcripts}};
    if (study.cases != CasesPer::Transcript)
        json["cases"] = casesName(study.cases);
    return json;
}

Study parseStudyJson(std::string_view text)
{
    const nlohmann::json json = parseJson(text, kStudyFile);
    Problems problems;
    JsonFields fields(json, "study", problems);
    if (!fields.isObject() || json.value("format", std::string()) != kStudyFormat)
        throw InvalidInput(Problem{kStudyFile, std::string("is not a Power Triangle study (its \"format\" is not \"") + kStudyFormat + "\")"});
    fields.refuseOthers({"format", "version", "name", "attributes", "transcripts", "cases"});
    Study study;
    study.name = fields.requiredString("name");
    if (json.contains("attributes")) {
        try {
            study.attributes = parseDefinitionsJson(json["attributes"].dump());
        } catch (const InvalidInput& error) {
            for (const Problem& problem : error.problems())
                problems.push_back({"study." + problem.where, problem.what});
        }
    }
    study.transcripts = fields.optionalStrings("transcripts");
    if (json.contains("cases")) {
        const auto cases = json["cases"].is_string() ? casesNamed(json["cases"].get<std::string>()) : std::nullopt;
        if (cases)
            study.cases = *cases;
        else
            problems.push_back({"study.cases", "is neither \"transcript\" nor \"speaker\""});
    }
    if (json.value("version", 1) > 1)
        problems.push_back({"study.version", "was written by a newer Power Triangle"});
    if (!problems.empty())
        throw InvalidInput("The study file could not be read:", std::move(problems));
    return study;
}

std::string studyPathOf(const std::string& folder, const std::string& transcript)
{
    const fs::path base = fs::path(folder).lexically_normal();
    const fs::path file = fs::path(transcript).lexically_normal();
    const fs::path relative = file.lexically_relative(base);
    if (!relative.empty() && *relative.begin() != "..")
        return relative.generic_string();
    return file.generic_string();
}

std::string resolvedStudyPath(const std::string& folder, const std::string& path)
{
    const fs::path given(path);
    return (given.is_absolute() ? given : fs::path(folder) / given).lexically_normal().string();
}

std::size_t addTranscripts(Study& study, const std::string& folder, const std::vector<std::string>& transcripts, Problems& notes)
{
    std::size_t added = 0;
    for (const std::string& transcript : transcripts) {
        const std::string path = studyPathOf(folder, transcript);
        if (std::count(study.transcripts.begin(), study.transcripts.end(), path)) {
            notes.push_back({path, "is in the study already"});
            continue;
        }
        study.transcripts.push_back(path);
        ++added;
    }
    return added;
}

Problems valuesThatDoNotFit(const AttributeDefinitions& definitions, const std::vector<StudyEntry>& entries)
{
    Problems problems;
    for (const StudyEntry& entry : entries)
        for (const AttributeDefinition& definition : definitions)
            if (const auto value = entry.attributes.find(definition.name); value != entry.attributes.end())
                if (const auto why = whyValueDoesNotFit(definition, value->second))
                    problems.push_back({entry.name, *why});
    return problems;
}

nlohmann::json studyListingToJson(const Study& study, const std::vector<StudyEntry>& entries)
{
    nlohmann::json transcripts = nlohmann::json::array();
    for (const StudyEntry& entry : entries)
        transcripts.push_back({{"path", entry.path}, {"name", entry.name}, {"missing", entry.missing}, {"problem", entry.problem},
                               {"codings", entry.codings}, {"attributes", attributesToJson(entry.attributes)}});
    return {{"name", study.name}, {"attributes", definitionsToJson(study.attributes)}, {"cases", casesName(study.cases)},
            {"transcripts", transcripts}};
}

std::string casesName(CasesPer cases)
{
    return cases == CasesPer::Speaker ? "speaker" : "transcript";
}

std::optional<CasesPer> casesNamed(std::string_view name)
{
    if (name == "transcript")
        return CasesPer::Transcript;
    if (name == "speaker")
        return CasesPer::Speaker;
    return std::nullopt;
}

} // namespace pt
