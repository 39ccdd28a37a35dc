#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pt {

/// Why a regular expression will not compile in ICU (the engine of Writer's Find & Replace and of its
/// search API), or nullopt when it compiles. Writer itself answers a bad expression with no hits at all.
std::optional<std::string> regexError(std::string_view pattern);

} // namespace pt
