#pragma once

#include <string>
#include <string_view>

namespace pt {

/// The current time as ISO 8601 in UTC to the second ("2026-11-23T14:05:09Z").
std::string utcTimestamp();

/// Today's date where the user is, as ISO 8601 ("2026-11-23"): what a coach writes on session notes.
std::string localDate();

/// True for the form utcTimestamp() writes, and for the xsd:dateTime forms other tools write.
bool isTimestamp(std::string_view text);

} // namespace pt
