#pragma once

#include "core/TranscriptTurns.hpp"

#include <string>
#include <utility>
#include <vector>

namespace pt {

/// How a transcript made from a transcription tool's file is written.
struct TranscriptLayout {
    bool times = true; ///< each turn's start as "[00:12:31]" after the label (character style "Timestamp")
};

/// The turns as a flat OpenDocument text (.fodt): a paragraph per turn in the style the samples use
/// ("Turn", "Transcript turn"), the label "Name:" in character style "Speaker", the time in "Timestamp"
/// (small and grey). Writer inserts it whole into a document (one step, its styles with it).
std::string transcriptAsFlatOdt(const std::vector<TranscriptTurn>& turns, const TranscriptLayout& layout);

/// The same as the parts of an .odt package (mimetype first), for a ZIP writer.
std::vector<std::pair<std::string, std::string>> transcriptOdtPackage(const std::vector<TranscriptTurn>& turns,
                                                                      const TranscriptLayout& layout);

} // namespace pt
