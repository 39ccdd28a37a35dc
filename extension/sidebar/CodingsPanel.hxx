#pragma once

#include "sidebar/SidebarPanel.hxx"
#include "common/SlicedWork.hxx"

#include "core/CodingSet.hpp"
#include "core/ListEdits.hpp"
#include "core/PayloadChange.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

namespace pt::extension {

class DeferredCall;
class DocumentModel;
class DocumentStore;

/// The Codings panel: which codings are at the cursor; the document's codings (all, or the chosen code's;
/// all speakers, or one), choosing one selects its passage; its memo, code and removal; and the orphaned
/// codings apart, to re-anchor to a new selection or delete.
class CodingsPanel : public SidebarPanel {
public:
    static constexpr const char* kDialog = "CodingsPanel.xdl";

private:
    friend class SidebarPanel; // opens it
    CodingsPanel(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& resourceUrl,
                 const css::uno::Reference<css::frame::XFrame>& frame);
    void start() override;
    void handleEvent(const ::rtl::OUString& method) override;
    void stop() override;
    int rowsWanted(const char* control) const override;

    /// Follows the frame to the document it shows; the list fills on the main thread, after the loading.
    void bindDocument();
    void unbindDocument();
    /// Changes are shown after the operation that made them, together: one update for several.
    void scheduleUpdate(const PayloadChange& change);
    void applyPendingChange();
    /// Everything again (another document, filter, code or speaker; an undo; a deleted passage), a slice at
    /// a time.
    void refresh();
    struct Fill;
    bool fillStep(Fill& fill, SlicedWork::Clock::time_point deadline);
    /// Only the lines of the codings touched: a coding costs the same in a list of 10 or 10,000.
    void update(const std::set<std::string>& touched);
    /// What brings the list's page up to date with maListed, replacing the lines of `touched`: a few edits
    /// with the lines they insert, or the whole page. Made under the payload's lock, applied after it.
    struct PageChange {
        std::vector<ListEdit> edits;
        bool whole = false;
        std::vector<::rtl::OUString> lines; ///< each inserted line in order, or the whole page's
    };
    PageChange pageEdits(const CodingSet& codings, const std::set<std::string>& touched);
    void applyPageEdits(const PageChange& change);
    /// Which page is shown, and the buttons to the others.
    void showPager();
    /// A filter list of names (speakers, coders) after its "everyone" entry.
    void showNames(const char* list, const char* everyone, const std::set<std::string>& names,
                   std::vector<std::string>& shown, const std::string& chosen);
    /// The speakers, coders and orphans of the codings: read under the payload's lock, shown after it.
    struct Others {
        std::set<std::string> speakers, coders;
        std::vector<std::pair<std::string, ::rtl::OUString>> orphans; ///< id and line, oldest first
    };
    Others othersOf(const CodingSet& codings, const std::unordered_map<std::string, std::size_t>& order) const;
    void showOthers(const Others& others, const CodingFilter& filter, bool orphansTouched);
    CodingFilter currentFilter() const;
    /// Each anchored coding's place in the document.
    std::unordered_map<std::string, std::size_t> anchorOrder(const DocumentStore& store);
    void choose(const std::string& codingId);
    /// Notes the paragraph an edit is in (the cursor's), for the look after the typing pauses.
    void noteEditedParagraph();
    void refreshIfAnchorsChanged();
    void showCodingsAtCursor();
    void codingChosen();
    /// Keeps the condensed meaning unit and the memo as the fields have them: what changed, in one undo step.
    void saveNotes(DocumentStore& store, const std::string& codingId);
    std::string chosenCoding() const;
    std::string chosenOrphan() const;

    std::shared_ptr<DocumentModel> mpModel;
    std::unique_ptr<DeferredCall> mpRefresh;      ///< after a change of the codings or the text
    std::unique_ptr<SlicedWork> mpFill;           ///< the list, filling
    std::mutex maPendingMutex;                    ///< changes are heard on any thread
    std::optional<PayloadChange> maPending;
    std::unique_ptr<DeferredCall> mpAnchorCheck;
    std::unique_ptr<DeferredCall> mpCursorCheck;
    int mnModelListener = -1;
    int mnWorkbenchListener = -1;
    css::uno::Reference<css::frame::XController> mxController;
    css::uno::Reference<css::frame::XFrameActionListener> mxFrameListener;
    css::uno::Reference<css::view::XSelectionChangeListener> mxCursorListener;
    css::uno::Reference<css::util::XModifyListener> mxTextListener;
    ::rtl::OUString msAtCursor;         ///< what AtCursorText shows
    std::vector<std::string> maListed;  ///< the ids of every coding the list shows, in document order
    std::vector<std::string> maShown;   ///< the ids of the page in CodingsList, in its order
    std::size_t mnPage = 0;
    std::vector<std::string> maOrphans; ///< coding ids in OrphansList order
    std::set<std::string> maCollapsed;  ///< anchored codings whose passage was deleted (orphans too)
    bool mbCollapsedKnown = false;
    std::mutex maEditedMutex; ///< edits are heard on any thread
    std::vector<css::uno::Reference<css::text::XTextRange>> maEdited; ///< paragraphs edited since the last look
    bool mbEditedEverywhere = false;
    std::optional<CodingFilter> maShownFilter; ///< what the list shows; filling the lists fires their events
    std::vector<std::string> maCoders;   ///< coders in CoderList order, after "All coders"
    std::vector<std::string> maSpeakers; ///< speakers in SpeakerList order, after "All speakers"
    /// The anchors the list was built from: one of them gone means a deleted passage. A new anchor matters
    /// only for an orphan (its passage back); a new coding's comes with the coding's own change.
    std::unordered_set<std::string> maAnchored;
};

} // namespace pt::extension
