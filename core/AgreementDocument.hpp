#pragma once

#include "core/Agreement.hpp"
#include "core/Codebook.hpp"
#include "core/ReportContent.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// What the agreement report says, ready to be laid out as a document.
using AgreementDocument = ReportContent;

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
