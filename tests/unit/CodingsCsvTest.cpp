#include "core/CodingsCsv.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>

using namespace pt;
using pt::test::codeNamed;

TEST(CodingsCsv, OneRowPerCodingQuotedAsRfc4180)
{
    const Codebook& codebook = defaultCodebook();
    Coding plain;
    plain.codeId = codeNamed(codebook, "Lack of time").id;
    plain.coder = "Anna \xc3\x85" "berg";
    plain.speaker = "Coach 3";
    plain.text = "Time, above all.";
    plain.time = "2026-11-23T10:00:00Z";
    Coding awkward = plain;
    awkward.codeId = codeNamed(codebook, "The user's resources").id;
    awkward.memo = "She said \"only a relative\"\nsecond line";
    awkward.speaker = "";
    awkward.condensed = "Relatives doubt their knowledge, 😀";
    Coding unknown = plain;
    unknown.codeId = "no-such-code";
    unknown.text = "plain";
    const std::string csv = codingsCsv("interview, 1.odt", {&plain, &awkward, &unknown}, codebook);
    EXPECT_EQ(csv,
              "document,code,dimension,polarity,coder,speaker,turn time,text,condensed,memo,time\r\n"
              "\"interview, 1.odt\",Resources / Lack of access to resources / Lack of time,resources,barrier,"
              "Anna \xc3\x85" "berg,Coach 3,,\"Time, above all.\",,,2026-11-23T10:00:00Z\r\n"
              "\"interview, 1.odt\",Resources / Access to resources / The user's resources,resources,enabler,"
              "Anna \xc3\x85" "berg,,,\"Time, above all.\",\"Relatives doubt their knowledge, 😀\","
              "\"She said \"\"only a relative\"\"\nsecond line\",2026-11-23T10:00:00Z\r\n"
              "\"interview, 1.odt\",no-such-code,,,Anna \xc3\x85" "berg,Coach 3,,plain,,,2026-11-23T10:00:00Z\r\n");
}
