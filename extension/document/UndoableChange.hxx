#pragma once

#include "document/DocumentModels.hxx"
#include "document/RecordsUndoAction.hxx"
#include "document/PayloadRecords.hxx"

#include <com/sun/star/document/XUndoManager.hpp>

#include <functional>

namespace pt::extension {

class DocumentStore;

/// One undo step in Writer. Text changes made while it is open (inserting or removing an anchor) and the
/// payload records written through it are undone and redone together, under `title`. commit() ends the
/// step, marks the document modified and brings the payload in memory up to date; a change left without
/// commit() (an exception) restores the records it wrote.
class UndoableChange {
public:
    UndoableChange(const DocumentStore& store, const ::rtl::OUString& title);
    ~UndoableChange();
    UndoableChange(const UndoableChange&) = delete;
    UndoableChange& operator=(const UndoableChange&) = delete;

    void writeRecord(const std::string& key, const std::optional<std::string>& text);
    void writeRecords(const RecordStates& records);
    /// `touched` tells the views what to update (by default: everything).
    void commit(const std::function<void(CodingSet&)>& updateModel, const PayloadChange& touched = PayloadChange{});

private:
    const DocumentStore& mrStore;
    DocumentModel::WriteGuard maWriting;
    css::uno::Reference<css::document::XUndoManager> mxUndoManager;
    ::rtl::OUString msTitle;
    PayloadRecords maRecords;
    RecordStates maBefore;
    RecordStates maAfter;
    bool mbOpen = false;
};

} // namespace pt::extension
