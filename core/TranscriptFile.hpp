#pragma once

#include "core/OfficeFiles.hpp"
#include "core/TranscriptCues.hpp"

#include <string>
#include <string_view>

namespace pt {

/// The cues of a file a transcription tool wrote, or of a Word or Writer document whose paragraphs carry
/// stamps and labels ("[00:12:31] Interviewer: …"); `package` reads a .docx's or .odt's parts (`content` is
/// then the package's bytes, only measured). Throws InvalidInput for a file of no known kind, naming
/// the kinds read, and for what readCues refuses.
std::vector<Cue> readTranscriptFile(const std::string& name, std::string_view content, const PackageReader& package);

/// "SubRip subtitles (.srt), …": every kind readTranscriptFile reads, for messages.
std::string readableTranscriptFormats();

} // namespace pt
