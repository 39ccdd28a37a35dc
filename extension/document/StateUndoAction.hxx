#pragma once

#include <com/sun/star/document/XUndoAction.hpp>

#include <cppuhelper/implbase1.hxx>

#include <functional>

namespace pt::extension {

/// An undo action for what Writer's own undo leaves out (a document's properties, a comment's text):
/// `undo` and `redo` restore it, either may be empty. Placed first in an undo context it runs after
/// Writer's actions on undo; placed last, after them on redo.
class StateUndoAction : public ::cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    StateUndoAction(const ::rtl::OUString& title, std::function<void()> undo, std::function<void()> redo);

    // XUndoAction
    ::rtl::OUString SAL_CALL getTitle() override;
    void SAL_CALL undo() override;
    void SAL_CALL redo() override;

private:
    void run(const std::function<void()>& restore);

    ::rtl::OUString msTitle;
    std::function<void()> maUndo;
    std::function<void()> maRedo;
};

} // namespace pt::extension
