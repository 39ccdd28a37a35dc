#pragma once

#include "core/Problem.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pt {

/// A moment of a recording, in milliseconds from its start.
using MediaTime = std::int64_t;

/// "00:12:31": hours, minutes and seconds, hours of two digits or more ("123:04:05"); milliseconds dropped.
std::string mediaTimeText(MediaTime time);
/// A time as transcription tools write it: "01:02:03,456" (SubRip), "01:02:03.456", "02:03.456" (WebVTT),
/// "1:02:03", "02:03"; hours may run past 99. Minutes and seconds below 60. Nullopt for anything else.
std::optional<MediaTime> parseMediaTime(std::string_view text);

/// The files transcription tools write.
enum class TranscriptFormat {
    SubRip,       ///< .srt (Whisper, WhisperX, noScribe, subtitle editors)
    WebVtt,       ///< .vtt, voices as <v Name>
    WhisperJson,  ///< Whisper's and WhisperX's .json ("segments"), whisper.cpp's ("transcription")
    PlainText,    ///< Whisper's .txt, or a transcript with "[00:12:31]" stamps and "Name:" labels (also a
                  ///< Word file's paragraphs)
    NoScribeHtml, ///< noScribe's .html: a bookmark "ts_<start>_<end>_<speaker>" per segment
    OTranscribe,  ///< oTranscribe's .otr: JSON whose "text" is HTML with timestamp spans
    WordProcessor, ///< .docx, .odt, .fodt: a transcript typed or corrected there, read as PlainText by paragraph
};

/// "SubRip (.srt)", for messages and the dialog's list.
std::string formatName(TranscriptFormat format);

/// The format of a file from its name's extension, and for .txt/.json/.html from its first characters.
/// Nullopt for a file no transcription tool writes (the caller names the ones it reads). A WordProcessor
/// file is read with readTranscriptFile (TranscriptFile.hpp), which opens its package.
std::optional<TranscriptFormat> transcriptFormatOf(std::string_view fileName, std::string_view content);

/// What the readers accept: a two-hour interview is a few hundred kilobytes, with word timings a few
/// megabytes; a larger file is something else, and is refused before it is read.
constexpr std::size_t kLargestTranscriptFile = 64u << 20;

/// One piece of what was said: a subtitle cue, a Whisper segment, a line of a text transcript.
struct Cue {
    std::optional<MediaTime> start, end;
    std::string speaker;   ///< as the file labels it ("SPEAKER_00", "S01", "Interviewer"); empty if none
    std::string text;      ///< without the label and the timestamps
    std::size_t line = 0;  ///< where it starts in the file (1 first), for messages; 0 where lines mean nothing
};

/// The cues of a file's content (UTF-8 with or without a byte order mark, or UTF-16 with one; CRLF or LF).
/// Throws InvalidInput, naming the line, for a file that is not the format, is cut short (a cue without
/// text at the end, HTML without its end), or has times out of order (a cue starting before the one
/// before it, or ending before it starts). Overlapping cues are fine: people talk at once.
std::vector<Cue> readCues(TranscriptFormat format, std::string_view content);

/// A line of a text transcript: "[00:12:31] Interviewer: …", "Interviewer: [00:12:31] …",
/// "[SPEAKER_00]: …", "[00:00.000 --> 00:02.000]  …" (whisper's console), or just text.
Cue cueOfLine(std::string_view line);

} // namespace pt
