#include "reports/CodingReports.hxx"

#include "document/DocumentFiles.hxx"
#include "document/DocumentText.hxx"
#include "reports/ReportDocument.hxx"
#include "reports/ReportPictures.hxx"
#include "common/UnoStrings.hxx"

#include "core/CodingsCsv.hpp"
#include "core/Problem.hpp"
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

std::string codingsCsvOf(const DocumentStore& store)
{
    const CodingListing listing = store.listCodings();
    std::vector<const Coding*> codings;
    for (const CodingListEntry& entry : listing.entries)
        codings.push_back(&entry.coding);
    const DocumentAttributes attributes = store.attributes();
    return codingsCsv(documentName(store.document()), codings, listing.codebook, attributeNames(attributes), attributes.values);
}

CodedDocument codedDocumentOf(const DocumentStore& store)
{
    const DocumentText text(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW));
    CodedDocument document;
    document.name = documentName(store.document());
    document.location = toUtf8(store.document()->getURL());
    store.read([&](const CodingSet& codings) {
        document.codebook = codings.codebook();
        for (const Coding* coding : codings.all())
            document.codings.push_back(*coding);
        document.speakerPatterns = codings.settings().speakerPatterns;
        document.attributes = codings.attributes();
        document.codebookHistory = codings.history();
        return 0;
    });
    for (const auto& [id, span] : text.anchors())
        if (span.end > span.begin)
            document.spans[id] = span;
    document.text = text.text();
    return document;
}

CodingReport codingReportOf(const std::vector<Reference<lang::XComponent>>& documents, const std::set<std::string>& retrieve)
{
    std::vector<CodedDocument> coded;
    for (const Reference<lang::XComponent>& document : documents)
        coded.push_back(codedDocumentOf(DocumentStore(document)));
    return makeCodingReport(coded, retrieve);
}

Reference<lang::XComponent> openCodingReport(const Reference<uno::XComponentContext>& context, const CodingReport& report)
{
    const ReportContent content = codingReportContent(report);
    ReportDocument out(context, false);
    // Under the first heading: the triangle and the chart of the counts below them.
    out.content(content, std::string(), [&] {
        insertTriangleFigure(out.model(), out.end(), report);
        insertFrequencyChart(context, out.model(), out.end(), report);
    });
    const Reference<lang::XComponent> done = out.done();
    // The chart's editing in place, which makes its preview, comes later and marks the document modified
    // anyway: so it always is, and closing asks whether to keep the report.
    Reference<util::XModifiable>(done, UNO_QUERY_THROW)->setModified(true);
    return done;
}

OUString insertReportPicture(const Reference<uno::XComponentContext>& context, const DocumentStore& store,
                             const Reference<text::XTextRange>& at, ReportPicture picture)
{
    Reference<text::XTextRange> position = at;
    if (!position.is()) {
        const Reference<text::XTextViewCursorSupplier> view(store.document()->getCurrentController(), uno::UNO_QUERY);
        if (!view.is())
            throw Refusal("position", "The document has no view: give the place for the picture.");
        position = view->getViewCursor()->getStart();
    }
    if (position->getText() != Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW)->getText())
        throw Refusal("position", "A picture goes in the main text, not in a table, frame or note.");
    const CodingReport report = makeCodingReport({codedDocumentOf(store)});
    const Reference<document::XUndoManager> undo
        = Reference<document::XUndoManagerSupplier>(store.document(), UNO_QUERY_THROW)->getUndoManager();
    undo->enterUndoContext(picture == ReportPicture::FrequencyChart ? OUString("Insert chart of codings")
                                                                     : OUString("Insert power-triangle figure"));
    try {
        const OUString name = picture == ReportPicture::FrequencyChart ? insertFrequencyChart(context, store.document(), position, report)
                                                                        : insertTriangleFigure(store.document(), position, report);
        undo->leaveUndoContext();
        return name;
    } catch (...) {
        undo->leaveUndoContext();
        throw;
    }
}

} // namespace pt::extension
