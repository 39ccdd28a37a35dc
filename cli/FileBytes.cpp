#include "FileBytes.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pt::cli {

std::string fileBytes(const std::filesystem::path& path, std::size_t limit, const std::string& what)
{
    if (std::filesystem::file_size(path) > limit)
        throw std::runtime_error("is " + std::to_string(std::filesystem::file_size(path) >> 20) + " MB; " + what + " is at most "
                                 + std::to_string(limit >> 20) + " MB");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof())
        throw std::runtime_error("cannot be read");
    return bytes.str();
}

} // namespace pt::cli
