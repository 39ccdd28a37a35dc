#pragma once

#include <string>
#include <vector>

namespace pt::cli {

/// powertri transcript: each transcription tool's file in `inputs` (files, or folders of them) as a
/// transcript a researcher can code, an .odt (or .fodt) of speaker turns, written to `out` (a file for one
/// input, else a folder). `speakers` names the tools' labels ("SPEAKER_00=Interviewer,…"); `times` keeps
/// each turn's start. Never replaces a file. Reports what it made on standard error; returns the exit status.
int transcriptCommand(const std::vector<std::string>& inputs, const std::string& speakers, const std::string& out, bool times);

} // namespace pt::cli
