#include "document/RecordsUndoAction.hxx"

#include "document/DocumentModels.hxx"

#include <com/sun/star/document/UndoFailedException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <cppuhelper/exc_hlp.hxx>

#include <exception>

using namespace ::com::sun::star;
using ::rtl::OUString;

namespace pt::extension {

RecordsUndoAction::RecordsUndoAction(const OUString& title, const uno::Reference<frame::XModel>& document,
                                     RecordStates before, RecordStates after)
    : msTitle(title)
    , mxDocument(document)
    , maBefore(std::move(before))
    , maAfter(std::move(after))
{
}

OUString SAL_CALL RecordsUndoAction::getTitle()
{
    return msTitle;
}

void SAL_CALL RecordsUndoAction::undo()
{
    apply(maBefore);
}

void SAL_CALL RecordsUndoAction::redo()
{
    apply(maAfter);
}

void RecordsUndoAction::apply(const RecordStates& states)
{
    // Called from Writer's undo machinery: only UndoFailedException may leave.
    try {
        const uno::Reference<frame::XModel> document(mxDocument);
        if (!document.is())
            throw lang::DisposedException("The document is gone.", nullptr);
        const std::shared_ptr<DocumentModel> model = documentModelFor(document);
        {
            DocumentModel::WriteGuard writing(*model);
            PayloadRecords(document).write(states);
        }
        model->invalidate(); // read again on next use: simpler than replaying the change in memory
    } catch (const uno::Exception& error) {
        throw document::UndoFailedException("Power Triangle could not restore its codings: " + error.Message,
                                            static_cast<cppu::OWeakObject*>(this), cppu::getCaughtException());
    } catch (const std::exception& error) {
        throw document::UndoFailedException(
            "Power Triangle could not restore its codings: " + OUString::createFromAscii(error.what()),
            static_cast<cppu::OWeakObject*>(this), uno::Any());
    }
}

} // namespace pt::extension
