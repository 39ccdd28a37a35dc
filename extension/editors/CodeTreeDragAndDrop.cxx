#include "editors/CodeTreeDragAndDrop.hxx"

#include "common/UnoStrings.hxx"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDataTransferProviderAccess.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/datatransfer/UnsupportedFlavorException.hpp>
#include <com/sun/star/datatransfer/dnd/DNDConstants.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr char kCodeFlavour[] = "application/x-powertriangle-code";

/// What a dragged code carries: its id, in a flavour only a code tree takes.
class DraggedCode : public ::cppu::WeakImplHelper1<datatransfer::XTransferable> {
public:
    explicit DraggedCode(const std::string& codeId) : msCodeId(codeId) {}

    uno::Any SAL_CALL getTransferData(const datatransfer::DataFlavor& flavour) override
    {
        if (!isDataFlavorSupported(flavour))
            throw datatransfer::UnsupportedFlavorException();
        return uno::Any(toOUString(msCodeId));
    }
    uno::Sequence<datatransfer::DataFlavor> SAL_CALL getTransferDataFlavors() override
    {
        const datatransfer::DataFlavor only = flavour();
        return uno::Sequence<datatransfer::DataFlavor>(&only, 1);
    }
    sal_Bool SAL_CALL isDataFlavorSupported(const datatransfer::DataFlavor& flavour) override
    {
        return flavour.MimeType == OUString::createFromAscii(kCodeFlavour);
    }

    static datatransfer::DataFlavor flavour()
    {
        return datatransfer::DataFlavor(OUString::createFromAscii(kCodeFlavour), "Power Triangle code",
                                        cppu::UnoType<OUString>::get());
    }

private:
    std::string msCodeId;
};

} // namespace

CodeTreeDragAndDrop::CodeTreeDragAndDrop(const Reference<uno::XComponentContext>& context, const Reference<awt::XControl>& tree,
                                         CanMove canMove, Move move, Ended ended)
    : mxTree(tree)
    , maCanMove(std::move(canMove))
    , maMove(std::move(move))
    , maEnded(std::move(ended))
{
    const Reference<awt::XDataTransferProviderAccess> transfers(awt::Toolkit::create(context), UNO_QUERY_THROW);
    const Reference<awt::XWindow> window(tree->getPeer(), UNO_QUERY_THROW);
    mxGestures = transfers->getDragGestureRecognizer(window);
    mxDropTarget = transfers->getDropTarget(window);
    if (mxGestures.is())
        mxGestures->addDragGestureListener(this);
    if (mxDropTarget.is()) {
        mxDropTarget->addDropTargetListener(this);
        mxDropTarget->setActive(true);
        mxDropTarget->setDefaultActions(datatransfer::dnd::DNDConstants::ACTION_MOVE);
    }
}

void CodeTreeDragAndDrop::detach()
{
    try {
        if (mxGestures.is())
            mxGestures->removeDragGestureListener(this);
        if (mxDropTarget.is())
            mxDropTarget->removeDropTargetListener(this);
    } catch (...) {
    }
    mxGestures.clear();
    mxDropTarget.clear();
}

std::string CodeTreeDragAndDrop::codeAt(sal_Int32 x, sal_Int32 y) const
{
    const Reference<awt::tree::XTreeControl> tree(mxTree, UNO_QUERY);
    const Reference<awt::tree::XMutableTreeNode> node(tree.is() ? tree->getNodeForLocation(x, y) : nullptr, UNO_QUERY);
    OUString id;
    if (node.is())
        node->getDataValue() >>= id;
    return toUtf8(id);
}

bool CodeTreeDragAndDrop::acceptsAt(sal_Int32 x, sal_Int32 y) const
{
    const std::string target = codeAt(x, y);
    return !msDragged.empty() && !target.empty() && maCanMove(msDragged, target);
}

void CodeTreeDragAndDrop::acceptOrReject(const Reference<datatransfer::dnd::XDropTargetDragContext>& context, sal_Int32 x,
                                         sal_Int32 y) const
{
    if (acceptsAt(x, y))
        context->acceptDrag(datatransfer::dnd::DNDConstants::ACTION_MOVE);
    else
        context->rejectDrag();
}

void SAL_CALL CodeTreeDragAndDrop::dragGestureRecognized(const datatransfer::dnd::DragGestureEvent& event)
{
    // An event handler of LibreOffice's: nothing may escape it.
    try {
        const std::string code = codeAt(event.DragOriginX, event.DragOriginY);
        if (code.empty() || !event.DragSource.is()) // a code that cannot move is refused wherever it is dropped
            return;
        msDragged = code;
        mbDragging = true;
        event.DragSource->startDrag(event, datatransfer::dnd::DNDConstants::ACTION_MOVE, 0, 0, new DraggedCode(code), this);
    } catch (...) {
        msDragged.clear();
        mbDragging = false;
    }
}

void SAL_CALL CodeTreeDragAndDrop::dragDropEnd(const datatransfer::dnd::DragSourceDropEvent&)
{
    msDragged.clear();
    mbDragging = false;
    try {
        maEnded();
    } catch (...) {
    }
}

void SAL_CALL CodeTreeDragAndDrop::dragEnter(const datatransfer::dnd::DropTargetDragEnterEvent& event)
{
    try {
        acceptOrReject(event.Context, event.LocationX, event.LocationY);
    } catch (...) {
    }
}

void SAL_CALL CodeTreeDragAndDrop::dragOver(const datatransfer::dnd::DropTargetDragEvent& event)
{
    try {
        acceptOrReject(event.Context, event.LocationX, event.LocationY);
    } catch (...) {
    }
}

void SAL_CALL CodeTreeDragAndDrop::dropActionChanged(const datatransfer::dnd::DropTargetDragEvent& event)
{
    try {
        acceptOrReject(event.Context, event.LocationX, event.LocationY);
    } catch (...) {
    }
}

void SAL_CALL CodeTreeDragAndDrop::drop(const datatransfer::dnd::DropTargetDropEvent& event)
{
    try {
        if (!acceptsAt(event.LocationX, event.LocationY)) {
            event.Context->rejectDrop();
            return;
        }
        const std::string code = msDragged, parent = codeAt(event.LocationX, event.LocationY);
        event.Context->acceptDrop(datatransfer::dnd::DNDConstants::ACTION_MOVE);
        event.Context->dropComplete(true);
        maMove(code, parent); // reports its own failures
    } catch (...) {
        try {
            event.Context->dropComplete(false);
        } catch (...) {
        }
    }
}

} // namespace pt::extension
