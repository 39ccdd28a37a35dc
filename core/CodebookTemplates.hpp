#pragma once

#include "core/Codebook.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace pt {

/// Codebooks saved under a name, to be applied to new transcripts: one JSON file per template in a folder
/// (the extension uses a folder of the LibreOffice user profile). Files can be shared with a team as they are.
class CodebookTemplates {
public:
    explicit CodebookTemplates(std::filesystem::path folder);

    /// Template names, sorted; files that are not templates are skipped.
    std::vector<std::string> names() const;
    /// Saves (or replaces) a template. Throws InvalidInput for an empty name, std::runtime_error when the
    /// file cannot be written; an existing template is replaced only once the new file is complete.
    void save(const std::string& name, const Codebook& codebook) const;
    /// Throws InvalidInput when there is no such template or its file is not a valid codebook.
    Codebook load(const std::string& name) const;
    void remove(const std::string& name) const;

    /// The file a template is kept in.
    std::filesystem::path fileOf(const std::string& name) const;

private:
    std::filesystem::path mFolder;
};

} // namespace pt
