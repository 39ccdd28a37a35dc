#pragma once

#include "core/Agreement.hpp"
#include "core/Codebook.hpp"
#include "core/CodedDocument.hpp"
#include "core/Coding.hpp"
#include "core/ReportContent.hpp"
#include "core/TextPlacement.hpp"

#include <map>

#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// What the agreement report says, ready to be laid out as a document.
using AgreementDocument = ReportContent;

/// How the coders of one document agree: every coder with an anchored coding, every code in use (in
/// codebook order), over the document's text.
struct DocumentAgreement {
    std::vector<CodedSpan> spans;
    AgreementReport report;
    std::vector<Disagreement> disagreements;
};

/// Throws InvalidInput when fewer than two coders have anchored codings, saying how to get a second
/// coder's codings in.
DocumentAgreement measureDocumentAgreement(const Codebook& codebook, const std::vector<Coding>& codings,
                                           const std::map<std::string, TextSpan>& spans, std::size_t textLength);

/// How the coders of a study agree, its transcripts taken as one text (their characters pooled). Only the
/// transcripts that two or more coders coded count, and only the coders who coded every one of those are
/// compared: a coder who never coded a transcript does not disagree on it.
struct StudyAgreement {
    Codebook codebook;
    DocumentAgreement measured;        ///< spans placed in `text`, each naming its transcript
    std::u32string text;               ///< the transcripts counted, one after another
    std::vector<std::string> compared; ///< names of the transcripts counted
    Problems leftOut;                  ///< the transcripts left out, and why
};

/// Throws InvalidInput when no two coders coded the same transcripts, naming who coded which.
StudyAgreement measureStudyAgreement(const std::vector<CodedDocument>& documents);

/// The agreement report of a study (agreementDocument's, saying which transcripts were counted).
AgreementDocument studyAgreementDocument(const std::string& studyName, const StudyAgreement& agreement);

/// The agreement report of `documentName`: the figures overall, then for each code that some coder used
/// a table of figures and a table of the disagreements, the coders' passages side by side. `spans` are
/// those the report and disagreements were measured on; `text` is the document's text they count in.
AgreementDocument agreementDocument(const std::string& documentName, const Codebook& codebook,
                                    const AgreementReport& report, const std::vector<Disagreement>& disagreements,
                                    const std::vector<CodedSpan>& spans, std::u32string_view text);

/// {"coders", "overall": {"wholeText": figures, "codedText": figures}, "codes": [{"codeId",
/// "codePath", "wholeText", "codedText", "disagreements"}]}; figures: {"characters", "percentAgreement",
/// "kappa", "alpha"}, null where undefined or (percent, kappa) for more than two coders.
nlohmann::json agreementToJson(const Codebook& codebook, const AgreementReport& report,
                            const std::vector<Disagreement>& disagreements);

} // namespace pt
