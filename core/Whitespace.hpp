#pragma once

#include <string>
#include <string_view>

namespace pt {

/// The text without the ASCII white space (space, tab, line ends) it starts and ends with.
std::string trimmed(std::string_view text);
/// The same, as a view into `text`.
std::string_view trimmedView(std::string_view text);

} // namespace pt
