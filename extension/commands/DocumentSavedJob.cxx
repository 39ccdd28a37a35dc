#include "commands/DocumentSavedJob.hxx"

#include "commands/StudyCodebookChecks.hxx"
#include "common/JobArguments.hxx"
#include "document/DocumentStore.hxx"

#include <cppuhelper/supportsservice.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::rtl::OUString;

namespace pt::extension {

DocumentSavedJob::DocumentSavedJob(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
{
}

Reference<uno::XInterface> DocumentSavedJob::create(const Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new DocumentSavedJob(context));
}

OUString DocumentSavedJob::implementationName()
{
    return "org.powertriangle.comp.DocumentSavedJob";
}

Sequence<OUString> DocumentSavedJob::serviceNames()
{
    Sequence<OUString> names(1);
    names[0] = "org.powertriangle.DocumentSavedJob";
    return names;
}

Any SAL_CALL DocumentSavedJob::execute(const Sequence<beans::NamedValue>& arguments)
{
    try {
        const Reference<frame::XModel> document = jobDocument(arguments);
        if (DocumentStore::canStore(document))
            synchroniseSavedTranscript(mxContext, document); // tells the user itself; nothing escapes
    } catch (...) {
        // The save is done either way; the study takes the change when the transcript is next opened.
    }
    return Any();
}

OUString SAL_CALL DocumentSavedJob::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL DocumentSavedJob::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> SAL_CALL DocumentSavedJob::getSupportedServiceNames()
{
    return serviceNames();
}

} // namespace pt::extension
