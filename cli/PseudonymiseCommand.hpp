#pragma once

#include <string>
#include <vector>

namespace pt::cli {

/// powertri pseudonymise: pseudonymised copies of coded transcripts (.odt, .docx, .fodt; folders of them)
/// in the folder `out`, by the key at `keyPath` (CSV or JSON, core/Pseudonymisation): text, notes,
/// comments, properties and codings' texts, every coding kept. The originals are never touched and
/// nothing is replaced. `reverse` turns the key round (pseudonym → term): a pseudonymised copy made
/// readable again. Reports what it replaced per file on standard output; returns the exit status.
int pseudonymiseCommand(const std::vector<std::string>& inputs, const std::string& keyPath, const std::string& out, bool reverse);

} // namespace pt::cli
