#pragma once

#include "core/AttributeMatrix.hpp"
#include "core/CodedDocument.hpp"
#include "core/ReportContent.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// What a researcher asks of a whole study: every passage of a code (and of the codes below it), narrowed
/// by the transcripts' attributes, the speaker and the coder, and, with a second code, only the passages
/// that overlap one of it or lie in a speaker turn that has one.
struct RetrievalQuery {
    std::string code; ///< a code's id, name or path (codesCalled)
    std::vector<AttributeCondition> where;
    std::string speaker; ///< "" for any
    std::string coder;   ///< "" for any
    enum class With { Anything, Overlapping, InTheSameTurn };
    With with = With::Anything;
    std::string otherCode; ///< for Overlapping and InTheSameTurn
};

/// {"code", "where": ["profession=nurse"], "speaker", "coder", "overlapping": code | "inTheSameTurnAs": code}.
/// Throws InvalidInput naming every fault.
RetrievalQuery parseRetrievalQuery(std::string_view json);

/// Narrows `query` by what a person types in the Study panel: conditions separated by ";", each an
/// attribute condition ("profession=nurse", "years>=10") or one of speaker=NAME, coder=NAME, overlaps=CODE,
/// turn=CODE (passages in a speaker turn that has CODE), also in Swedish (talare, kodare, överlappar, tur).
/// Throws InvalidInput naming each fault.
void narrowQuery(RetrievalQuery& query, std::string_view narrowing);

/// Says a query in words, for a report's title and the panel ("Lack of time; profession=nurse").
std::string describeQuery(const RetrievalQuery& query);

struct StudyPassage {
    std::string transcript; ///< its name
    std::string location;   ///< its file, to open it
    std::string codingId;
    std::string codePath;
    std::string speaker;
    std::string coder;
    std::string memo;
    std::string condensed; ///< the coding's condensed meaning unit
    std::string text;
    std::string context; ///< the passage's paragraph, shortened around it, on one line
};

/// The passages the query asks for, transcript by transcript in the order given, each in text order.
/// Orphaned codings (no passage) are left out. Throws InvalidInput when no transcript has a code called so.
std::vector<StudyPassage> retrievePassages(const std::vector<CodedDocument>& documents, const RetrievalQuery& query);

/// [{"transcript", "location", "codingId", "code", "speaker", "coder", "memo", "condensed", "text", "context"}]
nlohmann::json studyPassagesToJson(const std::vector<StudyPassage>& passages);
/// The passages as CSV: transcript, code, speaker, coder, text, memo, context.
std::string studyPassagesCsv(const std::vector<StudyPassage>& passages);

/// The passages as a report: a table of quotes, each linked to its passage in its transcript, with
/// transcript, speaker, coder and memo.
ReportContent studyPassagesReport(const RetrievalQuery& query, const std::vector<StudyPassage>& passages);

} // namespace pt
