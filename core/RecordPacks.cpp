#include "core/RecordPacks.hpp"

#include "core/Fingerprint.hpp"
#include "core/Json.hpp"

#include <boost/archive/iterators/base64_from_binary.hpp>
#include <boost/archive/iterators/binary_from_base64.hpp>
#include <boost/archive/iterators/transform_width.hpp>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include <cstdint>

namespace pt {

namespace {

using namespace boost::archive::iterators;
using ToBase64 = base64_from_binary<transform_width<std::string::const_iterator, 6, 8>>;
using FromBase64 = transform_width<binary_from_base64<std::string::const_iterator>, 8, 6>;

std::string toBase64(const std::string& bytes)
{
    std::string text(ToBase64(bytes.begin()), ToBase64(bytes.end()));
    text.append((3 - bytes.size() % 3) % 3, '=');
    return text;
}

std::string fromBase64(std::string text)
{
    const std::size_t padding = text.size() - std::min(text.size(), text.find_last_not_of('=') + 1);
    if (text.size() % 4 != 0 || padding > 2)
        throw std::invalid_argument("not base64");
    std::replace(text.end() - static_cast<std::ptrdiff_t>(padding), text.end(), '=', 'A');
    std::string bytes(FromBase64(text.cbegin()), FromBase64(text.cend())); // throws for other characters
    bytes.resize(bytes.size() - padding);
    return bytes;
}

std::string deflate(const std::string& bytes)
{
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
                  static_cast<uLong>(bytes.size()), Z_BEST_COMPRESSION) != Z_OK)
        throw std::runtime_error("zlib could not compress a pack");
    out.resize(size);
    return out;
}

/// Inflates up to `limit` bytes: a pack is never trusted to say how large it is.
std::string inflate(const std::string& bytes, std::size_t limit)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        throw std::runtime_error("zlib could not start");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    std::string out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > limit)
            status = Z_MEM_ERROR;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw std::invalid_argument(out.size() > limit ? "unpacks to more than the limit" : "not zlib data, or cut short");
    return out;
}

} // namespace

std::optional<std::string> packKeyOf(const std::string& recordKey)
{
    const std::string codingPrefix = codingRecordKey("");
    if (recordKey.compare(0, codingPrefix.size(), codingPrefix) != 0)
        return std::nullopt;
    return kPackKeyPrefix + std::to_string(fnv1a32(recordKey) % kPackCount);
}

std::string encodePack(const Records& records)
{
    return toBase64(deflate(dumpJson(nlohmann::json(records), true)));
}

Records decodePack(std::string_view stored, const std::string& key, Problems& problems)
{
    std::string text;
    try {
        text = inflate(fromBase64(std::string(stored)), kMaxPackBytes);
    } catch (const std::exception& error) {
        throw InvalidInput(Problem{key, std::string("is not a readable pack: ") + error.what()});
    }
    const nlohmann::json json = parseJson(text, key);
    if (!json.is_object())
        throw InvalidInput(Problem{key, "is not a pack of records"});
    Records records;
    for (const auto& [recordKey, value] : json.items()) {
        // Writing a record replaces it in its own pack only: one found elsewhere would come back after removal.
        if (!value.is_string() || packKeyOf(recordKey) != key)
            problems.push_back({key + "." + recordKey, "is not a record of this pack; it is ignored"});
        else
            records.emplace(recordKey, value.get<std::string>());
    }
    return records;
}

Records unpackRecords(const Records& stored, Problems& problems)
{
    Records records;
    for (const auto& [key, text] : stored) {
        if (key.compare(0, sizeof kPackKeyPrefix - 1, kPackKeyPrefix) != 0)
            continue;
        try {
            for (auto& [recordKey, recordText] : decodePack(text, key, problems))
                records.insert_or_assign(recordKey, std::move(recordText));
        } catch (const InvalidInput& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }
    for (const auto& [key, text] : stored)
        if (key.compare(0, sizeof kPackKeyPrefix - 1, kPackKeyPrefix) != 0)
            records.emplace(key, text); // kept only where no pack had the key
    return records;
}

PropertyMap storedPayload(const Payload& payload)
{
    Records stored;
    std::map<std::string, Records> packs;
    for (const auto& [key, text] : payloadRecords(payload)) {
        if (const auto pack = packKeyOf(key))
            packs[*pack][key] = text;
        else
            stored[key] = text;
    }
    for (const auto& [key, records] : packs)
        stored[key] = encodePack(records);
    PropertyMap properties;
    for (const auto& [key, text] : stored)
        properties.merge(chunkRecord(key, text));
    return properties;
}

} // namespace pt
