#pragma once

#include "core/CodingSet.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace pt::extension {

/// A document's payload held in memory (a CodingSet), so that reading the codings does not mean reading
/// and parsing thousands of document properties each time. DocumentStore keeps it in step with its own
/// writes; undo and redo, and changes to the properties made by anyone else, make it read the document
/// again on next use. Listeners hear of every change (the panels refresh on it).
class DocumentModel {
public:
    using Listener = std::function<void()>;
    using Loader = std::function<PayloadReadResult()>;

    /// Runs `read` on the payload under the model's lock, loading it first if needed.
    template <class Read> auto read(const Loader& loader, Read&& read)
    {
        std::lock_guard<std::recursive_mutex> guard(mMutex);
        ensureLoaded(loader);
        return read(static_cast<const CodingSet&>(*mCodings));
    }
    /// Changes the payload in memory (after the document was written) and tells the listeners.
    void update(const Loader& loader, const std::function<void(CodingSet&)>& change);
    /// Forgets the payload; the next read loads it from the document. Tells the listeners.
    void invalidate();
    /// Problems found when the payload was last loaded.
    Problems loadProblems() const;

    int subscribe(Listener listener);
    void unsubscribe(int id);
    /// Tells the listeners that the text changed (an anchor may be gone).
    void notify();

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

private:
    void ensureLoaded(const Loader& loader);

    mutable std::recursive_mutex mMutex;
    std::unique_ptr<CodingSet> mCodings;
    Problems mLoadProblems;
    std::map<int, Listener> mListeners;
    int mNextListener = 0;
    int mWriting = 0;
};

/// The DocumentModel of each open document, created on first use and dropped when the document closes.
std::shared_ptr<DocumentModel> documentModelFor(const css::uno::Reference<css::frame::XModel>& document);

} // namespace pt::extension
