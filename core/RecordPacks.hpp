#pragma once

#include "core/Payload.hpp"
#include "core/Problem.hpp"
#include "core/PropertyChunks.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pt {

/// Coding records are stored in packs (payload version 2), not one by one.
///
/// Why: a document property holds at most 255 characters (Word's limit), so 5,000 codings written one by
/// one became some 8,000 properties, and LibreOffice reads a document's properties in time that grows with
/// their square: opening such a document took five seconds, with or without the extension. Each pack holds
/// the codings whose id hashes to it, compressed: the same codings take some 1,300 properties and a coding
/// still rewrites only its own pack. The header, codebook and settings stay records of their own, readable.
constexpr std::size_t kPackCount = 64;
constexpr char kPackKeyPrefix[] = "PowerTriangle.pack.";

/// The pack a record is kept in (PowerTriangle.pack.<n>), or nullopt for records kept on their own.
std::optional<std::string> packKeyOf(const std::string& recordKey);

/// A pack's stored text: its records as a JSON object, compressed with zlib, in base64 (ASCII, no spaces).
std::string encodePack(const Records& records);

/// The records of the pack `key`. Throws InvalidInput for text that is not a pack or that would unpack to
/// more than kMaxPackBytes; a record that does not belong in the pack is left out and reported in `problems`.
Records decodePack(std::string_view stored, const std::string& key, Problems& problems);
constexpr std::size_t kMaxPackBytes = 64u << 20;

/// Records as stored (packs, and records on their own, such as those written before packs) to records as
/// readPayload takes them. A record in a pack wins over one of the same key on its own; a pack that cannot
/// be read is reported in `problems`, and the rest is kept.
Records unpackRecords(const Records& stored, Problems& problems);

/// A whole payload as the extension stores it in a document's properties: coding records in their packs,
/// the others on their own, each cut into properties (chunkRecord). For files written without LibreOffice.
PropertyMap storedPayload(const Payload& payload);

} // namespace pt
