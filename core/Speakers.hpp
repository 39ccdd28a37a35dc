#pragma once

#include "core/Problem.hpp"
#include "core/TextPlacement.hpp"

#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// Recognises speaker turns: a paragraph that starts with a speaker label ("Coach 3:", "[Interviewer]")
/// opens that speaker's turn, which lasts until the next labelled paragraph.
///
/// Patterns are regular expressions (ICU's, as Writer's Find & Replace) matched at the start of a
/// paragraph; the first capture group is the speaker's name. They come from documents, so they are
/// outside input: each is matched against the paragraph's first characters only and under ICU's time
/// and stack limits, so a pattern that backtracks wildly gives up instead of hanging LibreOffice.
class SpeakerRecognizer {
public:
    /// "Name:" (one to four words) and "[Name]" at the start of a paragraph.
    static const std::vector<std::string>& defaultPatterns();

    /// Throws InvalidInput naming each pattern that does not compile or has no capture group.
    explicit SpeakerRecognizer(const std::vector<std::string>& patterns = defaultPatterns());

    /// The speaker a paragraph's label names, or nullopt when the paragraph has no label.
    std::optional<std::string> labelOf(std::string_view paragraph) const;

    const std::vector<std::string>& patterns() const { return mPatterns; }

    struct Compiled;

private:
    std::vector<std::string> mPatterns;
    std::vector<std::shared_ptr<const Compiled>> mCompiled;
};

/// Where each speaker turn of a text starts (offsets in code points; 0 first): a paragraph whose label the
/// recognizer knows starts one.
std::vector<std::size_t> speakerTurnStarts(std::u32string_view text, const SpeakerRecognizer& speakers);
/// One speaker's turn: from its labelled paragraph to the next labelled one (the line end before it left out).
struct SpeakerTurn {
    std::string speaker;
    TextSpan span; ///< in code points of the text
};
/// The speaker turns of a text, in order; text before the first label belongs to no turn.
std::vector<SpeakerTurn> speakerTurns(std::u32string_view text, const SpeakerRecognizer& speakers);

/// The turn an offset lies in, as an index into what speakerTurnStarts gave (1 for the first).
std::size_t turnAt(const std::vector<std::size_t>& starts, std::size_t offset);

} // namespace pt
