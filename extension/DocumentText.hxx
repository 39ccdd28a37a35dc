#pragma once

#include "core/TextPlacement.hpp"

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <map>
#include <string>
#include <vector>

namespace pt::extension {

/// A Writer document's main text as plain text, the way REFI-QDA counts it: code points, paragraphs
/// (table cells too, row by row) separated by "\n", a line break as "\n", a field as what it shows. Knows
/// where each coding's anchor lies in it and turns such spans back into ranges of the document. Read once,
/// in one walk over paragraphs and their portions; stale after the next edit.
class DocumentText {
public:
    explicit DocumentText(const css::uno::Reference<css::text::XTextDocument>& document);

    const std::u32string& text() const { return maText; }
    /// The spans of the codings anchored in the text, by coding id.
    const std::map<std::string, TextSpan>& anchors() const { return maAnchors; }
    /// The range of the document a span of text() covers; null where it cannot be one range (it crosses
    /// a table cell's border).
    css::uno::Reference<css::text::XTextRange> range(TextSpan span) const;

private:
    /// A stretch of text() that one portion of the document shows.
    struct Piece {
        std::size_t offset = 0;
        std::size_t length = 0;
        css::uno::Reference<css::text::XTextRange> range;
        bool divisible = true; ///< false for a field or the like: a position in it snaps to its start or end
    };

    void readText(const css::uno::Reference<css::text::XText>& text);
    void readParagraph(const css::uno::Reference<css::text::XTextRange>& paragraph);
    css::uno::Reference<css::text::XTextRange> position(std::size_t offset) const;

    std::u32string maText;
    std::vector<Piece> maPieces;
    std::map<std::string, TextSpan> maAnchors;
};

} // namespace pt::extension
