#include "core/Speakers.hpp"

#include "core/SearchPattern.hpp"
#include "core/TextPlacement.hpp"

#include <algorithm>

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace pt {

namespace {
/// Labels sit at the start of a paragraph; this is far more than any label needs.
constexpr std::size_t kLabelSearchLength = 120;
/// ICU's limits for one match: about 20 ms of work, 64 KB of backtracking stack.
constexpr int32_t kTimeLimit = 20;
constexpr int32_t kStackLimit = 64 * 1024;
constexpr std::size_t kLongestPattern = 1000;

icu::UnicodeString unicode(std::string_view text)
{
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}
} // namespace

struct SpeakerRecognizer::Compiled {
    std::unique_ptr<icu::RegexPattern> pattern;
};

const std::vector<std::string>& SpeakerRecognizer::defaultPatterns()
{
    static const std::vector<std::string> patterns{
        // A name starts with a letter or a digit: "(noScribe 0.6: …)" names nobody.
        R"(^\s*([\p{L}\p{N}][^\s:\[\]]*(?: [^\s:\[\]]+){0,3}):\s)",
        // Not "[00:12:31]": a timestamp opening an unlabelled paragraph names nobody.
        R"(^\s*\[(?!\d{1,6}:\d\d)([^\]\n]{1,40})\])",
    };
    return patterns;
}

SpeakerRecognizer::SpeakerRecognizer(const std::vector<std::string>& patterns)
    : mPatterns(patterns)
{
    Problems problems;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const std::string where = "speakerPatterns[" + std::to_string(i) + "]";
        if (patterns[i].size() > kLongestPattern) {
            problems.push_back({where, "is longer than " + std::to_string(kLongestPattern) + " characters"});
            continue;
        }
        if (const auto error = regexError(patterns[i])) {
            problems.push_back({where, "is not a valid regular expression (" + *error + ")"});
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        UParseError position{};
        auto compiled = std::make_shared<Compiled>();
        compiled->pattern.reset(icu::RegexPattern::compile(unicode(patterns[i]), position, status));
        std::unique_ptr<icu::RegexMatcher> probe(U_SUCCESS(status) ? compiled->pattern->matcher(status) : nullptr);
        if (!probe || U_FAILURE(status) || probe->groupCount() < 1)
            problems.push_back({where, "has no group ( ) for the speaker's name"});
        else
            mCompiled.push_back(std::move(compiled));
    }
    if (!problems.empty())
        throw InvalidInput("The speaker patterns were not accepted:", std::move(problems));
}

std::optional<std::string> SpeakerRecognizer::labelOf(std::string_view paragraph) const
{
    const icu::UnicodeString start = unicode(paragraph.substr(0, kLabelSearchLength));
    for (const std::shared_ptr<const Compiled>& compiled : mCompiled) {
        UErrorCode status = U_ZERO_ERROR;
        const std::unique_ptr<icu::RegexMatcher> matcher(compiled->pattern->matcher(start, status));
        if (!matcher || U_FAILURE(status))
            continue;
        matcher->setTimeLimit(kTimeLimit, status);
        matcher->setStackLimit(kStackLimit, status);
        if (!matcher->lookingAt(status) || U_FAILURE(status)) // a pattern that runs out of time matches nothing
            continue;
        const icu::UnicodeString name = matcher->group(1, status);
        if (U_SUCCESS(status) && name.length() > 0) {
            std::string label;
            name.toUTF8String(label);
            return label;
        }
    }
    return std::nullopt;
}

std::vector<std::size_t> speakerTurnStarts(std::u32string_view text, const SpeakerRecognizer& speakers)
{
    std::vector<std::size_t> starts{0};
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t end = std::min(text.find(U'\n', at), text.size());
        if (end > at && at > 0 && speakers.labelOf(toUtf8(text.substr(at, std::min<std::size_t>(end - at, 200)))))
            starts.push_back(at);
        at = end + 1;
    }
    return starts;
}

std::vector<SpeakerTurn> speakerTurns(std::u32string_view text, const SpeakerRecognizer& speakers)
{
    std::vector<SpeakerTurn> turns;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t end = std::min(text.find(U'\n', at), text.size());
        if (end > at)
            if (auto speaker = speakers.labelOf(toUtf8(text.substr(at, std::min<std::size_t>(end - at, 200))))) {
                if (!turns.empty())
                    turns.back().span.end = at - 1;
                turns.push_back({std::move(*speaker), {at, text.size()}});
            }
        at = end + 1;
    }
    if (!turns.empty() && !text.empty() && text.back() == U'\n' && turns.back().span.end == text.size())
        --turns.back().span.end;
    return turns;
}

std::size_t turnAt(const std::vector<std::size_t>& starts, std::size_t offset)
{
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin());
}

} // namespace pt
