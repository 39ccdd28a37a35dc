#include "core/PropertyChunks.hpp"

#include <gtest/gtest.h>

using namespace pt;

namespace {

std::string joined(const PropertyMap& chunks, const std::string& key)
{
    Problems problems;
    const auto records = joinRecords(chunks, key, problems);
    EXPECT_TRUE(problems.empty()) << describe(problems);
    const auto found = records.find(key);
    return found == records.end() ? std::string("(missing)") : found->second;
}

void expectWellFormed(const PropertyMap& chunks)
{
    for (const auto& [name, value] : chunks) {
        EXPECT_LE(value.size(), kMaxPropertyValueLength) << name;
        EXPECT_FALSE(value.empty()) << name;
        EXPECT_NE(value.front(), ' ') << name;
        EXPECT_NE(value.back(), ' ') << name;
    }
}

} // namespace

TEST(PropertyChunks, ShortRecordIsOneProperty)
{
    const PropertyMap chunks = chunkRecord("PowerTriangle.header", R"({"version":1})");
    ASSERT_EQ(chunks.size(), 1u);
    EXPECT_EQ(chunks.begin()->first, "PowerTriangle.header.0");
    EXPECT_EQ(joined(chunks, "PowerTriangle.header"), R"({"version":1})");
}

TEST(PropertyChunks, LongRecordIsCutAtMost255CharactersAndJoinsBack)
{
    std::string text = "{\"memo\":\"";
    for (int i = 0; i < 400; ++i)
        text += "word" + std::to_string(i) + " ";
    text += "end\"}";
    const PropertyMap chunks = chunkRecord("PowerTriangle.coding.x", text);
    EXPECT_GT(chunks.size(), 10u);
    expectWellFormed(chunks);
    EXPECT_EQ(joined(chunks, "PowerTriangle.coding.x"), text);
}

TEST(PropertyChunks, ChunksAreOrderedByNumberNotByName)
{
    const std::string text(255 * 11 + 3, 'a'); // 12 chunks: ".10" sorts before ".2" as text
    const PropertyMap chunks = chunkRecord("K", text);
    EXPECT_EQ(chunks.size(), 12u);
    EXPECT_EQ(joined(chunks, "K"), text);
}

TEST(PropertyChunks, LongRunsOfSpacesAreEscaped)
{
    const std::string text = "{\"memo\":\"" + std::string(600, ' ') + "\"}";
    const PropertyMap chunks = chunkRecord("K", text);
    expectWellFormed(chunks);
    const std::string back = joined(chunks, "K");
    EXPECT_EQ(back, "{\"memo\":\"" + [] {
        std::string escaped;
        for (int i = 0; i < 600; ++i)
            escaped += "\\u0020";
        return escaped;
    }() + "\"}");
}

TEST(PropertyChunks, RefusesNonAscii)
{
    EXPECT_THROW(chunkRecord("K", "\xc3\xa5"), std::invalid_argument);
}

TEST(PropertyChunks, JoinIgnoresOtherPropertiesAndReportsGaps)
{
    PropertyMap properties = chunkRecord("PowerTriangle.a", std::string(600, 'x'));
    properties.emplace("Author", "someone");
    properties.emplace("PowerTriangleNotes", "unrelated");
    properties.emplace("PowerTriangle.b.0", "first");
    properties.emplace("PowerTriangle.b.2", "third");
    Problems problems;
    const auto records = joinRecords(properties, "PowerTriangle.", problems);
    EXPECT_EQ(records.size(), 1u);
    EXPECT_EQ(records.at("PowerTriangle.a"), std::string(600, 'x'));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].describe(), "document property PowerTriangle.b.1: missing: the record PowerTriangle.b is incomplete");
    EXPECT_TRUE(isChunkOf("PowerTriangle.b.12", "PowerTriangle.b"));
    EXPECT_FALSE(isChunkOf("PowerTriangle.bc.1", "PowerTriangle.b"));
    EXPECT_FALSE(isChunkOf("PowerTriangle.b.x", "PowerTriangle.b"));
}
