#pragma once

#include "core/Attributes.hpp"
#include "core/CodedDocument.hpp"
#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// What a case of the study is when it goes to another tool (REFI-QDA <Cases>): each transcript, or each
/// speaker of each transcript (a focus group's participants, NVivo's cases per person).
enum class CasesPer { Transcript, Speaker };

/// A study: a team's transcripts as one, with the attributes it records of each. Kept as `study.json` in
/// the study's folder; the transcripts stay where they are (referenced in place, by a path relative to the
/// folder when they are inside it), each a normal document that travels alone.
struct Study {
    std::string name;
    AttributeDefinitions attributes;
    std::vector<std::string> transcripts; ///< paths as written: relative to the study's folder, or absolute
    CasesPer cases = CasesPer::Transcript;
};

constexpr char kStudyFile[] = "study.json";

/// {"format": "power-triangle-study", "version": 1, "name", "attributes": [definitions], "transcripts": [paths],
///  "cases": "transcript" | "speaker"} ("cases" only when it is "speaker"; missing means "transcript")
nlohmann::json studyToJson(const Study& study);
/// Strict: throws InvalidInput naming every fault of a damaged study file.
Study parseStudyJson(std::string_view text);

/// The path to write for a transcript at `transcript` (absolute) in the study whose folder is `folder`
/// (absolute): relative when it lies inside the folder, else absolute.
std::string studyPathOf(const std::string& folder, const std::string& transcript);
/// Where a path of the study file points: `folder` joined with a relative path; an absolute path as it is.
std::string resolvedStudyPath(const std::string& folder, const std::string& path);

/// Adds transcripts (absolute paths) to the study: each once (a path already listed is said in `notes`).
/// Returns how many were added.
std::size_t addTranscripts(Study& study, const std::string& folder, const std::vector<std::string>& transcripts, Problems& notes);

/// One transcript of a study as the Study panel lists it.
struct StudyEntry {
    std::string path;     ///< as the study file has it
    std::string name;     ///< the file's name
    bool missing = false; ///< moved, renamed or deleted: the study file keeps it until the user removes it
    std::string problem;  ///< why it could not be read, when it could not
    std::size_t codings = 0;
    Attributes attributes;
};

/// The values of the transcripts listed that `definitions` would not accept, each named by its transcript
/// ("bo.odt", "\"manager\" is not one of profession's values (\"nurse\")").
Problems valuesThatDoNotFit(const AttributeDefinitions& definitions, const std::vector<StudyEntry>& entries);

/// The study with each transcript's attributes and number of codings:
/// {"name", "attributes": [definitions], "cases", "transcripts": [{"path", "name", "missing", "problem", "codings",
/// "attributes": {...}}]}
nlohmann::json studyListingToJson(const Study& study, const std::vector<StudyEntry>& entries);

/// "transcript" or "speaker", as study.json and powertri write it.
std::string casesName(CasesPer cases);
/// nullopt for anything but "transcript" and "speaker".
std::optional<CasesPer> casesNamed(std::string_view name);

} // namespace pt
