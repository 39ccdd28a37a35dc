#include "commands/ContextMenuJob.hxx"

#include "commands/CodeAsMenu.hxx"
#include "common/JobArguments.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/XContextMenuInterception.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::Sequence;
using ::com::sun::star::uno::UNO_QUERY;
using ::rtl::OUString;

namespace pt::extension {

ContextMenuJob::ContextMenuJob(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
{
}

Reference<uno::XInterface> ContextMenuJob::create(const Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ContextMenuJob(context));
}

OUString ContextMenuJob::implementationName()
{
    return "org.powertriangle.comp.ContextMenuJob";
}

Sequence<OUString> ContextMenuJob::serviceNames()
{
    Sequence<OUString> names(1);
    names[0] = "org.powertriangle.ContextMenuJob";
    return names;
}

Any SAL_CALL ContextMenuJob::execute(const Sequence<beans::NamedValue>& arguments)
{
    try {
        const Reference<frame::XModel> model = jobDocument(arguments);
        if (!Reference<text::XTextDocument>(model, UNO_QUERY).is())
            return Any();
        Reference<ui::XContextMenuInterception> view(model->getCurrentController(), UNO_QUERY);
        if (view.is())
            view->registerContextMenuInterceptor(new CodeAsMenu(mxContext, model));
    } catch (...) {
        // Without the menu the document still opens normally.
    }
    return Any();
}

OUString SAL_CALL ContextMenuJob::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL ContextMenuJob::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> SAL_CALL ContextMenuJob::getSupportedServiceNames()
{
    return serviceNames();
}

} // namespace pt::extension
