#include "reports/ContentAnalysisTables.hxx"

#include "common/PropertyValues.hxx"
#include "common/UnoStrings.hxx"

#include "core/FlatOdt.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/io/TempFile.hpp>
#include <com/sun/star/io/XOutputStream.hpp>
#include <com/sun/star/util/XModifiable.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY_THROW;

namespace pt::extension {

Reference<lang::XComponent> openContentAnalysisTable(const Reference<uno::XComponentContext>& context,
                                                     const std::vector<CodedDocument>& documents, const std::string& title,
                                                     const ContentAnalysisOptions& options)
{
    const std::vector<ContentAnalysisRow> rows = contentAnalysisRows(documents, options);
    // Opened from a flat ODT as a new, untitled document: Writer reads a table of thousands of rows in a few
    // seconds, where writing it into a document cell by cell takes minutes (bench/README.md).
    const std::string fodt = reportAsFlatOdt(contentAnalysisReport(title, rows, unitedHistory(documents), options, true), std::string());
    const Reference<io::XTempFile> file = io::TempFile::create(context); // removed when the last reference goes
    const Reference<io::XOutputStream> out = file->getOutputStream();
    out->writeBytes(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(fodt.data()), static_cast<sal_Int32>(fodt.size())));
    out->closeOutput();
    const beans::PropertyValue arguments[] = {propertyValue("AsTemplate", uno::Any(true)), propertyValue("Hidden", uno::Any(false)),
                                              propertyValue("FilterName", uno::Any(OUString("OpenDocument Text Flat XML")))};
    const Reference<lang::XComponent> document(
        frame::Desktop::create(context)->loadComponentFromURL(file->getUri(), "_blank", 0, Sequence<beans::PropertyValue>(arguments, 3)),
        UNO_QUERY_THROW);
    Reference<util::XModifiable>(document, UNO_QUERY_THROW)->setModified(false);
    return document;
}

} // namespace pt::extension
