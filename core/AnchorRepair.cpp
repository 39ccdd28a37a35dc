#include "core/AnchorRepair.hpp"

#include <vector>

namespace pt {

std::optional<TextSpan> repairedAnchor(std::u32string_view text, TextSpan anchor, std::u32string_view codedText)
{
    const std::size_t length = codedText.size();
    if (anchor.begin >= anchor.end || anchor.end > text.size() || anchor.end - anchor.begin >= length)
        return std::nullopt;
    // An occurrence holding the anchor starts at most `length` before the anchor's end and at its start latest.
    const std::size_t first = anchor.end - std::min(anchor.end, length);
    const std::u32string_view window = text.substr(first, anchor.begin - first + length);
    std::vector<TextSpan> holding;
    for (std::size_t at = window.find(codedText); at != std::u32string_view::npos; at = window.find(codedText, at + 1))
        holding.push_back({first + at, first + at + length});
    std::optional<TextSpan> sharingAnEdge;
    for (const TextSpan& span : holding)
        if (span.end == anchor.end || span.begin == anchor.begin) {
            if (sharingAnEdge)
                return std::nullopt;
            sharingAnEdge = span;
        }
    if (sharingAnEdge)
        return sharingAnEdge;
    if (holding.size() == 1)
        return holding.front();
    return std::nullopt;
}

} // namespace pt
