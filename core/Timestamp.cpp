#include "core/Timestamp.hpp"

#include <chrono>
#include <ctime>
#include <regex>

namespace pt {

std::string utcTimestamp()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

bool isTimestamp(std::string_view text)
{
    // std::regex recurses per character: a long string from outside must not reach it.
    if (text.size() > 40)
        return false;
    static const std::regex dateTime(
        R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)");
    return std::regex_match(text.begin(), text.end(), dateTime);
}

std::string localDate()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &local);
    return date;
}

} // namespace pt
