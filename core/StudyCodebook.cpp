#include "core/StudyCodebook.hpp"

#include "core/Fingerprint.hpp"
#include "core/Json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace pt {

namespace {

constexpr char kStudyCodebookFormat[] = "power-triangle-study-codebook";

nlohmann::json codeToJson(const Code& code)
{
    return codebookToJson(Codebook({code}))["codes"][0];
}

bool contains(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

/// Puts `code` in `codes` in place of the one with its id, or at the end.
void put(std::vector<Code>& codes, const Code& code)
{
    const auto same = std::find_if(codes.begin(), codes.end(), [&](const Code& c) { return c.id == code.id; });
    if (same == codes.end())
        codes.push_back(code);
    else
        *same = code;
}

/// The codes in an order where each parent comes before its children, otherwise as they were.
Codebook parentsFirst(std::vector<Code> codes)
{
    std::vector<Code> ordered;
    std::set<std::string> placed;
    std::set<std::string> ids;
    for (const Code& code : codes)
        ids.insert(code.id);
    bool progress = true;
    while (!codes.empty() && progress) {
        progress = false;
        for (auto code = codes.begin(); code != codes.end();) {
            if (code->parentId.empty() || placed.count(code->parentId) || !ids.count(code->parentId)) {
                placed.insert(code->id);
                ordered.push_back(std::move(*code));
                code = codes.erase(code);
                progress = true;
            } else {
                ++code;
            }
        }
    }
    for (Code& code : codes) // a cycle: left to validation to name
        ordered.push_back(std::move(code));
    return Codebook(std::move(ordered));
}

} // namespace

std::string codeFingerprint(const Code& code)
{
    nlohmann::json fields = codeToJson(code);
    fields.erase("id");
    // Fields at their defaults are left out, so that a code keeps the fingerprint it had before they existed.
    for (const char* added : {"inclusion", "exclusion", "exampleCodingId"})
        if (fields[added] == "")
            fields.erase(added);
    if (fields["origin"] == "a priori")
        fields.erase("origin");
    return fingerprintOf(dumpJson(fields, true));
}

std::string studyCodebookText(const StudyCodebook& studyCodebook)
{
    nlohmann::json versions = nlohmann::json::object();
    for (const auto& [id, code] : studyCodebook.versions)
        versions[id] = {{"revision", code.revision}, {"fingerprints", code.fingerprints}};
    return dumpJsonForPeople({{"format", kStudyCodebookFormat}, {"version", 1},
                              {"codebook", codebookToJson(studyCodebook.codebook)}, {"versions", versions}});
}

StudyCodebook parseStudyCodebook(std::string_view text)
{
    const nlohmann::json json = parseJson(text, kStudyCodebookFile);
    if (!json.is_object() || json.value("format", std::string()) != kStudyCodebookFormat)
        throw InvalidInput(Problem{kStudyCodebookFile, std::string("is not a study's codebook (its \"format\" is not \"")
                                                           + kStudyCodebookFormat + "\")"});
    Problems problems;
    JsonFields fields(json, "studyCodebook", problems);
    fields.refuseOthers({"format", "version", "codebook", "versions"});
    StudyCodebook study;
    if (json.contains("codebook"))
        study.codebook = codebookFromJson(json["codebook"], "studyCodebook.codebook", problems);
    for (const Problem& problem : validateCodebook(study.codebook, "studyCodebook.codebook"))
        problems.push_back(problem);
    const nlohmann::json versions = json.value("versions", nlohmann::json::object());
    if (!versions.is_object())
        problems.push_back({"studyCodebook.versions", "expected an object, found " + describeType(versions)});
    for (const Code& code : study.codebook.codes()) {
        StudyCodeVersions& kept = study.versions[code.id];
        const auto written = versions.is_object() ? versions.find(code.id) : versions.end();
        if (versions.is_object() && written != versions.end() && written->is_object()) {
            const auto revision = written->find("revision");
            const auto fingerprints = written->find("fingerprints");
            if (revision == written->end() || !revision->is_number_integer()
                || fingerprints == written->end() || !fingerprints->is_array()
                || !std::all_of(fingerprints->begin(), fingerprints->end(), [](const auto& f) { return f.is_string(); })) {
                problems.push_back({"studyCodebook.versions." + code.id, "expected {\"revision\": number, \"fingerprints\": [strings]}"});
                continue;
            }
            kept.revision = revision->get<int>();
            kept.fingerprints = fingerprints->get<std::vector<std::string>>();
        }
        // The current version is always the last known one, whatever an editor did to the file.
        const std::string current = codeFingerprint(code);
        if (kept.fingerprints.empty() || kept.fingerprints.back() != current)
            kept.fingerprints.push_back(current);
    }
    if (json.value("version", 1) > 1)
        problems.push_back({"studyCodebook.version", "was written by a newer Power Triangle"});
    if (!problems.empty())
        throw InvalidInput("The study's codebook could not be read:", std::move(problems));
    return study;
}

std::string syncBasesRecord(const SyncBases& bases)
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [id, base] : bases)
        json[id] = {base.revision, base.fingerprint};
    return dumpJson({{"codes", json}}, true);
}

SyncBases parseSyncBases(std::string_view text)
{
    SyncBases bases;
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object() || !json.contains("codes") || !json["codes"].is_object())
        return bases;
    for (const auto& [id, base] : json["codes"].items())
        if (base.is_array() && base.size() == 2 && base[0].is_number_integer() && base[1].is_string())
            bases[id] = {base[0].get<int>(), base[1].get<std::string>()};
    return bases;
}

CodebookSync synchroniseCodebooks(const Codebook& document, const SyncBases& bases, const StudyCodebook& study,
                                  const std::map<std::string, SyncChoice>& choices, bool receive)
{
    CodebookSync sync;
    sync.study.versions = study.versions;
    sync.bases = bases;
    const Codebook& studyCodes = study.codebook;

    // A code the transcript made on its own whose path the study has under another id is the same code.
    std::map<std::string, std::string> studyIdByPath;
    for (const Code& code : studyCodes.codes())
        studyIdByPath.emplace(studyCodes.path(code), code.id);
    std::set<std::string> waitingForReceiving;
    for (const Code& code : document.codes()) {
        if (studyCodes.find(code.id) || bases.count(code.id))
            continue;
        const auto same = studyIdByPath.find(document.path(code));
        if (same == studyIdByPath.end() || document.find(same->second))
            continue;
        if (receive) {
            sync.recoded[code.id] = same->second;
            sync.mergedByName.push_back(code.name);
        } else {
            waitingForReceiving.insert(code.id);
        }
    }
    std::vector<Code> here = document.codes();
    for (Code& code : here) {
        if (const auto to = sync.recoded.find(code.id); to != sync.recoded.end())
            code.id = to->second;
        if (const auto to = sync.recoded.find(code.parentId); to != sync.recoded.end())
            code.parentId = to->second;
    }
    std::vector<Code> there = studyCodes.codes();
    std::vector<Code> resultHere = here;

    const auto agree = [&](const std::string& id, int revision, const std::string& fingerprint) {
        SyncBase& base = sync.bases[id];
        if (base.revision != revision || base.fingerprint != fingerprint) {
            base = {revision, fingerprint};
            sync.basesChanged = true;
        }
    };
    const auto send = [&](const Code& code, const std::string& fingerprint) {
        put(there, code);
        StudyCodeVersions& versions = sync.study.versions[code.id];
        ++versions.revision;
        versions.fingerprints.push_back(fingerprint);
        agree(code.id, versions.revision, fingerprint);
        sync.sent.push_back(code.name);
        sync.studyChanged = true;
    };
    const auto take = [&](const Code& code) {
        put(resultHere, code);
        const StudyCodeVersions& versions = sync.study.versions[code.id];
        agree(code.id, versions.revision, codeFingerprint(code));
        sync.received.push_back(code.name);
        sync.documentChanged = true;
    };

    std::set<std::string> hereIds;
    for (const Code& code : here) {
        hereIds.insert(code.id);
        if (waitingForReceiving.count(code.id))
            continue;
        const std::string mine = codeFingerprint(code);
        const Code* theirs = studyCodes.find(code.id);
        if (!theirs) {
            send(code, mine);
            continue;
        }
        StudyCodeVersions& versions = sync.study.versions[code.id];
        const std::string current = codeFingerprint(*theirs);
        if (versions.fingerprints.empty())
            versions.fingerprints.push_back(current);
        if (mine == current) {
            agree(code.id, versions.revision, current);
            continue;
        }
        const auto base = bases.find(code.id);
        bool changedHere = base != bases.end() ? mine != base->second.fingerprint : !contains(versions.fingerprints, mine);
        bool changedThere = base != bases.end() ? versions.revision != base->second.revision : true;
        if (changedHere && changedThere) {
            const auto choice = choices.find(code.id);
            if (choice == choices.end()) {
                sync.conflicts.push_back({code, *theirs});
                continue;
            }
            changedHere = choice->second == SyncChoice::Transcript;
        }
        if (changedHere)
            send(code, mine);
        else if (receive)
            take(*theirs);
    }
    if (receive)
        for (const Code& code : studyCodes.codes())
            if (!hereIds.count(code.id))
                take(code);
    if (!sync.recoded.empty())
        sync.documentChanged = true;

    sync.document = parentsFirst(resultHere);
    sync.study.codebook = parentsFirst(there);
    Problems problems = validateCodebook(sync.document, "transcript.codebook");
    for (const Problem& problem : validateCodebook(sync.study.codebook, "study.codebook"))
        problems.push_back(problem);
    if (!problems.empty())
        throw InvalidInput("The transcript's and the study's codebooks could not be brought together:", std::move(problems));
    return sync;
}

nlohmann::json syncSummaryToJson(const CodebookSync& sync)
{
    nlohmann::json conflicts = nlohmann::json::array();
    for (const CodeConflict& conflict : sync.conflicts)
        conflicts.push_back({{"id", conflict.here.id}, {"here", codeToJson(conflict.here)}, {"study", codeToJson(conflict.study)}});
    return {{"received", sync.received}, {"sent", sync.sent}, {"mergedByName", sync.mergedByName}, {"conflicts", conflicts}};
}

} // namespace pt
