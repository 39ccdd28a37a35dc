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
    report.paragraph(ParagraphStyle::Title, content.title);
    for (const std::string& paragraph : content.introduction)
        report.paragraph(ParagraphStyle::Body, paragraph);
    const std::string linkBase = toUtf8(store.document()->getURL());
    if (linkBase.empty())
        report.paragraph(ParagraphStyle::Body, "Save the coded document to have the quotes below link back to their passages.");
    for (const ReportSection& section : content.sections) {
        report.paragraph(ParagraphStyle::Heading, section.heading);
        for (const std::string& paragraph : section.paragraphs)
            report.paragraph(ParagraphStyle::Body, paragraph);
        for (const CaptionedTable& table : section.tables) {
            if (!table.caption.empty())
                report.paragraph(ParagraphStyle::Body, table.caption);
            report.table(table.rows, linkBase, table.labelledRows);
        }
    }
    return report.done();
}

} // namespace pt::extension
