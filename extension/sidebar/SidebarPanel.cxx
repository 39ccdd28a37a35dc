#include "sidebar/SidebarPanel.hxx"

#include "common/ControlValues.hxx"
#include "common/DeferredCall.hxx"
#include "document/DocumentStore.hxx"
#include "common/UnoStrings.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/SimpleFontMetric.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XTextLayoutConstrains.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

#include <algorithm>
#include <exception>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

// A field or list is usable from this width on; wider, it takes what the panel has.
constexpr int kFieldWidth = 100;
// Wrapping text starts a new line rather than ask for more than this.
constexpr int kWrappingWidth = 120;
// However long a code's name, the panel asks for no more than this: beyond it, its list scrolls instead.
constexpr int kMostWidth = 420;
constexpr int kLeastWidth = 160;
// The deck gives its panels this much less than its own width while it shows a vertical scroll bar.
constexpr int kDeckScrollBar = 16;

awt::Size lcl_preferredSize(const Reference<awt::XControl>& control)
{
    Reference<awt::XLayoutConstrains> constrains(control, UNO_QUERY);
    return constrains.is() ? constrains->getPreferredSize() : awt::Size(kFieldWidth, 24);
}

/// The font a control draws its text in (an empty descriptor asks for the window's own).
Reference<awt::XFont> lcl_font(const Reference<awt::XControl>& control)
{
    Reference<awt::XDevice> device(control->getPeer(), UNO_QUERY);
    return device.is() ? device->getFont(awt::FontDescriptor()) : nullptr;
}

} // namespace

SidebarPanel::Lines SidebarPanel::linesOf(const Reference<awt::XControl>& control)
{
    // A list box measures itself, but by every entry it holds (5,000 codings: tens of milliseconds), so it
    // is asked while still empty; a tree has its row height set in its model.
    if (const Reference<awt::XTextLayoutConstrains> lines(control, UNO_QUERY); lines.is()) {
        const int one = lines->getMinimumSize(0, 1).Height, two = lines->getMinimumSize(0, 2).Height;
        return {std::max(two - one, 1), std::max(one - (two - one), 0)};
    }
    sal_Int32 rowHeight = 0;
    if (const Reference<beans::XPropertySet> model(control->getModel(), UNO_QUERY);
        model.is() && model->getPropertySetInfo()->hasPropertyByName("RowHeight"))
        model->getPropertyValue("RowHeight") >>= rowHeight;
    constexpr int kBorders = 4;
    return {std::max<int>(rowHeight, 18), kBorders};
}

SidebarPanel::SidebarPanel(const Reference<uno::XComponentContext>& context, const OUString& resourceUrl,
                           const Reference<frame::XFrame>& frame, std::vector<Row> rows,
                           std::vector<OUString> eventNames)
    : SidebarPanelBase(m_aMutex)
    , mxContext(context)
    , mxFrame(frame)
    , maText(context)
    , msResourceUrl(resourceUrl)
    , maRows(std::move(rows))
    , maEventNames(std::move(eventNames))
{
}

SidebarPanel::~SidebarPanel() = default;

void SidebarPanel::createWindow(const Reference<awt::XWindow>& parentWindow, const char* xdl)
{
    awt::WindowDescriptor plain;
    plain.Type = awt::WindowClass_SIMPLE;
    plain.WindowServiceName = "window";
    plain.Parent.set(parentWindow, UNO_QUERY_THROW);
    plain.Bounds = awt::Rectangle(0, 0, kLeastWidth, 100);
    mxOuterWindow.set(awt::Toolkit::create(mxContext)->createWindow(plain), UNO_QUERY_THROW);
    const Reference<awt::XContainerWindowProvider> provider = awt::ContainerWindowProvider::create(mxContext);
    const OUString url = extensionLocation(mxContext) + "/dialogs/" + OUString::createFromAscii(xdl);
    mxWindow = provider->createContainerWindow(url, OUString(), Reference<awt::XWindowPeer>(mxOuterWindow, UNO_QUERY),
                                               static_cast<awt::XContainerWindowEventHandler*>(this));
    mxControls.set(mxWindow, UNO_QUERY_THROW);
    mxOuterWindow->addWindowListener(this);
    mpSidebarLayout = std::make_unique<DeferredCall>(mxContext, [this] {
        try {
            if (mxSidebar.is())
                mxSidebar->requestLayout();
        } catch (...) {
            // The sidebar went away meanwhile; nothing to lay out.
        }
    });
}

void SidebarPanel::showWindow()
{
    mxWindow->setVisible(true);
    mxOuterWindow->setVisible(true);
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
    if (!status.is())
        return;
    setLabelText(status, text);
    relayout(); // a longer message takes more lines
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

PanelLayout SidebarPanel::measuredLayout() const
{
    std::vector<PanelRow> rows;
    for (const Row& row : maRows) {
        PanelRow measured{row.kind, {}};
        for (const Control& spec : row.controls) {
            const Reference<awt::XControl> found = control(spec.name);
            PanelItem item;
            item.name = spec.name;
            item.stretches = spec.stretches;
            const awt::Size preferred = spec.fit == Fit::Rows ? awt::Size() : lcl_preferredSize(found);
            switch (spec.fit) {
            case Fit::Text:
                item.width = preferred.Width;
                item.height = preferred.Height;
                break;
            case Fit::Field:
                item.width = kFieldWidth;
                item.height = preferred.Height;
                break;
            case Fit::Wrapping: {
                item.width = kWrappingWidth;
                const Reference<awt::XLayoutConstrains> constrains(found, UNO_QUERY);
                item.heightForWidth = [constrains, line = preferred.Height](int width) {
                    return constrains.is() ? std::max<int>(constrains->calcAdjustedSize(awt::Size(width, 0)).Height, line) : line;
                };
                break;
            }
            case Fit::Rows: {
                item.width = std::min(std::max(kFieldWidth, widthWanted(spec.name)), kMostWidth - kDeckScrollBar - 2 * PanelSpacing().margin);
                Lines& lines = maLines[spec.name];
                if (lines.row == 0)
                    lines = linesOf(found);
                item.height = lines.frame + lines.row * std::max(1, rowsWanted(spec.name));
                break;
            }
            }
            measured.items.push_back(std::move(item));
        }
        rows.push_back(std::move(measured));
    }
    return PanelLayout(std::move(rows));
}

void SidebarPanel::relayout()
{
    if (!mxOuterWindow.is())
        return;
    const awt::Rectangle size = mxOuterWindow->getPosSize();
    const PanelPlacement placement = measuredLayout().place(size.Width);
    mxWindow->setPosSize(0, 0, size.Width, std::max(size.Height, placement.height), awt::PosSize::POSSIZE);
    for (const PlacedItem& item : placement.items) {
        Reference<awt::XWindow> window(mxControls->getControl(OUString::createFromAscii(item.name.c_str())), UNO_QUERY);
        if (!window.is())
            continue;
        const awt::Rectangle now = window->getPosSize();
        if (now.X != item.x || now.Y != item.y || now.Width != item.width || now.Height != item.height)
            window->setPosSize(item.x, item.y, item.width, item.height, awt::PosSize::POSSIZE);
    }
    // The sidebar asks for the height again when told; not from inside its own resizing.
    if (placement.height != mnLaidOutHeight && mnLaidOutHeight >= 0 && mpSidebarLayout)
        mpSidebarLayout->schedule();
}

int SidebarPanel::textWidth(const char* name, const OUString& text) const
{
    const Reference<awt::XFont> font = lcl_font(control(name));
    return font.is() ? font->getStringWidth(text) : 8 * text.getLength();
}

int SidebarPanel::textHeight(const char* name) const
{
    const Reference<awt::XFont> font = lcl_font(control(name));
    if (!font.is())
        return 16;
    const awt::SimpleFontMetric metric = font->getFontMetric();
    return metric.Ascent + metric.Descent + metric.Leading;
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
    if (!mxOuterWindow.is())
        throw lang::DisposedException("The Power Triangle panel is closed.", static_cast<ui::XToolPanel*>(this));
    return mxOuterWindow;
}

Reference<accessibility::XAccessible> SAL_CALL SidebarPanel::createAccessible(const Reference<accessibility::XAccessible>&)
{
    return Reference<accessibility::XAccessible>(getWindow(), UNO_QUERY);
}

// XSidebarPanel

ui::LayoutSize SAL_CALL SidebarPanel::getHeightForWidth(sal_Int32 width)
{
    try {
        if (!mxControls.is())
            return ui::LayoutSize(0, 0, 0);
        mnLaidOutHeight = measuredLayout().place(width).height;
        return ui::LayoutSize(mnLaidOutHeight, mnLaidOutHeight, mnLaidOutHeight);
    } catch (...) {
        return ui::LayoutSize(100, 100, 100);
    }
}

sal_Int32 SAL_CALL SidebarPanel::getMinimalWidth()
{
    try {
        if (!mxControls.is())
            return kLeastWidth;
        return std::clamp(measuredLayout().minimalWidth() + kDeckScrollBar, kLeastWidth, kMostWidth);
    } catch (...) {
        return kLeastWidth;
    }
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
        relayout();
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
    mpSidebarLayout.reset();
    try {
        mxOuterWindow->removeWindowListener(this);
        // The dialog's model too: it holds the lists' lines, and in LibreOffice 25.2 outlived the window
        // (heaptrack: the Codings list's 500 lines of every opening were still allocated at exit).
        const Reference<awt::XControl> dialog(mxWindow, UNO_QUERY);
        const Reference<lang::XComponent> model(dialog.is() ? dialog->getModel() : nullptr, UNO_QUERY);
        Reference<lang::XComponent>(mxWindow, UNO_QUERY_THROW)->dispose();
        if (model.is())
            model->dispose();
        Reference<lang::XComponent>(mxOuterWindow, UNO_QUERY_THROW)->dispose();
    } catch (...) {
    }
    mxWindow.clear();
    mxOuterWindow.clear();
    mxControls.clear();
    mxSidebar.clear();
}

} // namespace pt::extension
