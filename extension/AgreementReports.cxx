#include "AgreementReports.hxx"

#include "DocumentFiles.hxx"
#include "DocumentText.hxx"
#include "ReportDocument.hxx"
#include "UnoStrings.hxx"

#include "core/AgreementDocument.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <set>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

MeasuredAgreement measureAgreement(const DocumentStore& store)
{
    MeasuredAgreement measured;
    const DocumentText text(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW));
    measured.codebook = store.codebook();
    std::set<std::string> coders, codes;
    for (const ForeignCoding& coding : codingsWithSpans(store, text)) {
        if (!coding.span)
            continue; // an orphan has no characters to agree on
        measured.spans.push_back({coding.coding.coder, coding.coding.codeId, coding.span->begin, coding.span->end, coding.coding.id});
        coders.insert(coding.coding.coder);
        codes.insert(coding.coding.codeId);
    }
    if (coders.size() < 2)
        throw lang::IllegalArgumentException(
            toOUString(coders.empty() ? std::string("This document has no codings yet, so there is no agreement to measure.")
                                      : "All codings of this document are " + *coders.begin()
                                            + "'s. Agreement needs a second coder: merge another coder's copy first "
                                              "(Tools ▸ Power Triangle ▸ Merge Codings From…)."),
            nullptr, 0);
    const std::vector<std::string> coderList(coders.begin(), coders.end());
    std::vector<std::string> codeList;
    for (const Code& code : measured.codebook.codes())
        if (codes.count(code.id))
            codeList.push_back(code.id);
    measured.report = pt::measureAgreement(measured.spans, coderList, codeList, text.text().size());
    measured.disagreements = findDisagreements(measured.spans, coderList, codeList);
    measured.text = text.text();
    return measured;
}

Reference<lang::XComponent> openAgreementReport(const Reference<uno::XComponentContext>& context, const DocumentStore& store)
{
    const MeasuredAgreement measured = measureAgreement(store);
    const AgreementDocument content = agreementDocument(documentName(store.document()), measured.codebook, measured.report,
                                                        measured.disagreements, measured.spans, measured.text);
    ReportDocument report(context, false);
    report.paragraph("Title", content.title);
    for (const std::string& paragraph : content.introduction)
        report.paragraph("Text Body", paragraph);
    const std::string linkBase = toUtf8(store.document()->getURL());
    if (linkBase.empty())
        report.paragraph("Text Body", "Save the coded document to have the quotes below link back to their passages.");
    for (const ReportSection& section : content.sections) {
        report.paragraph("Heading 1", section.heading);
        for (const std::string& paragraph : section.paragraphs)
            report.paragraph("Text Body", paragraph);
        for (const CaptionedTable& table : section.tables) {
            if (!table.caption.empty())
                report.paragraph("Text Body", table.caption);
            report.table(table.rows, linkBase, table.labelledRows);
        }
    }
    return report.done();
}

} // namespace pt::extension
