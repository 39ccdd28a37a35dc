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
    /// A stretch of text() that one portion of the document shows. Plain text is found by cursor steps from
    /// where its stretch starts (a paragraph's start, or the end of a field), so that a long document does not
    /// keep a live range per portion: each costs Writer a mark, and thousands make every edit slow.
    struct Piece {
        std::size_t offset = 0;
        std::size_t length = 0;
        std::size_t start = 0; ///< index into maStarts
        std::size_t steps = 0; ///< cursor steps from there to the piece (Writer moves by code points)
        /// Set only for what is not plain text (a field): a position in it snaps to its start or end.
        css::uno::Reference<css::text::XTextRange> whole;
    };

    void readText(const css::uno::Reference<css::text::XText>& text);
    void readParagraph(const css::uno::Reference<css::text::XTextRange>& paragraph);
    css::uno::Reference<css::text::XTextRange> position(std::size_t offset) const;

    std::u32string maText;
    std::vector<Piece> maPieces;
    /// Paragraphs (their start is meant) and the ends of portions that are not plain text.
    std::vector<css::uno::Reference<css::text::XTextRange>> maStarts;
    std::map<std::string, TextSpan> maAnchors;
};

} // namespace pt::extension
