#pragma once

#include "core/TranscriptCues.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// One speaker turn of a transcript made from a transcription tool's cues: a paragraph "Name: [00:12:31] …".
struct TranscriptTurn {
    std::string speaker; ///< empty where the tool named nobody
    std::optional<MediaTime> start;
    std::string text;
};

/// Consecutive cues of one speaker become one turn, their texts joined by a space. Cues without a speaker
/// (a tool without diarisation) are joined while less than kPauseBetweenParagraphs separates them, so that
/// a recording's sentences become paragraphs at its pauses; without times, each stays a paragraph.
std::vector<TranscriptTurn> turnsOf(const std::vector<Cue>& cues);
constexpr MediaTime kPauseBetweenParagraphs = 2000;

/// A speaker label of a file, with the first words said under it, for users to tell who it is.
struct SpeakerSample {
    std::string label;
    std::string firstWords; ///< about 12 words of the label's first turn
    std::size_t turns = 0;
};
/// The labels in order of first appearance.
std::vector<SpeakerSample> speakerSamples(const std::vector<TranscriptTurn>& turns);

/// Names for labels, label → name ("SPEAKER_00" → "Interviewer"); two labels may get one name (the tool
/// split one voice in two).
using SpeakerNames = std::map<std::string, std::string>;

/// "SPEAKER_00=Interviewer,SPEAKER_01=Coach 3" (powertri's --speakers). Throws InvalidInput for an entry
/// without "=", an empty label or name, a label named twice, or a name a speaker label cannot hold.
SpeakerNames parseSpeakerNames(std::string_view text);

/// The cues with their labels replaced by names. Throws InvalidInput for a name a label cannot hold
/// (a colon, brackets, a line break, over 40 bytes or four words: the speaker patterns would not find
/// it) and for a label the cues do not have (naming the labels they have).
std::vector<Cue> namedSpeakers(std::vector<Cue> cues, const SpeakerNames& names);
/// The names of the labels `cues` have: for several files named at once, each with its own labels.
SpeakerNames namesPresentIn(const std::vector<Cue>& cues, const SpeakerNames& names);

/// The time of a paragraph's turn: a stamp "[00:12:31]" at its start, or right after its label ("Coach 3:
/// [00:12:31] …", "[Coach 3] [00:12:31] …"), within its first 80 bytes; nullopt without one.
std::optional<MediaTime> turnTimeOfParagraph(std::string_view paragraph);

/// The time a turn's text starts with ("[00:12:31] …", as a transcript made from a file writes it after
/// the speaker's label), or nullopt.
std::optional<MediaTime> turnTimeOf(std::string_view textAfterLabel);

} // namespace pt
