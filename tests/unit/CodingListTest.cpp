#include "core/CodingList.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace pt;

TEST(CodingList, ListsCurrentTextAndOrphans)
{
    const Codebook& codebook = defaultCodebook();
    const Code& code = codebook.codes()[8]; // Lack of time
    ASSERT_EQ(code.name, "Lack of time");
    Coding coding{"1b4e28ba-2fa1-11d2-883f-0016d3cca427", code.id, "Anna", "2026-11-23T10:00:00Z", "memo", "old text", "Coach 3", "no time for meetings", "00:12:31"};

    const nlohmann::json list = codingListToJson({codebook, {{coding, std::string("new text")}, {coding, std::nullopt}}, {}});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0]["id"], coding.id);
    EXPECT_EQ(list[0]["codeId"], code.id);
    EXPECT_EQ(list[0]["codeName"], "Lack of time");
    EXPECT_EQ(list[0]["codePath"], "Resources / Lack of access to resources / Lack of time");
    EXPECT_EQ(list[0]["coder"], "Anna");
    EXPECT_EQ(list[0]["speaker"], "Coach 3");
    EXPECT_EQ(list[0]["turnTime"], "00:12:31");
    EXPECT_EQ(list[0]["memo"], "memo");
    EXPECT_EQ(list[0]["condensed"], "no time for meetings");
    EXPECT_EQ(list[0]["text"], "new text");
    EXPECT_EQ(list[0]["codedText"], "old text");
    EXPECT_EQ(list[0]["orphaned"], false);
    EXPECT_EQ(list[1]["text"], "old text");
    EXPECT_EQ(list[1]["orphaned"], true);
}

TEST(CodingList, UnknownCodeHasAnEmptyName)
{
    Coding coding{"1b4e28ba-2fa1-11d2-883f-0016d3cca427", "00000000-0000-4000-8000-000000000000", "", "", "", "t", "", "", ""};
    const nlohmann::json list = codingListToJson({defaultCodebook(), {{coding, std::string("t")}}, {}});
    EXPECT_EQ(list[0]["codeName"], "");
}

TEST(Coding, ACondensationIsKeptWhenThereIsOneAndALongOneRefused)
{
    Coding coding{"1b4e28ba-2fa1-11d2-883f-0016d3cca427", "00000000-0000-4000-8000-000000000000", "", "", "", "t", "", "", ""};
    EXPECT_FALSE(codingToJson(coding).contains("condensed")) << "nothing added to a coding without one";
    coding.condensed = "Kort 😀";
    Problems problems;
    EXPECT_EQ(codingFromJson(codingToJson(coding), "c", problems).condensed, "Kort 😀");
    EXPECT_TRUE(problems.empty());
    EXPECT_NO_THROW(checkCondensation(std::string(kLongestCondensation - 1, 'x') + "😀"));
    try {
        checkCondensation(std::string(100000, 'x'));
        ADD_FAILURE() << "a condensation of 100,000 characters was accepted";
    } catch (const Refusal& refusal) {
        EXPECT_NE(std::string(refusal.what()).find("this one has 100000"), std::string::npos) << refusal.what();
    }
}

TEST(Coding, TheTurnsTimeIsKeptWhenThereIsOneAndAWrongOneReported)
{
    Coding coding{"1b4e28ba-2fa1-11d2-883f-0016d3cca427", "00000000-0000-4000-8000-000000000000", "", "", "", "t", "S", "", ""};
    EXPECT_FALSE(codingToJson(coding).contains("turnTime")) << "nothing added to a coding without one";
    coding.turnTime = "01:02:03";
    Problems problems;
    EXPECT_EQ(codingFromJson(codingToJson(coding), "c", problems).turnTime, "01:02:03");
    EXPECT_TRUE(problems.empty());
    nlohmann::json wrong = codingToJson(coding);
    wrong["turnTime"] = "noon";
    codingFromJson(wrong, "c", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].describe(), "c.turnTime: \"noon\" is not a time in a recording (\"00:12:31\")");
}
