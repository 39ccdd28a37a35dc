#pragma once
// The table health-science researchers report a qualitative content analysis with (Graneheim & Lundman
// 2004): meaning unit, condensed meaning unit, code, sub-category, category, and here the triangle's
// dimension and polarity; one row per coding, grouped and ordered by category.

#include "core/CodedDocument.hpp"
#include "core/ReflectionPrompts.hpp"
#include "core/ReportContent.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pt {

struct ContentAnalysisRow {
    std::string document;
    std::string location; ///< the document's URL or path, for the link back
    std::string codingId;
    std::string meaningUnit; ///< the passage as the text has it now (what was coded, for a deleted passage)
    std::string condensed;
    std::string code;
    std::string subCategory; ///< the codes between category and code, " / " between them; may be empty
    std::string category;    ///< the code's top below its dimension (for a code outside the triangle, its top)
    std::string dimension;   ///< in the table's language; empty for a code outside the triangle
    std::string polarity;    ///< in the table's language
    std::string coder;
};

struct ContentAnalysisOptions {
    std::optional<Dimension> dimension; ///< only codings of this dimension
    std::string coder;                  ///< only this coder's codings
    bool onlyCondensed = false;         ///< only codings with a condensed meaning unit
    TableLanguage language = TableLanguage::English;
};

/// The rows of the documents' codings that the options keep, ordered by dimension (the triangle's order,
/// codes outside it last), then category, sub-category and code in codebook order, then document and text
/// order.
std::vector<ContentAnalysisRow> contentAnalysisRows(const std::vector<CodedDocument>& documents,
                                                    const ContentAnalysisOptions& options);

/// The column headings in the table's language.
std::vector<std::string> contentAnalysisHeadings(TableLanguage language);

/// The table as a report: a title, a line on what it holds, and one table (the meaning unit linked to its
/// passage when `linked`); then, as an appendix, the codebook's history (how the categories developed).
ReportContent contentAnalysisReport(const std::string& title, const std::vector<ContentAnalysisRow>& rows,
                                    const std::vector<CodebookChange>& history, const ContentAnalysisOptions& options,
                                    bool linked);
/// As CSV (RFC 4180, headings in the table's language, then a column with the document).
std::string contentAnalysisCsv(const std::vector<ContentAnalysisRow>& rows, TableLanguage language);
/// As JSON: [{"document", "codingId", "meaningUnit", "condensed", "code", "subCategory", "category",
/// "dimension", "polarity", "coder"}].
nlohmann::json contentAnalysisToJson(const std::vector<ContentAnalysisRow>& rows);

/// Reads {"dimension": "resources"|"discourses"|"contexts", "coder", "onlyCondensed", "language": "en"|"sv"}
/// (every field optional). Throws InvalidInput naming every fault.
ContentAnalysisOptions parseContentAnalysisOptions(const nlohmann::json& json);

} // namespace pt
