#include "document/DocumentText.hxx"

#include "common/UnoStrings.hxx"

#include "core/Anchor.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <algorithm>

using namespace ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace pt::extension {

namespace {

void appendCodePoints(std::u32string& to, const OUString& text)
{
    for (sal_Int32 i = 0; i < text.getLength();)
        to.push_back(static_cast<char32_t>(text.iterateCodePoints(&i)));
}

} // namespace

DocumentText::DocumentText(const Reference<text::XTextDocument>& document)
{
    readText(document->getText());
}

void DocumentText::readText(const Reference<text::XText>& text)
{
    const Reference<container::XEnumeration> paragraphs
        = Reference<container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
    while (paragraphs->hasMoreElements()) {
        const Reference<lang::XServiceInfo> element(paragraphs->nextElement(), UNO_QUERY);
        if (!element.is())
            continue;
        if (const Reference<text::XTextTable> table{element, UNO_QUERY}; table.is()) {
            // Cell names come row by row ("A1", "B1", … "A2"), the order a reader reads them in.
            for (const OUString& name : table->getCellNames())
                readText(Reference<text::XText>(table->getCellByName(name), UNO_QUERY_THROW));
        } else if (element->supportsService("com.sun.star.text.Paragraph")) {
            readParagraph(Reference<text::XTextRange>(element, UNO_QUERY_THROW));
        }
    }
}

void DocumentText::readParagraph(const Reference<text::XTextRange>& paragraph)
{
    if (!maStarts.empty())
        maText.push_back(U'\n');
    // The paragraph's start: where a position in an empty paragraph, or at its end, is found.
    std::size_t start = maStarts.size();
    std::size_t steps = 0;
    maStarts.push_back(paragraph);
    maPieces.push_back({maText.size(), 0, start, 0, nullptr});
    const Reference<container::XEnumeration> portions
        = Reference<container::XEnumerationAccess>(paragraph, UNO_QUERY_THROW)->createEnumeration();
    while (portions->hasMoreElements()) {
        const Reference<text::XTextRange> portion(portions->nextElement(), UNO_QUERY);
        const Reference<beans::XPropertySet> properties(portion, UNO_QUERY);
        if (!portion.is() || !properties.is())
            continue;
        OUString type;
        properties->getPropertyValue("TextPortionType") >>= type;
        if (type == "Bookmark") {
            const Reference<container::XNamed> bookmark(properties->getPropertyValue("Bookmark"), UNO_QUERY);
            const auto id = bookmark.is() ? codingIdFromAnchor(toUtf8(bookmark->getName())) : std::nullopt;
            if (!id)
                continue;
            // The first portion of an anchor is where it starts, the last where it ends. IsStart and
            // IsCollapsed are not to be trusted: after a DOCX import, an anchor across a paragraph break
            // shows as a collapsed start in both paragraphs.
            const auto [span, first] = maAnchors.try_emplace(*id, TextSpan{maText.size(), maText.size()});
            if (!first)
                span->second.end = maText.size();
            continue;
        }
        if (type == "SoftPageBreak")
            continue; // no character: not a step
        const OUString shown = portion->getString();
        const std::size_t offset = maText.size();
        appendCodePoints(maText, shown);
        if (type == "Text") {
            if (!shown.isEmpty())
                maPieces.push_back({offset, maText.size() - offset, start, steps, nullptr});
            steps += maText.size() - offset;
            continue;
        }
        // A field, a footnote's anchor, a picture as a character: its steps are not its text, so the plain
        // text after it is counted from its end.
        if (!shown.isEmpty())
            maPieces.push_back({offset, maText.size() - offset, 0, 0, portion});
        start = maStarts.size();
        steps = 0;
        maStarts.push_back(portion->getEnd());
    }
}

Reference<text::XTextRange> DocumentText::position(std::size_t offset) const
{
    // The last piece starting at or before the offset; a piece ending exactly there still holds it.
    auto piece = std::upper_bound(maPieces.begin(), maPieces.end(), offset,
                                  [](std::size_t at, const Piece& p) { return at < p.offset; });
    if (piece == maPieces.begin())
        return nullptr;
    --piece;
    const std::size_t into = std::min(offset - piece->offset, piece->length);
    if (piece->whole.is())
        return into * 2 < piece->length ? piece->whole->getStart() : piece->whole->getEnd();
    const Reference<text::XTextRange>& from = maStarts[piece->start];
    const Reference<text::XTextCursor> cursor = from->getText()->createTextCursorByRange(from->getStart());
    // Writer's cursor moves by code points, as the offsets count.
    const std::size_t steps = piece->steps + into;
    for (std::size_t moved = 0; moved < steps; moved += 0x7fff)
        if (!cursor->goRight(static_cast<sal_Int16>(std::min<std::size_t>(steps - moved, 0x7fff)), false))
            return nullptr;
    return Reference<text::XTextRange>(cursor, UNO_QUERY_THROW);
}

Reference<text::XTextRange> DocumentText::range(TextSpan span) const
{
    const Reference<text::XTextRange> start = position(span.begin);
    const Reference<text::XTextRange> end = position(span.end);
    if (!start.is() || !end.is() || start->getText() != end->getText())
        return nullptr;
    const Reference<text::XTextCursor> cursor = start->getText()->createTextCursorByRange(start);
    cursor->gotoRange(end, true);
    return Reference<text::XTextRange>(cursor, UNO_QUERY_THROW);
}

} // namespace pt::extension
