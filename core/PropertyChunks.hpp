#pragma once

#include "core/Problem.hpp"

#include <map>
#include <string>
#include <string_view>

namespace pt {

/// Word keeps at most 255 characters of a custom document property value.
constexpr std::size_t kMaxPropertyValueLength = 255;

/// A document's user-defined properties (name to string value) or a subset of them.
using PropertyMap = std::map<std::string, std::string>;

/// Cuts a record (ASCII text) into properties "<key>.0", "<key>.1", … of at most kMaxPropertyValueLength
/// characters. No value starts or ends with a space, since some readers trim them.
PropertyMap chunkRecord(const std::string& key, std::string_view text);

/// True when `property` is one of the chunks chunkRecord makes for `key`.
bool isChunkOf(std::string_view property, std::string_view key);

/// Joins chunks back into records (key to text) for every key starting with `keyPrefix`; other properties
/// are ignored. A record with a missing chunk is left out and reported.
std::map<std::string, std::string> joinRecords(const PropertyMap& properties, std::string_view keyPrefix,
                                               Problems& problems);

} // namespace pt
