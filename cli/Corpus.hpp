#pragma once

#include "core/OfficeFiles.hpp"
#include "core/Study.hpp"

#include <string>
#include <vector>

namespace pt::cli {

/// The transcripts named on the command line: files, and the .odt, .fodt, .docx and .qdpx files in folders
/// (and their subfolders), in name order; for a study's folder (one with a study.json), the study's
/// transcripts, wherever they are; each study read goes to `studies` when given.
std::vector<std::string> findTranscripts(const std::vector<std::string>& paths, std::vector<std::string>& errors,
                                         std::vector<Study>* studies = nullptr);

struct ReadTranscript {
    std::string path;
    /// A transcript is one; a REFI-QDA project (.qdpx) one per text of it.
    std::vector<OfficeFile> files;
    std::string error; ///< set when the file could not be read at all
};

/// Reads the transcripts on every core, in the order given, with a progress line on standard error when
/// `progress` is set.
std::vector<ReadTranscript> readTranscripts(const std::vector<std::string>& paths, bool progress);

} // namespace pt::cli
