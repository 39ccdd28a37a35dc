#include "document/UndoableChange.hxx"

#include "document/DocumentStore.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

UndoableChange::UndoableChange(const DocumentStore& store, const OUString& title)
    : mrStore(store)
    , maWriting(store.model())
    , msTitle(title)
    , maRecords(store.document())
{
    Reference<document::XUndoManagerSupplier> supplier(store.document(), UNO_QUERY_THROW);
    mxUndoManager = supplier->getUndoManager();
    mxUndoManager->enterUndoContext(title);
    mbOpen = true;
}

UndoableChange::~UndoableChange()
{
    if (!mbOpen)
        return;
    // Abandoned by an exception: put the records back as they were and close the context.
    try {
        maRecords.write(maBefore);
    } catch (...) {
    }
    try {
        mxUndoManager->leaveUndoContext();
    } catch (...) {
    }
}

void UndoableChange::writeRecord(const std::string& key, const std::optional<std::string>& text)
{
    writeRecords({{key, text}});
}

void UndoableChange::writeRecords(const RecordStates& records)
{
    std::vector<std::string> unseen;
    for (const auto& [key, text] : records)
        if (maBefore.find(key) == maBefore.end())
            unseen.push_back(key);
    maBefore.merge(maRecords.read(unseen));
    maRecords.write(records);
    for (const auto& [key, text] : records)
        maAfter[key] = text;
}

void UndoableChange::commit(const std::function<void(CodingSet&)>& updateModel, const PayloadChange& touched)
{
    if (!maAfter.empty())
        mxUndoManager->addUndoAction(new RecordsUndoAction(msTitle, mrStore.document(), maBefore, maAfter));
    mbOpen = false;
    mxUndoManager->leaveUndoContext();
    Reference<util::XModifiable> modifiable(mrStore.document(), UNO_QUERY);
    if (modifiable.is())
        modifiable->setModified(true);
    mrStore.updateModel(updateModel, touched);
}

} // namespace pt::extension
