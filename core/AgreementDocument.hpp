#pragma once

#include "core/Agreement.hpp"
#include "core/Codebook.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// A line of a report's table cell; `codingId` names the coding it quotes, to link back to its passage.
struct ReportLine {
    std::string text;
    std::string codingId;
};
using ReportCell = std::vector<ReportLine>;
/// Rows of cells; the first row is the header.
using ReportTable = std::vector<std::vector<ReportCell>>;

struct CaptionedTable {
    std::string caption;       ///< a line before the table; may be empty
    ReportTable rows;
    bool labelledRows = true;  ///< the first column names the rows (and is shown bold)
};

struct ReportSection {
    std::string heading;
    std::vector<std::string> paragraphs; ///< before the tables
    std::vector<CaptionedTable> tables;
};

/// What the agreement report says, ready to be laid out as a document.
struct AgreementDocument {
    std::string title;
    std::vector<std::string> introduction;
    std::vector<ReportSection> sections;
};

/// The agreement report of `documentName`: the figures overall, then for each code that some coder used
/// a table of figures and a table of the disagreements, the coders' passages side by side. `spans` are
/// those the report and disagreements were measured on; `text` is the document's text they count in.
AgreementDocument agreementDocument(const std::string& documentName, const Codebook& codebook,
                                    const AgreementReport& report, const std::vector<Disagreement>& disagreements,
                                    const std::vector<CodedSpan>& spans, std::u32string_view text);

/// {"coders", "overall": {"wholeText": figures, "codedText": figures}, "codes": [{"codeId",
/// "codePath", "wholeText", "codedText", "disagreements"}]}; figures: {"characters", "percentAgreement",
/// "kappa", "alpha"}, null where undefined or (percent, kappa) for more than two coders.
std::string agreementToJson(const Codebook& codebook, const AgreementReport& report,
                            const std::vector<Disagreement>& disagreements);

} // namespace pt
