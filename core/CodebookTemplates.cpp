#include "core/CodebookTemplates.hpp"

#include "core/Json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace pt {

namespace {

constexpr char kSuffix[] = ".ptcodebook.json";
constexpr std::uintmax_t kMaxTemplateSize = 16 * 1024 * 1024;

/// File names keep letters, digits, space, '-' and '_'; every other byte is %XX, so names map back exactly.
std::string encodeName(const std::string& name)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string encoded;
    for (unsigned char c : name) {
        if (std::isalnum(c) || c == ' ' || c == '-' || c == '_')
            encoded += static_cast<char>(c);
        else
            encoded += {'%', hex[c >> 4], hex[c & 15]};
    }
    return encoded;
}

std::optional<std::string> decodeName(const std::string& encoded)
{
    std::string name;
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '%') {
            name += encoded[i];
            continue;
        }
        if (i + 2 >= encoded.size() || !std::isxdigit(static_cast<unsigned char>(encoded[i + 1]))
            || !std::isxdigit(static_cast<unsigned char>(encoded[i + 2])))
            return std::nullopt;
        name += static_cast<char>(std::stoi(encoded.substr(i + 1, 2), nullptr, 16));
        i += 2;
    }
    return name;
}

void checkName(const std::string& name)
{
    if (name.find_first_not_of(" \t") == std::string::npos)
        throw InvalidInput(Problem{"template name", "is empty"});
    if (name.size() > 120)
        throw InvalidInput(Problem{"template name", "is longer than 120 characters"});
}

} // namespace

CodebookTemplates::CodebookTemplates(std::filesystem::path folder)
    : mFolder(std::move(folder))
{
}

std::filesystem::path CodebookTemplates::fileOf(const std::string& name) const
{
    return mFolder / (encodeName(name) + kSuffix);
}

std::vector<std::string> CodebookTemplates::names() const
{
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(mFolder, error)) {
        const std::string file = entry.path().filename().string();
        const std::size_t suffix = sizeof kSuffix - 1;
        if (file.size() <= suffix || file.compare(file.size() - suffix, suffix, kSuffix) != 0)
            continue;
        if (const auto name = decodeName(file.substr(0, file.size() - suffix)))
            names.push_back(*name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

void CodebookTemplates::save(const std::string& name, const Codebook& codebook) const
{
    checkName(name);
    std::filesystem::create_directories(mFolder);
    nlohmann::json json = codebookToJson(codebook);
    json["template"] = name;
    const std::filesystem::path target = fileOf(name);
    const std::filesystem::path partial = target.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << json.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        if (!out.flush())
            throw std::runtime_error("cannot write " + partial.string());
    }
    std::filesystem::rename(partial, target);
}

Codebook CodebookTemplates::load(const std::string& name) const
{
    const std::filesystem::path file = fileOf(name);
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        throw InvalidInput(Problem{"template \"" + name + "\"", "does not exist"});
    if (size > kMaxTemplateSize)
        throw InvalidInput(Problem{"template \"" + name + "\"", "is larger than a codebook can be"});
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return parseCodebookJson(text.str());
}

void CodebookTemplates::remove(const std::string& name) const
{
    std::filesystem::remove(fileOf(name));
}

} // namespace pt
