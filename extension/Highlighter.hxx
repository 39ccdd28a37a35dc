#pragma once

#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/weakref.hxx>

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
class Highlighter {
public:
    /// The document's highlighter (one per document), created on first use and then shown, unless the
    /// document has more than kShownByDefaultUpTo codings: then the user switches it on.
    static std::shared_ptr<Highlighter> forDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                    const css::uno::Reference<css::frame::XModel>& document);

    static constexpr std::size_t kShownByDefaultUpTo = 1000;

    bool isShown() const;
    void show(bool on);

    ~Highlighter();
    Highlighter(const css::uno::Reference<css::frame::XModel>& document, std::shared_ptr<DocumentModel> model);

    /// For the save listener: take the tint off before a save and put it back after.
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

    css::uno::Reference<css::frame::XModel> document() const;
    /// Brings the painted passages in line with the codings: paints new ones, clears removed ones.
    void synchronise();
    void paint(const std::string& codingId, const css::uno::Reference<css::text::XTextRange>& range, sal_Int32 tint);
    void clearAll();
    void rememberOriginals(const css::uno::Reference<css::text::XTextRange>& range);

    css::uno::WeakReference<css::frame::XModel> mxDocument;
    std::shared_ptr<DocumentModel> mpModel;
    int mnListener = -1;
    std::unique_ptr<DeferredCall> mpSynchronise; ///< after the change that called for it, never inside it
    css::uno::Reference<css::document::XDocumentEventListener> mxSaveListener;
    std::recursive_mutex mMutex;
    bool mbShown = false;
    bool mbSuspended = false;
    std::map<std::string, Painted> maPainted;
    std::set<sal_Int32> maTints; ///< every tint this highlighter has used: what clearAll takes off
    std::vector<Original> maOriginals;
};

} // namespace pt::extension
