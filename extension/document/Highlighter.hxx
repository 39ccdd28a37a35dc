#pragma once

#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/weakref.hxx>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace pt::extension {

class DeferredCall;
class DocumentModel;

/// Shows coded passages in a light tint of their code's colour, without ever changing the document the user
/// saves: the tint is character background set with undo locked, change tracking paused and the modified
/// flag kept as it was; it is taken off before every save and put back after, and switching it off puts
/// back exactly the background the text had. Longer passages are painted first, so shorter (often nested)
/// ones stay visible on top of them. Follows every change of the codings, painting only what changed, once the change is complete.
/// A background the user gave coded text is remembered when it is painted over and comes back when the
/// tint is taken off (switching off, saving).
///
/// The painting itself only ever runs where LibreOffice's own lock is held: on the main thread (a
/// DeferredCall) or inside a save. A lock of our own held across calls into Writer deadlocked against it
/// (the main thread waiting for ours, an API thread holding ours and waiting for LibreOffice's), so there
/// is none: show() from any thread only states what is wanted. Many passages are painted in slices of
/// kSliceMilliseconds, with progress in the status bar; the office stays usable in between, and switching
/// colours off stops the painting.
class Highlighter {
public:
    /// The document's highlighter (one per document), created on first use and then shown, unless the
    /// document has more than kShownByDefaultUpTo codings: then the user switches it on.
    static std::shared_ptr<Highlighter> forDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                    const css::uno::Reference<css::frame::XModel>& document);
    /// The document's highlighter if it has one yet, else null (creating one reads the whole payload).
    static std::shared_ptr<Highlighter> existingFor(const css::uno::Reference<css::frame::XModel>& document);

    static constexpr std::size_t kShownByDefaultUpTo = 1000;

    /// Whether colours are wanted (they may still be on their way into the text).
    bool isShown() const;
    /// Any thread: the text follows soon after, on the main thread.
    void show(bool on);

    /// Any thread: colours only the codings of these coders (all coders when empty), so that one coder's
    /// work can be read on its own. A view setting like show().
    void showCoders(const std::set<std::string>& coders);
    std::set<std::string> shownCoders() const;

    /// As SlicedWork's: a key pressed while colours are painted after opening waits at most a slice.
    static constexpr int kSliceMilliseconds = 3;

    ~Highlighter();
    Highlighter(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XModel>& document, std::shared_ptr<DocumentModel> model);

    /// For the save listener (inside the save, so under LibreOffice's lock): take the tint off before a
    /// save and put it back after.
    void suspendForSave();
    void resumeAfterSave();

private:
    struct Painted {
        css::uno::Reference<css::text::XTextRange> range; ///< a cursor: it follows edits of the text
        sal_Int32 tint;
    };
    struct Original {
        css::uno::Reference<css::text::XTextRange> range;
        sal_Int32 color;
        bool transparent;
    };

    struct ToPaint {
        std::size_t length;
        std::string codingId;
        sal_Int32 tint;
    };

    css::uno::Reference<css::frame::XModel> document() const;
    /// One slice of work on the main thread: brings the text a step closer to what is wanted.
    void step();
    /// Clears passages whose coding is gone or changed colour, and lines up the missing ones, longest first.
    void plan(const class DocumentStore& store);
    void paint(const std::string& codingId, const css::uno::Reference<css::text::XTextRange>& range, sal_Int32 tint);
    void clearAll();
    void rememberOriginals(const css::uno::Reference<css::text::XTextRange>& range);
    void showProgress();
    void endProgress();

    css::uno::Reference<css::uno::XComponentContext> mxContext;
    css::uno::WeakReference<css::frame::XModel> mxDocument;
    std::shared_ptr<DocumentModel> mpModel;
    int mnListener = -1;
    std::unique_ptr<DeferredCall> mpStep; ///< after the change that called for it, never inside it
    css::uno::Reference<css::document::XDocumentEventListener> mxSaveListener;
    std::atomic<bool> mbWanted{false};
    std::atomic<bool> mbReplan{true};   ///< the codings changed since the last plan
    mutable std::mutex maCodersMutex;   ///< guards maShownCoders only; never held across a call into Writer
    std::set<std::string> maShownCoders;
    // Below: only touched under LibreOffice's lock (see the class comment).
    bool mbInText = false;              ///< tints may be in the text
    bool mbSuspended = false;
    std::vector<ToPaint> maQueue;       ///< still to paint, the next one last
    std::size_t mnPlanned = 0;          ///< the queue's length when planned, for the progress bar
    css::uno::Reference<css::task::XStatusIndicator> mxProgress;
    std::map<std::string, Painted> maPainted;
    std::set<sal_Int32> maTints; ///< every tint this highlighter has used: what clearAll takes off
    std::vector<Original> maOriginals;
};

} // namespace pt::extension
