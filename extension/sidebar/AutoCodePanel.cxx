#include "sidebar/AutoCodePanel.hxx"

#include "common/ControlValues.hxx"
#include "common/SlicedWork.hxx"
#include "document/DocumentStore.hxx"
#include "common/OfficeUser.hxx"
#include "common/UnoStrings.hxx"
#include "common/Workbench.hxx"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <algorithm>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Any;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

bool lcl_checked(const Reference<awt::XControl>& box)
{
    return Reference<awt::XCheckBox>(box, UNO_QUERY_THROW)->getState() == 1;
}

} // namespace

AutoCodePanel::AutoCodePanel(const Reference<uno::XComponentContext>& context, const OUString& resourceUrl,
                             const Reference<frame::XFrame>& frame)
    : SidebarPanel(context, resourceUrl, frame,
                   {labelled("SearchLabel", "SearchField"),
                    line({{"RegexCheck", Fit::Text}, {"CaseCheck", Fit::Text}, {"WordsCheck", Fit::Text}}),
                    labelled("SpeakerLabel", "SpeakerList"),
                    line({{"FindButton", Fit::Text}}),
                    line({{"HitsList", Fit::Rows}}),
                    line({{"SelectAllButton", Fit::Text}, {"CodeHitsButton", Fit::Text}}),
                    line({{"StatusText", Fit::Wrapping}})},
                   {"find", "selectAll", "codeHits"})
{
}

void AutoCodePanel::start()
{
    // Finding the speakers reads the whole transcript: not on the thread that is loading the document.
    setListItems(control("SpeakerList"), {maText.get("WholeDocument")});
    Reference<awt::XListBox>(control("SpeakerList"), UNO_QUERY_THROW)->selectItemPos(0, true);
    mpFillSpeakers = std::make_unique<SlicedWork>(mxContext);
    fillSpeakers();
}

void AutoCodePanel::stop()
{
    mpFillSpeakers.reset();
}

int AutoCodePanel::rowsWanted(const char*) const
{
    return std::clamp<int>(static_cast<int>(maHits.size()), 3, 12);
}

void AutoCodePanel::fillSpeakers()
{
    // A slice at a time: every turn of the transcript is read.
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is())
        return;
    // Made by the first slice, on the main thread (this may run while the document loads).
    auto tally = std::make_shared<std::unique_ptr<SpeakerTally>>();
    mpFillSpeakers->start([this, document, tally](SlicedWork::Clock::time_point deadline) {
        bool more = false;
        guarded([&] {
            if (!*tally) {
                DocumentStore store(document);
                *tally = std::make_unique<SpeakerTally>(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW),
                                                        SpeakerRecognizer(store.settings().speakerPatterns));
            }
            more = (*tally)->step(deadline);
            if (!more)
                showSpeakers((*tally)->speakers());
        });
        return more;
    });
}

void AutoCodePanel::showSpeakers(const std::vector<std::pair<std::string, std::size_t>>& speakers)
{
    std::vector<OUString> items{maText.get("WholeDocument")};
    maSpeakers.clear();
    for (const auto& [name, turns] : speakers) {
        maSpeakers.push_back(name);
        items.push_back(toOUString(name));
    }
    setListItems(control("SpeakerList"), items);
    Reference<awt::XListBox>(control("SpeakerList"), UNO_QUERY_THROW)->selectItemPos(0, true);
}

void AutoCodePanel::handleEvent(const OUString& method)
{
    if (method == "find")
        find();
    else if (method == "codeHits")
        codeHits();
    else if (method == "selectAll") {
        Reference<awt::XListBox> hits(control("HitsList"), UNO_QUERY_THROW);
        for (sal_Int16 i = 0; i < hits->getItemCount(); ++i)
            hits->selectItemPos(i, true);
    }
}

void AutoCodePanel::find()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is()) {
        showStatus(maText.get("NoDocument"));
        return;
    }
    DocumentStore store(document);
    SearchQuery query;
    query.text = toUtf8(Reference<awt::XTextComponent>(control("SearchField"), UNO_QUERY_THROW)->getText());
    query.regularExpression = lcl_checked(control("RegexCheck"));
    query.caseSensitive = lcl_checked(control("CaseCheck"));
    query.wholeWords = lcl_checked(control("WordsCheck"));
    const sal_Int16 speaker = Reference<awt::XListBox>(control("SpeakerList"), UNO_QUERY_THROW)->getSelectedItemPos();
    if (speaker > 0 && static_cast<std::size_t>(speaker) <= maSpeakers.size())
        query.speaker = maSpeakers[static_cast<std::size_t>(speaker - 1)];
    const SpeakerRecognizer speakers(store.settings().speakerPatterns);
    maHits.clear();
    setListItems(control("HitsList"), {});
    maHits = TranscriptText(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW), speakers).find(query);
    std::vector<OUString> items;
    for (const SearchHit& hit : maHits)
        items.push_back(toOUString(hit.context.before + "[" + hit.text + "]" + hit.context.after
                                   + (hit.speaker.empty() ? std::string() : "  (" + hit.speaker + ")")));
    setListItems(control("HitsList"), items);
    relayout();
    showStatus(maHits.empty() ? maText.get("NoHits") : maText.get("HitsFound", {OUString::number(static_cast<sal_Int64>(maHits.size()))}));
}

void AutoCodePanel::codeHits()
{
    const Reference<lang::XComponent> document = currentDocument();
    if (!document.is()) {
        showStatus(maText.get("NoDocument"));
        return;
    }
    DocumentStore store(document);
    const Codebook codebook = store.codebook();
    const Code* code = codebook.find(Workbench::instance().chosenCode(mxFrame));
    if (!code) {
        showStatus(maText.get("NoCode"));
        return;
    }
    std::vector<Reference<text::XTextRange>> ranges;
    for (sal_Int16 position : Reference<awt::XListBox>(control("HitsList"), UNO_QUERY_THROW)->getSelectedItemsPos())
        if (position >= 0 && static_cast<std::size_t>(position) < maHits.size())
            ranges.push_back(maHits[static_cast<std::size_t>(position)].range);
    if (ranges.empty()) {
        showStatus(maText.get("NoHitsChosen"));
        return;
    }
    store.addCodings(ranges, code->id, std::string(), currentCoderName(mxContext));
    Workbench::instance().noteUsed(code->id);
    maHits.clear();
    setListItems(control("HitsList"), {});
    relayout();
    showStatus(maText.get("HitsCoded", {OUString::number(static_cast<sal_Int64>(ranges.size())), toOUString(code->name)}));
}

} // namespace pt::extension
