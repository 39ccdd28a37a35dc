#include "commands/TranscriptImportFilter.hxx"

#include "common/UnoStrings.hxx"
#include "document/DocumentFiles.hxx"
#include "document/OdtPackages.hxx"
#include "exchange/TranscriptFiles.hxx"

#include "core/TranscriptOdt.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XText.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

TranscriptImportFilter::TranscriptImportFilter(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
{
}

Reference<uno::XInterface> TranscriptImportFilter::create(const Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new TranscriptImportFilter(context));
}

OUString TranscriptImportFilter::implementationName()
{
    return "org.powertriangle.comp.TranscriptImportFilter";
}

Sequence<OUString> TranscriptImportFilter::serviceNames()
{
    Sequence<OUString> names(3);
    names[0] = "org.powertriangle.TranscriptImportFilter";
    names[1] = "com.sun.star.document.ImportFilter";
    names[2] = "com.sun.star.document.ExtendedTypeDetection";
    return names;
}

void SAL_CALL TranscriptImportFilter::setTargetDocument(const Reference<lang::XComponent>& document)
{
    mxDocument = document;
}

OUString SAL_CALL TranscriptImportFilter::detect(Sequence<beans::PropertyValue>& descriptor)
{
    try {
        OUString url;
        for (const beans::PropertyValue& property : descriptor)
            if (property.Name == "URL")
                property.Value >>= url;
        const auto format = transcriptFormatOf(fileNameOf(url), "");
        if (format == TranscriptFormat::SubRip)
            return "PowerTriangle_SubRip";
        if (format == TranscriptFormat::WebVtt)
            return "PowerTriangle_WebVtt";
        if (format == TranscriptFormat::OTranscribe)
            return "PowerTriangle_OTranscribe";
    } catch (const std::exception&) { // nothing may escape into the loading
    }
    return OUString();
}

sal_Bool SAL_CALL TranscriptImportFilter::filter(const Sequence<beans::PropertyValue>& descriptor)
{
    OUString url;
    for (const beans::PropertyValue& property : descriptor)
        if (property.Name == "URL")
            property.Value >>= url;
    // An exception out of a filter ends LibreOffice, and a dialog here would wait inside the loading (a
    // script's too): a file that cannot be read does not open, and LibreOffice says so. Transcript from File
    // says why.
    try {
        const std::vector<Cue> cues = readTranscriptFileAt(mxContext, url);
        const std::optional<NamedTranscript> named = labelsAsTheyAre(fileNameOf(url), cues);
        const Reference<frame::XModel> model(mxDocument, UNO_QUERY_THROW);
        const Reference<text::XText> text = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
        insertOdt(mxContext, model, text->getStart(), transcriptOdtPackage(named->turns, named->layout), OUString());
        return true;
    } catch (const uno::Exception&) {
    } catch (const std::exception&) {
    }
    return false;
}

OUString SAL_CALL TranscriptImportFilter::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL TranscriptImportFilter::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> SAL_CALL TranscriptImportFilter::getSupportedServiceNames()
{
    return serviceNames();
}

} // namespace pt::extension
