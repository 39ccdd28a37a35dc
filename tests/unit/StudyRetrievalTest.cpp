#include "core/StudyRetrieval.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;
using pt::test::codeNamed;

namespace {

CodedDocument transcript(const std::string& name, const std::string& profession)
{
    CodedDocument document;
    document.name = name;
    document.location = "/study/" + name;
    document.codebook = defaultCodebook();
    document.attributes.values = {{"profession", profession}};
    document.text = U"Anna: We never had the time to listen to the family.\nBo: The family 😀 decided, and we had time.\nAnna: Fine.";
    int n = 0;
    const auto code = [&](const std::string& codeName, std::u32string_view passage, const std::string& speaker, const std::string& coder) {
        Coding coding;
        coding.id = name + "-" + std::to_string(n++);
        coding.codeId = codeNamed(document.codebook, codeName).id;
        coding.speaker = speaker;
        coding.coder = coder;
        document.codings.push_back(coding);
        const std::size_t at = document.text.find(passage);
        document.spans[coding.id] = {at, at + passage.size()};
    };
    code("Lack of time", U"We never had the time", "Anna", "Xia");
    code("Among users", U"listen to the family", "Anna", "Yusuf");
    code("Lack of time", U"we had time", "Bo", "Xia");
    code("Among users", U"The family 😀 decided", "Bo", "Xia");
    return document;
}

std::vector<std::string> textsOf(const std::vector<StudyPassage>& passages)
{
    std::vector<std::string> texts;
    for (const StudyPassage& passage : passages)
        texts.push_back(passage.transcript + ": " + passage.text);
    return texts;
}

} // namespace

TEST(StudyRetrieval, EveryPassageOfACodeAcrossTheStudyNarrowedByAttributes)
{
    const std::vector<CodedDocument> study{transcript("a.odt", "nurse"), transcript("b.odt", "manager")};
    RetrievalQuery query = parseRetrievalQuery(R"({"code": "Lack of time"})");
    EXPECT_EQ(textsOf(retrievePassages(study, query)),
              (std::vector<std::string>{"a.odt: We never had the time", "a.odt: we had time", "b.odt: We never had the time", "b.odt: we had time"}));
    query = parseRetrievalQuery(R"({"code": "Lack of time", "where": ["profession=manager"], "speaker": "Bo"})");
    EXPECT_EQ(textsOf(retrievePassages(study, query)), (std::vector<std::string>{"b.odt: we had time"}));
    const std::vector<StudyPassage> resources = retrievePassages(study, parseRetrievalQuery(R"({"code": "Discourses", "coder": "Yusuf"})"));
    EXPECT_EQ(textsOf(resources), (std::vector<std::string>{"a.odt: listen to the family", "b.odt: listen to the family"}))
        << "a dimension's codes below it too";
    EXPECT_EQ(resources[0].context, "Anna: We never had the time to listen to the family.");
    EXPECT_EQ(resources[0].location, "/study/a.odt");
}

TEST(StudyRetrieval, TwoCodesOverlappingOrInOneTurn)
{
    const std::vector<CodedDocument> study{transcript("a.odt", "nurse")};
    EXPECT_EQ(textsOf(retrievePassages(study, parseRetrievalQuery(R"({"code": "Lack of time", "overlapping": "Among users"})"))),
              (std::vector<std::string>{})) << "no time passage overlaps a users' one";
    EXPECT_EQ(textsOf(retrievePassages(study, parseRetrievalQuery(R"({"code": "Among users", "overlapping": "Among users"})"))).size(), 2u);
    EXPECT_EQ(textsOf(retrievePassages(study, parseRetrievalQuery(R"({"code": "Lack of time", "inTheSameTurnAs": "Among users"})"))),
              (std::vector<std::string>{"a.odt: We never had the time", "a.odt: we had time"}));
}

TEST(StudyRetrieval, FaultsAreNamed)
{
    EXPECT_THROW(parseRetrievalQuery(R"({"where": ["x"]})"), InvalidInput);
    EXPECT_THROW(parseRetrievalQuery(R"({"code": "a", "overlapping": "b", "inTheSameTurnAs": "c"})"), InvalidInput);
    EXPECT_THROW(retrievePassages({transcript("a.odt", "nurse")}, parseRetrievalQuery(R"({"code": "No such code"})")), InvalidInput);
    const std::string csv = studyPassagesCsv(retrievePassages({transcript("a.odt", "nurse")}, parseRetrievalQuery(R"({"code": "Among users"})")));
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "transcript,code,speaker,coder,text,condensed,memo,context");
    EXPECT_NE(csv.find("The family 😀 decided"), std::string::npos) << "never a split character";
}

TEST(StudyRetrieval, WhatIsTypedInThePanelNarrowsTheQueryInEnglishOrSwedish)
{
    RetrievalQuery query;
    query.code = "Lack of time";
    narrowQuery(query, " profession=nurse; years>=10 ; speaker = Coach 3; coder=Anna;; overlaps=Trust ");
    ASSERT_EQ(query.where.size(), 2u);
    EXPECT_EQ(conditionText(query.where[1]), "years>=10");
    EXPECT_EQ(query.speaker, "Coach 3");
    EXPECT_EQ(query.coder, "Anna");
    EXPECT_EQ(query.with, RetrievalQuery::With::Overlapping);
    EXPECT_EQ(query.otherCode, "Trust");
    EXPECT_EQ(describeQuery(query), "Lack of time; profession=nurse; years>=10; speaker=Coach 3; coder=Anna; overlaps=Trust");

    RetrievalQuery swedish;
    narrowQuery(swedish, "talare=Coach 3; Kodare=Bo; tur=Trust");
    EXPECT_EQ(swedish.speaker, "Coach 3");
    EXPECT_EQ(swedish.coder, "Bo");
    EXPECT_EQ(swedish.with, RetrievalQuery::With::InTheSameTurn);

    RetrievalQuery twice;
    try {
        narrowQuery(twice, "overlaps=A; turn=B; speaker=; nonsense");
        FAIL() << "a faulty narrowing was taken";
    } catch (const InvalidInput& error) {
        ASSERT_EQ(error.problems().size(), 3u);
        EXPECT_EQ(error.problems()[0].where, "turn=B");
        EXPECT_EQ(error.problems()[1].where, "speaker=");
        EXPECT_EQ(error.problems()[2].where, "nonsense");
    }
}

TEST(StudyRetrieval, ThePassagesReportLinksEachQuoteToItsTranscript)
{
    RetrievalQuery query;
    query.code = "Lack of time";
    StudyPassage passage;
    passage.transcript = "anna.odt";
    passage.location = "file:///study/anna.odt";
    passage.codingId = "c1";
    passage.speaker = "Coach 3";
    passage.coder = "Anna";
    passage.text = "Time, above all.";
    const ReportContent report = studyPassagesReport(query, {passage});
    EXPECT_EQ(report.title, "Passages: Lack of time");
    EXPECT_EQ(report.introduction[0], "1 passage in 1 transcript of the study. Each quote links to its passage in its transcript.");
    const ReportTable& rows = report.sections.at(0).tables.at(0).rows;
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][3][0].text, "\xe2\x80\x9cTime, above all.\xe2\x80\x9d");
    EXPECT_EQ(rows[1][3][0].codingId, "c1");
    EXPECT_EQ(rows[1][3][0].document, "file:///study/anna.odt");
}
