#include "document/Highlighter.hxx"

#include "common/DeferredCall.hxx"
#include "common/FreedMemory.hxx"
#include "document/DocumentModels.hxx"
#include "document/DocumentStore.hxx"
#include "common/UiText.hxx"

#include "core/Colour.hpp"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XDocumentEventBroadcaster.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>
#include <chrono>
#include <functional>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

sal_Int32 lcl_rgb(Rgb colour)
{
    return (colour.red << 16) | (colour.green << 8) | colour.blue;
}

/// While it lives, changes of character attributes leave no trace: no undo step, no tracked change, no
/// change of the modified flag.
class InvisibleChange {
public:
    explicit InvisibleChange(const Reference<frame::XModel>& document)
        : mxModifiable(document, UNO_QUERY)
        , mxProperties(document, UNO_QUERY)
    {
        mbModified = mxModifiable.is() && mxModifiable->isModified();
        if (mxProperties.is())
            mxProperties->getPropertyValue("RecordChanges") >>= mbRecording;
        if (mbRecording)
            mxProperties->setPropertyValue("RecordChanges", Any(false));
        Reference<document::XUndoManagerSupplier> undo(document, UNO_QUERY);
        if (undo.is()) {
            mxUndo = undo->getUndoManager();
            mxUndo->lock();
        }
    }
    ~InvisibleChange()
    {
        try {
            if (mxUndo.is())
                mxUndo->unlock();
            if (mbRecording)
                mxProperties->setPropertyValue("RecordChanges", Any(true));
            if (mxModifiable.is() && !mbModified)
                mxModifiable->setModified(false);
        } catch (...) {
        }
    }
    InvisibleChange(const InvisibleChange&) = delete;
    InvisibleChange& operator=(const InvisibleChange&) = delete;

private:
    Reference<util::XModifiable> mxModifiable;
    Reference<beans::XPropertySet> mxProperties;
    Reference<document::XUndoManager> mxUndo;
    bool mbModified = false;
    bool mbRecording = false;
};

/// Every text portion of a text or of a range (a cursor), tables included.
void lcl_forEachPortion(const Reference<uno::XInterface>& textOrRange,
                        const std::function<void(const Reference<beans::XPropertySet>&)>& visit)
{
    Reference<container::XEnumerationAccess> paragraphs(textOrRange, UNO_QUERY);
    if (!paragraphs.is())
        return;
    const Reference<container::XEnumeration> each = paragraphs->createEnumeration();
    while (each->hasMoreElements()) {
        const Any element = each->nextElement();
        Reference<text::XTextTable> table(element, UNO_QUERY);
        if (table.is()) {
            for (const OUString& cell : table->getCellNames())
                lcl_forEachPortion(table->getCellByName(cell), visit);
            continue;
        }
        Reference<container::XEnumerationAccess> portions(element, UNO_QUERY);
        if (!portions.is())
            continue;
        const Reference<container::XEnumeration> eachPortion = portions->createEnumeration();
        while (eachPortion->hasMoreElements()) {
            Reference<beans::XPropertySet> portion(eachPortion->nextElement(), UNO_QUERY);
            if (portion.is())
                visit(portion);
        }
    }
}

class SaveListener : public cppu::WeakImplHelper1<document::XDocumentEventListener> {
public:
    explicit SaveListener(std::weak_ptr<Highlighter> highlighter) : mpHighlighter(std::move(highlighter)) {}
    void SAL_CALL documentEventOccured(const document::DocumentEvent& event) override
    {
        try {
            const auto highlighter = mpHighlighter.lock();
            if (!highlighter)
                return;
            const OUString& name = event.EventName;
            // storeToURL (a copy, an export) announces itself as OnCopyTo.
            if (name == "OnSave" || name == "OnSaveAs" || name == "OnSaveTo" || name == "OnCopyTo")
                highlighter->suspendForSave();
            else if ((name.startsWith("OnSave") || name.startsWith("OnCopyTo")) && (name.endsWith("Done") || name.endsWith("Failed")))
                highlighter->resumeAfterSave();
        } catch (...) {
        }
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    std::weak_ptr<Highlighter> mpHighlighter;
};

} // namespace

std::shared_ptr<Highlighter> Highlighter::forDocument(const Reference<uno::XComponentContext>& context,
                                                      const Reference<frame::XModel>& document)
{
    const std::shared_ptr<DocumentModel> model = documentModelFor(document);
    bool created = false;
    std::shared_ptr<Highlighter> highlighter = model->attachment<Highlighter>([&] {
        created = true;
        return std::make_shared<Highlighter>(context, document, model);
    });
    if (created) {
        highlighter->mxSaveListener = new SaveListener(highlighter);
        Reference<document::XDocumentEventBroadcaster> events(document, UNO_QUERY);
        if (events.is())
            events->addDocumentEventListener(highlighter->mxSaveListener);
        std::weak_ptr<Highlighter> weak = highlighter;
        highlighter->mpStep = std::make_unique<DeferredCall>(context, [weak] {
            if (const auto alive = weak.lock())
                alive->step();
        });
        highlighter->mnListener = model->subscribe([weak](const PayloadChange&) {
            if (const auto alive = weak.lock()) {
                alive->mbReplan = true;
                alive->mpStep->schedule();
            }
        });
        // Painting costs time and memory in proportion to the codings: a large coded document opens
        // without colours, and the user switches them on knowingly.
        const std::size_t codings = DocumentStore(Reference<lang::XComponent>(document, UNO_QUERY_THROW))
                                        .read([](const CodingSet& set) { return set.size(); });
        highlighter->show(codings <= kShownByDefaultUpTo);
    }
    return highlighter;
}

std::shared_ptr<Highlighter> Highlighter::existingFor(const Reference<frame::XModel>& document)
{
    return documentModelFor(document)->attachment<Highlighter>([] { return nullptr; });
}

Highlighter::Highlighter(const Reference<uno::XComponentContext>& context, const Reference<frame::XModel>& document,
                         std::shared_ptr<DocumentModel> model)
    : mxContext(context)
    , mxDocument(document)
    , mpModel(std::move(model))
{
}

Highlighter::~Highlighter()
{
    if (mnListener >= 0)
        mpModel->unsubscribe(mnListener);
    endProgress();
}

Reference<frame::XModel> Highlighter::document() const
{
    return Reference<frame::XModel>(mxDocument);
}

bool Highlighter::isShown() const
{
    return mbWanted;
}

void Highlighter::show(bool on)
{
    if (mbWanted.exchange(on) == on)
        return;
    mbReplan = true;
    mpStep->schedule();
}

void Highlighter::showCoders(const std::set<std::string>& coders)
{
    {
        const std::lock_guard<std::mutex> guard(maCodersMutex);
        if (maShownCoders == coders)
            return;
        maShownCoders = coders;
    }
    mbReplan = true;
    mpStep->schedule();
}

std::set<std::string> Highlighter::shownCoders() const
{
    const std::lock_guard<std::mutex> guard(maCodersMutex);
    return maShownCoders;
}

void Highlighter::suspendForSave()
{
    if (mbSuspended)
        return;
    mbSuspended = true;
    maQueue.clear();
    endProgress();
    if (mbInText) {
        clearAll();
        mbInText = false;
    }
    mbReplan = true;
}

void Highlighter::resumeAfterSave()
{
    if (!mbSuspended)
        return;
    mbSuspended = false;
    // After the save has finished, like any other repainting.
    mpStep->schedule();
}

void Highlighter::step()
{
    const Reference<frame::XModel> model = document();
    if (!model.is() || mbSuspended)
        return;
    if (!mbWanted) {
        maQueue.clear();
        endProgress();
        if (mbInText) {
            clearAll();
            mbInText = false;
        }
        return;
    }
    mbInText = true;
    const DocumentStore store(Reference<lang::XComponent>(model, UNO_QUERY_THROW));
    InvisibleChange invisible(model);
    if (mbReplan.exchange(false))
        plan(store);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kSliceMilliseconds);
    while (!maQueue.empty() && std::chrono::steady_clock::now() < deadline) {
        const ToPaint next = std::move(maQueue.back());
        maQueue.pop_back();
        if (const Reference<text::XTextRange> range = store.anchors().range(next.codingId); range.is())
            paint(next.codingId, range, next.tint);
    }
    if (maQueue.empty()) {
        endProgress();
        if (mnPlanned >= kShownByDefaultUpTo)
            returnFreedMemory(); // painting thousands of passages is over
        return;
    }
    showProgress();
    mpStep->schedule();
}

void Highlighter::showProgress()
{
    try {
        if (!mxProgress.is()) {
            const Reference<frame::XModel> model = document();
            const Reference<frame::XController> controller = model.is() ? model->getCurrentController() : nullptr;
            Reference<task::XStatusIndicatorFactory> factory(controller.is() ? controller->getFrame() : nullptr, UNO_QUERY);
            if (!factory.is())
                return;
            mxProgress = factory->createStatusIndicator();
            mxProgress->start(UiText(mxContext).get("ShowingColours"), static_cast<sal_Int32>(mnPlanned));
        }
        mxProgress->setValue(static_cast<sal_Int32>(mnPlanned - maQueue.size()));
    } catch (const uno::Exception&) {
        mxProgress.clear(); // progress is a courtesy: painting goes on without it
    }
}

void Highlighter::endProgress()
{
    if (!mxProgress.is())
        return;
    try {
        mxProgress->end();
    } catch (const uno::Exception&) {
    }
    mxProgress.clear();
}

void Highlighter::rememberOriginals(const Reference<text::XTextRange>& range)
{
    // The usual case, text with no background of its own, costs one call.
    Reference<beans::XPropertyState> state(range, UNO_QUERY);
    if (state.is() && state->getPropertyState("CharBackColor") == beans::PropertyState_DEFAULT_VALUE)
        return;
    lcl_forEachPortion(range, [&](const Reference<beans::XPropertySet>& portion) {
        Reference<text::XTextRange> portionRange(portion, UNO_QUERY);
        Reference<beans::XPropertyState> portionState(portion, UNO_QUERY);
        sal_Int32 color = -1;
        if (!portionRange.is() || !portionState.is()
            || portionState->getPropertyState("CharBackColor") != beans::PropertyState_DIRECT_VALUE
            || !(portion->getPropertyValue("CharBackColor") >>= color) || maTints.count(color))
            return;
        bool transparent = false;
        portion->getPropertyValue("CharBackTransparent") >>= transparent;
        maOriginals.push_back(
            {Reference<text::XTextRange>(portionRange->getText()->createTextCursorByRange(portionRange), UNO_QUERY), color, transparent});
    });
}

void Highlighter::paint(const std::string& codingId, const Reference<text::XTextRange>& range, sal_Int32 tint)
{
    Reference<text::XTextRange> cursor(range->getText()->createTextCursorByRange(range), UNO_QUERY_THROW);
    rememberOriginals(cursor);
    Reference<beans::XPropertySet> properties(cursor, UNO_QUERY_THROW);
    properties->setPropertyValue("CharBackColor", Any(tint));
    properties->setPropertyValue("CharBackTransparent", Any(false));
    maTints.insert(tint);
    maPainted[codingId] = {cursor, tint};
}

void Highlighter::plan(const DocumentStore& store)
{
    // What should be painted: anchored codings and their tints.
    const std::vector<std::string> anchored = store.anchors().inOrder();
    const std::set<std::string> coders = shownCoders();
    const auto wanted = store.read([&](const CodingSet& codings) {
        std::map<std::string, std::pair<sal_Int32, std::size_t>> tints; // id → (tint, length)
        for (const std::string& id : anchored)
            if (const Coding* coding = codings.find(id); coding && (coders.empty() || coders.count(coding->coder)))
                if (const Code* code = codings.codebook().find(coding->codeId))
                    if (const auto colour = parseColour(code->color))
                        tints[id] = {lcl_rgb(highlightTint(*colour)), coding->text.size()};
        return tints;
    });

    // Clear what is no longer wanted, then repaint whatever overlapped it.
    std::set<std::string> overlapped;
    for (auto painted = maPainted.begin(); painted != maPainted.end();) {
        const auto want = wanted.find(painted->first);
        if (want != wanted.end() && want->second.first == painted->second.tint) {
            ++painted;
            continue;
        }
        Reference<beans::XPropertyState> states(painted->second.range, UNO_QUERY);
        if (states.is() && !painted->second.range->getString().isEmpty()) {
            states->setPropertyToDefault("CharBackColor");
            states->setPropertyToDefault("CharBackTransparent");
            for (const std::string& id : store.codingsAt(painted->second.range))
                overlapped.insert(id);
        }
        painted = maPainted.erase(painted);
    }
    for (const std::string& id : overlapped)
        maPainted.erase(id);
    // Line up what is missing: the longest is painted first, so it is last in the queue.
    maQueue.clear();
    for (const auto& [id, tintAndLength] : wanted)
        if (!maPainted.count(id))
            maQueue.push_back({tintAndLength.second, id, tintAndLength.first});
    std::stable_sort(maQueue.begin(), maQueue.end(), [](const ToPaint& a, const ToPaint& b) { return a.length < b.length; });
    mnPlanned = maQueue.size();
}

void Highlighter::clearAll()
{
    const Reference<frame::XModel> model = document();
    maPainted.clear();
    if (!model.is())
        return;
    InvisibleChange invisible(model);
    // Every portion in one of our tints goes back to no background; then what the user had comes back.
    // Found first, changed after: changing a paragraph's attributes while its portions are being enumerated
    // changes the portions under the enumeration.
    const Reference<text::XText> text = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    std::vector<Reference<beans::XPropertyState>> tinted;
    lcl_forEachPortion(text, [&](const Reference<beans::XPropertySet>& portion) {
        sal_Int32 color = -1;
        if ((portion->getPropertyValue("CharBackColor") >>= color) && maTints.count(color)) {
            Reference<beans::XPropertyState> states(portion, UNO_QUERY);
            if (states.is() && states->getPropertyState("CharBackColor") == beans::PropertyState_DIRECT_VALUE)
                tinted.push_back(states);
        }
    });
    for (const Reference<beans::XPropertyState>& states : tinted) {
        states->setPropertyToDefault("CharBackColor");
        states->setPropertyToDefault("CharBackTransparent");
    }
    for (const Original& original : maOriginals) {
        Reference<beans::XPropertySet> properties(original.range, UNO_QUERY);
        if (!properties.is() || original.range->getString().isEmpty())
            continue;
        properties->setPropertyValue("CharBackColor", Any(original.color));
        properties->setPropertyValue("CharBackTransparent", Any(original.transparent));
    }
    maOriginals.clear();
}

} // namespace pt::extension
