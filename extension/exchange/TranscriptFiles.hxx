#pragma once

#include "core/TranscriptCues.hpp"
#include "core/TranscriptOdt.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace pt::extension {

/// The cues of a transcription tool's file at `url`, or of a Word or Writer file with stamps (read from its
/// package, not opened). Throws pt::InvalidInput saying what is wrong with it (readTranscriptFile), and
/// pt::Refusal ("file") for a file that cannot be read or is too large to be a transcript.
std::vector<Cue> readTranscriptFileAt(const css::uno::Reference<css::uno::XComponentContext>& context,
                                      const ::rtl::OUString& url);

/// The turns to write for a transcription tool's file, and how.
struct NamedTranscript {
    std::vector<TranscriptTurn> turns;
    TranscriptLayout layout;
};
/// Makes a transcription tool's file (its name, its cues) the turns to write: the user names its speakers
/// (the Transcript from File dialog), or nullopt when they cancel.
using TranscriptNamer = std::function<std::optional<NamedTranscript>(const std::string& fileName, const std::vector<Cue>& cues)>;
/// The file's labels as they are, times kept: where nobody is asked (the API).
std::optional<NamedTranscript> labelsAsTheyAre(const std::string& fileName, const std::vector<Cue>& cues);

} // namespace pt::extension
