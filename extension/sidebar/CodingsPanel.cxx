#include "sidebar/CodingsPanel.hxx"

#include "common/FreedMemory.hxx"

#include "common/CallbackListeners.hxx"
#include "common/ControlValues.hxx"
#include "common/DeferredCall.hxx"
#include "document/DocumentStore.hxx"
#include "document/Highlighter.hxx"
#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"

#include "core/CodingSet.hpp"
#include "core/ListEdits.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <chrono>
#include <set>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

// Paragraphs edited between two looks that are looked at one by one; edits in more places cost a full look.
constexpr std::size_t kEditedParagraphs = 64;

// Lines of the list at once: a list box keeps every line's laid-out text (about 3 KB each); a page of 500
// was 2 MB of an office's memory for a long transcript, and the sidebar shows a few dozen lines.
constexpr std::size_t kPageSize = 200;

// How long the cursor rests, and the typing pauses, before the panel looks at what they changed.
constexpr std::chrono::milliseconds kAfterTheCursorStops(150);
constexpr std::chrono::milliseconds kAfterTypingPauses(300);

// About what a sidebar shows before the code's name; laying out longer lines costs time in long lists.
constexpr std::size_t kExcerptLength = 40;

/// The first characters of a passage on one line, cut at a character boundary.
std::string lcl_excerpt(const std::string& text)
{
    std::string line;
    for (char c : text)
        line += (c == '\n' || c == '\t') ? ' ' : c;
    if (line.size() <= kExcerptLength)
        return line;
    std::size_t cut = kExcerptLength;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 character
    return line.substr(0, cut) + "\xe2\x80\xa6";
}

/// A line of the lists: the passage's first words and the code.
OUString lcl_describe(const Coding& coding, const Codebook& codebook)
{
    const Code* code = codebook.find(coding.codeId);
    return toOUString(lcl_excerpt(coding.text) + "  \xe2\x80\x94 " + (code ? code->name : std::string("?")));
}

Reference<text::XTextRange> lcl_selectedRange(const Reference<frame::XController>& controller)
{
    Reference<view::XSelectionSupplier> supplier(controller, UNO_QUERY);
    Reference<container::XIndexAccess> selection(supplier.is() ? supplier->getSelection() : Any(), UNO_QUERY);
    if (!selection.is() || selection->getCount() < 1)
        return nullptr;
    return Reference<text::XTextRange>(selection->getByIndex(0), UNO_QUERY);
}

} // namespace

CodingsPanel::CodingsPanel(const Reference<uno::XComponentContext>& context, const OUString& resourceUrl,
                           const Reference<frame::XFrame>& frame)
    : SidebarPanel(context, resourceUrl, frame,
                   {line({{"AtCursorText", Fit::Wrapping}}),
                    labelled("ShowLabel", "ShowList"),
                    labelled("SpeakerLabel", "SpeakerList"),
                    labelled("CoderLabel", "CoderList"),
                    line({{"CodingsList", Fit::Rows}}),
                    line({{"PageText", Fit::Wrapping}, {"PreviousPageButton", Fit::Text, false}, {"NextPageButton", Fit::Text, false}}),
                    line({{"DetailText", Fit::Wrapping}}),
                    labelled("CondensedLabel", "CondensedField"),
                    labelled("MemoLabel", "MemoField"),
                    line({{"SaveNotesButton", Fit::Text}, {"ChangeCodeButton", Fit::Text}, {"RemoveButton", Fit::Text}}),
                    line({{"OrphansLabel", Fit::Wrapping}}),
                    line({{"OrphansList", Fit::Rows}}),
                    line({{"ReanchorButton", Fit::Text}, {"DeleteOrphanButton", Fit::Text}}),
                    line({{"StatusText", Fit::Wrapping}})},
                   {"filterChanged", "codingChosen", "saveNotes", "changeCode", "removeCoding", "reanchor", "deleteOrphan",
                    "previousPage", "nextPage"})
{
}

void CodingsPanel::start()
{
    // What selecting the first choices below shows: no refresh for their events (the document is loading).
    maShownFilter = CodingFilter{};
    setListItems(control("ShowList"), {maText.get("AllCodings"), maText.get("ChosenCodeOnly")});
    Reference<awt::XListBox>(control("ShowList"), UNO_QUERY_THROW)->selectItemPos(0, true);
    for (const auto& [list, everyone] : {std::make_pair("SpeakerList", "AllSpeakers"), std::make_pair("CoderList", "AllCoders")}) {
        setListItems(control(list), {maText.get(everyone)});
        Reference<awt::XListBox>(control(list), UNO_QUERY_THROW)->selectItemPos(0, true);
    }
    // Selection changes also come from inside Writer's operations (inserting an anchor): react after them.
    // Both follow every key a user types: they wait until the typing pauses, so that a key costs nothing.
    mpCursorCheck = std::make_unique<DeferredCall>(mxContext, [this] { guarded([this] { showCodingsAtCursor(); }); },
                                                   kAfterTheCursorStops);
    mxCursorListener = new SelectionChangeCallback([this] { mpCursorCheck->schedule(); });
    mpRefresh = std::make_unique<DeferredCall>(mxContext, [this] { guarded([this] { applyPendingChange(); }); });
    mpFill = std::make_unique<SlicedWork>(mxContext);
    mpAnchorCheck = std::make_unique<DeferredCall>(mxContext, [this] { guarded([this] { refreshIfAnchorsChanged(); }); },
                                                   kAfterTypingPauses);
    mxTextListener = new ModifyCallback([this] {
        guarded([this] { noteEditedParagraph(); });
        mpAnchorCheck->schedule();
    });
    mxFrameListener = new FrameActionCallback([this] { guarded([this] { bindDocument(); }); });
    mxFrame->addFrameActionListener(mxFrameListener);
    mnWorkbenchListener = Workbench::instance().subscribe([this] {
        guarded([this] {
            if (Reference<awt::XListBox>(control("ShowList"), UNO_QUERY_THROW)->getSelectedItemPos() == 1)
                scheduleUpdate(PayloadChange{});
        });
    });
    bindDocument();
}

void CodingsPanel::stop()
{
    if (mxFrameListener.is())
        mxFrame->removeFrameActionListener(mxFrameListener);
    if (mnWorkbenchListener >= 0)
        Workbench::instance().unsubscribe(mnWorkbenchListener);
    unbindDocument();
    mpFill.reset();
    mpRefresh.reset();
    mpAnchorCheck.reset();
    mpCursorCheck.reset();
}

int CodingsPanel::rowsWanted(const char* control) const
{
    // An empty list takes little room; a long one scrolls inside its rows.
    if (std::string_view(control) == "OrphansList")
        return std::clamp<int>(static_cast<int>(maOrphans.size()), 1, 5);
    return std::clamp<int>(static_cast<int>(maShown.size()), 3, 12);
}

void CodingsPanel::unbindDocument()
{
    if (mpModel && mnModelListener >= 0)
        mpModel->unsubscribe(mnModelListener);
    mpModel.reset();
    mnModelListener = -1;
    mbCollapsedKnown = false;
    {
        std::lock_guard<std::mutex> guard(maEditedMutex);
        maEdited.clear();
        mbEditedEverywhere = false;
    }
    if (mxController.is()) {
        Reference<view::XSelectionSupplier>(mxController, UNO_QUERY_THROW)->removeSelectionChangeListener(mxCursorListener);
        Reference<util::XModifyBroadcaster> text(mxController->getModel(), UNO_QUERY);
        if (text.is())
            text->removeModifyListener(mxTextListener);
    }
    mxController.clear();
}

void CodingsPanel::bindDocument()
{
    const Reference<lang::XComponent> document = currentDocument();
    // The frame reports many actions (activated, context changed, …) for the same document.
    if (document.is() && mxController.is() && mxController == mxFrame->getController())
        return;
    unbindDocument();
    if (document.is()) {
        DocumentStore store(document);
        mpModel = documentModelFor(store.document());
        mnModelListener = mpModel->subscribe([this](const PayloadChange& change) { scheduleUpdate(change); });
        mxController = mxFrame->getController();
        Reference<view::XSelectionSupplier>(mxController, UNO_QUERY_THROW)->addSelectionChangeListener(mxCursorListener);
        // Typing changes no coding, but deleting a coded passage orphans it: watch the text.
        Reference<util::XModifyBroadcaster> text(store.document(), UNO_QUERY);
        if (text.is())
            text->addModifyListener(mxTextListener);
    }
    // Not here: the frame announces the document from inside the loading, on the loader's thread.
    scheduleUpdate(PayloadChange{});
}

void CodingsPanel::noteEditedParagraph()
{
    // Per key: a look at the cursor, and a new note only when the edit is in another paragraph.
    const Reference<text::XTextViewCursorSupplier> views(mxController, UNO_QUERY);
    const Reference<text::XTextRange> cursor(views.is() ? views->getViewCursor() : nullptr, UNO_QUERY);
    if (!cursor.is())
        return;
    const Reference<text::XTextRange> at = cursor->getStart();
    std::lock_guard<std::mutex> guard(maEditedMutex);
    if (!maEdited.empty()) {
        try {
            const Reference<text::XTextRangeCompare> compare(at->getText(), UNO_QUERY_THROW);
            const Reference<text::XTextRange>& last = maEdited.back();
            if (compare->compareRegionStarts(last, at) >= 0 && compare->compareRegionEnds(at, last) >= 0)
                return; // in the paragraph noted last
        } catch (const lang::IllegalArgumentException&) {
            // another text (a table cell, a frame): a paragraph of its own
        }
    }
    if (maEdited.size() >= kEditedParagraphs) {
        mbEditedEverywhere = true;
        return;
    }
    Reference<text::XParagraphCursor> paragraph(at->getText()->createTextCursorByRange(at), UNO_QUERY);
    if (!paragraph.is())
        return;
    paragraph->gotoStartOfParagraph(false);
    paragraph->gotoEndOfParagraph(true);
    maEdited.emplace_back(paragraph, UNO_QUERY);
}

void CodingsPanel::refreshIfAnchorsChanged()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return;
    // Deleting text removes the anchors inside it, or collapses an anchor whose whole passage went; only
    // the anchors of the paragraphs edited since the last look, and of the cursor's, are looked at.
    DocumentStore store(document);
    std::vector<Reference<text::XTextRange>> edited;
    bool everywhere = false;
    {
        std::lock_guard<std::mutex> guard(maEditedMutex);
        edited.swap(maEdited);
        std::swap(everywhere, mbEditedEverywhere);
    }
    if (everywhere) {
        // Edits in too many places to look at one by one: every anchor again, a slice at a time.
        mbCollapsedKnown = false;
        scheduleUpdate(PayloadChange{});
        return;
    }
    const std::vector<std::string> anchored = store.anchors().inOrder();
    const std::unordered_set<std::string> now(anchored.begin(), anchored.end());
    // A passage deleted (an anchor gone), or an orphan's passage back (undoing the deletion): only those
    // codings' lines change, in the list and among the orphans.
    std::set<std::string> changed;
    for (const std::string& id : maAnchored)
        if (!now.count(id))
            changed.insert(id);
    for (const std::string& id : maOrphans)
        if (now.count(id) && !maCollapsed.count(id))
            changed.insert(id);
    if (const Reference<text::XTextRange> cursor = lcl_selectedRange(mxFrame->getController()); cursor.is())
        edited.push_back(cursor);
    for (const Reference<text::XTextRange>& paragraph : edited)
        for (const auto& [id, collapsed] : store.anchors().around(paragraph))
            if (collapsed != (maCollapsed.count(id) > 0)) {
                if (collapsed)
                    maCollapsed.insert(id);
                else
                    maCollapsed.erase(id);
                changed.insert(id);
            }
    if (!changed.empty())
        scheduleUpdate(PayloadChange::ofCodings(std::move(changed)));
}

void CodingsPanel::scheduleUpdate(const PayloadChange& change)
{
    {
        std::lock_guard<std::mutex> guard(maPendingMutex);
        if (maPending)
            maPending->merge(change);
        else
            maPending = change;
    }
    mpRefresh->schedule();
}

void CodingsPanel::applyPendingChange()
{
    std::optional<PayloadChange> change;
    {
        std::lock_guard<std::mutex> guard(maPendingMutex);
        // While the list fills, changes wait for it (it asks for them when done), unless everything changed.
        if (mpFill->running() && !(maPending && maPending->everything))
            return;
        change.swap(maPending);
    }
    if (!change)
        return;
    if (change->everything)
        refresh();
    else
        update(change->codings);
}

CodingFilter CodingsPanel::currentFilter() const
{
    CodingFilter filter;
    if (selectedListItem(control("ShowList")) == 1)
        filter.codeId = Workbench::instance().chosenCode(mxFrame);
    const sal_Int16 speakerChoice = selectedListItem(control("SpeakerList"));
    if (speakerChoice > 0 && static_cast<std::size_t>(speakerChoice) <= maSpeakers.size())
        filter.speaker = maSpeakers[static_cast<std::size_t>(speakerChoice - 1)];
    const sal_Int16 coderChoice = selectedListItem(control("CoderList"));
    if (coderChoice > 0 && static_cast<std::size_t>(coderChoice) <= maCoders.size())
        filter.coder = maCoders[static_cast<std::size_t>(coderChoice - 1)];
    return filter;
}

std::unordered_map<std::string, std::size_t> CodingsPanel::anchorOrder(const DocumentStore& store)
{
    std::unordered_map<std::string, std::size_t> order;
    std::size_t place = 0;
    for (std::string& id : store.anchors().inOrder())
        order.emplace(std::move(id), place++);
    maAnchored.clear();
    for (const auto& [id, place] : order)
        maAnchored.insert(id);
    return order;
}

/// A refresh under way: what it has found so far, and where it goes on.
struct CodingsPanel::Fill {
    enum class Phase { Order, Collapsed, Lines } phase = Phase::Order;
    std::unordered_map<std::string, std::size_t> order;
    sal_Int32 nextBookmark = 0, bookmarks = 0;
    std::set<std::string> collapsed;
    std::string chosen;
};

void CodingsPanel::refresh()
{
    mpFill->cancel();
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is()) {
        setListItems(control("CodingsList"), {});
        setListItems(control("OrphansList"), {});
        maListed.clear();
        maShown.clear();
        maOrphans.clear();
        showPager();
        relayout();
        return;
    }
    // A list of thousands is filled a slice at a time (SlicedWork): typing and the first seconds after
    // opening a long transcript stay as quick as without the panel.
    auto fill = std::make_shared<Fill>();
    fill->chosen = chosenCoding();
    mpFill->start([this, fill](SlicedWork::Clock::time_point deadline) {
        bool more = true;
        guarded([&] { more = fillStep(*fill, deadline); });
        return more;
    });
}

bool CodingsPanel::fillStep(Fill& fill, SlicedWork::Clock::time_point deadline)
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return false;
    DocumentStore store(document);
    constexpr sal_Int32 kBookmarksAtOnce = 25;
    switch (fill.phase) {
    case Fill::Phase::Order:
        fill.order = anchorOrder(store);
        // Collapsed anchors are looked for once per document (every anchor); then edits keep the set current.
        fill.bookmarks = store.anchors().bookmarkCount();
        fill.phase = mbCollapsedKnown ? Fill::Phase::Lines : Fill::Phase::Collapsed;
        return true;
    case Fill::Phase::Collapsed:
        if (store.anchors().bookmarkCount() != fill.bookmarks) { // the text changed meanwhile: look again
            fill.bookmarks = store.anchors().bookmarkCount();
            fill.nextBookmark = 0;
            fill.collapsed.clear();
        }
        while (fill.nextBookmark < fill.bookmarks && SlicedWork::Clock::now() < deadline) {
            fill.collapsed.merge(store.anchors().collapsed(fill.nextBookmark, fill.nextBookmark + kBookmarksAtOnce));
            fill.nextBookmark += kBookmarksAtOnce;
        }
        if (fill.nextBookmark < fill.bookmarks)
            return true;
        maCollapsed = std::move(fill.collapsed);
        mbCollapsedKnown = true;
        fill.phase = Fill::Phase::Lines;
        return true;
    case Fill::Phase::Lines: {
        for (auto id = maCollapsed.begin(); id != maCollapsed.end();) // re-anchored or removed since
            id = store.anchors().text(*id) ? maCollapsed.erase(id) : std::next(id);
        const CodingFilter filter = currentFilter();
        maShownFilter = filter;
        // Read under the payload's lock, shown after it: never a call into LibreOffice while holding it.
        std::vector<OUString> lines;
        Others others;
        store.read([&](const CodingSet& codings) {
            std::vector<std::pair<std::size_t, const Coding*>> listed;
            for (const Coding* coding : codings.all())
                if (const auto place = fill.order.find(coding->id); place != fill.order.end()
                                                                     && !maCollapsed.count(coding->id)
                                                                     && matches(filter, *coding, codings.codebook()))
                    listed.emplace_back(place->second, coding);
            std::sort(listed.begin(), listed.end());
            maListed.clear();
            for (const auto& [place, coding] : listed)
                maListed.push_back(coding->id);
            // The page the chosen coding is on, else the one shown.
            if (const auto chosen = std::find(maListed.begin(), maListed.end(), fill.chosen); chosen != maListed.end())
                mnPage = static_cast<std::size_t>(chosen - maListed.begin()) / kPageSize;
            const ListPage page = listPage(maListed.size(), mnPage, kPageSize);
            mnPage = page.page;
            maShown.assign(maListed.begin() + static_cast<std::ptrdiff_t>(page.first), maListed.begin() + static_cast<std::ptrdiff_t>(page.end));
            for (std::size_t i = page.first; i < page.end; ++i)
                lines.push_back(lcl_describe(*listed[i].second, codings.codebook()));
            others = othersOf(codings, fill.order);
            return 0;
        });
        setListItems(control("CodingsList"), lines);
        showOthers(others, filter, true);
        showPager();
        choose(fill.chosen);
        showCodingsAtCursor();
        relayout();
        returnFreedMemory(); // the reading of the payload and of every anchor is over
        // What changed while the list was filling.
        bool pending = false;
        {
            std::lock_guard<std::mutex> guard(maPendingMutex);
            pending = maPending.has_value();
        }
        if (pending)
            mpRefresh->schedule();
        return false;
    }
    }
    return false;
}

CodingsPanel::PageChange CodingsPanel::pageEdits(const CodingSet& codings, const std::set<std::string>& touched)
{
    const ListPage page = listPage(maListed.size(), mnPage, kPageSize);
    mnPage = page.page;
    const std::vector<std::string> target(maListed.begin() + static_cast<std::ptrdiff_t>(page.first),
                                          maListed.begin() + static_cast<std::ptrdiff_t>(page.end));
    PageChange change;
    change.edits = planPageEdits(maShown, target, touched);
    // Another page: all its lines at once rather than hundreds of single edits.
    constexpr std::size_t kMostEdits = 50;
    change.whole = change.edits.size() > kMostEdits;
    for (const ListEdit& edit : change.edits)
        if (const Coding* coding = !change.whole && edit.kind == ListEdit::Kind::Insert ? codings.find(edit.id) : nullptr)
            change.lines.push_back(lcl_describe(*coding, codings.codebook()));
    if (change.whole)
        for (const std::string& id : target)
            if (const Coding* coding = codings.find(id))
                change.lines.push_back(lcl_describe(*coding, codings.codebook()));
    maShown = target;
    return change;
}

void CodingsPanel::applyPageEdits(const PageChange& change)
{
    const Reference<awt::XControl> list = control("CodingsList");
    if (change.whole) {
        setListItems(list, change.lines);
    } else {
        auto line = change.lines.begin();
        for (const ListEdit& edit : change.edits) {
            if (edit.kind == ListEdit::Kind::Remove)
                removeListItem(list, static_cast<sal_Int32>(edit.position));
            else
                insertListItem(list, static_cast<sal_Int32>(edit.position), *line++);
        }
    }
    showPager();
}

void CodingsPanel::showPager()
{
    const ListPage page = listPage(maListed.size(), mnPage, kPageSize);
    const auto number = [](std::size_t n) { return OUString::number(static_cast<sal_Int64>(n)); };
    setLabelText(control("PageText"), page.pages > 1 ? maText.get("CodingsPage", {number(page.first + 1), number(page.end), number(maListed.size())})
                                                     : maText.get("CodingsListed", {number(maListed.size())}));
    Reference<awt::XWindow>(control("PreviousPageButton"), UNO_QUERY_THROW)->setEnable(page.page > 0);
    Reference<awt::XWindow>(control("NextPageButton"), UNO_QUERY_THROW)->setEnable(page.page + 1 < page.pages);
}

void CodingsPanel::update(const std::set<std::string>& touched)
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return;
    DocumentStore store(document);
    const std::unordered_map<std::string, std::size_t> order = anchorOrder(store);
    for (const std::string& id : touched)
        if (maCollapsed.count(id) && store.anchors().text(id)) // re-anchored
            maCollapsed.erase(id);
    const CodingFilter filter = currentFilter();
    const std::string previouslyChosen = chosenCoding();
    // Read under the payload's lock, shown after it: never a call into LibreOffice while holding it.
    PageChange edits;
    Others others;
    store.read([&](const CodingSet& codings) {
        const auto wanted = [&](const std::string& id) {
            const Coding* coding = codings.find(id);
            return coding && order.count(id) && !maCollapsed.count(id) && matches(filter, *coding, codings.codebook());
        };
        const auto rank = [&](const std::string& id) {
            const auto place = order.find(id);
            return place != order.end() ? place->second : order.size();
        };
        planListEdits(maListed, touched, wanted, rank); // the whole list in order; the page follows it
        edits = pageEdits(codings, touched);
        others = othersOf(codings, order);
        return 0;
    });
    applyPageEdits(edits);
    showOthers(others, filter, std::any_of(touched.begin(), touched.end(), [&](const std::string& id) {
                   return std::find(maOrphans.begin(), maOrphans.end(), id) != maOrphans.end();
               }));
    choose(previouslyChosen);
    showCodingsAtCursor();
    relayout();
}

void CodingsPanel::showNames(const char* list, const char* everyone, const std::set<std::string>& names,
                             std::vector<std::string>& shown, const std::string& chosen)
{
    // Keep the choice when the list grows; leave the list alone when it is the same.
    if (std::equal(names.begin(), names.end(), shown.begin(), shown.end()))
        return;
    shown.assign(names.begin(), names.end());
    std::vector<OUString> items{maText.get(everyone)};
    sal_Int16 position = 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        items.push_back(toOUString(shown[i]));
        if (shown[i] == chosen)
            position = static_cast<sal_Int16>(i + 1);
    }
    setListItems(control(list), items);
    Reference<awt::XListBox>(control(list), UNO_QUERY_THROW)->selectItemPos(position, true);
}

CodingsPanel::Others CodingsPanel::othersOf(const CodingSet& codings, const std::unordered_map<std::string, std::size_t>& order) const
{
    Others others;
    std::vector<const Coding*> lost;
    for (const Coding* coding : codings.all()) {
        if (!coding->speaker.empty())
            others.speakers.insert(coding->speaker);
        if (!coding->coder.empty())
            others.coders.insert(coding->coder);
        if (!order.count(coding->id) || maCollapsed.count(coding->id))
            lost.push_back(coding);
    }
    // Orphans, oldest first: few, so rebuilt whenever they change.
    std::sort(lost.begin(), lost.end(), [](const Coding* a, const Coding* b) { return a->time < b->time; });
    for (const Coding* coding : lost)
        others.orphans.emplace_back(coding->id, lcl_describe(*coding, codings.codebook()));
    return others;
}

void CodingsPanel::showOthers(const Others& others, const CodingFilter& filter, bool orphansTouched)
{
    showNames("SpeakerList", "AllSpeakers", others.speakers, maSpeakers, filter.speaker);
    showNames("CoderList", "AllCoders", others.coders, maCoders, filter.coder);
    std::vector<std::string> orphans;
    std::vector<OUString> lines;
    for (const auto& [id, line] : others.orphans) {
        orphans.push_back(id);
        lines.push_back(line);
    }
    if (orphans == maOrphans && !orphansTouched)
        return;
    maOrphans = std::move(orphans);
    setListItems(control("OrphansList"), lines);
    setLabelText(control("OrphansLabel"), maOrphans.empty() ? maText.get("NoOrphans")
                                                            : maText.get("Orphans", {OUString::number(static_cast<sal_Int64>(maOrphans.size()))}));
}

void CodingsPanel::choose(const std::string& codingId)
{
    const auto shown = std::find(maShown.begin(), maShown.end(), codingId);
    if (!codingId.empty() && shown != maShown.end())
        Reference<awt::XListBox>(control("CodingsList"), UNO_QUERY_THROW)
            ->selectItemPos(static_cast<sal_Int16>(shown - maShown.begin()), true);
}

void CodingsPanel::showCodingsAtCursor()
{
    const Reference<lang::XComponent> document = currentDocument();
    const Reference<text::XTextRange> cursor = document.is() ? lcl_selectedRange(mxFrame->getController()) : nullptr;
    if (!cursor.is())
        return;
    DocumentStore store(document);
    const std::vector<std::string> ids = store.codingsAt(cursor->getStart());
    OUString names;
    store.read([&](const CodingSet& codings) {
        for (const std::string& id : ids)
            if (const Coding* coding = codings.find(id)) {
                const Code* code = codings.codebook().find(coding->codeId);
                names += (names.isEmpty() ? OUString() : OUString(", ")) + toOUString(code ? code->name : "?")
                         + " (" + toOUString(coding->coder) + ")";
            }
        return 0;
    });
    const OUString shown = names.isEmpty() ? maText.get("NothingAtCursor") : maText.get("AtCursor", {names});
    if (shown == msAtCursor)
        return;
    msAtCursor = shown;
    setLabelText(control("AtCursorText"), shown);
    relayout(); // a longer line may wrap
}

std::string CodingsPanel::chosenCoding() const
{
    const sal_Int16 position = selectedListItem(control("CodingsList"));
    return position >= 0 && static_cast<std::size_t>(position) < maShown.size() ? maShown[static_cast<std::size_t>(position)]
                                                                                   : std::string();
}

std::string CodingsPanel::chosenOrphan() const
{
    const sal_Int16 position = selectedListItem(control("OrphansList"));
    return position >= 0 && static_cast<std::size_t>(position) < maOrphans.size() ? maOrphans[static_cast<std::size_t>(position)]
                                                                                    : std::string();
}

void CodingsPanel::codingChosen()
{
    const std::string id = chosenCoding();
    const Reference<lang::XComponent> document = currentDocument();
    if (id.empty() || !document.is())
        return;
    DocumentStore store(document);
    const auto [detail, notes] = store.read([&](const CodingSet& codings) {
        const Coding* coding = codings.find(id);
        if (!coding)
            return std::make_pair(OUString(), std::make_pair(OUString(), OUString()));
        const Code* code = codings.codebook().find(coding->codeId);
        return std::make_pair(maText.get("CodingDetail", {toOUString(code ? codings.codebook().path(*code) : "?"),
                                                          (coding->speaker.empty() ? maText.get("NoSpeaker") : toOUString(coding->speaker))
                                                              + (coding->turnTime.empty() ? OUString() : toOUString(" [" + coding->turnTime + "]")),
                                                          toOUString(coding->coder), toOUString(coding->time)}),
                              std::make_pair(toOUString(coding->condensed), toOUString(coding->memo)));
    });
    setLabelText(control("DetailText"), detail);
    relayout();
    Reference<awt::XTextComponent>(control("CondensedField"), UNO_QUERY_THROW)->setText(notes.first);
    Reference<awt::XTextComponent>(control("MemoField"), UNO_QUERY_THROW)->setText(notes.second);
    // Jump: select the passage in the text.
    if (const Reference<text::XTextRange> range = store.anchors().range(id); range.is())
        Reference<view::XSelectionSupplier>(mxFrame->getController(), UNO_QUERY_THROW)->select(Any(range));
}

void CodingsPanel::saveNotes(DocumentStore& store, const std::string& codingId)
{
    const std::string condensed = toUtf8(Reference<awt::XTextComponent>(control("CondensedField"), UNO_QUERY_THROW)->getText());
    const std::string memo = toUtf8(Reference<awt::XTextComponent>(control("MemoField"), UNO_QUERY_THROW)->getText());
    const auto before = store.read([&](const CodingSet& codings) {
        const Coding* coding = codings.find(codingId);
        return coding ? std::make_pair(coding->condensed, coding->memo) : std::make_pair(condensed, memo);
    });
    const bool condensedChanged = condensed != before.first, memoChanged = memo != before.second;
    if (!condensedChanged && !memoChanged) {
        showStatus(maText.get("NothingToSave"));
        return;
    }
    store.changeCoding(codingId, std::nullopt, memoChanged ? std::optional<std::string>(memo) : std::nullopt,
                       condensedChanged ? std::optional<std::string>(condensed) : std::nullopt);
    showStatus(maText.get(!condensedChanged ? "MemoSaved" : memoChanged ? "NotesSaved" : "CondensedSaved"));
}

void CodingsPanel::handleEvent(const OUString& method)
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is()) {
        showStatus(maText.get("NoDocument"));
        return;
    }
    DocumentStore store(document);
    if (method == "filterChanged") {
        const CodingFilter filter = currentFilter();
        // The text's colours follow the coder chosen: one coder's work reads on its own. Everyone's is what
        // a new highlighter shows: the first choices' events come while the document loads, on the loader's
        // thread, where making one would read the whole payload.
        const std::set<std::string> coders = filter.coder.empty() ? std::set<std::string>() : std::set<std::string>{filter.coder};
        if (!coders.empty() || Highlighter::existingFor(store.document()))
            Highlighter::forDocument(mxContext, store.document())->showCoders(coders);
        if (filter != maShownFilter)
            refresh();
    } else if (method == "codingChosen") {
        codingChosen();
    } else if (method == "previousPage" || method == "nextPage") {
        if (method == "nextPage")
            ++mnPage;
        else if (mnPage > 0)
            --mnPage;
        applyPageEdits(store.read([&](const CodingSet& codings) { return pageEdits(codings, {}); }));
        relayout();
    } else if (method == "saveNotes" || method == "changeCode" || method == "removeCoding") {
        const std::string id = chosenCoding();
        if (id.empty()) {
            showStatus(maText.get("NoCodingChosen"));
            return;
        }
        if (method == "saveNotes") {
            saveNotes(store, id);
        } else if (method == "changeCode") {
            const std::string code = Workbench::instance().chosenCode(mxFrame);
            if (code.empty()) {
                showStatus(maText.get("NoCode"));
                return;
            }
            store.changeCoding(id, code, std::nullopt);
            const Codebook codebook = store.codebook();
            showStatus(maText.get("CodeChanged", {toOUString(codebook.find(code) ? codebook.find(code)->name : code)}));
        } else {
            store.removeCoding(id);
            showStatus(maText.get("CodingRemoved"));
        }
    } else if (method == "reanchor" || method == "deleteOrphan") {
        const std::string id = chosenOrphan();
        if (id.empty()) {
            showStatus(maText.get("NoOrphanChosen"));
            return;
        }
        if (method == "deleteOrphan") {
            store.removeCoding(id);
            showStatus(maText.get("CodingRemoved"));
            return;
        }
        const Reference<text::XTextRange> range = lcl_selectedRange(mxFrame->getController());
        if (!range.is() || range->getString().isEmpty()) {
            showStatus(maText.get("NoSelection"));
            return;
        }
        store.reanchorCoding(id, range);
        showStatus(maText.get("Reanchored"));
    }
}

} // namespace pt::extension
