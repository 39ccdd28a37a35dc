#pragma once

#include "document/DocumentStore.hxx"

#include "core/Agreement.hpp"
#include "core/CodedDocument.hpp"
#include "core/Codebook.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pt::extension {

/// How the coders of a document agree: every coder with an anchored coding, every code in use.
struct MeasuredAgreement {
    Codebook codebook;
    std::vector<CodedSpan> spans;
    AgreementReport report;
    std::vector<Disagreement> disagreements;
    std::u32string text;
};

/// Throws IllegalArgumentException when the document has codings of fewer than two coders, saying how
/// to get a second coder's codings in (merge).
MeasuredAgreement measureAgreement(const DocumentStore& store);

/// The agreement report of the document, in a new Writer document; quotes link back to their passages
/// when the document has been saved (the links name its file).
css::uno::Reference<css::lang::XComponent> openAgreementReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                               const DocumentStore& store);

/// The agreement report of a study's transcripts taken together (core measureStudyAgreement), in a new
/// Writer document; quotes link to their passages in their transcripts. Throws pt::Refusal ("study") when
/// no two coders coded the same transcripts.
css::uno::Reference<css::lang::XComponent> openStudyAgreementReport(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                                    const std::string& studyName,
                                                                    const std::vector<CodedDocument>& transcripts);

} // namespace pt::extension
