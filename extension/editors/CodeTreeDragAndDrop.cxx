#include "editors/CodeTreeDragAndDrop.hxx"

#include "editors/CodeTree.hxx"

#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/Pointer.hpp>
#include <com/sun/star/awt/SystemPointer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

#include <cstdlib>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;

namespace pt::extension {

namespace {

/// How far the pointer moves with the button down before a press becomes a drag (pixels), as VCL's own.
constexpr sal_Int32 kDragDistance = 4;

} // namespace

CodeTreeDragAndDrop::CodeTreeDragAndDrop(const Reference<uno::XComponentContext>& context, const Reference<awt::XControl>& tree,
                                         CanMove canMove, Move move, Ended ended)
    : mxContext(context)
    , mxTree(tree)
    , maCanMove(std::move(canMove))
    , maMove(std::move(move))
    , maEnded(std::move(ended))
{
    const Reference<awt::XWindow> window(tree, UNO_QUERY);
    if (window.is()) {
        window->addMouseListener(this);
        window->addMouseMotionListener(this);
    }
}

void CodeTreeDragAndDrop::detach()
{
    try {
        const Reference<awt::XWindow> window(mxTree, UNO_QUERY);
        if (window.is()) {
            window->removeMouseListener(this);
            window->removeMouseMotionListener(this);
        }
    } catch (...) {
    }
    mxTree.clear();
}

void CodeTreeDragAndDrop::showMovePointer(bool moving)
{
    const Reference<awt::XWindowPeer> peer(mxTree.is() ? mxTree->getPeer() : nullptr, UNO_QUERY);
    if (!peer.is())
        return;
    const Reference<awt::XPointer> pointer = awt::Pointer::create(mxContext);
    pointer->setType(moving ? awt::SystemPointer::MOVE : awt::SystemPointer::ARROW);
    peer->setPointer(pointer);
}

void SAL_CALL CodeTreeDragAndDrop::mousePressed(const awt::MouseEvent& event)
{
    // Event handlers of LibreOffice's: nothing may escape them.
    try {
        msPressed = event.Buttons == awt::MouseButton::LEFT && event.ClickCount == 1 ? codeAtPoint(mxTree, event.X, event.Y) : std::string();
        mnPressedX = event.X;
        mnPressedY = event.Y;
    } catch (...) {
        msPressed.clear();
    }
}

void SAL_CALL CodeTreeDragAndDrop::mouseDragged(const awt::MouseEvent& event)
{
    try {
        if (msPressed.empty() || mbDragging)
            return;
        if (std::abs(event.X - mnPressedX) > kDragDistance || std::abs(event.Y - mnPressedY) > kDragDistance) {
            mbDragging = true;
            showMovePointer(true);
        }
    } catch (...) {
    }
}

void SAL_CALL CodeTreeDragAndDrop::mouseReleased(const awt::MouseEvent& event)
{
    try {
        const std::string code = msPressed;
        const bool dragged = mbDragging;
        msPressed.clear();
        if (!dragged)
            return;
        mbDragging = false;
        showMovePointer(false);
        const std::string parent = codeAtPoint(mxTree, event.X, event.Y);
        if (!parent.empty() && maCanMove(code, parent))
            maMove(code, parent); // reports its own failures
        maEnded();
    } catch (...) {
        mbDragging = false;
    }
}

} // namespace pt::extension
