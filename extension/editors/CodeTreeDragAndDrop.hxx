#pragma once

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/datatransfer/XTransferable.hpp>
#include <com/sun/star/datatransfer/dnd/XDragGestureListener.hpp>
#include <com/sun/star/datatransfer/dnd/XDragGestureRecognizer.hpp>
#include <com/sun/star/datatransfer/dnd/XDragSourceListener.hpp>
#include <com/sun/star/datatransfer/dnd/XDropTarget.hpp>
#include <com/sun/star/datatransfer/dnd/XDropTargetListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase3.hxx>

#include <atomic>
#include <functional>
#include <string>

namespace pt::extension {

/// Drag and drop of codes inside a code tree (fillCodeTree): a code dragged onto another code is moved
/// under it. `canMove(code, parent)` tells whether a drop there is offered (canMoveUnder); `move(code,
/// parent)` does it and reports how it went; `ended()` follows every drag, dropped or not (the tree's selection
/// followed the pointer meanwhile). Only codes dragged from this tree are taken: text or files dropped
/// from elsewhere are refused.
class CodeTreeDragAndDrop
    : public ::cppu::WeakImplHelper3<css::datatransfer::dnd::XDragGestureListener, css::datatransfer::dnd::XDragSourceListener,
                                    css::datatransfer::dnd::XDropTargetListener> {
public:
    using CanMove = std::function<bool(const std::string& codeId, const std::string& parentId)>;
    using Move = std::function<void(const std::string& codeId, const std::string& parentId)>;
    using Ended = std::function<void()>;

    /// Starts listening on the tree's window; call detach() before the tree goes.
    CodeTreeDragAndDrop(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::awt::XControl>& tree, CanMove canMove, Move move, Ended ended);
    void detach();
    /// True while a code of this tree is being dragged: the selection then follows the pointer, not the user's choice.
    bool dragging() const { return mbDragging; }

    // XDragGestureListener
    void SAL_CALL dragGestureRecognized(const css::datatransfer::dnd::DragGestureEvent& event) override;
    // XDragSourceListener
    void SAL_CALL dragDropEnd(const css::datatransfer::dnd::DragSourceDropEvent& event) override;
    void SAL_CALL dragEnter(const css::datatransfer::dnd::DragSourceDragEvent&) override {}
    void SAL_CALL dragExit(const css::datatransfer::dnd::DragSourceEvent&) override {}
    void SAL_CALL dragOver(const css::datatransfer::dnd::DragSourceDragEvent&) override {}
    void SAL_CALL dropActionChanged(const css::datatransfer::dnd::DragSourceDragEvent&) override {}
    // XDropTargetListener
    void SAL_CALL drop(const css::datatransfer::dnd::DropTargetDropEvent& event) override;
    void SAL_CALL dragEnter(const css::datatransfer::dnd::DropTargetDragEnterEvent& event) override;
    void SAL_CALL dragExit(const css::datatransfer::dnd::DropTargetEvent&) override {}
    void SAL_CALL dragOver(const css::datatransfer::dnd::DropTargetDragEvent& event) override;
    void SAL_CALL dropActionChanged(const css::datatransfer::dnd::DropTargetDragEvent& event) override;
    // XEventListener
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    /// The code at a point of the tree's window, or "".
    std::string codeAt(sal_Int32 x, sal_Int32 y) const;
    /// Whether what is dragged now may be dropped at the point.
    bool acceptsAt(sal_Int32 x, sal_Int32 y) const;
    void acceptOrReject(const css::uno::Reference<css::datatransfer::dnd::XDropTargetDragContext>& context, sal_Int32 x,
                        sal_Int32 y) const;

    css::uno::Reference<css::awt::XControl> mxTree;
    css::uno::Reference<css::datatransfer::dnd::XDragGestureRecognizer> mxGestures;
    css::uno::Reference<css::datatransfer::dnd::XDropTarget> mxDropTarget;
    CanMove maCanMove;
    Move maMove;
    Ended maEnded;
    std::string msDragged; ///< the code being dragged from this tree, "" when none
    std::atomic<bool> mbDragging{false};
};

} // namespace pt::extension
