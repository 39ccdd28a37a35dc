// Registration only: the entry points LibreOffice looks up in the component library.

#include "api/CodingService.hxx"
#include "commands/CommandHandler.hxx"
#include "commands/ContextMenuJob.hxx"
#include "commands/DocumentOpenedJob.hxx"
#include "commands/DocumentSavedJob.hxx"
#include "commands/TranscriptImportFilter.hxx"
#include "sidebar/PanelFactory.hxx"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/weak.hxx>

using namespace ::com::sun::star;

extern "C" {

SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_powertriangle_comp_CodingService_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    uno::Reference<uno::XInterface> service = pt::extension::CodingService::create(context);
    service->acquire();
    return service.get();
}

SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_powertriangle_comp_PanelFactory_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    uno::Reference<uno::XInterface> factory = pt::extension::PanelFactory::create(context);
    factory->acquire();
    return factory.get();
}

SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_powertriangle_comp_CommandHandler_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    uno::Reference<uno::XInterface> handler = pt::extension::CommandHandler::create(context);
    handler->acquire();
    return handler.get();
}

SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_powertriangle_comp_ContextMenuJob_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    uno::Reference<uno::XInterface> job = pt::extension::ContextMenuJob::create(context);
    job->acquire();
    return job.get();
}

SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_powertriangle_comp_DocumentOpenedJob_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    uno::Reference<uno::XInterface> job = pt::extension::DocumentOpenedJob::create(context);
    job->acquire();
    return job.get();
}

SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_powertriangle_comp_DocumentSavedJob_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    uno::Reference<uno::XInterface> job = pt::extension::DocumentSavedJob::create(context);
    job->acquire();
    return job.get();
}

SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_powertriangle_comp_TranscriptImportFilter_get_implementation(uno::XComponentContext* context, const uno::Sequence<uno::Any>&)
{
    uno::Reference<uno::XInterface> filter = pt::extension::TranscriptImportFilter::create(context);
    filter->acquire();
    return filter.get();
}

// Installing into a running office (Extension Manager) looks the factories up through this.
SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implementationName, void* serviceManager,
                                                void* registryKey)
{
    static const cppu::ImplementationEntry entries[] = {
        {&pt::extension::CodingService::create, &pt::extension::CodingService::implementationName,
         &pt::extension::CodingService::serviceNames, &cppu::createSingleComponentFactory, nullptr, 0},
        {&pt::extension::PanelFactory::create, &pt::extension::PanelFactory::implementationName,
         &pt::extension::PanelFactory::serviceNames, &cppu::createSingleComponentFactory, nullptr, 0},
        {&pt::extension::CommandHandler::create, &pt::extension::CommandHandler::implementationName,
         &pt::extension::CommandHandler::serviceNames, &cppu::createSingleComponentFactory, nullptr, 0},
        {&pt::extension::ContextMenuJob::create, &pt::extension::ContextMenuJob::implementationName,
         &pt::extension::ContextMenuJob::serviceNames, &cppu::createSingleComponentFactory, nullptr, 0},
        {&pt::extension::DocumentOpenedJob::create, &pt::extension::DocumentOpenedJob::implementationName,
         &pt::extension::DocumentOpenedJob::serviceNames, &cppu::createSingleComponentFactory, nullptr, 0},
        {&pt::extension::DocumentSavedJob::create, &pt::extension::DocumentSavedJob::implementationName,
         &pt::extension::DocumentSavedJob::serviceNames, &cppu::createSingleComponentFactory, nullptr, 0},
        {&pt::extension::TranscriptImportFilter::create, &pt::extension::TranscriptImportFilter::implementationName,
         &pt::extension::TranscriptImportFilter::serviceNames, &cppu::createSingleComponentFactory, nullptr, 0},
        {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
    };
    return cppu::component_getFactoryHelper(implementationName, serviceManager, registryKey, entries);
}

} // extern "C"
