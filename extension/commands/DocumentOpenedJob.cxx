#include "commands/DocumentOpenedJob.hxx"

#include "common/FreedMemory.hxx"
#include "common/DeferredCall.hxx"
#include "document/DocumentModels.hxx"
#include "document/DocumentStore.hxx"
#include "common/JobArguments.hxx"
#include "commands/OpeningChecks.hxx"
#include "commands/StudyCodebookChecks.hxx"

#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>

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

namespace {

/// The check itself, on the main thread once the opening is over: the panels' own first read of the payload
/// and a repair then happen where they always do, not inside the loading.
void lcl_check(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document)
{
    OUString failure;
    try {
        DocumentStore store(Reference<lang::XComponent>(document, UNO_QUERY));
        showOpeningFindings(context, document, checkOpenedDocument(context, store));
        synchroniseOpenedTranscript(context, document);
        returnFreedMemory(); // the payload's first reading is over
        return;
    } catch (const uno::Exception& error) {
        failure = error.Message;
    } catch (const std::exception& error) {
        failure = OUString::fromUtf8(error.what());
    } catch (...) {
        failure = "unknown error";
    }
    // The document stays as it is either way; the panels still show what could be read.
    try {
        showOpeningCheckFailed(context, document, failure);
    } catch (...) {
    }
}

} // namespace

Any SAL_CALL DocumentOpenedJob::execute(const Sequence<beans::NamedValue>& arguments)
{
    try {
        const Reference<frame::XModel> document = jobDocument(arguments);
        if (!DocumentStore::canStore(document))
            return Any();
        const std::shared_ptr<DocumentModel> model = documentModelFor(document);
        const Reference<uno::XComponentContext> context = mxContext;
        const uno::WeakReference<frame::XModel> weak(document);
        // Once per document, whatever the number of its views; the call dies with the document.
        model->attachment<CheckedOnOpening>([&] {
            auto checked = std::make_shared<CheckedOnOpening>();
            checked->call = std::make_unique<DeferredCall>(context, [context, weak] {
                if (const Reference<frame::XModel> alive = weak; alive.is())
                    lcl_check(context, alive);
            });
            checked->call->schedule();
            return checked;
        });
    } catch (...) {
        // Without the check the document still opens as it is.
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
