#include "core/Anchor.hpp"

#include "core/Guid.hpp"

#include <cctype>

namespace pt {

namespace {
constexpr std::string_view kPrefix = "_PT";
}

std::string anchorName(std::string_view codingId)
{
    std::string name(kPrefix);
    for (char c : normalizedGuid(codingId))
        if (c != '-')
            name += c;
    return name;
}

std::optional<std::string> codingIdFromAnchor(std::string_view name)
{
    if (name.size() != kPrefix.size() + 32 || name.substr(0, kPrefix.size()) != kPrefix)
        return std::nullopt;
    const std::string_view hex = name.substr(kPrefix.size());
    std::string id;
    for (std::size_t i = 0; i < hex.size(); ++i) {
        const char c = hex[i];
        if (!std::isxdigit(static_cast<unsigned char>(c)) || std::isupper(static_cast<unsigned char>(c)))
            return std::nullopt;
        if (i == 8 || i == 12 || i == 16 || i == 20)
            id += '-';
        id += c;
    }
    return id;
}

} // namespace pt
