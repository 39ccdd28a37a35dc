#include "document/Anchors.hxx"

#include "common/UnoStrings.hxx"

#include "core/Anchor.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>

#include <algorithm>

using namespace ::com::sun::star;
using ::com::sun::star::uno::Reference;
using ::com::sun::star::uno::UNO_QUERY;
using ::com::sun::star::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace pt::extension {

namespace {

/// For a collapsed position P: start <= P < end. For a range R: the two overlap.
bool lcl_covers(const Reference<text::XTextRange>& range, const Reference<text::XTextRange>& position)
{
    try {
        // compareRegionStarts(a, b) is 1 when a starts before b, 0 at the same place, -1 after;
        // compareRegionEnds likewise for the ends. Both throw for ranges of different texts.
        Reference<text::XTextRangeCompare> compare(range->getText(), UNO_QUERY_THROW);
        const bool collapsed = compare->compareRegionStarts(position->getStart(), position->getEnd()) == 0;
        const sal_Int16 startVersusEnd = compare->compareRegionStarts(range, position->getEnd());
        const bool startsInTime = collapsed ? startVersusEnd >= 0 : startVersusEnd > 0;
        const bool endsAfterStart = compare->compareRegionEnds(range, position->getStart()) < 0;
        return startsInTime && endsAfterStart;
    } catch (const lang::IllegalArgumentException&) {
        return false; // another text: a table cell, a frame
    }
}

/// A bookmark whose text was deleted still has two ends (IsCollapsed is false): its text tells.
bool lcl_isCollapsed(const Reference<text::XTextRange>& range)
{
    Reference<text::XTextRangeCompare> compare(range->getText(), UNO_QUERY);
    return compare.is() && compare->compareRegionStarts(range->getStart(), range->getEnd()) == 0;
}

} // namespace

Anchors::Anchors(const Reference<frame::XModel>& document)
    : mxDocument(document)
{
}

Reference<container::XNameAccess> Anchors::byName() const
{
    return Reference<text::XBookmarksSupplier>(mxDocument, UNO_QUERY_THROW)->getBookmarks();
}

Reference<container::XIndexAccess> Anchors::byIndex() const
{
    return Reference<container::XIndexAccess>(byName(), UNO_QUERY_THROW);
}

void Anchors::forEach(sal_Int32 first, sal_Int32 last,
                      const std::function<void(std::string, const Reference<text::XTextContent>&)>& visit) const
{
    const Reference<container::XIndexAccess> bookmarks = byIndex();
    for (sal_Int32 i = std::max<sal_Int32>(first, 0), count = std::min(last, bookmarks->getCount()); i < count; ++i) {
        Reference<container::XNamed> named(bookmarks->getByIndex(i), UNO_QUERY);
        Reference<text::XTextContent> anchor(named, UNO_QUERY);
        if (!named.is() || !anchor.is())
            continue;
        if (auto id = codingIdFromAnchor(toUtf8(named->getName())))
            visit(std::move(*id), anchor);
    }
}

std::vector<std::string> Anchors::inOrder() const
{
    std::vector<std::string> ids;
    for (const OUString& name : byName()->getElementNames())
        if (auto id = codingIdFromAnchor(toUtf8(name)))
            ids.push_back(std::move(*id));
    return ids;
}

sal_Int32 Anchors::bookmarkCount() const
{
    return byIndex()->getCount();
}

std::set<std::string> Anchors::collapsed(sal_Int32 first, sal_Int32 last) const
{
    std::set<std::string> collapsed;
    forEach(first, last, [&](std::string id, const Reference<text::XTextContent>& anchor) {
        if (lcl_isCollapsed(anchor->getAnchor()))
            collapsed.insert(std::move(id));
    });
    return collapsed;
}

std::map<std::string, std::string> Anchors::texts() const
{
    std::map<std::string, std::string> texts;
    forEach(0, bookmarkCount(), [&](std::string id, const Reference<text::XTextContent>& anchor) {
        if (std::string text = toUtf8(anchor->getAnchor()->getString()); !text.empty()) // empty: a deleted passage
            texts.emplace(std::move(id), std::move(text));
    });
    return texts;
}

std::vector<std::pair<std::string, Reference<text::XTextContent>>> Anchors::all() const
{
    std::vector<std::pair<std::string, Reference<text::XTextContent>>> found;
    forEach(0, bookmarkCount(), [&](std::string id, const Reference<text::XTextContent>& anchor) { found.emplace_back(std::move(id), anchor); });
    return found;
}

std::map<std::string, bool> Anchors::around(const Reference<text::XTextRange>& position) const
{
    std::map<std::string, bool> found;
    Reference<text::XParagraphCursor> cursor(position->getText()->createTextCursorByRange(position->getStart()), UNO_QUERY);
    if (!cursor.is())
        return found;
    cursor->gotoStartOfParagraph(false);
    cursor->gotoEndOfParagraph(true);
    Reference<container::XEnumerationAccess> paragraphs(cursor, UNO_QUERY);
    const Reference<container::XEnumeration> eachParagraph = paragraphs.is() ? paragraphs->createEnumeration() : nullptr;
    while (eachParagraph.is() && eachParagraph->hasMoreElements()) {
        Reference<container::XEnumerationAccess> portions(eachParagraph->nextElement(), UNO_QUERY);
        if (!portions.is())
            continue;
        const Reference<container::XEnumeration> eachPortion = portions->createEnumeration();
        while (eachPortion->hasMoreElements()) {
            Reference<beans::XPropertySet> portion(eachPortion->nextElement(), UNO_QUERY);
            OUString type;
            if (!portion.is() || !(portion->getPropertyValue("TextPortionType") >>= type) || type != "Bookmark")
                continue;
            Reference<container::XNamed> bookmark(portion->getPropertyValue("Bookmark"), UNO_QUERY);
            Reference<text::XTextContent> anchor(bookmark, UNO_QUERY);
            if (!anchor.is())
                continue;
            auto id = codingIdFromAnchor(toUtf8(bookmark->getName()));
            if (id && !found.count(*id))
                found[*id] = anchor->getAnchor()->getString().isEmpty();
        }
    }
    return found;
}

std::vector<std::string> Anchors::covering(const std::set<std::string>& candidates,
                                           const Reference<text::XTextRange>& position) const
{
    std::vector<std::pair<Reference<text::XTextRange>, std::string>> covering;
    for (const std::string& id : candidates)
        if (const Reference<text::XTextRange> passage = range(id); passage.is() && lcl_covers(passage, position))
            covering.emplace_back(passage, id);
    // Document order, by where each passage starts (compareRegionStarts is 1 when the first starts earlier).
    const Reference<text::XTextRangeCompare> compare(Reference<text::XTextDocument>(mxDocument, UNO_QUERY_THROW)->getText(),
                                                     UNO_QUERY_THROW);
    std::stable_sort(covering.begin(), covering.end(), [&](const auto& a, const auto& b) {
        try {
            return compare->compareRegionStarts(a.first, b.first) > 0;
        } catch (const lang::IllegalArgumentException&) {
            return false; // not in the main text
        }
    });
    std::vector<std::string> ids;
    for (auto& [passage, id] : covering)
        ids.push_back(std::move(id));
    return ids;
}

Reference<text::XTextContent> Anchors::find(const std::string& codingId) const
{
    const Reference<container::XNameAccess> bookmarks = byName();
    const OUString name = toOUString(anchorName(codingId));
    if (!bookmarks->hasByName(name))
        return nullptr;
    return Reference<text::XTextContent>(bookmarks->getByName(name), UNO_QUERY);
}

Reference<text::XTextRange> Anchors::range(const std::string& codingId) const
{
    const Reference<text::XTextContent> anchor = find(codingId);
    return anchor.is() ? anchor->getAnchor() : nullptr;
}

std::optional<std::string> Anchors::text(const std::string& codingId) const
{
    const Reference<text::XTextRange> passage = range(codingId);
    if (!passage.is())
        return std::nullopt;
    std::string text = toUtf8(passage->getString());
    if (text.empty())
        return std::nullopt; // a collapsed anchor marks a deleted passage
    return text;
}

Reference<text::XTextContent> Anchors::insert(const std::string& codingId, const Reference<text::XTextRange>& range) const
{
    Reference<lang::XMultiServiceFactory> factory(mxDocument, UNO_QUERY_THROW);
    Reference<text::XTextContent> anchor(factory->createInstance("com.sun.star.text.Bookmark"), UNO_QUERY_THROW);
    Reference<container::XNamed>(anchor, UNO_QUERY_THROW)->setName(toOUString(anchorName(codingId)));
    range->getText()->insertTextContent(range, anchor, true);
    return anchor;
}

} // namespace pt::extension
