#pragma once

#include "core/CodedDocument.hpp"
#include "core/Codebook.hpp"
#include "core/Coding.hpp"
#include "core/ReportContent.hpp"
#include "core/TextPlacement.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pt {

/// Codings counted as enablers, barriers, and either (by the code's polarity, or the nearest above it).
struct Balance {
    std::size_t enablers = 0;
    std::size_t barriers = 0;
    std::size_t either = 0;
    std::size_t total() const { return enablers + barriers + either; }
    void add(Polarity polarity);
};

struct CodeFrequency {
    std::string codeId;
    std::string path;
    std::size_t depth = 0;  ///< 0 for a dimension
    Balance codings;        ///< of the code and every code below it
    std::size_t documents = 0; ///< documents with at least one of those codings
};

/// Codes × codes, in the order of `codes`: how often codings of two codes meet.
struct CooccurrenceMatrix {
    std::vector<std::string> codes; ///< code ids: the codable codes in use
    std::vector<std::vector<std::size_t>> counts;
};

struct RetrievedPassage {
    std::string document;
    std::string location;
    std::string codingId;
    std::string codePath;
    std::string speaker;
    std::string coder;
    std::string text;
    std::string memo;
    bool orphaned = false;
};

struct CodingReport {
    Codebook codebook; ///< the first document's, with the codes of the others it lacks
    std::vector<std::string> documents;
    std::size_t codings = 0;
    std::size_t orphans = 0;
    std::size_t withoutCode = 0; ///< codings whose code no document's codebook has (a damaged file): not counted
    std::size_t outsideTriangle = 0; ///< codings of emergent codes not yet placed: in no dimension's balance
    std::map<Dimension, Balance> byDimension;
    std::vector<CodeFrequency> byCode; ///< codebook order: each dimension, then the codes below it, depth first
    std::map<std::string, std::map<Dimension, Balance>> bySpeaker; ///< "" for text without a speaker label
    std::map<std::string, std::map<Dimension, Balance>> byCoder;
    CooccurrenceMatrix overlapping; ///< pairs of codings whose passages overlap
    CooccurrenceMatrix sameTurn;    ///< pairs of codings that start in the same speaker turn
    std::vector<RetrievedPassage> retrieved; ///< codings of the chosen codes (and codes below them)
};

/// Counts the codings of `documents`. `retrieve`: the codes whose passages are listed, with every code
/// below them. Pairs for co-occurrence are codings of different codes in one document, each pair once.
CodingReport makeCodingReport(const std::vector<CodedDocument>& documents, const std::set<std::string>& retrieve = {});

/// The report as a document: frequencies with the balance, by speaker, by coder, co-occurrence and the
/// retrieved passages (linked back).
ReportContent codingReportContent(const CodingReport& report);

/// The report as JSON: {"documents", "codings", "orphans", "withoutCode", "outsideTriangle", "byDimension": {"resources": balance, …},
/// "codes": [{"codeId", "path", "depth", "documents", "codings": balance}], "bySpeaker": {name: {dimension:
/// balance}}, "byCoder": {…}, "cooccurrence": {"codes": [paths], "overlapping": [[n]], "sameTurn": [[n]]},
/// "passages": [{"document", "codingId", "code", "speaker", "coder", "text", "memo", "orphaned"}]};
/// balance: {"enablers", "barriers", "either", "total"}.
nlohmann::json codingReportToJson(const CodingReport& report);

/// Frequencies as CSV for R and Python: one row per code (code path, depth, dimension, enablers, barriers,
/// either, total, documents). UTF-8, RFC 4180.
std::string codeFrequenciesCsv(const CodingReport& report);

} // namespace pt
