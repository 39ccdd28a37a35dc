#include "document/DocumentFiles.hxx"

#include "common/PropertyValues.hxx"
#include "common/UnoStrings.hxx"

#include "core/Problem.hpp"
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <rtl/uri.hxx>

#include <set>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace pt::extension {

namespace {

void lcl_close(const Reference<lang::XComponent>& document)
{
    try {
        if (const Reference<util::XCloseable> closeable{document, UNO_QUERY}; closeable.is())
            closeable->close(true);
        else if (document.is())
            document->dispose();
    } catch (const uno::Exception&) {
        // Closing was vetoed or the document is gone already: nothing more to do with it.
    }
}

} // namespace

Reference<frame::XModel> openDocumentAt(const Reference<uno::XComponentContext>& context, const OUString& url)
{
    const Reference<container::XEnumeration> components = frame::Desktop::create(context)->getComponents()->createEnumeration();
    while (components->hasMoreElements())
        if (const Reference<frame::XModel> open(components->nextElement(), UNO_QUERY); open.is() && open->getURL() == url)
            return open;
    return nullptr;
}

HiddenDocument::HiddenDocument(const Reference<uno::XComponentContext>& context, const OUString& url, bool forWriting)
{
    const beans::PropertyValue properties[] = {
        propertyValue("Hidden", uno::Any(true)), propertyValue("ReadOnly", uno::Any(!forWriting)),
        propertyValue("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE))};
    const uno::Sequence<beans::PropertyValue> arguments(properties, 3);
    Reference<lang::XComponent> loaded;
    const Reference<frame::XDesktop2> desktop = frame::Desktop::create(context);
    std::set<uno::XInterface*> open; // a document the user has open is never closed here
    const Reference<container::XEnumeration> components = desktop->getComponents()->createEnumeration();
    while (components->hasMoreElements())
        open.insert(Reference<uno::XInterface>(components->nextElement(), UNO_QUERY).get());
    try {
        loaded = desktop->loadComponentFromURL(url, "_blank", 0, arguments);
    } catch (const uno::Exception& error) {
        throw Refusal("file", "\"" + fileNameOf(url) + "\" could not be opened: " + toUtf8(error.Message));
    }
    if (!loaded.is())
        throw Refusal("file", "\"" + fileNameOf(url) + "\" could not be opened.");
    mbOwned = !open.count(Reference<uno::XInterface>(loaded, UNO_QUERY).get());
    if (!DocumentStore::canStore(loaded)) {
        if (mbOwned)
            lcl_close(loaded);
        throw Refusal("file", "\"" + fileNameOf(url) + "\" is not a text document.");
    }
    mxDocument = loaded;
}

HiddenDocument::~HiddenDocument()
{
    if (mbOwned)
        lcl_close(mxDocument);
}

std::vector<ForeignCoding> codingsWithSpans(const DocumentStore& store, const DocumentText& text)
{
    return store.read([&](const CodingSet& codings) {
        std::vector<ForeignCoding> all;
        for (const Coding* coding : codings.all()) {
            const auto anchor = text.anchors().find(coding->id);
            std::optional<TextSpan> span;
            if (anchor != text.anchors().end() && anchor->second.end > anchor->second.begin)
                span = anchor->second;
            all.push_back({*coding, span});
        }
        return all;
    });
}

std::string fileNameOf(const OUString& url)
{
    const sal_Int32 slash = url.lastIndexOf('/');
    const OUString name = slash >= 0 ? url.copy(slash + 1) : url;
    return toUtf8(rtl::Uri::decode(name, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
}

Refusal notWritten(const OUString& url, const uno::Exception& error)
{
    return Refusal("file", "\"" + fileNameOf(url) + "\" could not be written (" + toUtf8(error.Message)
                               + "). Check that its folder exists and that you may write there.");
}

std::string documentName(const Reference<frame::XModel>& document)
{
    const OUString url = document->getURL();
    return url.isEmpty() ? toUtf8(Reference<frame::XTitle>(document, uno::UNO_QUERY_THROW)->getTitle()) : fileNameOf(url);
}

} // namespace pt::extension
