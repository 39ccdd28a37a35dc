#include "sidebar/PanelFactory.hxx"

#include "sidebar/AutoCodePanel.hxx"
#include "sidebar/CodebookPanel.hxx"
#include "sidebar/CodingsPanel.hxx"
#include "sidebar/StudyPanel.hxx"
#include "common/UnoErrors.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::rtl::OUString;

namespace pt::extension {

PanelFactory::PanelFactory(const Reference<uno::XComponentContext>& context)
    : mxContext(context)
{
}

Reference<uno::XInterface> PanelFactory::create(const Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new PanelFactory(context));
}

OUString PanelFactory::implementationName()
{
    return "org.powertriangle.comp.PanelFactory";
}

uno::Sequence<OUString> PanelFactory::serviceNames()
{
    uno::Sequence<OUString> names(1);
    names[0] = "org.powertriangle.PanelFactory";
    return names;
}

Reference<ui::XUIElement> SAL_CALL PanelFactory::createUIElement(const OUString& resourceUrl,
                                                                 const uno::Sequence<beans::PropertyValue>& arguments)
{
    try {
        Reference<frame::XFrame> frame;
        Reference<awt::XWindow> parentWindow;
        Reference<ui::XSidebar> sidebar;
        for (const beans::PropertyValue& argument : arguments) {
            if (argument.Name == "Frame")
                argument.Value >>= frame;
            else if (argument.Name == "ParentWindow")
                argument.Value >>= parentWindow;
            else if (argument.Name == "Sidebar")
                argument.Value >>= sidebar;
        }
        if (!frame.is() || !parentWindow.is())
            throw lang::IllegalArgumentException("A panel needs the Frame and ParentWindow arguments.",
                                                 static_cast<cppu::OWeakObject*>(this), 1);

        const OUString panel = resourceUrl.copy(resourceUrl.lastIndexOf('/') + 1);
        if (panel == "CodebookPanel")
            return SidebarPanel::open<CodebookPanel>(mxContext, resourceUrl, frame, parentWindow, sidebar);
        if (panel == "CodingsPanel")
            return SidebarPanel::open<CodingsPanel>(mxContext, resourceUrl, frame, parentWindow, sidebar);
        if (panel == "AutoCodePanel")
            return SidebarPanel::open<AutoCodePanel>(mxContext, resourceUrl, frame, parentWindow, sidebar);
        if (panel == "StudyPanel")
            return SidebarPanel::open<StudyPanel>(mxContext, resourceUrl, frame, parentWindow, sidebar);
        throw container::NoSuchElementException("Power Triangle has no panel " + resourceUrl,
                                                static_cast<cppu::OWeakObject*>(this));
    } catch (...) {
        rethrowAsUnoException(static_cast<cppu::OWeakObject*>(this), {0});
    }
}

OUString SAL_CALL PanelFactory::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL PanelFactory::supportsService(const OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

uno::Sequence<OUString> SAL_CALL PanelFactory::getSupportedServiceNames()
{
    return serviceNames();
}

} // namespace pt::extension
