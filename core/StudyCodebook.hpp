#pragma once

#include "core/Codebook.hpp"
#include "core/Problem.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// One codebook for a study. The study keeps it in `codebook.json` beside `study.json`, each code with a
/// revision that goes up with every change a transcript sends, and the fingerprints of its past versions.
/// Each transcript keeps, for each code, the revision and fingerprint it last agreed with the study on (its
/// base, kStudySyncRecordKey). From the two a synchronisation tells, code by code, who
/// changed it since: only the transcript (its version is sent to the study), only the study (the transcript
/// receives it) or both (a conflict, reported until someone chooses; never merged one way silently).
struct StudyCodeVersions {
    int revision = 0;
    std::vector<std::string> fingerprints; ///< oldest first; the last is the current version's
};

struct StudyCodebook {
    Codebook codebook;
    std::map<std::string, StudyCodeVersions> versions; ///< by code id
};

constexpr char kStudyCodebookFile[] = "codebook.json";
/// Beside the payload's records, not among them: keeping it does not make a transcript Power Triangle never
/// wrote to one it did.
constexpr char kStudySyncRecordKey[] = "PowerTriangleStudy.codebookBases";

/// {"format": "power-triangle-study-codebook", "version": 1, "codebook": {...}, "versions": {id: {"revision",
/// "fingerprints"}}}
std::string studyCodebookText(const StudyCodebook& studyCodebook);
/// Strict: throws InvalidInput naming every fault of a damaged file.
StudyCodebook parseStudyCodebook(std::string_view text);

/// What a transcript last agreed with the study on, by code id.
struct SyncBase {
    int revision = 0;
    std::string fingerprint;
};
using SyncBases = std::map<std::string, SyncBase>;
std::string syncBasesRecord(const SyncBases& bases);
/// Lenient: a damaged record reads as none (every code is then compared as on first joining).
SyncBases parseSyncBases(std::string_view text);

/// A code's version: its fields but its id, fingerprinted.
std::string codeFingerprint(const Code& code);

/// A code both sides changed since they last agreed.
struct CodeConflict {
    Code here;  ///< the transcript's version
    Code study; ///< the study's version
};

/// Which version wins a conflict, as the user chose.
enum class SyncChoice { Transcript, Study };

struct CodebookSync {
    Codebook document;  ///< the transcript's codebook after the synchronisation
    StudyCodebook study;
    SyncBases bases;
    /// Codes of the transcript matched by name (path) to a study code of another id: its codings take the
    /// study's id (old id to new).
    std::map<std::string, std::string> recoded;
    std::vector<std::string> received;      ///< names of codes the transcript got from the study
    std::vector<std::string> sent;          ///< names of codes the study got from the transcript
    std::vector<std::string> mergedByName;  ///< names of codes matched by name
    std::vector<CodeConflict> conflicts;    ///< left as they are on both sides
    bool documentChanged = false;           ///< codebook or codings
    bool studyChanged = false;
    bool basesChanged = false;
};

/// Synchronises a transcript's codebook (`document`, with what it last agreed on, `bases`) with the study's.
/// `choices` settles conflicts by code id; `receive` false sends only (the transcript is not changed, as
/// after saving it). Codes are never dropped on either side: a code only one side has goes to the other.
/// Throws InvalidInput when the result would not be a valid codebook (two sibling codes of one name, say),
/// naming why; nothing is then changed.
CodebookSync synchroniseCodebooks(const Codebook& document, const SyncBases& bases, const StudyCodebook& study,
                                  const std::map<std::string, SyncChoice>& choices, bool receive = true);

/// {"received": [names], "sent": [names], "mergedByName": [names], "conflicts": [{"id", "here": code,
/// "study": code}]}: what the API and the infobar report.
nlohmann::json syncSummaryToJson(const CodebookSync& sync);

} // namespace pt
