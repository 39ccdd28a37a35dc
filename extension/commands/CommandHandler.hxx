#pragma once

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace pt::extension {

/// The extension's commands, "vnd.powertriangle:…" (registry/ProtocolHandler.xcu), which keyboard
/// shortcuts (registry/Accelerators.xcu) and the text's context menu dispatch:
///   vnd.powertriangle:CodeWithRecent?Slot=N   codes the selection with the N-th most recently used code
///   vnd.powertriangle:CodeAs?Code=<code id>   codes the selection with that code
/// What comes of it is shown in the frame's Codebook panel.
class CommandHandler
    : public ::cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch, css::lang::XInitialization,
                                     css::lang::XServiceInfo> {
public:
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);
    static ::rtl::OUString implementationName();
    static css::uno::Sequence<::rtl::OUString> serviceNames();

    // XInitialization: the frame the commands act in
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const ::rtl::OUString& targetFrame,
                                                                      sal_Int32 searchFlags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override;
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                       const css::util::URL& url) override;

    // XServiceInfo
    ::rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const ::rtl::OUString& serviceName) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    explicit CommandHandler(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::uno::XComponentContext> mxContext;
    css::uno::WeakReference<css::frame::XFrame> mxFrame;
};

} // namespace pt::extension
