#pragma once

#include <string>
#include <string_view>

namespace pt {

/// A hit with a little of the text around it, as a list of search hits shows it.
struct Excerpt {
    std::string before; ///< ends just before the hit; starts with "…" when cut
    std::string after;  ///< starts just after the hit; ends with "…" when cut
};

/// Keeps about `words` words on each side of a hit, never cutting a UTF-8 character.
Excerpt excerptAround(std::string_view before, std::string_view after, std::size_t words = 8);

/// A passage on one line, cut after `words` words with "…".
std::string shortQuote(std::string_view text, std::size_t words = 20);

} // namespace pt
