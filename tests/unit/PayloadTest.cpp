#include "core/Guid.hpp"
#include "core/Json.hpp"
#include "core/Payload.hpp"
#include "core/PropertyChunks.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace pt;

namespace {

Coding sampleCoding(const std::string& codeName)
{
    Coding coding;
    coding.id = newGuid();
    for (const Code& code : defaultCodebook().codes())
        if (code.name == codeName)
            coding.codeId = code.id;
    coding.coder = "Anna Åberg";
    coding.time = "2026-11-23T10:00:00Z";
    coding.memo = "Self-subordination, see turn 12 \xf0\x9f\x98\x80";
    coding.text = "I'm only a relative,\nthey are the ones who know.";
    return coding;
}

/// Through the document: records → properties (cut in chunks) → records.
Records throughProperties(const Records& records)
{
    PropertyMap properties;
    for (const auto& [key, text] : records)
        for (auto& chunk : chunkRecord(key, text))
            properties.insert(chunk);
    Problems problems;
    Records back = joinRecords(properties, kRecordKeyPrefix, problems);
    EXPECT_TRUE(problems.empty()) << describe(problems);
    return back;
}

bool sameCoding(const Coding& a, const Coding& b)
{
    return a.id == b.id && a.codeId == b.codeId && a.coder == b.coder && a.time == b.time && a.memo == b.memo
           && a.text == b.text && a.speaker == b.speaker;
}

} // namespace

TEST(Payload, EmptyDocumentGetsTheDefaultCodebook)
{
    const PayloadReadResult result = readPayload({});
    EXPECT_FALSE(result.present);
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(result.payload.codebook.codes().size(), defaultCodebook().codes().size());
    EXPECT_TRUE(result.payload.codings.empty());
}

TEST(Payload, RoundTripThroughDocumentProperties)
{
    Payload payload;
    payload.codebook = defaultCodebook();
    payload.codings = {sampleCoding("Among users"), sampleCoding("Lack of time")};
    payload.codings[1].memo = std::string(1000, 'm') + "  two spaces  ";
    payload.codings[1].speaker = "Coach 3";
    payload.settings.speakerPatterns = {R"(^(\w+)>)"};

    const PayloadReadResult result = readPayload(throughProperties(payloadRecords(payload)));
    EXPECT_TRUE(result.present);
    EXPECT_FALSE(result.newerVersion);
    EXPECT_EQ(describe(result.problems), "");
    ASSERT_EQ(result.payload.codings.size(), 2u);
    for (const Coding& expected : payload.codings) {
        bool found = false;
        for (const Coding& read : result.payload.codings)
            found = found || sameCoding(read, expected);
        EXPECT_TRUE(found) << expected.id;
    }
    EXPECT_EQ(codebookToJson(result.payload.codebook), codebookToJson(payload.codebook));
    EXPECT_EQ(result.payload.settings.speakerPatterns, payload.settings.speakerPatterns);
}

TEST(Payload, RecordsAreAsciiAndVersioned)
{
    Payload payload{defaultCodebook(), {sampleCoding("Among users")}, {}, {}, {}};
    for (const auto& [key, text] : payloadRecords(payload))
        for (char c : text)
            ASSERT_LT(static_cast<unsigned char>(c), 0x80) << key;
    const auto header = nlohmann::json::parse(headerRecord());
    EXPECT_EQ(header["format"], "power-triangle");
    EXPECT_EQ(header["version"], kPayloadVersion);
}

TEST(Payload, BrokenCodingRecordIsReportedAndTheRestKept)
{
    const Coding good = sampleCoding("Lack of time");
    const Coding broken = sampleCoding("Among users");
    Records records = payloadRecords({defaultCodebook(), {good}, {}, {}, {}});
    records[codingRecordKey(broken.id)] = R"({"id":")" + broken.id + R"(","codeId":)";

    const PayloadReadResult result = readPayload(records);
    ASSERT_EQ(result.payload.codings.size(), 1u);
    EXPECT_EQ(result.payload.codings[0].id, good.id);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].where, codingRecordKey(broken.id));
    EXPECT_NE(result.problems[0].what.find("not valid JSON"), std::string::npos);
}

TEST(Payload, CodingWithUnknownCodeOrBadTimeIsKeptAndReported)
{
    Coding unknown = sampleCoding("Lack of time");
    unknown.codeId = "00000000-0000-4000-8000-000000000000";
    Coding badTime = sampleCoding("Among users");
    badTime.time = "yesterday";
    const PayloadReadResult result = readPayload(payloadRecords({defaultCodebook(), {unknown, badTime}, {}, {}, {}}));
    EXPECT_EQ(result.payload.codings.size(), 2u);
    ASSERT_EQ(result.problems.size(), 2u) << describe(result.problems);
    const std::string all = describe(result.problems);
    EXPECT_NE(all.find(codingRecordKey(unknown.id) + ".codeId: \"00000000-0000-4000-8000-000000000000\" is not a code of the codebook; the coding is kept"),
              std::string::npos) << all;
    EXPECT_NE(all.find(codingRecordKey(badTime.id) + ".time: \"yesterday\" is not an ISO 8601 date and time"), std::string::npos) << all;
}

TEST(Payload, CodingWhoseIdDiffersFromItsRecordIsNotTrusted)
{
    const Coding coding = sampleCoding("Lack of time");
    Records records = payloadRecords({defaultCodebook(), {}, {}, {}, {}});
    const std::string otherId = newGuid();
    records[codingRecordKey(otherId)] = codingRecord(coding);
    const PayloadReadResult result = readPayload(records);
    EXPECT_TRUE(result.payload.codings.empty());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].where, codingRecordKey(otherId) + ".id");
}

TEST(Payload, MissingOrBrokenCodebookFallsBackToTheDefault)
{
    const Coding coding = sampleCoding("Lack of time");
    Records records = payloadRecords({defaultCodebook(), {coding}, {}, {}, {}});
    records[kCodebookRecordKey] = "{]";
    PayloadReadResult result = readPayload(records);
    EXPECT_EQ(result.payload.codebook.codes().size(), defaultCodebook().codes().size());
    EXPECT_EQ(result.payload.codings.size(), 1u);
    EXPECT_EQ(result.problems.size(), 2u) << describe(result.problems);
    EXPECT_EQ(result.problems.back().describe(), "PowerTriangle.codebook: unreadable; the default codebook is used");

    records.erase(kCodebookRecordKey);
    result = readPayload(records);
    EXPECT_EQ(describe(result.problems), "PowerTriangle.codebook: missing; the default codebook is used");
}

TEST(Payload, NewerVersionIsReadButFlagged)
{
    Records records = payloadRecords({defaultCodebook(), {sampleCoding("Lack of time")}, {}, {}, {}});
    records[kHeaderRecordKey] = R"({"format":"power-triangle","version":7})";
    const PayloadReadResult result = readPayload(records);
    EXPECT_TRUE(result.newerVersion);
    EXPECT_EQ(result.payload.codings.size(), 1u);
    EXPECT_EQ(describe(result.problems),
              "PowerTriangle.header.version: is 7: written by a newer Power Triangle (this release reads up to 2)");
}

TEST(Payload, Version1WithCodingRecordsOnTheirOwnIsReadWithoutProblems)
{
    Records records = payloadRecords({defaultCodebook(), {sampleCoding("Lack of time")}, {}, {}, {}});
    records[kHeaderRecordKey] = R"({"format":"power-triangle","version":1})";
    const PayloadReadResult result = readPayload(records);
    EXPECT_FALSE(result.newerVersion);
    EXPECT_EQ(result.payload.codings.size(), 1u);
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
}

TEST(Payload, HeaderFaultsAreNamed)
{
    Records records = payloadRecords({defaultCodebook(), {}, {}, {}, {}});
    records[kHeaderRecordKey] = R"({"format":"other","version":"1"})";
    EXPECT_EQ(describe(readPayload(records).problems),
              "PowerTriangle.header.format: is not \"power-triangle\"\n"
              "PowerTriangle.header.version: missing or not a positive whole number");
    records.erase(kHeaderRecordKey);
    EXPECT_EQ(describe(readPayload(records).problems), "PowerTriangle.header: missing; the rest is read as version 2");
}
