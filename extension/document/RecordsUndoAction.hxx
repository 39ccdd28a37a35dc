#pragma once

#include "document/PayloadRecords.hxx"

#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <cppuhelper/implbase1.hxx>

#include <string>

namespace pt::extension {

/// Writer's undo does not cover document properties, so each change of payload records adds this action to
/// the same undo context as the change of the text: one Ctrl+Z reverts both.
class RecordsUndoAction : public ::cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    RecordsUndoAction(const ::rtl::OUString& title, const css::uno::Reference<css::frame::XModel>& document,
                      RecordStates before, RecordStates after);

    // XUndoAction
    ::rtl::OUString SAL_CALL getTitle() override;
    void SAL_CALL undo() override;
    void SAL_CALL redo() override;

private:
    void apply(const RecordStates& states);

    ::rtl::OUString msTitle;
    css::uno::WeakReference<css::frame::XModel> mxDocument;
    RecordStates maBefore;
    RecordStates maAfter;
};

} // namespace pt::extension
