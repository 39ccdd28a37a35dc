#pragma once

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XMouseMotionListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cppuhelper/implbase2.hxx>

#include <functional>
#include <string>

namespace pt::extension {

/// Drag and drop of codes inside a code tree (fillCodeTree): a code pressed with the mouse, dragged onto
/// another code and released there is moved under it. `canMove(code, parent)` tells whether a drop there is
/// taken (canMoveUnder); `move(code, parent)` does it and reports how it went; `ended()` follows every drag,
/// dropped or not (the tree's selection followed the pointer meanwhile).
///
/// It follows the tree's own mouse events rather than the system's drag and drop: that one grabs pointer and
/// keyboard on a display connection of its own, which X11 refuses now and then while the tree holds the
/// pressed button (DEVELOPERS.md), and a code is only ever dropped inside its own tree.
class CodeTreeDragAndDrop : public ::cppu::WeakImplHelper2<css::awt::XMouseListener, css::awt::XMouseMotionListener> {
public:
    using CanMove = std::function<bool(const std::string& codeId, const std::string& parentId)>;
    using Move = std::function<void(const std::string& codeId, const std::string& parentId)>;
    using Ended = std::function<void()>;

    /// Starts listening to the tree's window; call detach() before the tree goes.
    CodeTreeDragAndDrop(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::awt::XControl>& tree, CanMove canMove, Move move, Ended ended);
    void detach();
    /// True while a code of this tree is being dragged: the selection then follows the pointer, not the user's choice.
    bool dragging() const { return mbDragging; }

    // XMouseListener
    void SAL_CALL mousePressed(const css::awt::MouseEvent& event) override;
    void SAL_CALL mouseReleased(const css::awt::MouseEvent& event) override;
    void SAL_CALL mouseEntered(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const css::awt::MouseEvent&) override {}
    // XMouseMotionListener
    void SAL_CALL mouseDragged(const css::awt::MouseEvent& event) override;
    void SAL_CALL mouseMoved(const css::awt::MouseEvent&) override {}
    // XEventListener
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    /// Shows the pointer of a move, or the ordinary one again.
    void showMovePointer(bool moving);

    css::uno::Reference<css::uno::XComponentContext> mxContext;
    css::uno::Reference<css::awt::XControl> mxTree;
    CanMove maCanMove;
    Move maMove;
    Ended maEnded;
    std::string msPressed; ///< the code the left button went down on, "" when none
    sal_Int32 mnPressedX = 0;
    sal_Int32 mnPressedY = 0;
    bool mbDragging = false; ///< events and the editor's listeners all run on the main thread
};

} // namespace pt::extension
