#include "document/TranscriptText.hxx"

#include "common/UnoStrings.hxx"

#include "core/Problem.hpp"
#include "core/SearchPattern.hpp"
#include "core/TranscriptTurns.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XSearchable.hpp>

#include <map>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

constexpr int kMaxParagraphsBack = 500;

/// Headings (outline level above 0) are titles, never speaker turns.
bool lcl_isHeading(const Reference<beans::XPropertySet>& paragraph)
{
    sal_Int16 level = 0;
    return paragraph.is() && (paragraph->getPropertyValue("OutlineLevel") >>= level) && level > 0;
}

OUString lcl_paragraphText(const Reference<text::XParagraphCursor>& cursor)
{
    cursor->gotoStartOfParagraph(false);
    cursor->gotoEndOfParagraph(true);
    const OUString text = cursor->getString();
    cursor->gotoStartOfParagraph(false);
    return text;
}

} // namespace

TranscriptText::TranscriptText(const Reference<text::XTextDocument>& document, const SpeakerRecognizer& speakers)
    : mxDocument(document)
    , mrSpeakers(speakers)
{
}

std::string TranscriptText::speakerAt(const Reference<text::XTextRange>& position) const
{
    return turnAt(position).speaker;
}

TranscriptText::Turn TranscriptText::turnAt(const Reference<text::XTextRange>& position) const
{
    Turn turn;
    Reference<text::XParagraphCursor> cursor(position->getText()->createTextCursorByRange(position->getStart()),
                                             UNO_QUERY);
    if (!cursor.is())
        return turn;
    std::optional<MediaTime> time;
    for (int steps = 0; steps < kMaxParagraphsBack; ++steps) {
        const std::string paragraph = toUtf8(lcl_paragraphText(cursor));
        if (!lcl_isHeading(Reference<beans::XPropertySet>(cursor, UNO_QUERY))) {
            if (!time)
                time = turnTimeOfParagraph(paragraph);
            if (const auto label = mrSpeakers.labelOf(paragraph)) {
                turn.speaker = *label;
                break;
            }
        }
        if (!cursor->gotoPreviousParagraph(false))
            break;
    }
    if (time)
        turn.time = mediaTimeText(*time);
    return turn;
}

SpeakerTally::SpeakerTally(const Reference<text::XTextDocument>& document, SpeakerRecognizer speakers)
    : maRecognizer(std::move(speakers))
    , mxParagraphs(Reference<container::XEnumerationAccess>(document->getText(), UNO_QUERY_THROW)->createEnumeration())
{
}

bool SpeakerTally::step(std::chrono::steady_clock::time_point deadline)
{
    constexpr int kParagraphsAtOnce = 20;
    while (mxParagraphs->hasMoreElements()) {
        for (int i = 0; i < kParagraphsAtOnce && mxParagraphs->hasMoreElements(); ++i) {
            Reference<text::XTextRange> paragraph(mxParagraphs->nextElement(), UNO_QUERY);
            Reference<lang::XServiceInfo> info(paragraph, UNO_QUERY);
            if (!paragraph.is() || !info.is() || !info->supportsService("com.sun.star.text.Paragraph")
                || lcl_isHeading(Reference<beans::XPropertySet>(paragraph, UNO_QUERY)))
                continue; // tables and headings
            const std::string text = toUtf8(paragraph->getString());
            if (const auto label = maRecognizer.labelOf(text)) {
                const auto [at, isNew] = maIndex.emplace(*label, maSpeakers.size());
                if (isNew) {
                    maSpeakers.emplace_back(*label, 0);
                    maTurnTimes.emplace_back();
                }
                ++maSpeakers[at->second].second;
                if (const auto time = turnTimeOfParagraph(text))
                    maTurnTimes[at->second].push_back(mediaTimeText(*time));
            }
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return mxParagraphs->hasMoreElements();
    }
    return false;
}

std::vector<std::pair<std::string, std::size_t>> TranscriptText::speakers() const
{
    return tally().speakers();
}

SpeakerTally TranscriptText::tally() const
{
    SpeakerTally tally(mxDocument, mrSpeakers);
    while (tally.step(std::chrono::steady_clock::time_point::max())) {
    }
    return tally;
}

std::vector<SearchHit> TranscriptText::find(const SearchQuery& query) const
{
    if (query.text.empty())
        throw InvalidInput(Problem{"query", "is empty"});
    if (query.regularExpression)
        if (const auto error = regexError(query.text))
            throw InvalidInput(Problem{"query", "is not a valid regular expression: " + *error});
    Reference<util::XSearchable> searchable(mxDocument, UNO_QUERY_THROW);
    Reference<util::XSearchDescriptor> descriptor = searchable->createSearchDescriptor();
    descriptor->setSearchString(toOUString(query.text));
    Reference<beans::XPropertySet> options(descriptor, UNO_QUERY_THROW);
    options->setPropertyValue("SearchRegularExpression", uno::Any(query.regularExpression));
    options->setPropertyValue("SearchCaseSensitive", uno::Any(query.caseSensitive));
    options->setPropertyValue("SearchWords", uno::Any(query.wholeWords));
    Reference<container::XIndexAccess> found;
    try {
        found = searchable->findAll(descriptor);
    } catch (const uno::RuntimeException& error) {
        throw InvalidInput(Problem{"query", "is not a regular expression Writer can search for (" + toUtf8(error.Message) + ")"});
    }
    std::vector<SearchHit> hits;
    const sal_Int32 count = found.is() ? found->getCount() : 0;
    for (sal_Int32 i = 0; i < count; ++i) {
        SearchHit hit;
        hit.range.set(found->getByIndex(i), UNO_QUERY);
        if (!hit.range.is())
            continue;
        hit.text = toUtf8(hit.range->getString());
        if (hit.text.empty())
            continue; // a regular expression can match nothing (^, $)
        hit.speaker = speakerAt(hit.range);
        if (!query.speaker.empty() && hit.speaker != query.speaker)
            continue;
        const Reference<text::XText> text = hit.range->getText();
        Reference<text::XParagraphCursor> before(text->createTextCursorByRange(hit.range->getStart()), UNO_QUERY_THROW);
        before->gotoStartOfParagraph(true);
        Reference<text::XParagraphCursor> after(text->createTextCursorByRange(hit.range->getEnd()), UNO_QUERY_THROW);
        after->gotoEndOfParagraph(true);
        hit.context = excerptAround(toUtf8(before->getString()), toUtf8(after->getString()));
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace pt::extension
