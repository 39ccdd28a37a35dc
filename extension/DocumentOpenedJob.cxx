#include "DocumentOpenedJob.hxx"

#include "DocumentStore.hxx"
#include "JobArguments.hxx"
#include "OpeningChecks.hxx"

#include <cppuhelper/supportsservice.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY;
using ::rtl::OUString;

namespace pt::extension {

DocumentOpenedJob::DocumentOpenedJob(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
{
}

Reference<uno::XInterface> DocumentOpenedJob::create(const Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new DocumentOpenedJob(context));
}

OUString DocumentOpenedJob::implementationName()
{
    return "org.powertriangle.comp.DocumentOpenedJob";
}

Sequence<OUString> DocumentOpenedJob::serviceNames()
{
    Sequence<OUString> names(1);
    names[0] = "org.powertriangle.DocumentOpenedJob";
    return names;
}

Any SAL_CALL DocumentOpenedJob::execute(const Sequence<beans::NamedValue>& arguments)
{
    Reference<frame::XModel> document;
    OUString failure;
    try {
        document = jobDocument(arguments);
        if (!DocumentStore::canStore(document))
            return Any();
        DocumentStore store(Reference<lang::XComponent>(document, UNO_QUERY));
        bool first = false;
        store.model().attachment<CheckedOnOpening>([&] {
            first = true;
            return std::make_shared<CheckedOnOpening>();
        });
        if (!first)
            return Any(); // another view of a document already checked
        showOpeningFindings(mxContext, document, checkOpenedDocument(mxContext, store));
        return Any();
    } catch (const uno::Exception& error) {
        failure = error.Message;
    } catch (const std::exception& error) {
        failure = OUString::fromUtf8(error.what());
    } catch (...) {
        failure = "unknown error";
    }
    // The document opens as it is either way; the panels still show what could be read.
    try {
        showOpeningCheckFailed(mxContext, document, failure);
    } catch (...) {
    }
    return Any();
}

OUString SAL_CALL DocumentOpenedJob::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL DocumentOpenedJob::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> SAL_CALL DocumentOpenedJob::getSupportedServiceNames()
{
    return serviceNames();
}

} // namespace pt::extension
