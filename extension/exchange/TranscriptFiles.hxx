#pragma once

#include "core/TranscriptCues.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace pt::extension {

/// The cues of a transcription tool's file at `url`, or of a Word or Writer file with stamps (read from its
/// package, not opened). Throws pt::InvalidInput saying what is wrong with it (readTranscriptFile), and
/// pt::Refusal ("file") for a file that cannot be read or is too large to be a transcript.
std::vector<Cue> readTranscriptFileAt(const css::uno::Reference<css::uno::XComponentContext>& context,
                                      const ::rtl::OUString& url);

} // namespace pt::extension
