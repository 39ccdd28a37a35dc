#include "core/Study.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;

TEST(Study, TranscriptsInsideTheFolderAreKeptRelativeOthersAbsolute)
{
    EXPECT_EQ(studyPathOf("/home/a/study", "/home/a/study/interviews/one.odt"), "interviews/one.odt");
    EXPECT_EQ(studyPathOf("/home/a/study/", "/home/a/other/two.odt"), "/home/a/other/two.odt");
    EXPECT_EQ(resolvedStudyPath("/home/a/study", "interviews/one.odt"), "/home/a/study/interviews/one.odt");
    EXPECT_EQ(resolvedStudyPath("/home/a/study", "/home/a/other/two.odt"), "/home/a/other/two.odt");
}

TEST(Study, AddingTwiceAddsOnceAndSaysSo)
{
    Study study;
    Problems notes;
    EXPECT_EQ(addTranscripts(study, "/s", {"/s/a.odt", "/s/b.odt"}, notes), 2u);
    EXPECT_EQ(addTranscripts(study, "/s", {"/s/a.odt"}, notes), 0u);
    EXPECT_EQ(study.transcripts, (std::vector<std::string>{"a.odt", "b.odt"}));
    EXPECT_EQ(describe(notes), "a.odt: is in the study already");
}

TEST(Study, TheFileRoundTripsAndADamagedOneIsNamed)
{
    Study study{"Coaches 2024", {{"profession", AttributeType::Choice, {"nurse", "manager"}}}, {"a.odt", "/x/b.docx"}};
    const Study back = parseStudyJson(studyToJson(study).dump());
    EXPECT_EQ(back.name, study.name);
    EXPECT_EQ(back.attributes, study.attributes);
    EXPECT_EQ(back.transcripts, study.transcripts);
    const auto refusal = [](std::string_view text) {
        try {
            parseStudyJson(text);
        } catch (const InvalidInput& error) {
            return describe(error.problems());
        }
        return std::string();
    };
    EXPECT_NE(refusal("{\"format\": ").find("study.json"), std::string::npos);
    EXPECT_NE(refusal(R"({"format": "something else"})").find("is not a Power Triangle study"), std::string::npos);
    EXPECT_NE(refusal(R"({"format": "power-triangle-study", "name": "x", "transcripts": "a.odt"})").find("transcripts"), std::string::npos);
    EXPECT_NE(refusal(R"({"format": "power-triangle-study", "name": "x", "attributes": [{"name": "a", "type": "colour"}]})").find("colour"),
              std::string::npos);
    EXPECT_EQ(refusal(R"({"format": "power-triangle-study", "name": "x", "cases": "person"})"),
              "study.cases: is neither \"transcript\" nor \"speaker\"");
}

TEST(Study, CasesArePerTranscriptUnlessTheStudySaysPerSpeaker)
{
    Study study{"Focus groups", {}, {"a.odt"}};
    EXPECT_FALSE(studyToJson(study).contains("cases")) << "a study file of before keeps its shape";
    EXPECT_EQ(parseStudyJson(studyToJson(study).dump()).cases, CasesPer::Transcript);
    study.cases = CasesPer::Speaker;
    EXPECT_EQ(studyToJson(study)["cases"], "speaker");
    EXPECT_EQ(parseStudyJson(studyToJson(study).dump()).cases, CasesPer::Speaker);
    EXPECT_EQ(casesNamed("transcript"), CasesPer::Transcript);
    EXPECT_EQ(casesNamed("Speaker"), std::nullopt);
}

TEST(Study, ValuesThatDefinitionsWouldNotAcceptAreNamedByTranscript)
{
    StudyEntry anna;
    anna.name = "anna.odt";
    anna.attributes = {{"profession", std::string("nurse")}, {"years", 12.0}};
    StudyEntry bo;
    bo.name = "bo.odt";
    bo.attributes = {{"profession", std::string("manager")}, {"years", std::string("many")}};
    const AttributeDefinitions definitions{{"profession", AttributeType::Choice, {"nurse"}}, {"years", AttributeType::Number, {}}};
    const Problems misfits = valuesThatDoNotFit(definitions, {anna, bo});
    ASSERT_EQ(misfits.size(), 2u);
    EXPECT_EQ(misfits[0].where, "bo.odt");
    EXPECT_NE(misfits[0].what.find("\"manager\" is not one of profession's values"), std::string::npos) << misfits[0].what;
    EXPECT_NE(misfits[1].what.find("\"many\" is not a number"), std::string::npos) << misfits[1].what;
    EXPECT_TRUE(valuesThatDoNotFit({{"profession", AttributeType::Text, {}}}, {anna, bo}).empty());
}
