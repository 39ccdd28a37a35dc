#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pt {

/// A passage [begin, end) in code points of a text.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const TextSpan& other) const { return begin == other.begin && end == other.end; }
};

/// Where a passage of one copy of a transcript lies in another copy, or why it could not be found.
struct Placement {
    std::optional<TextSpan> span;
    bool exact = true;  ///< false: the passage's own text was edited; placed by its beginning and end
    std::string reason; ///< when not placed
};

/// Places the passage `from` of `source` in `target`, another copy of the same transcript that may have
/// been edited a little. A passage is found by its text; where it occurs more than once, the occurrence
/// whose surroundings match best wins, then the one nearest to where it was. A passage whose own text was
/// edited is placed by its beginning and end when both are still there at about the same distance.
/// Texts are in code points; the search looks near the passage's old place first, so its cost does not
/// grow with the whole text for each passage.
Placement placePassage(std::u32string_view source, TextSpan from, std::u32string_view target);

/// UTF-8 to code points and back; invalid UTF-8 becomes U+FFFD.
std::u32string toCodePoints(std::string_view utf8);
std::string toUtf8(std::u32string_view text);

} // namespace pt
