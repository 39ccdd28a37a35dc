#include "core/SearchPattern.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>

namespace pt {

std::optional<std::string> regexError(std::string_view pattern)
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
    std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(text, where, status));
    if (U_SUCCESS(status))
        return std::nullopt;
    std::string message = u_errorName(status);
    if (message.rfind("U_REGEX_", 0) == 0)
        message = message.substr(8);
    for (char& c : message)
        c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return message + " at character " + std::to_string(where.offset + 1);
}

} // namespace pt
