#pragma once

#include "UiText.hxx"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase5.hxx>

namespace pt::extension {

typedef ::cppu::WeakComponentImplHelper5<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                         css::awt::XContainerWindowEventHandler, css::awt::XWindowListener>
    CodingPanelBase;

/// The "Coding" panel of the Power Triangle deck: the codebook as a tree, a memo field and a button that
/// codes the passage selected in the text with the chosen code. Its window is dialogs/CodingPanel.xdl.
class CodingPanel : private ::cppu::BaseMutex, public CodingPanelBase {
public:
    static css::uno::Reference<css::ui::XUIElement>
    create(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
           const css::uno::Reference<css::frame::XFrame>& frame,
           const css::uno::Reference<css::awt::XWindow>& parentWindow);

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    ::rtl::OUString SAL_CALL getResourceURL() override;
    ::sal_Int16 SAL_CALL getType() override;

    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible>
        SAL_CALL createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(::sal_Int32 width) override;
    ::sal_Int32 SAL_CALL getMinimalWidth() override;

    // XContainerWindowEventHandler: the buttons of the .xdl
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const ::rtl::OUString& method) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    // XWindowListener: lay the controls out again when the sidebar resizes the panel
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowShown(const css::lang::EventObject& event) override;
    void SAL_CALL windowHidden(const css::lang::EventObject& event) override;
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    CodingPanel(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
                const css::uno::Reference<css::frame::XFrame>& frame);
    void createWindow(const css::uno::Reference<css::awt::XWindow>& parentWindow);
    void fillCodeTree();
    void layout();
    void codeSelection();
    void showStatus(const ::rtl::OUString& text);

    // WeakComponentImplHelper
    void SAL_CALL disposing() override;

    css::uno::Reference<css::uno::XComponentContext> mxContext;
    ::rtl::OUString msResourceUrl;
    css::uno::Reference<css::frame::XFrame> mxFrame;
    css::uno::Reference<css::awt::XWindow> mxWindow;
    css::uno::Reference<css::awt::XControlContainer> mxControls;
    UiText maText;
};

} // namespace pt::extension
