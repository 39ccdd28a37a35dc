#include "document/StateUndoAction.hxx"

#include <com/sun/star/document/UndoFailedException.hpp>
#include <cppuhelper/exc_hlp.hxx>

#include <exception>

using namespace ::com::sun::star;
using ::rtl::OUString;

namespace pt::extension {

StateUndoAction::StateUndoAction(const OUString& title, std::function<void()> undo, std::function<void()> redo)
    : msTitle(title)
    , maUndo(std::move(undo))
    , maRedo(std::move(redo))
{
}

OUString SAL_CALL StateUndoAction::getTitle()
{
    return msTitle;
}

void SAL_CALL StateUndoAction::undo()
{
    run(maUndo);
}

void SAL_CALL StateUndoAction::redo()
{
    run(maRedo);
}

void StateUndoAction::run(const std::function<void()>& restore)
{
    // Called from Writer's undo machinery: only UndoFailedException may leave.
    if (!restore)
        return;
    try {
        restore();
    } catch (const uno::Exception& error) {
        throw document::UndoFailedException("Power Triangle could not restore the document: " + error.Message,
                                            static_cast<cppu::OWeakObject*>(this), cppu::getCaughtException());
    } catch (const std::exception& error) {
        throw document::UndoFailedException("Power Triangle could not restore the document: " + OUString::createFromAscii(error.what()),
                                            static_cast<cppu::OWeakObject*>(this), uno::Any());
    }
}

} // namespace pt::extension
