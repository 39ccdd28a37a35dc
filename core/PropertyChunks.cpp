#include "core/PropertyChunks.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace pt {

namespace {

/// Splits "<key>.<n>" into key and n; false when the name has no numeric suffix.
bool splitChunkName(std::string_view property, std::string_view& key, std::size_t& index)
{
    const auto dot = property.rfind('.');
    if (dot == std::string_view::npos || dot + 1 == property.size() || property.size() - dot > 7)
        return false;
    index = 0;
    for (char c : property.substr(dot + 1)) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    key = property.substr(0, dot);
    return true;
}

} // namespace

PropertyMap chunkRecord(const std::string& key, std::string_view text)
{
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) > 0x7f; }))
        throw std::invalid_argument("chunkRecord: record " + key + " is not ASCII");
    PropertyMap chunks;
    std::size_t start = 0, index = 0;
    while (start < text.size()) {
        std::size_t end = std::min(start + kMaxPropertyValueLength, text.size());
        // Move the cut back so that neither side of it is a space.
        while (end < text.size() && end > start + 1 && (text[end - 1] == ' ' || text[end] == ' '))
            --end;
        if (end == start + 1 && end < text.size()) {
            // A run of spaces longer than a chunk: in our compact JSON records spaces occur only inside
            // strings, where the escape \u0020 means the same.
            std::string escaped;
            for (char c : text)
                escaped += c == ' ' ? std::string("\\u0020") : std::string(1, c);
            return chunkRecord(key, escaped);
        }
        chunks.emplace(key + "." + std::to_string(index++), std::string(text.substr(start, end - start)));
        start = end;
    }
    return chunks;
}

bool isChunkOf(std::string_view property, std::string_view key)
{
    std::string_view chunkKey;
    std::size_t index = 0;
    return splitChunkName(property, chunkKey, index) && chunkKey == key;
}

std::map<std::string, std::string> joinRecords(const PropertyMap& properties, std::string_view keyPrefix,
                                               Problems& problems)
{
    std::map<std::string, std::map<std::size_t, const std::string*>> chunksByKey;
    for (const auto& [name, value] : properties) {
        std::string_view key;
        std::size_t index = 0;
        if (name.compare(0, keyPrefix.size(), keyPrefix) != 0 || !splitChunkName(name, key, index))
            continue;
        chunksByKey[std::string(key)][index] = &value;
    }
    std::map<std::string, std::string> records;
    for (const auto& [key, chunks] : chunksByKey) {
        std::string text;
        std::size_t expected = 0;
        for (const auto& [index, value] : chunks) {
            if (index != expected)
                break;
            text += *value;
            ++expected;
        }
        if (expected != chunks.size()) {
            problems.push_back({"document property " + key + "." + std::to_string(expected),
                                "missing: the record " + key + " is incomplete"});
            continue;
        }
        records.emplace(key, std::move(text));
    }
    return records;
}

} // namespace pt
