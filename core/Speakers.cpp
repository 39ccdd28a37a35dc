#include "core/Speakers.hpp"

namespace pt {

namespace {
/// Labels sit at the start of a paragraph; this is far more than any label needs.
constexpr std::size_t kLabelSearchLength = 120;
} // namespace

const std::vector<std::string>& SpeakerRecognizer::defaultPatterns()
{
    static const std::vector<std::string> patterns{
        R"(^\s*([^\s:\[\]]+(?: [^\s:\[\]]+){0,3}):\s)",
        R"(^\s*\[([^\]\n]{1,40})\])",
    };
    return patterns;
}

SpeakerRecognizer::SpeakerRecognizer(const std::vector<std::string>& patterns)
    : mPatterns(patterns)
{
    Problems problems;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const std::string where = "speakerPatterns[" + std::to_string(i) + "]";
        try {
            std::regex compiled(patterns[i], std::regex::ECMAScript);
            if (compiled.mark_count() < 1)
                problems.push_back({where, "has no group ( ) for the speaker's name"});
            else
                mCompiled.push_back(std::move(compiled));
        } catch (const std::regex_error& error) {
            problems.push_back({where, "is not a valid regular expression (" + std::string(error.what()) + ")"});
        }
    }
    if (!problems.empty())
        throw InvalidInput("The speaker patterns were not accepted:", std::move(problems));
}

std::optional<std::string> SpeakerRecognizer::labelOf(std::string_view paragraph) const
{
    const std::string start(paragraph.substr(0, kLabelSearchLength));
    for (const std::regex& pattern : mCompiled) {
        std::smatch match;
        if (std::regex_search(start, match, pattern, std::regex_constants::match_continuous) && match[1].length() > 0)
            return match[1].str();
    }
    return std::nullopt;
}

} // namespace pt
