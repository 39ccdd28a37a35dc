#pragma once

#include "core/CodingSet.hpp"
#include "core/PayloadChange.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <typeindex>

namespace pt::extension {

/// A document's payload held in memory (a CodingSet), so that reading the codings does not mean reading
/// and parsing thousands of document properties each time. DocumentStore keeps it in step with its own
/// writes; undo and redo, and changes to the properties made by anyone else, make it read the document
/// again on next use. Listeners hear of every change and what it touched (the panels update that).
class DocumentModel {
public:
    using Listener = std::function<void(const PayloadChange&)>;
    using Loader = std::function<PayloadReadResult()>;

    /// Runs `read` on the payload under the model's lock, loading it first if needed.
    template <class Read> auto read(const Loader& loader, Read&& read)
    {
        std::unique_lock<std::recursive_mutex> lock(mMutex);
        ensureLoaded(loader, lock);
        return read(static_cast<const CodingSet&>(*mCodings));
    }
    /// Changes the payload in memory (after the document was written) and tells the listeners what it touched.
    void update(const Loader& loader, const std::function<void(CodingSet&)>& change, const PayloadChange& touched);
    /// Forgets the payload; the next read loads it from the document. Tells the listeners.
    void invalidate();
    /// Problems found when the payload was last loaded.
    Problems loadProblems() const;

    /// The document closed: drops the payload, the listeners and the attachments (which may hold the
    /// model themselves: a cycle that would otherwise keep all of it alive).
    void close();

    int subscribe(Listener listener);
    void unsubscribe(int id);

    /// Writes by DocumentStore are not changes "made by others": while a WriteGuard lives, the property
    /// watcher does not invalidate.
    class WriteGuard {
    public:
        explicit WriteGuard(DocumentModel& model) : mModel(model) { ++mModel.mWriting; }
        ~WriteGuard() { --mModel.mWriting; }
        WriteGuard(const WriteGuard&) = delete;
        WriteGuard& operator=(const WriteGuard&) = delete;

    private:
        DocumentModel& mModel;
    };
    bool isWriting() const { return mWriting > 0; }

    /// An object that lives as long as the document's model, one of each type (the Highlighter).
    template <class T> std::shared_ptr<T> attachment(const std::function<std::shared_ptr<T>()>& make)
    {
        std::lock_guard<std::recursive_mutex> guard(mMutex);
        std::shared_ptr<void>& slot = mAttachments[std::type_index(typeid(T))];
        if (!slot)
            slot = make();
        return std::static_pointer_cast<T>(slot);
    }

private:
    void notify(const PayloadChange& change);
    /// Loads without holding the lock: loading calls into LibreOffice, and a thread holding LibreOffice's
    /// own lock may be waiting for ours. A load that an invalidation overtook is discarded.
    void ensureLoaded(const Loader& loader, std::unique_lock<std::recursive_mutex>& lock);

    mutable std::recursive_mutex mMutex;
    std::unique_ptr<CodingSet> mCodings;
    unsigned mGeneration = 0;
    Problems mLoadProblems;
    std::map<int, Listener> mListeners;
    int mNextListener = 0;
    int mWriting = 0;
    std::map<std::type_index, std::shared_ptr<void>> mAttachments;
};

/// The DocumentModel of each open document, created on first use and dropped when the document closes.
std::shared_ptr<DocumentModel> documentModelFor(const css::uno::Reference<css::frame::XModel>& document);

} // namespace pt::extension
