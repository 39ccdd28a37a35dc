#include "core/TextPlacement.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace pt {

namespace {

constexpr std::size_t kContext = 40;        ///< characters of surroundings compared on each side
constexpr std::size_t kNearWindow = 4096;   ///< characters searched on each side of the old place first
constexpr std::size_t kShortestEdited = 12; ///< a shorter passage must be found word for word

std::size_t distance(std::size_t a, std::size_t b)
{
    return a > b ? a - b : b - a;
}

/// Every start of `needle` within target[from, to).
std::vector<std::size_t> occurrences(std::u32string_view target, std::u32string_view needle, std::size_t from,
                                     std::size_t to)
{
    std::vector<std::size_t> found;
    to = std::min(to, target.size());
    if (needle.empty() || from >= to || to - from < needle.size())
        return found;
    const auto haystack = target.substr(from, to - from);
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    for (auto at = haystack.begin();;) {
        const auto hit = std::search(at, haystack.end(), searcher);
        if (hit == haystack.end())
            break;
        found.push_back(from + static_cast<std::size_t>(hit - haystack.begin()));
        at = hit + 1;
    }
    return found;
}

/// How many characters before `sourceAt`/`targetAt` (backwards) or from them (forwards) agree.
std::size_t sameBefore(std::u32string_view source, std::size_t sourceAt, std::u32string_view target, std::size_t targetAt)
{
    std::size_t n = 0;
    while (n < kContext && n < sourceAt && n < targetAt && source[sourceAt - 1 - n] == target[targetAt - 1 - n])
        ++n;
    return n;
}

std::size_t sameAfter(std::u32string_view source, std::size_t sourceAt, std::u32string_view target, std::size_t targetAt)
{
    std::size_t n = 0;
    while (n < kContext && sourceAt + n < source.size() && targetAt + n < target.size()
           && source[sourceAt + n] == target[targetAt + n])
        ++n;
    return n;
}

struct Candidate {
    TextSpan span;
    std::size_t context = 0; ///< matching surroundings: more is better
    std::size_t away = 0;    ///< from the expected place: less is better

    bool betterThan(const Candidate& other) const
    {
        return context != other.context ? context > other.context : away < other.away;
    }
};

std::optional<TextSpan> exactly(std::u32string_view source, TextSpan from, std::u32string_view target,
                                std::size_t expected, std::size_t begin, std::size_t end)
{
    const auto passage = source.substr(from.begin, from.end - from.begin);
    std::optional<Candidate> best;
    for (std::size_t at : occurrences(target, passage, begin, end)) {
        Candidate candidate{{at, at + passage.size()},
                            sameBefore(source, from.begin, target, at) + sameAfter(source, from.end, target, at + passage.size()),
                            distance(at, expected)};
        if (!best || candidate.betterThan(*best))
            best = candidate;
    }
    return best ? std::optional<TextSpan>(best->span) : std::nullopt;
}

/// A passage edited inside: its first and last few characters, about as far apart as before.
std::optional<TextSpan> byEnds(std::u32string_view source, TextSpan from, std::u32string_view target,
                               std::size_t expected, std::size_t begin, std::size_t end)
{
    const std::size_t length = from.end - from.begin;
    const std::size_t k = std::min<std::size_t>(24, length / 3);
    const auto heads = occurrences(target, source.substr(from.begin, k), begin, end);
    const auto tails = occurrences(target, source.substr(from.end - k, k), begin, end);
    const std::size_t shortest = length * 7 / 10 > 8 ? length * 7 / 10 - 8 : k;
    const std::size_t longest = length * 13 / 10 + 8;
    std::optional<Candidate> best;
    for (std::size_t head : heads) {
        // The tails that end within the allowed lengths from this head.
        const auto first = std::lower_bound(tails.begin(), tails.end(), head + std::max(shortest, 2 * k) - k);
        for (auto tail = first; tail != tails.end() && *tail + k - head <= longest; ++tail) {
            const TextSpan span{head, *tail + k};
            Candidate candidate{span,
                                sameBefore(source, from.begin, target, head) + sameAfter(source, from.end, target, span.end),
                                distance(head, expected) + distance(span.end - span.begin, length)};
            if (!best || candidate.betterThan(*best))
                best = candidate;
        }
    }
    return best ? std::optional<TextSpan>(best->span) : std::nullopt;
}

} // namespace

Placement placePassage(std::u32string_view source, TextSpan from, std::u32string_view target)
{
    if (from.begin >= from.end || from.end > source.size())
        return {std::nullopt, true, "its passage lies outside its own copy's text"};
    // Where it would be if the edits were spread evenly over the text.
    const std::size_t expected = source.empty() ? 0
        : static_cast<std::size_t>(static_cast<double>(from.begin) * static_cast<double>(target.size())
                                   / static_cast<double>(source.size()));
    const std::size_t window = kNearWindow + 2 * distance(source.size(), target.size()) + (from.end - from.begin);
    const std::size_t nearBegin = expected > window ? expected - window : 0;
    const std::size_t nearEnd = expected + window;
    const auto whole = [&](auto search) { return search(source, from, target, expected, 0, target.size()); };
    const auto near = [&](auto search) { return search(source, from, target, expected, nearBegin, nearEnd); };

    if (auto span = near(exactly); span)
        return {span, true, {}};
    if (auto span = whole(exactly); span)
        return {span, true, {}};
    if (from.end - from.begin >= kShortestEdited) {
        if (auto span = near(byEnds); span)
            return {span, false, {}};
        if (auto span = whole(byEnds); span)
            return {span, false, {}};
    }
    return {std::nullopt, true, "its passage is no longer in this copy's text"};
}

std::u32string toCodePoints(std::string_view utf8)
{
    std::u32string text;
    text.reserve(utf8.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT_OR_FFFD(bytes, i, length, c);
        text.push_back(static_cast<char32_t>(c));
    }
    return text;
}

std::string toUtf8(std::u32string_view text)
{
    std::string utf8;
    utf8.reserve(text.size());
    for (char32_t c : text) {
        uint8_t bytes[U8_MAX_LENGTH];
        int32_t n = 0;
        const bool valid = c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
        U8_APPEND_UNSAFE(bytes, n, static_cast<UChar32>(valid ? c : 0xFFFD));
        utf8.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
    }
    return utf8;
}

} // namespace pt
