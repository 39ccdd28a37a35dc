#include "core/Codebook.hpp"
#include "core/Guid.hpp"
#include "core/Json.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace pt;

namespace {

const Code& byName(const Codebook& codebook, const std::string& name)
{
    const auto& codes = codebook.codes();
    const auto found = std::find_if(codes.begin(), codes.end(), [&](const Code& c) { return c.name == name; });
    if (found == codes.end())
        throw std::runtime_error("no code " + name);
    return *found;
}

std::vector<std::string> childNames(const Codebook& codebook, const Code& parent)
{
    std::vector<std::string> names;
    for (const Code& code : codebook.codes())
        if (code.parentId == parent.id)
            names.push_back(code.name);
    return names;
}

Problems problemsOf(const std::string& json)
{
    Problems problems;
    codebookFromJson(nlohmann::json::parse(json), "codebook", problems);
    return problems;
}

std::string firstProblem(const std::string& json)
{
    const Problems problems = problemsOf(json);
    return problems.empty() ? std::string("(none)") : problems.front().describe();
}

const char* const kA = "00000000-0000-4000-8000-00000000000a";
const char* const kB = "00000000-0000-4000-8000-00000000000b";

std::string twoCodes(const std::string& childFields)
{
    return std::string(R"({"codes":[{"id":")") + kA + R"(","name":"Resources","dimension":"resources","color":"#0067a5"},)"
           + R"({"id":")" + kB + R"(","name":"Time","parentId":")" + kA + "\"" + childFields + "}]}";
}

} // namespace

TEST(DefaultCodebook, HasTheThreeDimensionsAsGroupingCodes)
{
    const Codebook& codebook = defaultCodebook();
    std::vector<std::string> topLevel;
    for (const Code& code : codebook.codes())
        if (code.parentId.empty()) {
            topLevel.push_back(code.name);
            EXPECT_FALSE(code.codable) << code.name;
        }
    EXPECT_EQ(topLevel, (std::vector<std::string>{"Resources", "Discourses", "Contexts"}));
    EXPECT_EQ(byName(codebook, "Resources").dimension, Dimension::Resources);
    EXPECT_EQ(byName(codebook, "Discourses").dimension, Dimension::Discourses);
    EXPECT_EQ(byName(codebook, "Contexts").dimension, Dimension::Contexts);
}

TEST(DefaultCodebook, HasTheStudysCategoriesWithTheirPolarity)
{
    const Codebook& codebook = defaultCodebook();
    const std::map<std::string, std::pair<Dimension, Polarity>> expected{
        {"Access to resources", {Dimension::Resources, Polarity::Enabler}},
        {"Lack of access to resources", {Dimension::Resources, Polarity::Barrier}},
        {"Discursive barriers", {Dimension::Discourses, Polarity::Barrier}},
        {"Discursive resistance", {Dimension::Discourses, Polarity::Enabler}},
        {"Contextual conditions", {Dimension::Contexts, Polarity::Either}},
    };
    for (const auto& [name, dimensionAndPolarity] : expected) {
        const Code& category = byName(codebook, name);
        EXPECT_EQ(category.dimension, dimensionAndPolarity.first) << name;
        EXPECT_EQ(category.polarity, dimensionAndPolarity.second) << name;
        EXPECT_TRUE(category.codable) << name;
        const Code* parent = codebook.find(category.parentId);
        ASSERT_TRUE(parent) << name;
        EXPECT_TRUE(parent->parentId.empty()) << name << " sits under a dimension";
        for (const Code& code : codebook.codes())
            if (code.parentId == category.id) {
                EXPECT_EQ(code.polarity, category.polarity) << code.name;
                EXPECT_EQ(code.dimension, category.dimension) << code.name;
            }
    }
}

TEST(DefaultCodebook, HasTheSubCodesTheStudyNames)
{
    const Codebook& codebook = defaultCodebook();
    EXPECT_EQ(childNames(codebook, byName(codebook, "Access to resources")),
              (std::vector<std::string>{"The user's resources", "Alternative resources", "The unit's resources",
                                        "The organization's resources"}));
    EXPECT_EQ(childNames(codebook, byName(codebook, "Lack of access to resources")),
              (std::vector<std::string>{"Understaffing", "Lack of time", "Lack of continuity"}));
    EXPECT_EQ(childNames(codebook, byName(codebook, "Discursive barriers")),
              (std::vector<std::string>{"Among users", "Among professionals"}));
    EXPECT_EQ(childNames(codebook, byName(codebook, "Discursive resistance")),
              (std::vector<std::string>{"Actively involving users", "Valuing users' contributions",
                                        "Challenging ingrained perceptions"}));
    EXPECT_TRUE(childNames(codebook, byName(codebook, "Contextual conditions")).empty());
    EXPECT_EQ(codebook.path(byName(codebook, "Lack of time")), "Resources / Lack of access to resources / Lack of time");
}

TEST(DefaultCodebook, IsValidWithStableIds)
{
    const Codebook& codebook = defaultCodebook();
    EXPECT_EQ(describe(validateCodebook(codebook)), "");
    // Golden values: the same GUIDs on every machine and in every release.
    EXPECT_EQ(byName(codebook, "Lack of time").id, nameBasedGuid("resources/lack/time"));
    EXPECT_EQ(byName(codebook, "Lack of time").id, "22a12142-b7ec-5fce-b70b-ae950f3d3715");
    EXPECT_EQ(byName(codebook, "Contextual conditions").id, "4ca837c6-65d3-5f4d-af26-b51208a86bfb");
}

TEST(Codebook, JsonRoundTripKeepsEveryField)
{
    Codebook original = defaultCodebook();
    std::vector<Code> codes = original.codes();
    codes[3].retired = true;
    codes[3].example = "An example with \"quotes\", åäö and an emoji \xf0\x9f\x98\x80";
    const Codebook changed(codes);
    Problems problems;
    const Codebook read = codebookFromJson(nlohmann::json::parse(dumpJson(codebookToJson(changed))), "codebook", problems);
    EXPECT_EQ(describe(problems), "");
    EXPECT_EQ(codebookToJson(read), codebookToJson(changed));
    EXPECT_TRUE(read.codes()[3].retired);
}

TEST(Codebook, JsonListsTheFieldsOfTheApi)
{
    const nlohmann::json json = codebookToJson(defaultCodebook());
    EXPECT_EQ(json["version"], 1);
    const auto& first = json["codes"][0];
    for (const char* key : {"id", "name", "parentId", "dimension", "polarity", "color", "codable"})
        EXPECT_TRUE(first.contains(key)) << key;
    EXPECT_TRUE(first["parentId"].is_null());
    EXPECT_EQ(first["dimension"], "resources");
    EXPECT_EQ(json["codes"][1]["polarity"], "enabler");
}

TEST(Codebook, ChildrenInheritDimensionAndPolarityAndGetADistinctColour)
{
    Problems problems;
    const Codebook codebook = codebookFromJson(nlohmann::json::parse(twoCodes(R"(,"polarity":"barrier")")), "codebook", problems);
    EXPECT_EQ(describe(problems), "");
    const Code* child = codebook.find(kB);
    ASSERT_TRUE(child);
    EXPECT_EQ(child->dimension, Dimension::Resources);
    EXPECT_EQ(child->polarity, Polarity::Barrier);
    EXPECT_TRUE(child->codable);
    EXPECT_NE(child->color, "#0067a5");
    EXPECT_EQ(child->color.size(), 7u);
}

TEST(Codebook, AcceptsUpperCaseGuidsAndABareArray)
{
    Problems problems;
    const Codebook codebook = codebookFromJson(
        nlohmann::json::parse(R"([{"id":"1B4E28BA-2FA1-11D2-883F-0016D3CCA427","name":"X","dimension":"contexts"}])"),
        "codebook", problems);
    EXPECT_EQ(describe(problems), "");
    EXPECT_TRUE(codebook.find("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
}

TEST(Codebook, ValidationNamesExactlyWhatIsWrong)
{
    EXPECT_EQ(firstProblem(twoCodes(R"(,"color":"red")")),
              R"(codebook.codes[1].color: "red" is not a colour of the form #RRGGBB)");
    EXPECT_EQ(firstProblem(twoCodes(R"(,"dimension":"contexts")")),
              R"(codebook.codes[1].dimension: is contexts but its parent "Resources" is resources)");
    EXPECT_EQ(firstProblem(twoCodes(R"(,"dimension":"power")")),
              R"(codebook.codes[1].dimension: "power" is not one of resources, discourses, contexts)");
    EXPECT_EQ(firstProblem(twoCodes(R"(,"polarity":"good")")),
              R"(codebook.codes[1].polarity: "good" is not one of enabler, barrier, either)");
    EXPECT_EQ(firstProblem(twoCodes(R"(,"codable":"yes")")),
              "codebook.codes[1].codable: expected true or false, found a string");
    EXPECT_EQ(firstProblem(R"({"codes":[{"id":"x","name":"A","dimension":"resources"}]})"),
              R"(codebook.codes[0].id: "x" is not a GUID)");
    EXPECT_EQ(firstProblem(R"({"codes":[{"name":"A","dimension":"resources"}]})"), "codebook.codes[0].id: missing");
    EXPECT_EQ(firstProblem(std::string(R"({"codes":[{"id":")") + kA + R"(","name":" ","dimension":"resources"}]})"),
              "codebook.codes[0].name: is empty");
    EXPECT_EQ(firstProblem(std::string(R"({"codes":[{"id":")") + kA + R"(","name":"A"}]})"),
              "codebook.codes[0].dimension: missing (a top-level code must name its dimension)");
    EXPECT_EQ(firstProblem(std::string(R"({"codes":[{"id":")") + kA + R"(","name":"A","dimension":"resources","parentId":")" + kB + "\"}]}"),
              std::string("codebook.codes[0].parentId: \"") + kB + "\" is not the id of another code");
    EXPECT_EQ(firstProblem(R"({"codes":{}})"), "codebook.codes: expected an array of codes, found an object");
    EXPECT_EQ(firstProblem(R"({"version":2,"codes":[]})"),
              "codebook.version: 2 is not a codebook version this release reads (up to 1)");
    EXPECT_EQ(firstProblem(R"({})"), "codebook.codes: missing");
}

TEST(Codebook, ValidationFindsDuplicatesAndCycles)
{
    const std::string duplicateId = std::string(R"({"codes":[{"id":")") + kA + R"(","name":"A","dimension":"resources"},)"
                                    + R"({"id":")" + kA + R"(","name":"B","dimension":"resources"}]})";
    EXPECT_EQ(firstProblem(duplicateId), std::string("codebook.codes[1].id: \"") + kA + "\" is used by an earlier code too");

    const std::string duplicateName = std::string(R"({"codes":[{"id":")") + kA + R"(","name":"A","dimension":"resources"},)"
                                      + R"({"id":")" + kB + R"(","name":"A","dimension":"contexts"}]})";
    EXPECT_EQ(firstProblem(duplicateName),
              R"(codebook.codes[1].name: "A" is already the name of a code with the same parent)");

    const std::string cycle = std::string(R"({"codes":[{"id":")") + kA + R"(","name":"A","dimension":"resources","parentId":")" + kB
                              + R"("},{"id":")" + kB + R"(","name":"B","dimension":"resources","parentId":")" + kA + "\"}]}";
    const Problems problems = problemsOf(cycle);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].describe(), R"(codebook.codes[0].parentId: makes "A" its own ancestor)");
    EXPECT_EQ(problems[1].describe(), R"(codebook.codes[1].parentId: makes "B" its own ancestor)");
    EXPECT_EQ(defaultCodebook().path(defaultCodebook().codes()[0]), "Resources");
}

TEST(Codebook, ProblemsKeepTheInputsIndexWhenAnEntryIsSkipped)
{
    const std::string json = std::string(R"({"codes":[42,{"id":")") + kA + R"(","name":"A","dimension":"resources","color":"#12"}]})";
    const Problems problems = problemsOf(json);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].describe(), "codebook.codes[0]: expected an object, found a number");
    EXPECT_EQ(problems[1].describe(), R"(codebook.codes[1].color: "#12" is not a colour of the form #RRGGBB)");
}

TEST(Codebook, StrictParsingThrowsWithEveryProblem)
{
    try {
        parseCodebookJson(R"({"codes":[{"name":"A"},{"id":"y"}]})");
        FAIL() << "no exception";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.problems().size(), 5u) << error.what();
        EXPECT_NE(std::string(error.what()).find("codebook.codes[1].name: missing"), std::string::npos) << error.what();
    }
    EXPECT_THROW(parseCodebookJson("{not json"), InvalidInput);
    EXPECT_EQ(parseCodebookJson(dumpJson(codebookToJson(defaultCodebook()))).codes().size(), defaultCodebook().codes().size());
}
