#include "CodingPanel.hxx"

#include "DocumentStore.hxx"
#include "OfficeUser.hxx"
#include "UnoStrings.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/view/SelectionType.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <rtl/ref.hxx>

#include <exception>
#include <map>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr sal_Int32 kMargin = 6;
// When the sidebar opens at the panel's minimal width, its deck shows about 8 pixels less than the width it
// gives the panel (and a scroll bar for them): nothing of ours goes there.
constexpr sal_Int32 kHiddenRightEdge = 10;
constexpr sal_Int32 kLabelHeight = 18;
constexpr sal_Int32 kFieldHeight = 26;
constexpr sal_Int32 kButtonHeight = 30;
constexpr sal_Int32 kStatusHeight = 64;
constexpr sal_Int32 kMinimalTreeHeight = 120;
// The sidebar widens to the largest minimal width of its panels: wide enough for the codes' names.
// (The .xdl window is narrower on purpose: the sidebar would otherwise clip it at its own width.)
constexpr sal_Int32 kMinimalWidth = 240;

void lcl_setBounds(const Reference<awt::XControlContainer>& controls, const char* name, sal_Int32 x, sal_Int32 y,
                   sal_Int32 width, sal_Int32 height)
{
    Reference<awt::XWindow> window(controls->getControl(OUString::createFromAscii(name)), UNO_QUERY);
    if (window.is())
        window->setPosSize(x, y, width, height, awt::PosSize::POSSIZE);
}

/// The Writer document shown in `frame`, or null.
Reference<lang::XComponent> lcl_writerDocument(const Reference<frame::XFrame>& frame)
{
    const Reference<frame::XController> controller = frame->getController();
    Reference<lang::XComponent> document(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
    return DocumentStore::canStore(document) ? document : nullptr;
}

/// Text ranges of the current selection in the text, leaving out empty ones (a bare cursor).
std::vector<Reference<text::XTextRange>> lcl_selectedRanges(const Reference<frame::XController>& controller)
{
    std::vector<Reference<text::XTextRange>> ranges;
    Reference<view::XSelectionSupplier> supplier(controller, UNO_QUERY);
    if (!supplier.is())
        return ranges;
    Reference<container::XIndexAccess> selection(supplier->getSelection(), UNO_QUERY);
    if (!selection.is())
        return ranges;
    for (sal_Int32 i = 0; i < selection->getCount(); ++i) {
        Reference<text::XTextRange> range(selection->getByIndex(i), UNO_QUERY);
        if (range.is() && !range->getString().isEmpty())
            ranges.push_back(range);
    }
    return ranges;
}

} // namespace

CodingPanel::CodingPanel(const Reference<uno::XComponentContext>& context, const OUString& resourceUrl,
                         const Reference<frame::XFrame>& frame)
    : CodingPanelBase(m_aMutex)
    , mxContext(context)
    , msResourceUrl(resourceUrl)
    , mxFrame(frame)
    , maText(context)
{
}

Reference<ui::XUIElement> CodingPanel::create(const Reference<uno::XComponentContext>& context,
                                              const OUString& resourceUrl, const Reference<frame::XFrame>& frame,
                                              const Reference<awt::XWindow>& parentWindow)
{
    rtl::Reference<CodingPanel> panel(new CodingPanel(context, resourceUrl, frame));
    // The window needs `panel` as its event handler, so it is made once the panel is referenced.
    panel->createWindow(parentWindow);
    return panel.get();
}

void CodingPanel::createWindow(const Reference<awt::XWindow>& parentWindow)
{
    const Reference<awt::XContainerWindowProvider> provider = awt::ContainerWindowProvider::create(mxContext);
    const OUString url = extensionLocation(mxContext) + "/dialogs/CodingPanel.xdl";
    mxWindow = provider->createContainerWindow(url, OUString(), Reference<awt::XWindowPeer>(parentWindow, UNO_QUERY),
                                               static_cast<awt::XContainerWindowEventHandler*>(this));
    mxControls.set(mxWindow, UNO_QUERY_THROW);
    mxWindow->addWindowListener(this);
    fillCodeTree();
    mxWindow->setVisible(true);
}

void CodingPanel::fillCodeTree()
{
    const Reference<lang::XComponent> document = lcl_writerDocument(mxFrame);
    if (!document.is())
        return;
    const Codebook codebook = DocumentStore(document).codebook();

    const Reference<awt::tree::XMutableTreeDataModel> data(
        mxContext->getServiceManager()->createInstanceWithContext("com.sun.star.awt.tree.MutableTreeDataModel", mxContext),
        UNO_QUERY_THROW);
    const Reference<awt::tree::XMutableTreeNode> root = data->createNode(Any(OUString("Codebook")), false);
    data->setRoot(root);
    std::multimap<std::string, const Code*> childrenOf;
    for (const Code& code : codebook.codes())
        if (!code.retired)
            childrenOf.emplace(code.parentId, &code);
    std::vector<Reference<awt::tree::XMutableTreeNode>> branches;
    // Depth-first from the top-level codes; a parent missing from the codebook hides its children.
    std::vector<std::pair<std::string, Reference<awt::tree::XMutableTreeNode>>> pending{{std::string(), root}};
    while (!pending.empty()) {
        const auto [parentId, parentNode] = pending.back();
        pending.pop_back();
        const auto children = childrenOf.equal_range(parentId);
        for (auto child = children.first; child != children.second; ++child) {
            const Code& code = *child->second;
            Reference<awt::tree::XMutableTreeNode> node = data->createNode(Any(toOUString(code.name)), false);
            node->setDataValue(Any(toOUString(code.id)));
            parentNode->appendChild(node);
            if (childrenOf.count(code.id)) {
                branches.push_back(node);
                pending.emplace_back(code.id, node);
            }
        }
    }

    Reference<awt::XControl> tree(mxControls->getControl("CodeTree"), UNO_QUERY_THROW);
    Reference<beans::XPropertySet> model(tree->getModel(), UNO_QUERY_THROW);
    model->setPropertyValue("SelectionType", Any(view::SelectionType_SINGLE));
    model->setPropertyValue("RootDisplayed", Any(false));
    model->setPropertyValue("ShowsRootHandles", Any(true));
    model->setPropertyValue("DataModel", Any(Reference<awt::tree::XTreeDataModel>(data, UNO_QUERY_THROW)));
    Reference<awt::tree::XTreeControl> treeControl(tree, UNO_QUERY_THROW);
    for (const auto& branch : branches)
        treeControl->expandNode(Reference<awt::tree::XTreeNode>(branch, UNO_QUERY_THROW));
}

void CodingPanel::layout()
{
    if (!mxWindow.is())
        return;
    const awt::Rectangle size = mxWindow->getPosSize();
    const sal_Int32 width = std::max<sal_Int32>(size.Width - 2 * kMargin - kHiddenRightEdge, 40);
    const sal_Int32 fixed = kLabelHeight + kLabelHeight + kFieldHeight + kButtonHeight + kStatusHeight + 6 * kMargin;
    const sal_Int32 treeHeight = std::max<sal_Int32>(size.Height - fixed, kMinimalTreeHeight);
    sal_Int32 y = kMargin;
    lcl_setBounds(mxControls, "CodebookLabel", kMargin, y, width, kLabelHeight);
    y += kLabelHeight;
    lcl_setBounds(mxControls, "CodeTree", kMargin, y, width, treeHeight);
    y += treeHeight + kMargin;
    lcl_setBounds(mxControls, "MemoLabel", kMargin, y, width, kLabelHeight);
    y += kLabelHeight;
    lcl_setBounds(mxControls, "MemoField", kMargin, y, width, kFieldHeight);
    y += kFieldHeight + kMargin;
    lcl_setBounds(mxControls, "CodeButton", kMargin, y, width, kButtonHeight);
    y += kButtonHeight + kMargin;
    lcl_setBounds(mxControls, "StatusText", kMargin, y, width, kStatusHeight);
}

void CodingPanel::showStatus(const OUString& text)
{
    Reference<awt::XControl> status(mxControls->getControl("StatusText"), UNO_QUERY);
    if (status.is())
        Reference<beans::XPropertySet>(status->getModel(), UNO_QUERY_THROW)->setPropertyValue("Label", Any(text));
}

void CodingPanel::codeSelection()
{
    const Reference<lang::XComponent> document = lcl_writerDocument(mxFrame);
    if (!document.is()) {
        showStatus(maText.get("NoDocument"));
        return;
    }
    DocumentStore store(document);
    const Codebook codebook = store.codebook();

    Reference<awt::tree::XTreeControl> tree(mxControls->getControl("CodeTree"), UNO_QUERY_THROW);
    Reference<awt::tree::XMutableTreeNode> node(tree->getSelection(), UNO_QUERY);
    OUString codeId;
    if (node.is())
        node->getDataValue() >>= codeId;
    const Code* code = codebook.find(toUtf8(codeId));
    if (!code) {
        showStatus(maText.get("NoCode"));
        return;
    }
    if (!code->codable) {
        showStatus(maText.get("NotCodable", {toOUString(code->name)}));
        return;
    }
    const std::vector<Reference<text::XTextRange>> ranges = lcl_selectedRanges(mxFrame->getController());
    if (ranges.empty()) {
        showStatus(maText.get("NoSelection"));
        return;
    }

    Reference<awt::XTextComponent> memoField(mxControls->getControl("MemoField"), UNO_QUERY_THROW);
    const std::string memo = toUtf8(memoField->getText());
    store.addCodings(ranges, code->id, memo, currentCoderName(mxContext));
    memoField->setText(OUString());
    showStatus(maText.get("Coded", {OUString::number(static_cast<sal_Int64>(ranges.size())), toOUString(code->name)}));
}

// XUIElement

Reference<frame::XFrame> SAL_CALL CodingPanel::getFrame()
{
    return mxFrame;
}

Reference<uno::XInterface> SAL_CALL CodingPanel::getRealInterface()
{
    return static_cast<ui::XToolPanel*>(this);
}

OUString SAL_CALL CodingPanel::getResourceURL()
{
    return msResourceUrl;
}

sal_Int16 SAL_CALL CodingPanel::getType()
{
    return ui::UIElementType::TOOLPANEL;
}

// XToolPanel

Reference<awt::XWindow> SAL_CALL CodingPanel::getWindow()
{
    osl::MutexGuard guard(m_aMutex);
    if (!mxWindow.is())
        throw lang::DisposedException("The Power Triangle panel is closed.", static_cast<ui::XToolPanel*>(this));
    return mxWindow;
}

Reference<accessibility::XAccessible> SAL_CALL CodingPanel::createAccessible(const Reference<accessibility::XAccessible>&)
{
    Reference<awt::XControl> control(getWindow(), UNO_QUERY);
    return Reference<accessibility::XAccessible>(control.is() ? control->getPeer() : nullptr, UNO_QUERY);
}

// XSidebarPanel

ui::LayoutSize SAL_CALL CodingPanel::getHeightForWidth(sal_Int32)
{
    const sal_Int32 minimum = kMinimalTreeHeight + kLabelHeight * 2 + kFieldHeight + kButtonHeight + kStatusHeight + 6 * kMargin;
    return ui::LayoutSize(minimum, -1, minimum + 200); // maximum -1: fill the deck
}

sal_Int32 SAL_CALL CodingPanel::getMinimalWidth()
{
    return kMinimalWidth;
}

// XContainerWindowEventHandler

sal_Bool SAL_CALL CodingPanel::callHandlerMethod(const Reference<awt::XWindow>&, const Any&, const OUString& method)
{
    // An event handler: nothing may reach LibreOffice's event loop but `true` or `false`.
    try {
        if (method == "codeSelection") {
            codeSelection();
            return true;
        }
    } catch (const lang::IllegalArgumentException& error) {
        showStatus(maText.get("CodingFailed", {error.Message}));
        return true;
    } catch (const uno::Exception& error) {
        try {
            showStatus(maText.get("CodingFailed", {error.Message}));
        } catch (...) {
        }
        return true;
    } catch (const std::exception& error) {
        try {
            showStatus(maText.get("CodingFailed", {toOUString(error.what())}));
        } catch (...) {
        }
        return true;
    } catch (...) {
        return true;
    }
    return false;
}

uno::Sequence<OUString> SAL_CALL CodingPanel::getSupportedMethodNames()
{
    uno::Sequence<OUString> names(1);
    names[0] = "codeSelection";
    return names;
}

// XWindowListener

void SAL_CALL CodingPanel::windowResized(const awt::WindowEvent&)
{
    try {
        layout();
    } catch (...) {
        // A failed layout leaves the controls where they were.
    }
}

void SAL_CALL CodingPanel::windowMoved(const awt::WindowEvent&)
{
}

void SAL_CALL CodingPanel::windowShown(const lang::EventObject&)
{
}

void SAL_CALL CodingPanel::windowHidden(const lang::EventObject&)
{
}

void SAL_CALL CodingPanel::disposing(const lang::EventObject&)
{
}

void SAL_CALL CodingPanel::disposing()
{
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
