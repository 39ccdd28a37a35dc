#include "core/Whitespace.hpp"

namespace pt {

std::string_view trimmedView(std::string_view text)
{
    constexpr std::string_view space = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::string trimmed(std::string_view text)
{
    return std::string(trimmedView(text));
}

} // namespace pt
