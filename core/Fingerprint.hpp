#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pt {

/// FNV-1a: a hash that is the same on every machine and in every release (std::hash promises neither), for
/// keys and fingerprints written to files.
std::uint32_t fnv1a32(std::string_view text);

/// The text's 64-bit FNV-1a as 16 hex digits.
std::string fingerprintOf(std::string_view text);

} // namespace pt
