#include "document/PayloadRecords.hxx"

#include "core/RecordPacks.hpp"

namespace pt::extension {

PayloadRecords::PayloadRecords(const css::uno::Reference<css::frame::XModel>& document)
    : maProperties(document)
{
}

Records PayloadRecords::readAll(Problems& problems) const
{
    return unpackRecords(maProperties.readRecords(kRecordKeyPrefix, problems), problems);
}

Records PayloadRecords::readPack(const std::string& packKey) const
{
    const std::optional<std::string> stored = maProperties.readRecord(packKey);
    if (!stored)
        return {};
    Problems ignored; // records that do not belong in the pack: readAll reports them
    return decodePack(*stored, packKey, ignored);
}

RecordStates PayloadRecords::read(const std::vector<std::string>& keys) const
{
    RecordStates found;
    std::map<std::string, Records> packs;
    for (const std::string& key : keys) {
        const std::optional<std::string> packKey = packKeyOf(key);
        std::optional<std::string> text;
        if (packKey) {
            auto pack = packs.find(*packKey);
            if (pack == packs.end())
                pack = packs.emplace(*packKey, readPack(*packKey)).first;
            if (const auto record = pack->second.find(key); record != pack->second.end())
                text = record->second;
        }
        found[key] = text ? text : maProperties.readRecord(key); // records from before packs are on their own
    }
    return found;
}

std::optional<std::string> PayloadRecords::read(const std::string& key) const
{
    return read(std::vector<std::string>{key}).at(key);
}

void PayloadRecords::write(const RecordStates& records)
{
    std::map<std::string, RecordStates> byPack;
    for (const auto& [key, text] : records) {
        if (const std::optional<std::string> packKey = packKeyOf(key))
            byPack[*packKey].emplace(key, text);
        else
            maProperties.writeRecord(key, text);
    }
    for (const auto& [packKey, changes] : byPack) {
        Records pack = readPack(packKey);
        for (const auto& [key, text] : changes) {
            if (text)
                pack.insert_or_assign(key, *text);
            else
                pack.erase(key);
        }
        maProperties.writeRecord(packKey, pack.empty() ? std::nullopt : std::optional<std::string>(encodePack(pack)));
        for (const auto& [key, text] : changes)
            maProperties.writeRecord(key, std::nullopt); // the record as written before packs, if there was one
    }
    // Readers of version 1 would not see the codings in packs: they must take the document as newer.
    if (!byPack.empty() && maProperties.readRecord(kHeaderRecordKey) != headerRecord())
        maProperties.writeRecord(kHeaderRecordKey, headerRecord());
}

} // namespace pt::extension
