#include "CodingsPanel.hxx"

#include "CallbackListeners.hxx"
#include "ControlValues.hxx"
#include "DeferredCall.hxx"
#include "DocumentStore.hxx"
#include "Highlighter.hxx"
#include "UnoStrings.hxx"
#include "Workbench.hxx"

#include "core/CodingSet.hpp"
#include "core/ListEdits.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <set>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

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

sal_Int16 lcl_selected(const Reference<awt::XControl>& list)
{
    return Reference<awt::XListBox>(list, UNO_QUERY_THROW)->getSelectedItemPos();
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
                    line({{"DetailText", Fit::Wrapping}}),
                    labelled("MemoLabel", "MemoField"),
                    line({{"SaveMemoButton", Fit::Text}, {"ChangeCodeButton", Fit::Text}, {"RemoveButton", Fit::Text}}),
                    line({{"OrphansLabel", Fit::Wrapping}}),
                    line({{"OrphansList", Fit::Rows}}),
                    line({{"ReanchorButton", Fit::Text}, {"DeleteOrphanButton", Fit::Text}}),
                    line({{"StatusText", Fit::Wrapping}})},
                   {"filterChanged", "codingChosen", "saveMemo", "changeCode", "removeCoding", "reanchor", "deleteOrphan"})
{
}

void CodingsPanel::start()
{
    setListItems(control("ShowList"), {maText.get("AllCodings"), maText.get("ChosenCodeOnly")});
    for (const auto& [list, everyone] : {std::make_pair("SpeakerList", "AllSpeakers"), std::make_pair("CoderList", "AllCoders")}) {
        setListItems(control(list), {maText.get(everyone)});
        Reference<awt::XListBox>(control(list), UNO_QUERY_THROW)->selectItemPos(0, true);
    }
    maShownFilter = CodingFilter{}; // what selecting the first choice below shows: no refresh for its event
    Reference<awt::XListBox>(control("ShowList"), UNO_QUERY_THROW)->selectItemPos(0, true);
    // Selection changes also come from inside Writer's operations (inserting an anchor): react after them.
    mpCursorCheck = std::make_unique<DeferredCall>(mxContext, [this] { guarded([this] { showCodingsAtCursor(); }); });
    mxCursorListener = new SelectionChangeCallback([this] { mpCursorCheck->schedule(); });
    mpRefresh = std::make_unique<DeferredCall>(mxContext, [this] { guarded([this] { applyPendingChange(); }); });
    mpAnchorCheck = std::make_unique<DeferredCall>(mxContext, [this] { guarded([this] { refreshIfAnchorsChanged(); }); });
    mxTextListener = new ModifyCallback([this] { mpAnchorCheck->schedule(); });
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
    mpRefresh.reset();
    mpAnchorCheck.reset();
    mpCursorCheck.reset();
}

int CodingsPanel::rowsWanted(const char* control) const
{
    // An empty list takes little room; a long one scrolls inside its rows.
    if (std::string_view(control) == "OrphansList")
        return std::clamp<int>(static_cast<int>(maOrphans.size()), 1, 5);
    return std::clamp<int>(static_cast<int>(maListed.size()), 3, 12);
}

void CodingsPanel::unbindDocument()
{
    if (mpModel && mnModelListener >= 0)
        mpModel->unsubscribe(mnModelListener);
    mpModel.reset();
    mnModelListener = -1;
    mbCollapsedKnown = false;
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

void CodingsPanel::refreshIfAnchorsChanged()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return;
    // Deleting text removes the anchors inside it, or collapses an anchor whose whole passage went; the
    // user edits where the cursor is, so only the anchors of that paragraph are looked at.
    DocumentStore store(document);
    const std::vector<std::string> anchored = store.anchoredInOrder();
    const std::unordered_set<std::string> now(anchored.begin(), anchored.end());
    // A passage deleted (an anchor gone), or an orphan's passage back (undoing the deletion).
    bool changed = std::any_of(maAnchored.begin(), maAnchored.end(), [&](const std::string& id) { return !now.count(id); })
                   || std::any_of(maOrphans.begin(), maOrphans.end(), [&](const std::string& id) { return now.count(id) > 0; });
    if (const Reference<text::XTextRange> cursor = lcl_selectedRange(mxFrame->getController()); cursor.is())
        for (const auto& [id, collapsed] : store.anchorsAround(cursor))
            if (collapsed != (maCollapsed.count(id) > 0)) {
                if (collapsed)
                    maCollapsed.insert(id);
                else
                    maCollapsed.erase(id);
                changed = true;
            }
    if (changed)
        scheduleUpdate(PayloadChange{}); // one refresh with the one the change of the codings asks for
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
    if (lcl_selected(control("ShowList")) == 1)
        filter.codeId = Workbench::instance().chosenCode(mxFrame);
    const sal_Int16 speakerChoice = lcl_selected(control("SpeakerList"));
    if (speakerChoice > 0 && static_cast<std::size_t>(speakerChoice) <= maSpeakers.size())
        filter.speaker = maSpeakers[static_cast<std::size_t>(speakerChoice - 1)];
    const sal_Int16 coderChoice = lcl_selected(control("CoderList"));
    if (coderChoice > 0 && static_cast<std::size_t>(coderChoice) <= maCoders.size())
        filter.coder = maCoders[static_cast<std::size_t>(coderChoice - 1)];
    return filter;
}

std::unordered_map<std::string, std::size_t> CodingsPanel::anchorOrder(const DocumentStore& store)
{
    std::unordered_map<std::string, std::size_t> order;
    std::size_t place = 0;
    for (std::string& id : store.anchoredInOrder())
        order.emplace(std::move(id), place++);
    maAnchored.clear();
    for (const auto& [id, place] : order)
        maAnchored.insert(id);
    return order;
}

void CodingsPanel::refresh()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is()) {
        setListItems(control("CodingsList"), {});
        setListItems(control("OrphansList"), {});
        maListed.clear();
        maOrphans.clear();
        relayout();
        return;
    }
    DocumentStore store(document);
    const std::unordered_map<std::string, std::size_t> order = anchorOrder(store);
    // Collapsed anchors are looked for once per document (every anchor); then edits keep the set current.
    if (!mbCollapsedKnown) {
        maCollapsed = store.collapsedAnchors();
        mbCollapsedKnown = true;
    }
    for (auto id = maCollapsed.begin(); id != maCollapsed.end();) // re-anchored or removed since
        id = store.anchoredText(*id) ? maCollapsed.erase(id) : std::next(id);
    const CodingFilter filter = currentFilter();
    maShownFilter = filter;
    const std::string previouslyChosen = chosenCoding();

    std::vector<std::pair<std::size_t, const Coding*>> listed;
    std::vector<OUString> items;
    store.read([&](const CodingSet& codings) {
        for (const Coding* coding : codings.all())
            if (const auto place = order.find(coding->id); place != order.end() && !maCollapsed.count(coding->id)
                                                           && matches(filter, *coding, codings.codebook()))
                listed.emplace_back(place->second, coding);
        std::sort(listed.begin(), listed.end());
        maListed.clear();
        for (const auto& [place, coding] : listed) {
            maListed.push_back(coding->id);
            items.push_back(lcl_describe(*coding, codings.codebook()));
        }
        showSpeakersAndOrphans(codings, order, filter, true);
        return 0;
    });
    setListItems(control("CodingsList"), items);
    choose(previouslyChosen);
    showCodingsAtCursor();
    relayout();
}

void CodingsPanel::update(const std::set<std::string>& touched)
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return;
    DocumentStore store(document);
    const std::unordered_map<std::string, std::size_t> order = anchorOrder(store);
    for (const std::string& id : touched)
        if (maCollapsed.count(id) && store.anchoredText(id)) // re-anchored
            maCollapsed.erase(id);
    const CodingFilter filter = currentFilter();
    const std::string previouslyChosen = chosenCoding();
    const Reference<awt::XControl> list = control("CodingsList");
    store.read([&](const CodingSet& codings) {
        const auto wanted = [&](const std::string& id) {
            const Coding* coding = codings.find(id);
            return coding && order.count(id) && !maCollapsed.count(id) && matches(filter, *coding, codings.codebook());
        };
        const auto rank = [&](const std::string& id) {
            const auto place = order.find(id);
            return place != order.end() ? place->second : order.size();
        };
        for (const ListEdit& edit : planListEdits(maListed, touched, wanted, rank)) {
            if (edit.kind == ListEdit::Kind::Remove)
                removeListItem(list, static_cast<sal_Int32>(edit.position));
            else
                insertListItem(list, static_cast<sal_Int32>(edit.position), lcl_describe(*codings.find(edit.id), codings.codebook()));
        }
        showSpeakersAndOrphans(codings, order, filter, std::any_of(touched.begin(), touched.end(), [&](const std::string& id) {
                                   return std::find(maOrphans.begin(), maOrphans.end(), id) != maOrphans.end();
                               }));
        return 0;
    });
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

void CodingsPanel::showSpeakersAndOrphans(const CodingSet& codings, const std::unordered_map<std::string, std::size_t>& order,
                                          const CodingFilter& filter, bool orphansTouched)
{
    std::set<std::string> speakers;
    std::set<std::string> coders;
    std::vector<const Coding*> lost;
    for (const Coding* coding : codings.all()) {
        if (!coding->speaker.empty())
            speakers.insert(coding->speaker);
        if (!coding->coder.empty())
            coders.insert(coding->coder);
        if (!order.count(coding->id) || maCollapsed.count(coding->id))
            lost.push_back(coding);
    }
    showNames("SpeakerList", "AllSpeakers", speakers, maSpeakers, filter.speaker);
    showNames("CoderList", "AllCoders", coders, maCoders, filter.coder);
    // Orphans, oldest first: few, so rebuilt whenever they change.
    std::sort(lost.begin(), lost.end(), [](const Coding* a, const Coding* b) { return a->time < b->time; });
    std::vector<std::string> orphans;
    for (const Coding* coding : lost)
        orphans.push_back(coding->id);
    if (orphans == maOrphans && !orphansTouched)
        return;
    std::vector<OUString> orphanItems;
    for (const Coding* coding : lost)
        orphanItems.push_back(lcl_describe(*coding, codings.codebook()));
    maOrphans = std::move(orphans);
    setListItems(control("OrphansList"), orphanItems);
    setLabelText(control("OrphansLabel"), maOrphans.empty() ? maText.get("NoOrphans")
                                                            : maText.get("Orphans", {OUString::number(static_cast<sal_Int64>(maOrphans.size()))}));
}

void CodingsPanel::choose(const std::string& codingId)
{
    const auto listed = std::find(maListed.begin(), maListed.end(), codingId);
    if (!codingId.empty() && listed != maListed.end())
        Reference<awt::XListBox>(control("CodingsList"), UNO_QUERY_THROW)
            ->selectItemPos(static_cast<sal_Int16>(listed - maListed.begin()), true);
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
    setLabelText(control("AtCursorText"), names.isEmpty() ? maText.get("NothingAtCursor") : maText.get("AtCursor", {names}));
}

std::string CodingsPanel::chosenCoding() const
{
    const sal_Int16 position = lcl_selected(control("CodingsList"));
    return position >= 0 && static_cast<std::size_t>(position) < maListed.size() ? maListed[static_cast<std::size_t>(position)]
                                                                                   : std::string();
}

std::string CodingsPanel::chosenOrphan() const
{
    const sal_Int16 position = lcl_selected(control("OrphansList"));
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
    const auto [detail, memo] = store.read([&](const CodingSet& codings) {
        const Coding* coding = codings.find(id);
        if (!coding)
            return std::make_pair(OUString(), OUString());
        const Code* code = codings.codebook().find(coding->codeId);
        return std::make_pair(maText.get("CodingDetail", {toOUString(code ? codings.codebook().path(*code) : "?"),
                                                          coding->speaker.empty() ? maText.get("NoSpeaker") : toOUString(coding->speaker),
                                                          toOUString(coding->coder), toOUString(coding->time)}),
                              toOUString(coding->memo));
    });
    setLabelText(control("DetailText"), detail);
    relayout();
    Reference<awt::XTextComponent>(control("MemoField"), UNO_QUERY_THROW)->setText(memo);
    // Jump: select the passage in the text.
    if (const Reference<text::XTextRange> range = store.anchorRange(id); range.is())
        Reference<view::XSelectionSupplier>(mxFrame->getController(), UNO_QUERY_THROW)->select(Any(range));
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
        // The text's colours follow the coder chosen: one coder's work reads on its own.
        Highlighter::forDocument(mxContext, store.document())
            ->showCoders(filter.coder.empty() ? std::set<std::string>() : std::set<std::string>{filter.coder});
        if (filter != maShownFilter)
            refresh();
    } else if (method == "codingChosen") {
        codingChosen();
    } else if (method == "saveMemo" || method == "changeCode" || method == "removeCoding") {
        const std::string id = chosenCoding();
        if (id.empty()) {
            showStatus(maText.get("NoCodingChosen"));
            return;
        }
        if (method == "saveMemo") {
            store.changeCoding(id, std::nullopt, toUtf8(Reference<awt::XTextComponent>(control("MemoField"), UNO_QUERY_THROW)->getText()));
            showStatus(maText.get("MemoSaved"));
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
