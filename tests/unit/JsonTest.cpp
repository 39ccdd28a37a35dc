#include "core/Json.hpp"

#include <gtest/gtest.h>

using namespace pt;

namespace {
std::string nested(int depth)
{
    return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
}
} // namespace

TEST(Json, ParsesOrdinaryJson)
{
    const auto json = parseJson(R"({"a":[1,2,{"b":"c"}]})", "test");
    EXPECT_EQ(json["a"][2]["b"], "c");
}

TEST(Json, NamesWhereTheSyntaxBreaks)
{
    try {
        parseJson(R"({"a": [1, 2,)", "the payload");
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(error.problems()[0].where, "the payload");
        EXPECT_NE(error.problems()[0].what.find("not valid JSON"), std::string::npos);
        EXPECT_NE(error.problems()[0].what.find("line 1, column"), std::string::npos) << error.what();
    }
}

TEST(Json, RefusesDeepNestingWithoutExhaustingTheStack)
{
    EXPECT_NO_THROW(parseJson(nested(kMaxJsonDepth), "test"));
    EXPECT_THROW(parseJson(nested(kMaxJsonDepth + 1), "test"), InvalidInput);
    try {
        parseJson(nested(100000), "codebook");
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.problems()[0].describe(), "codebook: nested deeper than 64 levels");
    }
}

TEST(Json, DumpReplacesInvalidUtf8)
{
    const nlohmann::json value = std::string("a\xed\xa0\x80z"); // a lone surrogate, as CESU-8
    EXPECT_THROW(value.dump(), nlohmann::json::type_error);
    const std::string dumped = dumpJson(value);
    const auto reparsed = nlohmann::json::parse(dumped).get<std::string>();
    EXPECT_EQ(reparsed.front(), 'a');
    EXPECT_EQ(reparsed.back(), 'z');
    EXPECT_NE(reparsed.find("\xef\xbf\xbd"), std::string::npos) << dumped;
    EXPECT_EQ(dumpJson(nlohmann::json("\xc3\xa5"), true), "\"\\u00e5\"");
}

TEST(Json, FieldsReportEveryFaultWithItsPath)
{
    Problems problems;
    const auto json = nlohmann::json::parse(R"({"name": 3, "flag": "yes"})");
    JsonFields fields(json, "codes[2]", problems);
    EXPECT_EQ(fields.requiredString("id"), "");
    EXPECT_EQ(fields.requiredString("name"), "");
    EXPECT_TRUE(fields.optionalBool("flag", true));
    EXPECT_EQ(fields.optionalString("absent", "x"), "x");
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].describe(), "codes[2].id: missing");
    EXPECT_EQ(problems[1].describe(), "codes[2].name: expected a string, found a number");
    EXPECT_EQ(problems[2].describe(), "codes[2].flag: expected true or false, found a string");

    Problems notAnObject;
    JsonFields wrong(nlohmann::json::array(), "codes[0]", notAnObject);
    EXPECT_FALSE(wrong.isObject());
    ASSERT_EQ(notAnObject.size(), 1u);
    EXPECT_EQ(notAnObject[0].describe(), "codes[0]: expected an object, found an array");
}

TEST(Json, ANumberTooLargeForAnyTypeIsRefusedLikeAnyOtherFault)
{
    // Found by fuzzing: nlohmann throws out_of_range, not parse_error, for it.
    try {
        parseJson("60965517e0965517", "codebook");
        FAIL() << "accepted";
    } catch (const InvalidInput& error) {
        EXPECT_NE(describe(error.problems()).find("codebook: not valid JSON (number overflow"), std::string::npos)
            << describe(error.problems());
    }
}

TEST(Json, OptionsAreAnObjectOrNothing)
{
    EXPECT_EQ(parseOptions("", "options"), nlohmann::json::object());
    EXPECT_EQ(parseOptions(" \n", "options"), nlohmann::json::object());
    EXPECT_EQ(parseOptions(R"({"crlf": true})", "options")["crlf"], true);
    try {
        parseOptions("[1]", "options");
        FAIL() << "an array accepted";
    } catch (const InvalidInput& refused) {
        EXPECT_EQ(refused.problems().front().describe(), "options: must be a JSON object, not an array");
    }
    Problems problems;
    const nlohmann::json options{{"codes", {"a", "b"}}, {"bad", {"a", 1}}};
    JsonFields fields(options, "options", problems);
    EXPECT_EQ(fields.optionalStrings("codes"), (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(fields.optionalStrings("absent").empty());
    EXPECT_TRUE(fields.optionalStrings("bad").empty());
    EXPECT_EQ(describe(problems), "options.bad: expected an array of strings, found a number in it");
    EXPECT_EQ(problemsToJson(problems), nlohmann::json({"options.bad: expected an array of strings, found a number in it"}));
}

TEST(Json, ARefusalNamesThePartOfTheRequestAndSpeaksToTheUser)
{
    const Refusal refusal("code", "\"Resources\" groups other codes.");
    EXPECT_EQ(refusal.field(), "code");
    EXPECT_STREQ(refusal.what(), "\"Resources\" groups other codes.");
    const InvalidInput* general = &refusal; // caught wherever outside input is refused
    EXPECT_EQ(general->problems().size(), 0u);
}
