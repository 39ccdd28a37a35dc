#pragma once

#include <string>
#include <string_view>

namespace pt {

/// A new random GUID, lower case with dashes ("1b4e28ba-2fa1-11d2-883f-0016d3cca427").
std::string newGuid();

/// A GUID derived from `name` (RFC 4122 version 5 in the Power Triangle namespace): the same on every machine.
std::string nameBasedGuid(std::string_view name);

/// True for the 8-4-4-4-12 hexadecimal form REFI-QDA requires, in either case.
bool isGuid(std::string_view text);

/// Lower-case form of a GUID, so that ids from other tools compare equal to ours.
std::string normalizedGuid(std::string_view guid);

} // namespace pt
