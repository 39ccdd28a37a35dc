#include "SidebarPanel.hxx"

#include "ControlValues.hxx"
#include "DocumentStore.hxx"
#include "UnoStrings.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

#include <exception>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kGap = 4;
// When the sidebar opens at the panel's minimal width, its deck shows about 8 pixels less than the width it
// gives the panel (and a scroll bar for them): nothing of ours goes there.
constexpr sal_Int32 kHiddenRightEdge = 10;
constexpr sal_Int32 kMinimalFillHeight = 110;
// The sidebar widens to the largest minimal width of its panels: wide enough for the codes' names.
// (The .xdl windows are narrower on purpose: the sidebar would otherwise clip them at their own width.)
constexpr sal_Int32 kMinimalWidth = 240;

} // namespace

SidebarPanel::SidebarPanel(const Reference<uno::XComponentContext>& context, const OUString& resourceUrl,
                           const Reference<frame::XFrame>& frame, std::vector<Row> layout,
                           std::vector<OUString> eventNames)
    : SidebarPanelBase(m_aMutex)
    , mxContext(context)
    , mxFrame(frame)
    , maText(context)
    , msResourceUrl(resourceUrl)
    , maLayout(std::move(layout))
    , maEventNames(std::move(eventNames))
{
}

SidebarPanel::~SidebarPanel() = default;

void SidebarPanel::createWindow(const Reference<awt::XWindow>& parentWindow, const char* xdl)
{
    const Reference<awt::XContainerWindowProvider> provider = awt::ContainerWindowProvider::create(mxContext);
    const OUString url = extensionLocation(mxContext) + "/dialogs/" + OUString::createFromAscii(xdl);
    mxWindow = provider->createContainerWindow(url, OUString(), Reference<awt::XWindowPeer>(parentWindow, UNO_QUERY),
                                               static_cast<awt::XContainerWindowEventHandler*>(this));
    mxControls.set(mxWindow, UNO_QUERY_THROW);
    mxWindow->addWindowListener(this);
}

void SidebarPanel::showWindow()
{
    mxWindow->setVisible(true);
}

Reference<awt::XControl> SidebarPanel::control(const char* name) const
{
    if (!mxControls.is())
        throw lang::DisposedException("The Power Triangle panel is closed.", nullptr);
    Reference<awt::XControl> found = mxControls->getControl(OUString::createFromAscii(name));
    if (!found.is())
        throw uno::RuntimeException("The panel has no control " + OUString::createFromAscii(name), nullptr);
    return found;
}

Reference<lang::XComponent> SidebarPanel::currentDocument() const
{
    return DocumentStore::documentIn(mxFrame);
}

void SidebarPanel::showStatus(const OUString& text)
{
    if (!mxControls.is())
        return;
    Reference<awt::XControl> status = mxControls->getControl("StatusText");
    if (status.is())
        setLabelText(status, text);
}

void SidebarPanel::reportCurrentException() noexcept
{
    try {
        try {
            throw;
        } catch (const uno::Exception& error) {
            showStatus(maText.get("Failed", {error.Message}));
        } catch (const std::exception& error) {
            showStatus(maText.get("Failed", {toOUString(error.what())}));
        }
    } catch (...) {
        // Nothing more can be said; LibreOffice carries on.
    }
}

void SidebarPanel::layout()
{
    if (!mxWindow.is())
        return;
    const awt::Rectangle size = mxWindow->getPosSize();
    const sal_Int32 width = std::max<sal_Int32>(size.Width - 2 * kMargin - kHiddenRightEdge, 60);
    sal_Int32 fixed = kMargin, fillRows = 0;
    for (const Row& row : maLayout) {
        fixed += row.height + kGap;
        fillRows += row.height == 0 ? 1 : 0;
    }
    const sal_Int32 fillHeight
        = fillRows ? std::max<sal_Int32>((size.Height - fixed - kMargin) / fillRows, kMinimalFillHeight) : 0;
    sal_Int32 y = kMargin;
    for (const Row& row : maLayout) {
        const sal_Int32 height = row.height ? row.height : fillHeight;
        int weights = 0;
        for (const auto& [name, weight] : row.controls)
            weights += weight;
        const sal_Int32 usable = width - kGap * static_cast<sal_Int32>(row.controls.size() - 1);
        sal_Int32 x = kMargin;
        for (const auto& [name, weight] : row.controls) {
            const sal_Int32 cellWidth = usable * weight / std::max(weights, 1);
            Reference<awt::XWindow> window(mxControls->getControl(OUString::createFromAscii(name)), UNO_QUERY);
            if (window.is())
                window->setPosSize(x, y, cellWidth, height, awt::PosSize::POSSIZE);
            x += cellWidth + kGap;
        }
        y += height + kGap;
    }
}

// XUIElement

Reference<frame::XFrame> SAL_CALL SidebarPanel::getFrame()
{
    return mxFrame;
}

Reference<uno::XInterface> SAL_CALL SidebarPanel::getRealInterface()
{
    return static_cast<ui::XToolPanel*>(this);
}

OUString SAL_CALL SidebarPanel::getResourceURL()
{
    return msResourceUrl;
}

sal_Int16 SAL_CALL SidebarPanel::getType()
{
    return ui::UIElementType::TOOLPANEL;
}

// XToolPanel

Reference<awt::XWindow> SAL_CALL SidebarPanel::getWindow()
{
    osl::MutexGuard guard(m_aMutex);
    if (!mxWindow.is())
        throw lang::DisposedException("The Power Triangle panel is closed.", static_cast<ui::XToolPanel*>(this));
    return mxWindow;
}

Reference<accessibility::XAccessible> SAL_CALL SidebarPanel::createAccessible(const Reference<accessibility::XAccessible>&)
{
    Reference<awt::XControl> control(getWindow(), UNO_QUERY);
    return Reference<accessibility::XAccessible>(control.is() ? control->getPeer() : nullptr, UNO_QUERY);
}

// XSidebarPanel

ui::LayoutSize SAL_CALL SidebarPanel::getHeightForWidth(sal_Int32)
{
    sal_Int32 minimum = 2 * kMargin;
    bool fills = false;
    for (const Row& row : maLayout) {
        minimum += (row.height ? row.height : kMinimalFillHeight) + kGap;
        fills = fills || row.height == 0;
    }
    return ui::LayoutSize(minimum, fills ? -1 : minimum, fills ? minimum + 150 : minimum);
}

sal_Int32 SAL_CALL SidebarPanel::getMinimalWidth()
{
    return kMinimalWidth;
}

// XContainerWindowEventHandler

sal_Bool SAL_CALL SidebarPanel::callHandlerMethod(const Reference<awt::XWindow>&, const Any&, const OUString& method)
{
    for (const OUString& name : maEventNames)
        if (name == method) {
            guarded([&] { handleEvent(method); });
            return true;
        }
    return false;
}

uno::Sequence<OUString> SAL_CALL SidebarPanel::getSupportedMethodNames()
{
    uno::Sequence<OUString> names(static_cast<sal_Int32>(maEventNames.size()));
    for (std::size_t i = 0; i < maEventNames.size(); ++i)
        names[static_cast<sal_Int32>(i)] = maEventNames[i];
    return names;
}

// XWindowListener

void SAL_CALL SidebarPanel::windowResized(const awt::WindowEvent&)
{
    try {
        layout();
    } catch (...) {
        // A failed layout leaves the controls where they were.
    }
}

void SAL_CALL SidebarPanel::windowMoved(const awt::WindowEvent&)
{
}

void SAL_CALL SidebarPanel::windowShown(const lang::EventObject&)
{
}

void SAL_CALL SidebarPanel::windowHidden(const lang::EventObject&)
{
}

void SAL_CALL SidebarPanel::disposing(const lang::EventObject&)
{
}

void SAL_CALL SidebarPanel::disposing()
{
    try {
        stop();
    } catch (...) {
    }
    osl::MutexGuard guard(m_aMutex);
    if (!mxWindow.is())
        return;
    try {
        mxWindow->removeWindowListener(this);
        Reference<lang::XComponent>(mxWindow, UNO_QUERY_THROW)->dispose();
    } catch (...) {
    }
    mxWindow.clear();
    mxControls.clear();
}

} // namespace pt::extension
