#include "document/DocumentModels.hxx"

#include "common/FreedMemory.hxx"

#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;

namespace pt::extension {

void DocumentModel::ensureLoaded(const Loader& loader, std::unique_lock<std::recursive_mutex>& lock)
{
    while (!mCodings) {
        const unsigned generation = mGeneration;
        lock.unlock();
        PayloadReadResult read = loader();
        lock.lock();
        if (!mCodings && generation == mGeneration) {
            mLoadProblems = std::move(read.problems);
            mCodings = std::make_unique<CodingSet>(std::move(read.payload));
        }
    }
}

void DocumentModel::update(const Loader& loader, const std::function<void(CodingSet&)>& change,
                           const PayloadChange& touched)
{
    {
        std::unique_lock<std::recursive_mutex> lock(mMutex);
        ensureLoaded(loader, lock);
        change(*mCodings);
    }
    notify(touched);
}

void DocumentModel::invalidate()
{
    {
        std::lock_guard<std::recursive_mutex> guard(mMutex);
        mCodings.reset();
        ++mGeneration;
    }
    notify(PayloadChange{});
}

void DocumentModel::close()
{
    std::map<std::type_index, std::shared_ptr<void>> attachments;
    {
        std::lock_guard<std::recursive_mutex> guard(mMutex);
        mCodings.reset();
        ++mGeneration;
        mListeners.clear();
        attachments.swap(mAttachments);
    }
    // Destroyed here, outside the lock: an attachment's destructor may call back into the model.
    attachments.clear();
    returnFreedMemory();
}

Problems DocumentModel::loadProblems() const
{
    std::lock_guard<std::recursive_mutex> guard(mMutex);
    return mLoadProblems;
}

int DocumentModel::subscribe(Listener listener)
{
    std::lock_guard<std::recursive_mutex> guard(mMutex);
    mListeners.emplace(mNextListener, std::move(listener));
    return mNextListener++;
}

void DocumentModel::unsubscribe(int id)
{
    std::lock_guard<std::recursive_mutex> guard(mMutex);
    mListeners.erase(id);
}

void DocumentModel::notify(const PayloadChange& change)
{
    std::map<int, Listener> listeners;
    {
        std::lock_guard<std::recursive_mutex> guard(mMutex);
        listeners = mListeners;
    }
    for (const auto& [id, listener] : listeners) {
        try {
            listener(change);
        } catch (...) {
            // A listener's failure is its own; the others still hear of the change.
        }
    }
}

namespace {

std::mutex gRegistryMutex;
std::map<uno::XInterface*, std::shared_ptr<DocumentModel>> gModels;

/// Drops a document's model when the document closes, and invalidates it when the document's properties
/// change other than through DocumentStore (File ▸ Properties, a macro).
class DocumentWatcher : public cppu::WeakImplHelper1<util::XModifyListener> {
public:
    DocumentWatcher(uno::XInterface* key, std::weak_ptr<DocumentModel> model)
        : mpKey(key)
        , mpModel(std::move(model))
    {
    }

    void SAL_CALL disposing(const lang::EventObject& event) override
    {
        try {
            if (Reference<frame::XModel>(event.Source, UNO_QUERY).is()) {
                {
                    std::lock_guard<std::mutex> guard(gRegistryMutex);
                    gModels.erase(mpKey);
                }
                if (auto model = mpModel.lock())
                    model->close();
            }
        } catch (...) {
        }
    }

    void SAL_CALL modified(const lang::EventObject&) override
    {
        try {
            if (auto model = mpModel.lock(); model && !model->isWriting())
                model->invalidate();
        } catch (...) {
        }
    }

private:
    uno::XInterface* mpKey; // identity only, never dereferenced
    std::weak_ptr<DocumentModel> mpModel;
};

} // namespace

std::shared_ptr<DocumentModel> documentModelFor(const Reference<frame::XModel>& document)
{
    // The XInterface pointer is a UNO object's identity.
    const Reference<uno::XInterface> identity(document, UNO_QUERY);
    std::shared_ptr<DocumentModel> model;
    {
        std::lock_guard<std::mutex> guard(gRegistryMutex);
        auto& entry = gModels[identity.get()];
        if (entry)
            return entry;
        entry = model = std::make_shared<DocumentModel>();
    }
    const Reference<DocumentWatcher> watcher(new DocumentWatcher(identity.get(), model));
    Reference<lang::XComponent>(document, UNO_QUERY_THROW)->addEventListener(watcher.get());
    // The user-defined properties only, where the payload is: the document properties as a whole change
    // whenever Writer counts the words again (after a paste, in its idle time), and reading the payload
    // again for that cost a paste of 5,000 characters 190 ms.
    Reference<document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    const Reference<document::XDocumentProperties> properties = supplier.is() ? supplier->getDocumentProperties() : nullptr;
    Reference<util::XModifyBroadcaster> userDefined(properties.is() ? properties->getUserDefinedProperties() : nullptr, UNO_QUERY);
    if (userDefined.is())
        userDefined->addModifyListener(watcher.get());
    return model;
}

} // namespace pt::extension
