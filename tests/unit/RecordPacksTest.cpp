#include "core/PropertyChunks.hpp"
#include "core/RecordPacks.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <random>

using namespace pt;

namespace {

// A pack's text made by hand, to feed decodePack what encodePack never writes.
std::string packOfJson(const std::string& json, int level = Z_DEFAULT_COMPRESSION)
{
    uLongf size = compressBound(static_cast<uLong>(json.size()));
    std::string zipped(size, '\0');
    compress2(reinterpret_cast<Bytef*>(zipped.data()), &size, reinterpret_cast<const Bytef*>(json.data()),
              static_cast<uLong>(json.size()), level);
    zipped.resize(size);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string text;
    for (std::size_t i = 0; i < zipped.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, zipped.size() - i);
        std::uint32_t bits = 0;
        for (std::size_t j = 0; j < 3; ++j)
            bits = bits << 8 | (j < n ? static_cast<unsigned char>(zipped[i + j]) : 0u);
        for (std::size_t j = 0; j < 4; ++j)
            text += j <= n ? alphabet[bits >> (18 - 6 * j) & 63] : '=';
    }
    return text;
}

std::string problemsOf(const std::string& stored, const std::string& key)
{
    try {
        Problems problems;
        decodePack(stored, key, problems);
        return describe(problems);
    } catch (const InvalidInput& error) {
        return describe(error.problems());
    }
}

std::string codingKeyInPack(const std::string& packKey, int from = 0)
{
    for (int i = from;; ++i)
        if (const std::string key = codingRecordKey("c" + std::to_string(i)); packKeyOf(key) == packKey)
            return key;
}

} // namespace

TEST(RecordPacks, CodingRecordsGoToOneOf64PacksByTheirKeyOthersStayOnTheirOwn)
{
    // FNV-1a of the key, modulo 64: fixed by the format, so that every release finds a coding's pack.
    EXPECT_EQ(packKeyOf("PowerTriangle.coding.00046ba1-0089-4062-94d7-10fcc993e872"), "PowerTriangle.pack.9");
    EXPECT_EQ(packKeyOf("PowerTriangle.coding.a"), "PowerTriangle.pack.27");
    EXPECT_EQ(packKeyOf(kHeaderRecordKey), std::nullopt);
    EXPECT_EQ(packKeyOf(kCodebookRecordKey), std::nullopt);
    EXPECT_EQ(packKeyOf(kSettingsRecordKey), std::nullopt);
}

TEST(RecordPacks, APackIsBase64TextThatGivesBackItsRecords)
{
    const std::string packKey = *packKeyOf(codingRecordKey("c0"));
    Records records;
    records[codingKeyInPack(packKey)] = R"({"memo":"quotes \" and backslashes \\ and \u00e5","id":"x"})";
    records[codingKeyInPack(packKey, 1000)] = R"({"id":"y"})";
    const std::string stored = encodePack(records);
    EXPECT_EQ(stored.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
              std::string::npos);
    Problems problems;
    EXPECT_EQ(decodePack(stored, packKey, problems), records);
    EXPECT_TRUE(problems.empty()) << describe(problems);
}

TEST(RecordPacks, FiveThousandCodingsTakeFarFewerPropertiesThanOneByOne)
{
    // The reason for packs: LibreOffice opens a document in time that grows with the square of its properties.
    std::mt19937 random(7);
    const auto hex = [&](int n) {
        std::string text;
        for (int i = 0; i < n; ++i)
            text += "0123456789abcdef"[random() % 16];
        return text;
    };
    std::vector<std::string> codes;
    for (int i = 0; i < 30; ++i)
        codes.push_back(hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12));
    const char* words[] = {"the", "team", "time", "family", "meeting", "nurses", "visits", "power", "voice", "decision"};
    std::map<std::string, Records> packs;
    std::size_t oneByOne = 0;
    for (int i = 0; i < 5000; ++i) {
        Coding coding;
        coding.id = hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
        coding.codeId = codes[random() % codes.size()];
        coding.coder = "Anna \xc3\x85" "berg";
        coding.time = "2026-11-23T19:52:11Z";
        coding.speaker = "Participant " + std::to_string(random() % 7);
        for (int w = 0; w < 12; ++w)
            coding.text += std::string(words[random() % 10]) + " ";
        const std::string key = codingRecordKey(coding.id);
        const std::string record = codingRecord(coding);
        oneByOne += chunkRecord(key, record).size();
        packs[*packKeyOf(key)][key] = record;
    }
    std::size_t packed = 0;
    for (const auto& [packKey, records] : packs)
        packed += chunkRecord(packKey, encodePack(records)).size();
    EXPECT_EQ(packs.size(), kPackCount);
    EXPECT_GT(oneByOne, 5000u);
    EXPECT_LT(packed * 4, oneByOne) << packed << " properties in packs, " << oneByOne << " one by one";
}

TEST(RecordPacks, TextThatIsNoPackIsRefusedNamingThePack)
{
    const std::string packKey = "PowerTriangle.pack.3";
    EXPECT_EQ(problemsOf("not base64!", packKey), "PowerTriangle.pack.3: is not a readable pack: not base64");
    EXPECT_EQ(problemsOf("QUJDRA==", packKey), // "ABCD"
              "PowerTriangle.pack.3: is not a readable pack: not zlib data, or cut short");
    const std::string whole = packOfJson("{}");
    EXPECT_EQ(problemsOf(whole.substr(0, whole.size() - 4), packKey),
              "PowerTriangle.pack.3: is not a readable pack: not zlib data, or cut short");
    EXPECT_NE(problemsOf(packOfJson("{\"a\":"), packKey).find("PowerTriangle.pack.3"), std::string::npos);
    EXPECT_EQ(problemsOf(packOfJson("[1,2]"), packKey), "PowerTriangle.pack.3: is not a pack of records");
}

TEST(RecordPacks, APackThatWouldUnpackBeyondTheLimitIsRefused)
{
    const std::string bomb = packOfJson("{\"x\":\"" + std::string(kMaxPackBytes, 'a') + "\"}", Z_BEST_SPEED);
    EXPECT_LT(bomb.size(), kMaxPackBytes / 100); // zlib packs up to about 1,000 to 1
    EXPECT_EQ(problemsOf(bomb, "PowerTriangle.pack.0"),
              "PowerTriangle.pack.0: is not a readable pack: unpacks to more than the limit");
}

TEST(RecordPacks, RecordsThatDoNotBelongInThePackAreLeftOutAndReported)
{
    const std::string packKey = *packKeyOf(codingRecordKey("c0"));
    const std::string elsewhere = codingKeyInPack(*packKeyOf(codingRecordKey("c0")) == "PowerTriangle.pack.0"
                                                      ? "PowerTriangle.pack.1" : "PowerTriangle.pack.0");
    const std::string json = "{\"" + codingRecordKey("c0") + "\":\"{}\",\"" + elsewhere + "\":\"{}\",\""
                             + kCodebookRecordKey + "\":\"{}\",\"" + codingKeyInPack(packKey, 1000) + "\":7}";
    Problems problems;
    const Records records = decodePack(packOfJson(json), packKey, problems);
    EXPECT_EQ(records, (Records{{codingRecordKey("c0"), "{}"}}));
    EXPECT_EQ(problems.size(), 3u) << describe(problems);
}

TEST(RecordPacks, UnpackingPrefersPacksKeepsRecordsFromBeforeAndReportsUnreadablePacks)
{
    const std::string inPack = codingRecordKey("c0");
    const std::string packKey = *packKeyOf(inPack);
    const std::string unreadablePack = packKey == "PowerTriangle.pack.0" ? "PowerTriangle.pack.1" : "PowerTriangle.pack.0";
    const Records stored{{kHeaderRecordKey, "{\"version\":2}"},
                         {inPack, "{\"old\":true}"},
                         {codingRecordKey("legacy"), "{\"legacy\":true}"},
                         {packKey, encodePack({{inPack, "{\"new\":true}"}})},
                         {unreadablePack, "garbage"}};
    Problems problems;
    const Records records = unpackRecords(stored, problems);
    EXPECT_EQ(records, (Records{{kHeaderRecordKey, "{\"version\":2}"},
                                {inPack, "{\"new\":true}"},
                                {codingRecordKey("legacy"), "{\"legacy\":true}"}}));
    EXPECT_EQ(describe(problems), unreadablePack + ": is not a readable pack: not base64");
}
