#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

struct zip;

namespace pt::cli {

/// A ZIP file read with libzip: an ODT, a DOCX or a .qdpx.
class ZipArchive {
public:
    /// Throws std::runtime_error naming the file when it is not a readable ZIP.
    explicit ZipArchive(const std::string& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// An entry's bytes, or nullopt when there is none. Entries larger than `limit` are refused (a ZIP can
    /// claim anything).
    std::optional<std::string> read(const std::string& name, std::size_t limit = 256u << 20) const;
    /// The names of its entries, in the archive's order.
    std::vector<std::string> names() const;

private:
    zip* mArchive = nullptr;
    std::string mPath;
};

/// Writes a new ZIP at `path` with the entries given (name, bytes), replacing any file there.
void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries);

} // namespace pt::cli
