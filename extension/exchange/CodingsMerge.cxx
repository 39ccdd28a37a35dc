#include "exchange/CodingsMerge.hxx"

#include "document/DocumentFiles.hxx"
#include "common/OfficeUser.hxx"
#include "common/UnoStrings.hxx"

#include "core/Problem.hpp"

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

MergePlan mergeCodingsFrom(const Reference<uno::XComponentContext>& context, DocumentStore& store, const OUString& url)
{
    if (!store.document()->getURL().isEmpty() && store.document()->getURL() == url)
        throw Refusal("file", "That is this document itself: choose another coder's copy.");
    const DocumentText ourText(Reference<text::XTextDocument>(store.document(), UNO_QUERY_THROW));
    MergePlan plan = [&] {
        const HiddenDocument other(context, url); // closed before anything here changes
        const DocumentStore theirs(other.document());
        const DocumentText theirText(Reference<text::XTextDocument>(other.document(), UNO_QUERY_THROW));
        const std::vector<ForeignCoding> incoming = codingsWithSpans(theirs, theirText);
        const Codebook theirCodebook = theirs.codebook();
        const std::vector<ForeignCoding> present = codingsWithSpans(store, ourText);
        const Codebook ourCodebook = store.codebook();
        return planMerge({ourCodebook, present, ourText.text()}, {theirCodebook, incoming, theirText.text()});
    }();
    applyMergePlan(store, ourText, plan, toOUString("Merge codings from " + fileNameOf(url)), currentCoderName(context));
    return plan;
}

void applyMergePlan(DocumentStore& store, const DocumentText& text, MergePlan& plan, const OUString& undoTitle,
                    const std::string& coder)
{
    std::vector<std::pair<Coding, Reference<text::XTextRange>>> ranged;
    std::vector<std::pair<Coding, TextSpan>> placed;
    for (auto& [coding, span] : plan.toAdd) {
        if (const Reference<text::XTextRange> range = text.range(span); range.is()) {
            ranged.emplace_back(coding, range);
            placed.emplace_back(coding, span);
        } else {
            plan.notPlaced.push_back({coding.text, "its passage would cross the border of a table cell here"});
        }
    }
    plan.toAdd = std::move(placed);
    store.addForeignCodings(ranged, plan.codebook, undoTitle, coder, plan.attributes);
}

} // namespace pt::extension
