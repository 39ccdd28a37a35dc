#pragma once

#include "core/OfficeFiles.hpp"
#include "core/TranscriptCues.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace pt {

/// The cues of a file a transcription tool wrote, or of a Word or Writer document whose paragraphs carry
/// stamps and labels ("[00:12:31] Interviewer: …"); `package` reads a .docx's or .odt's parts (`content` is
/// then the package's bytes, only measured). Throws InvalidInput for a file of no known kind, naming
/// the kinds read, and for what readCues refuses.
std::vector<Cue> readTranscriptFile(const std::string& name, std::string_view content, const PackageReader& package);

/// True for a transcription tool's file (.srt, .vtt, .json, .txt, .html, .otr), which is made a transcript
/// before it can be coded; false for a transcript itself (.odt, .docx, .fodt) and anything else.
bool isTranscriptionToolFile(std::string_view fileName);

/// The name of the transcript made from `sourceName` beside others: "interview 3.odt", or "interview 3
/// (2).odt", "interview 3 (3).odt" … while `taken` says the name is in use.
std::string transcriptFileName(std::string_view sourceName, const std::function<bool(const std::string&)>& taken);

/// "SubRip subtitles (.srt), …": every kind readTranscriptFile reads, for messages.
std::string readableTranscriptFormats();

} // namespace pt
