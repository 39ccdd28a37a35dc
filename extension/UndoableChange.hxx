#pragma once

#include "RecordsUndoAction.hxx"
#include "UserDefinedProperties.hxx"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace pt::extension {

/// One undo step in Writer. Text changes made while it is open (inserting or removing an anchor) and the
/// payload records written through it are undone and redone together, under `title`. commit() ends the step
/// and marks the document modified; a change left without commit() (an exception) restores the records.
class UndoableChange {
public:
    UndoableChange(const css::uno::Reference<css::frame::XModel>& document, const ::rtl::OUString& title);
    ~UndoableChange();
    UndoableChange(const UndoableChange&) = delete;
    UndoableChange& operator=(const UndoableChange&) = delete;

    void writeRecord(const std::string& key, const std::optional<std::string>& text);
    void commit();

private:
    css::uno::Reference<css::frame::XModel> mxDocument;
    css::uno::Reference<css::document::XUndoManager> mxUndoManager;
    ::rtl::OUString msTitle;
    UserDefinedProperties maProperties;
    RecordStates maBefore;
    RecordStates maAfter;
    bool mbOpen = false;
};

} // namespace pt::extension
