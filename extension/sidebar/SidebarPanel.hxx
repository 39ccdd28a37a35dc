#pragma once

#include "common/UiText.hxx"

#include "core/PanelLayout.hpp"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase5.hxx>
#include <rtl/ref.hxx>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pt::extension {

class DeferredCall;

typedef ::cppu::WeakComponentImplHelper5<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                         css::awt::XContainerWindowEventHandler, css::awt::XWindowListener>
    SidebarPanelBase;

/// What the panels of the Power Triangle deck share: the UNO roles of a sidebar panel, a window made from
/// an .xdl in dialogs/, a layout in rows that follows the sidebar's width (core/PanelLayout) and tells the
/// sidebar the width and height the panel needs, and event handling that never lets an exception reach
/// LibreOffice (a failure shows in the panel's status line).
class SidebarPanel : private ::cppu::BaseMutex, public SidebarPanelBase {
public:
    /// A panel of type P for the panel factory: its window made from dialogs/<P::kDialog>, filled by its
    /// start(), then shown.
    template <class P>
    static css::uno::Reference<css::ui::XUIElement>
    open(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
         const css::uno::Reference<css::frame::XFrame>& frame, const css::uno::Reference<css::awt::XWindow>& parentWindow,
         const css::uno::Reference<css::ui::XSidebar>& sidebar)
    {
        rtl::Reference<P> panel(new P(context, resourceUrl, frame));
        SidebarPanel& opened = *panel;
        opened.mxSidebar = sidebar;
        opened.createWindow(parentWindow, P::kDialog);
        opened.start();
        opened.showWindow();
        return panel.get();
    }

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

    // XContainerWindowEventHandler: the .xdl's events, by name
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const ::rtl::OUString& method) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    // XWindowListener
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowShown(const css::lang::EventObject& event) override;
    void SAL_CALL windowHidden(const css::lang::EventObject& event) override;
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

protected:
    /// How the layout learns what a control needs.
    enum class Fit {
        Text,     ///< a label, button or check box: its text, whole
        Field,    ///< a text field or drop-down list: as wide as the panel allows
        Wrapping, ///< text over as many lines as the width needs
        Rows,     ///< a list or tree: rowsWanted() rows high
    };
    struct Control {
        const char* name;
        Fit fit;
        bool stretches = true; ///< takes a share of the width its line has left
    };
    /// One row of the layout: controls side by side (a line), or a label and its field.
    struct Row {
        PanelRow::Kind kind;
        std::vector<Control> controls;
    };
    static Row line(std::vector<Control> controls) { return {PanelRow::Kind::Line, std::move(controls)}; }
    static Row labelled(const char* label, const char* field) { return {PanelRow::Kind::Labelled, {{label, Fit::Text}, {field, Fit::Field}}}; }

    SidebarPanel(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
                 const css::uno::Reference<css::frame::XFrame>& frame, std::vector<Row> rows,
                 std::vector<::rtl::OUString> eventNames);
    ~SidebarPanel() override;

    /// Makes the window from dialogs/<xdl>; call once the panel is referenced (it is the event handler).
    void createWindow(const css::uno::Reference<css::awt::XWindow>& parentWindow, const char* xdl);
    /// Shows the window once its controls are filled, so that the panel appears complete.
    void showWindow();

    /// Fills the controls and starts listening; the window exists, not yet shown.
    virtual void start() = 0;
    /// Handles an event of the .xdl; exceptions are caught by the caller and shown with showStatus().
    virtual void handleEvent(const ::rtl::OUString& method) = 0;
    /// Called when the panel goes away, before its window is disposed.
    virtual void stop() {}
    /// How many rows a list or tree (Fit::Rows) shows: what it holds, within bounds the panel chooses.
    virtual int rowsWanted(const char* control) const = 0;
    /// The least width a control needs beyond what the layout measures itself (a tree's longest label).
    virtual int widthWanted(const char* /*control*/) const { return 0; }
    /// The width and the line height of a text in a control's font, in pixels.
    int textWidth(const char* control, const ::rtl::OUString& text) const;
    int textHeight(const char* control) const;
    /// Lays the controls out again, and asks the sidebar for another height when the content needs it (a
    /// list grew, a message got longer): call after changing what a control shows.
    void relayout();

    css::uno::Reference<css::awt::XControl> control(const char* name) const;
    /// The Writer document of the panel's window, or null.
    css::uno::Reference<css::lang::XComponent> currentDocument() const;
    /// The status line (a control named "StatusText").
    void showStatus(const ::rtl::OUString& text);
    /// Runs `action` and reports what it throws in the status line: for listeners and event handlers.
    template <class Action> void guarded(Action&& action) noexcept
    {
        try {
            action();
        } catch (...) {
            reportCurrentException();
        }
    }
    void reportCurrentException() noexcept;

    const css::uno::Reference<css::uno::XComponentContext> mxContext;
    const css::uno::Reference<css::frame::XFrame> mxFrame;
    const UiText maText;

private:
    /// The controls as PanelLayout sees them, measured now (their texts and fonts).
    PanelLayout measuredLayout() const;
    /// A list's or tree's height per row, and what its frame adds.
    struct Lines {
        int row = 0;
        int frame = 0;
    };
    static Lines linesOf(const css::uno::Reference<css::awt::XControl>& control);
    void SAL_CALL disposing() override;

    ::rtl::OUString msResourceUrl;
    std::vector<Row> maRows;
    std::vector<::rtl::OUString> maEventNames;
    css::uno::Reference<css::ui::XSidebar> mxSidebar;
    /// A plain window the sidebar sizes; the .xdl's window inside it. The sidebar takes the size of the
    /// window it is given as the least the panel needs, and would never let the panel shrink again.
    css::uno::Reference<css::awt::XWindow> mxOuterWindow;
    css::uno::Reference<css::awt::XWindow> mxWindow;
    css::uno::Reference<css::awt::XControlContainer> mxControls;
    sal_Int32 mnLaidOutHeight = -1; ///< the height the sidebar was last told
    mutable std::map<std::string, Lines> maLines; ///< measured once, while the lists are empty
    std::unique_ptr<DeferredCall> mpSidebarLayout; ///< asks the sidebar to lay the deck out again
};

} // namespace pt::extension
