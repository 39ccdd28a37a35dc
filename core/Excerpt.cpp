#include "core/Excerpt.hpp"

#include <algorithm>

namespace pt {

namespace {

constexpr char kEllipsis[] = "\xe2\x80\xa6";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

Excerpt excerptAround(std::string_view before, std::string_view after, std::size_t words)
{
    Excerpt excerpt;
    // Before: walk back over `words` words; cuts land on spaces, so never inside a character.
    std::size_t start = before.size(), seen = 0;
    while (start > 0 && seen <= words) {
        while (start > 0 && isSpace(before[start - 1]))
            --start;
        while (start > 0 && !isSpace(before[start - 1]))
            --start;
        ++seen;
    }
    if (seen > words) {
        while (start < before.size() && !isSpace(before[start]))
            ++start; // drop the word that went over
        while (start < before.size() && isSpace(before[start]))
            ++start;
    }
    excerpt.before = (start > 0 ? std::string(kEllipsis) : std::string()) + std::string(before.substr(start));

    std::size_t end = 0;
    seen = 0;
    while (end < after.size() && seen < words) {
        while (end < after.size() && isSpace(after[end]))
            ++end;
        while (end < after.size() && !isSpace(after[end]))
            ++end;
        ++seen;
    }
    excerpt.after = std::string(after.substr(0, end)) + (end < after.size() ? std::string(kEllipsis) : std::string());
    return excerpt;
}

std::string shortQuote(std::string_view text, std::size_t words)
{
    std::string line(text);
    std::replace(line.begin(), line.end(), '\n', ' ');
    line.erase(0, line.find_first_not_of(" \t"));
    line.erase(line.find_last_not_of(" \t") + 1);
    std::size_t end = 0;
    for (std::size_t counted = 0; end != std::string::npos && counted < words; ++counted)
        end = line.find(' ', end == 0 ? 0 : end + 1);
    return end == std::string::npos ? line : line.substr(0, end) + "\xe2\x80\xa6";
}

} // namespace pt
