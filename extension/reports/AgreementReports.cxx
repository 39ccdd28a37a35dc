#include "reports/AgreementReports.hxx"

#include "document/DocumentFiles.hxx"
#include "document/DocumentText.hxx"
#include "reports/ReportDocument.hxx"
#include "common/UnoStrings.hxx"

#include "core/AgreementDocument.hpp"
#include "core/Problem.hpp"

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

MeasuredAgreement measureAgreement(const DocumentStore& store)
{
    MeasuredAgreement measured;
    const DocumentText text(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW));
    measured.codebook = store.codebook();
    const std::vector<Coding> codings = store.read([](const CodingSet& set) {
        std::vector<Coding> all;
        for (const Coding* coding : set.all())
            all.push_back(*coding);
        return all;
    });
    try {
        DocumentAgreement agreement = measureDocumentAgreement(measured.codebook, codings, text.anchors(), text.text().size());
        measured.spans = std::move(agreement.spans);
        measured.report = std::move(agreement.report);
        measured.disagreements = std::move(agreement.disagreements);
    } catch (const InvalidInput& error) {
        const std::string what = error.problems().empty() ? error.what() : error.problems().front().what;
        throw Refusal("document", "In this document " + what + ".");
    }
    measured.text = text.text();
    return measured;
}

Reference<lang::XComponent> openAgreementReport(const Reference<uno::XComponentContext>& context, const DocumentStore& store)
{
    const MeasuredAgreement measured = measureAgreement(store);
    const AgreementDocument content = agreementDocument(documentName(store.document()), measured.codebook, measured.report,
                                                        measured.disagreements, measured.spans, measured.text);
    ReportDocument report(context, false);
    const std::string linkBase = toUtf8(store.document()->getURL());
    ReportContent shown = content;
    if (linkBase.empty())
        shown.introduction.push_back("Save the coded document to have the quotes below link back to their passages.");
    report.content(shown, linkBase);
    return report.done();
}

Reference<lang::XComponent> openStudyAgreementReport(const Reference<uno::XComponentContext>& context, const std::string& studyName,
                                                     const std::vector<CodedDocument>& transcripts)
{
    StudyAgreement agreement;
    try {
        agreement = measureStudyAgreement(transcripts);
    } catch (const InvalidInput& error) {
        throw Refusal("study", "In this study " + (error.problems().empty() ? std::string(error.what()) : error.problems().front().what));
    }
    ReportDocument report(context, false);
    report.content(studyAgreementDocument(studyName, agreement), std::string());
    return report.done();
}

} // namespace pt::extension
