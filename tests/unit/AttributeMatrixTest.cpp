#include "core/AttributeMatrix.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;
using pt::test::codeNamed;

namespace {

/// A transcript with `times` codings of "Lack of time" and `voices` of "Among users", and its attributes.
CodedDocument transcript(const std::string& name, std::size_t times, std::size_t voices, Attributes attributes)
{
    CodedDocument document;
    document.name = name;
    document.codebook = defaultCodebook();
    document.attributes.definitions = {{"profession", AttributeType::Choice, {"nurse", "social worker", "manager"}},
                                       {"years", AttributeType::Number, {}}};
    document.attributes.values = std::move(attributes);
    document.text = U"Anna: time and voice";
    std::size_t n = 0;
    for (const auto& [code, count] : {std::pair<const char*, std::size_t>{"Lack of time", times}, {"Among users", voices}})
        for (std::size_t i = 0; i < count; ++i) {
            Coding coding;
            coding.id = name + "-" + std::to_string(n++);
            coding.codeId = codeNamed(document.codebook, code).id;
            document.codings.push_back(coding);
            document.spans[coding.id] = {6, 10};
        }
    return document;
}

std::vector<CodedDocument> study()
{
    return {transcript("a.odt", 2, 1, {{"profession", std::string("nurse")}, {"years", 12.0}}),
            transcript("b.odt", 3, 0, {{"profession", std::string("manager")}, {"years", 4.0}}),
            transcript("c.odt", 1, 4, {{"profession", std::string("nurse")}, {"years", 30.0}}),
            transcript("d.odt", 5, 5, {})};
}

std::string codebookPathOf(const std::string& name)
{
    return defaultCodebook().path(codeNamed(defaultCodebook(), name));
}

std::vector<std::size_t> cellsOf(const nlohmann::json& json, const std::string& path)
{
    for (const auto& code : json["codes"])
        if (code["path"] == path)
            return code["cells"].get<std::vector<std::size_t>>();
    ADD_FAILURE() << "no row " << path;
    return {};
}

} // namespace

TEST(AttributeMatrix, CountsEachValuesTranscriptsAsTheCodingReportDoes)
{
    const AttributeMatrix matrix = attributeMatrix(study(), "profession");
    EXPECT_EQ(matrix.columns, (std::vector<std::string>{"nurse", "manager", kNoValue})) << "a choice's order, then no value";
    EXPECT_EQ(matrix.transcripts, (std::vector<std::size_t>{2, 1, 1}));
    const nlohmann::json codings = attributeMatrixToJson(matrix, MatrixCount::Codings);
    const std::string time = codebookPathOf("Lack of time");
    EXPECT_EQ(cellsOf(codings, time), (std::vector<std::size_t>{3, 3, 5}));
    EXPECT_EQ(cellsOf(codings, "Resources"), (std::vector<std::size_t>{3, 3, 5})) << "a dimension counts its whole branch";
    const nlohmann::json transcripts = attributeMatrixToJson(matrix, MatrixCount::Transcripts);
    EXPECT_EQ(cellsOf(transcripts, codebookPathOf("Among users")), (std::vector<std::size_t>{2, 0, 1}));
    EXPECT_EQ(codings["byDimension"]["resources"][0]["barriers"], 3) << "lack of time is a barrier";
}

TEST(AttributeMatrix, NumbersAreColumnsInOrderOfSize)
{
    const AttributeMatrix matrix = attributeMatrix(study(), "years");
    EXPECT_EQ(matrix.columns, (std::vector<std::string>{"4", "12", "30", kNoValue}));
    const std::string csv = attributeMatrixCsv(matrix, MatrixCount::Codings);
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "code,depth,dimension,4,12,30,(no value)");
    EXPECT_NE(csv.find("resources: barriers,,resources,3,2,1,5"), std::string::npos) << csv;
}

TEST(AttributeMatrix, AnAttributeNoTranscriptHasIsNamedWithThoseTheyHave)
{
    try {
        attributeMatrix(study(), "municipality");
        FAIL();
    } catch (const InvalidInput& error) {
        EXPECT_EQ(describe(error.problems()), "municipality: is an attribute of none of the transcripts (they have profession, years)");
    }
}

TEST(AttributeMatrix, ConditionsKeepTheTranscriptsThatMeetThem)
{
    const std::vector<CodedDocument> nurses = documentsWhere(study(), {parseCondition("profession=nurse")});
    ASSERT_EQ(nurses.size(), 2u);
    EXPECT_EQ(nurses[1].name, "c.odt");
    EXPECT_EQ(documentsWhere(study(), {parseCondition("years>=12")}).size(), 2u) << "12 and 30, as numbers";
    EXPECT_EQ(documentsWhere(study(), {parseCondition("years<5")}).size(), 1u) << "4 < 5, though \"4\" > \"12\" as text";
    EXPECT_EQ(documentsWhere(study(), {parseCondition("profession!=nurse"), parseCondition("years>1")}).size(), 1u);
    EXPECT_THROW(parseCondition("profession"), InvalidInput);
    EXPECT_THROW(parseCondition("=nurse"), InvalidInput);
}

TEST(AttributeMatrix, TranscriptsAgainstCodesForRAndSpss)
{
    const std::string csv = transcriptCodeCsv(study(), MatrixCount::Codings);
    const std::string header = csv.substr(0, csv.find("\r\n"));
    EXPECT_EQ(header.substr(0, header.find(",Resources")), "transcript,profession,years");
    EXPECT_NE(csv.find("\r\nb.odt,manager,4,"), std::string::npos) << csv;
    const std::string presence = transcriptCodeCsv(study(), MatrixCount::Transcripts);
    EXPECT_EQ(presence.find(",3,"), std::string::npos) << "1 and 0 only";
}
