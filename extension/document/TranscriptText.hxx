#pragma once

#include "core/Excerpt.hpp"
#include "core/Speakers.hpp"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace pt::extension {

/// What to look for when auto-coding.
struct SearchQuery {
    std::string text;
    bool regularExpression = false;
    bool caseSensitive = false;
    bool wholeWords = false;
    std::string speaker; ///< only in this speaker's turns; empty for the whole document
};

/// A place the search found, with its context and speaker.
struct SearchHit {
    css::uno::Reference<css::text::XTextRange> range;
    std::string text;
    Excerpt context;
    std::string speaker;
};

/// Counts the turns of each speaker of a transcript, a slice of paragraphs at a time: a long transcript's
/// thousands of turns take tens of milliseconds, which would hold up a key typed meanwhile.
class SpeakerTally {
public:
    SpeakerTally(const css::uno::Reference<css::text::XTextDocument>& document, SpeakerRecognizer speakers);

    /// Reads paragraphs until `deadline` is past; returns true while there are more.
    bool step(std::chrono::steady_clock::time_point deadline);
    /// Every speaker read so far with the number of turns, in order of first appearance.
    const std::vector<std::pair<std::string, std::size_t>>& speakers() const { return maSpeakers; }
    /// Each speaker's turn times ("00:12:31"), for the turns whose paragraph has a stamp; as speakers().
    const std::vector<std::vector<std::string>>& turnTimes() const { return maTurnTimes; }

private:
    SpeakerRecognizer maRecognizer;
    css::uno::Reference<css::container::XEnumeration> mxParagraphs;
    std::vector<std::pair<std::string, std::size_t>> maSpeakers;
    std::vector<std::vector<std::string>> maTurnTimes;
    std::map<std::string, std::size_t> maIndex;
};

/// Reads a transcript's text through Writer: speaker turns and searches. Walks paragraphs, never characters.
/// Headings are never speaker turns, even when they look like a label ("Interview 3: …").
class TranscriptText {
public:
    TranscriptText(const css::uno::Reference<css::text::XTextDocument>& document, const SpeakerRecognizer& speakers);

    /// The speaker whose turn the position is in: the label of the nearest labelled paragraph at or before
    /// it (looking back at most a few hundred paragraphs); empty when there is none.
    std::string speakerAt(const css::uno::Reference<css::text::XTextRange>& position) const;

    struct Turn {
        std::string speaker;
        std::string time; ///< "00:12:31": the stamp its labelled paragraph (or a later one up to the
                          ///< position) starts with, as a transcript made from a transcription tool's file has it
    };
    /// The turn the position is in: its speaker and the time it starts in the recording, where known.
    Turn turnAt(const css::uno::Reference<css::text::XTextRange>& position) const;

    /// Every speaker of the transcript with the number of turns, in order of first appearance.
    std::vector<std::pair<std::string, std::size_t>> speakers() const;
    /// The same, counted by a SpeakerTally that has read the whole text (its turn times too).
    SpeakerTally tally() const;

    /// Every match, in document order, with Writer's own search (its regular expressions are ICU's, as in
    /// Find & Replace). Throws InvalidInput for an empty query or a regular expression that does not compile.
    std::vector<SearchHit> find(const SearchQuery& query) const;

private:
    css::uno::Reference<css::text::XTextDocument> mxDocument;
    const SpeakerRecognizer& mrSpeakers;
};

} // namespace pt::extension
