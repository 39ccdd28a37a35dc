#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace pt::extension {

/// Makes the panels of the Power Triangle deck (registry/Factories.xcu maps the token "PowerTriangle" here).
/// It reads the resource URL "private:resource/toolpanel/PowerTriangle/<Panel>" and builds that panel.
class PanelFactory : public ::cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);
    static ::rtl::OUString implementationName();
    static css::uno::Sequence<::rtl::OUString> serviceNames();

    // XUIElementFactory
    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const ::rtl::OUString& resourceUrl,
                    const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

    // XServiceInfo
    ::rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const ::rtl::OUString& serviceName) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    explicit PanelFactory(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::uno::XComponentContext> mxContext;
};

} // namespace pt::extension
