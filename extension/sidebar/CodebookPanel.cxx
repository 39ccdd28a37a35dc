#include "sidebar/CodebookPanel.hxx"

#include "common/CallbackListeners.hxx"
#include "editors/CodebookEditor.hxx"
#include "editors/CodeTree.hxx"
#include "common/DeferredCall.hxx"
#include "document/DocumentStore.hxx"
#include "document/Highlighter.hxx"
#include "common/OfficeUser.hxx"
#include "editors/ReflectionTableDialog.hxx"
#include "commands/SelectionCoding.hxx"
#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"

#include "core/CodingSet.hpp"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>

#include <algorithm>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

std::string lcl_lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace

CodebookPanel::CodebookPanel(const Reference<uno::XComponentContext>& context, const OUString& resourceUrl,
                             const Reference<frame::XFrame>& frame)
    : SidebarPanel(context, resourceUrl, frame,
                   {line({{"FilterLabel", Fit::Text, false}, {"FilterField", Fit::Field}, {"UnplacedCheck", Fit::Text, false}}),
                    line({{"CodeTree", Fit::Rows}}),
                    labelled("MemoLabel", "MemoField"),
                    labelled("CoderLabel", "CoderField"),
                    line({{"CodeButton", Fit::Text}, {"NewCodeButton", Fit::Text}}),
                    line({{"EditButton", Fit::Text}, {"HighlightCheck", Fit::Text}}),
                    line({{"ReflectionButton", Fit::Text}}),
                    line({{"StatusText", Fit::Wrapping}})},
                   {"codeSelection", "newCodeFromSelection", "filterChanged", "editCodebook", "toggleHighlight", "insertReflectionTable", "coderChanged"})
{
}

int CodebookPanel::rowsWanted(const char*) const
{
    return std::clamp<int>(static_cast<int>(maNodes.size()), 6, 20);
}

int CodebookPanel::widthWanted(const char*) const
{
    return mnTreeWidth;
}

void CodebookPanel::start()
{
    // Rows as high as the text and the swatches need, so that the panel knows the tree's height.
    constexpr int kSwatchHeight = 16;
    Reference<beans::XPropertySet>(control("CodeTree")->getModel(), UNO_QUERY_THROW)
        ->setPropertyValue("RowHeight", Any(static_cast<sal_Int32>(std::max(textHeight("CodeTree"), kSwatchHeight) + 2)));
    Reference<awt::XTextComponent>(control("CoderField"), UNO_QUERY_THROW)->setText(toOUString(currentCoderName(mxContext)));
    Reference<awt::XControl> tree = control("CodeTree");
    mxTreeListener = new SelectionChangeCallback([this] { guarded([this] { onTreeSelection(); }); });
    Reference<awt::tree::XTreeControl>(tree, UNO_QUERY_THROW)->addSelectionChangeListener(mxTreeListener);
    mxDoubleClick = new DoubleClickCallback([this] { guarded([this] { codeSelection(); }); });
    Reference<awt::XWindow>(tree, UNO_QUERY_THROW)->addMouseListener(mxDoubleClick);
    mxFrameListener = new FrameActionCallback([this] { guarded([this] { bindDocument(); }); });
    mxFrame->addFrameActionListener(mxFrameListener);
    mpRefresh = std::make_unique<DeferredCall>(mxContext, [this] { guarded([this] { refresh(); }); });
    // The sidebar takes the width its deck asks for when the deck opens, before the tree is filled (later,
    // on the main thread): the codebook's labels decide it now.
    if (const Reference<lang::XComponent> document = currentDocument(); document.is())
        mnTreeWidth = treeWidth(DocumentStore(document).codebookAlone(),
                                [](const Code& code) { return toOUString(code.name + " (0)"); });
    mnReportListener = Workbench::instance().subscribeReports([this](const Reference<frame::XFrame>& frame, const OUString& message) {
        if (frame == mxFrame)
            showStatus(message);
    });
    bindDocument();
}

void CodebookPanel::stop()
{
    if (mxFrameListener.is())
        mxFrame->removeFrameActionListener(mxFrameListener);
    if (mnReportListener >= 0)
        Workbench::instance().unsubscribeReports(mnReportListener);
    if (mpModel && mnModelListener >= 0)
        mpModel->unsubscribe(mnModelListener);
    mpModel.reset();
    mpRefresh.reset();
}

void CodebookPanel::bindDocument()
{
    const Reference<lang::XComponent> document = currentDocument();
    // The frame reports many actions (activated, context changed, …) for the same document.
    if (document.is() && mpModel && mpModel == documentModelFor(DocumentStore(document).document()))
        return;
    if (mpModel && mnModelListener >= 0)
        mpModel->unsubscribe(mnModelListener);
    mpModel.reset();
    mnModelListener = -1;
    msTreeSignature.clear();
    if (document.is()) {
        DocumentStore store(document);
        mpModel = documentModelFor(store.document());
        mnModelListener = mpModel->subscribe([this](const PayloadChange&) { mpRefresh->schedule(); });
    }
    // Not here: the frame announces the document from inside the loading, on the loader's thread.
    mpRefresh->schedule();
}

void CodebookPanel::refresh()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return;
    DocumentStore store(document);
    const auto [codebook, totals] = store.read([](const CodingSet& codings) {
        return std::make_pair(codings.codebook(), subtreeCounts(codings.codebook(), codings.countsByCode()));
    });
    buildTree(codebook, totals);
    Reference<awt::XCheckBox>(control("HighlightCheck"), UNO_QUERY_THROW)
        ->setState(Highlighter::forDocument(mxContext, store.document())->isShown() ? 1 : 0);
}

void CodebookPanel::buildTree(const Codebook& codebook, const std::map<std::string, std::size_t>& totals)
{
    const std::string filter = lcl_lower(toUtf8(Reference<awt::XTextComponent>(control("FilterField"), UNO_QUERY_THROW)->getText()));
    const bool unplacedOnly = Reference<awt::XCheckBox>(control("UnplacedCheck"), UNO_QUERY_THROW)->getState() == 1;
    // Codes shown: those matching the filter and their ancestors; retired codes are not offered.
    std::set<std::string> shown;
    for (const Code& code : codebook.codes()) {
        if (code.retired || (!filter.empty() && lcl_lower(code.name).find(filter) == std::string::npos))
            continue;
        if (unplacedOnly && (code.origin != CodeOrigin::Emergent || insideTriangle(codebook, code)))
            continue;
        for (const Code* c = &code; c && shown.insert(c->id).second;)
            c = c->parentId.empty() ? nullptr : codebook.find(c->parentId);
    }
    // Dimensions show no count: relabelling a top-level node makes LibreOffice 7.4's tree control show its
    // hidden root (and nothing else), and their totals change with every coding.
    // Emergent codes are marked, so that what came from the text stands out from the study's frame.
    const auto label = [&](const Code& code) {
        const std::string name = (code.origin == CodeOrigin::Emergent ? "\xe2\x9c\xb1 " : "") + code.name;
        if (code.parentId.empty())
            return toOUString(name);
        const auto total = totals.find(code.id);
        return toOUString(name + " (" + std::to_string(total == totals.end() ? 0 : total->second) + ")");
    };

    std::string signature = filter + (unplacedOnly ? "|unplaced" : "");
    for (const Code& code : codebook.codes())
        if (shown.count(code.id))
            signature += "|" + code.id + code.parentId + code.name + code.color + std::string(toString(code.polarity))
                         + std::string(toString(code.origin));
    if (signature == msTreeSignature) {
        // Same tree: only the counts may have changed.
        for (const Code& code : codebook.codes())
            if (const auto node = maNodes.find(code.id); node != maNodes.end() && !code.parentId.empty())
                node->second->setDisplayValue(Any(label(code))); // never a top-level node: see label
        return;
    }
    msTreeSignature = signature;
    maNodes = fillCodeTree(mxContext, control("CodeTree"), codebook, shown, label);
    chooseCodeIn(control("CodeTree"), maNodes, Workbench::instance().chosenCode(mxFrame));
    mnTreeWidth = treeWidth(codebook, label);
    relayout();
}

int CodebookPanel::treeWidth(const Codebook& codebook, const std::function<OUString(const Code&)>& label) const
{
    // The widest label where it stands, with room for a count of a few digits more, so that the panel asks
    // the sidebar for room to show every label whole: the tree's indent per level, and its expander,
    // swatch and scroll bar.
    constexpr int kIndent = 20, kChrome = 72;
    int widest = 0;
    for (const Code& code : codebook.codes()) {
        if (code.retired)
            continue;
        int depth = 0;
        for (const Code* c = &code; !c->parentId.empty() && (c = codebook.find(c->parentId));)
            ++depth;
        widest = std::max(widest, kIndent * depth + textWidth("CodeTree", label(code) + "00"));
    }
    return widest + kChrome;
}

void CodebookPanel::onTreeSelection()
{
    Workbench::instance().setChosenCode(mxFrame, chosenCodeIn(control("CodeTree")));
}

void CodebookPanel::handleEvent(const OUString& method)
{
    if (method == "codeSelection")
        codeSelection();
    else if (method == "newCodeFromSelection")
        newCodeFromSelection();
    else if (method == "filterChanged")
        refresh();
    else if (method == "editCodebook")
        editCodebook();
    else if (method == "toggleHighlight")
        toggleHighlight();
    else if (method == "coderChanged") {
        // Filling the field in start() reports a change too: only a name other than the current one is kept.
        const std::string typed = toUtf8(Reference<awt::XTextComponent>(control("CoderField"), UNO_QUERY_THROW)->getText());
        if (typed != currentCoderName(mxContext))
            setCoderName(mxContext, typed);
    } else if (method == "insertReflectionTable") {
        if (const OUString done = ReflectionTableDialog::run(mxContext, mxFrame); !done.isEmpty())
            showStatus(done);
    }
}

void CodebookPanel::codeSelection()
{
    Reference<awt::XTextComponent> memoField(control("MemoField"), UNO_QUERY_THROW);
    const CodingOutcome outcome = pt::extension::codeSelection(mxContext, mxFrame, Workbench::instance().chosenCode(mxFrame),
                                                               toUtf8(memoField->getText()), maText);
    if (outcome.coded)
        memoField->setText(OUString());
    showStatus(outcome.message);
}

void CodebookPanel::newCodeFromSelection()
{
    Reference<awt::XTextComponent> find(control("FilterField"), UNO_QUERY_THROW);
    const CodingOutcome outcome = codeSelectionAsNewCode(mxContext, mxFrame, toUtf8(find->getText()), maText);
    if (outcome.coded)
        find->setText(OUString()); // the whole codebook again, the new code chosen in it
    refresh();
    showStatus(outcome.message);
}

void CodebookPanel::toggleHighlight()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return;
    const bool on = Reference<awt::XCheckBox>(control("HighlightCheck"), UNO_QUERY_THROW)->getState() == 1;
    Highlighter::forDocument(mxContext, DocumentStore(document).document())->show(on);
}

void CodebookPanel::editCodebook()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is()) {
        showStatus(maText.get("NoDocument"));
        return;
    }
    CodebookEditor::open(mxContext, document, Workbench::instance().chosenCode(mxFrame));
}

} // namespace pt::extension
