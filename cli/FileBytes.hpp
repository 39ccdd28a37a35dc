#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace pt::cli {

/// A whole file's bytes. Throws std::runtime_error for a file larger than `limit` ("is 500 MB; `what` is at
/// most 64 MB", `what` naming the kind of file) or one that cannot be read.
std::string fileBytes(const std::filesystem::path& path, std::size_t limit, const std::string& what);

} // namespace pt::cli
