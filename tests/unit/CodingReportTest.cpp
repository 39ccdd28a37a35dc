#include "core/CodebookEditing.hpp"
#include "core/CodingReport.hpp"
#include "core/ReportContent.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;
using pt::test::codeNamed;

namespace {

/// Three turns; four codings: two overlapping in Anna's first turn, one in Bo's, one orphaned.
CodedDocument handCounted()
{
    CodedDocument document;
    document.name = "fixture.odt";
    document.codebook = defaultCodebook();
    document.text = U"Anna: We never had the time, but I knew the routines.\nBo: I'm only a relative.\nAnna: Fine.";
    const auto add = [&](const std::string& id, const std::string& code, const std::string& coder, const std::string& speaker,
                         std::u32string_view passage) {
        Coding coding;
        coding.id = id;
        coding.codeId = codeNamed(document.codebook, code).id;
        coding.coder = coder;
        coding.speaker = speaker;
        coding.text = toUtf8(passage);
        document.codings.push_back(coding);
        if (!passage.empty()) {
            const std::size_t at = document.text.find(passage);
            document.spans[id] = {at, at + passage.size()};
        }
    };
    add("c1", "Lack of time", "Xia", "Anna", U"We never had the time");
    add("c2", "The user's resources", "Yusuf", "Anna", U"the time, but I knew the routines");
    add("c3", "Among users", "Xia", "Bo", U"I'm only a relative.");
    add("c4", "Lack of time", "Xia", "Anna", U"");
    return document;
}

} // namespace

TEST(CodingReport, CountsMatchTheHandCountedFixture)
{
    const CodedDocument document = handCounted();
    const CodingReport report = makeCodingReport({document});
    EXPECT_EQ(report.codings, 4u);
    EXPECT_EQ(report.orphans, 1u);
    const Balance& resources = report.byDimension.at(Dimension::Resources);
    EXPECT_EQ((std::vector<std::size_t>{resources.enablers, resources.barriers, resources.either}), (std::vector<std::size_t>{1, 2, 0}));
    EXPECT_EQ(report.byDimension.at(Dimension::Discourses).barriers, 1u);
    EXPECT_EQ(report.byDimension.count(Dimension::Contexts), 0u);

    // The tree: Resources 3 (its branches 1 and 2), Lack of access 2, Lack of time 2.
    const auto frequency = [&](const std::string& name) {
        for (const CodeFrequency& f : report.byCode)
            if (f.path.size() >= name.size() && f.path.compare(f.path.size() - name.size(), name.size(), name) == 0)
                return f;
        throw std::runtime_error(name);
    };
    EXPECT_EQ(frequency("Resources").codings.total(), 3u);
    EXPECT_EQ(frequency("Resources").depth, 0u);
    EXPECT_EQ(frequency("Lack of access to resources").codings.total(), 2u);
    EXPECT_EQ(frequency("Lack of time").codings.barriers, 2u);
    EXPECT_EQ(frequency("Access to resources").codings.enablers, 1u);
    EXPECT_EQ(frequency("Discourses").codings.total(), 1u);
    EXPECT_EQ(frequency("Contexts").codings.total(), 0u);
    EXPECT_EQ(frequency("Lack of time").documents, 1u);
    EXPECT_EQ(report.byCode.front().path, "Resources");

    EXPECT_EQ(report.bySpeaker.at("Anna").at(Dimension::Resources).total(), 3u);
    EXPECT_EQ(report.bySpeaker.at("Bo").at(Dimension::Discourses).total(), 1u);
    EXPECT_EQ(report.byCoder.at("Xia").at(Dimension::Resources).barriers, 2u);
    EXPECT_EQ(report.byCoder.at("Yusuf").at(Dimension::Resources).enablers, 1u);

    // Codes in use, in codebook order: the user's resources, lack of time, among users.
    const CooccurrenceMatrix& overlap = report.overlapping;
    ASSERT_EQ(overlap.codes.size(), 3u);
    EXPECT_EQ(overlap.codes[0], codeNamed(document.codebook, "The user's resources").id);
    EXPECT_EQ(overlap.counts[0][1], 1u);
    EXPECT_EQ(overlap.counts[1][0], 1u);
    EXPECT_EQ(overlap.counts[0][2] + overlap.counts[1][2], 0u);
    EXPECT_EQ(report.sameTurn.counts[0][1], 1u);
    EXPECT_EQ(report.sameTurn.counts[1][2], 0u) << "Bo's turn is another turn";
}

TEST(CodingReport, RetrievesThePassagesOfACodeAndTheCodesBelowIt)
{
    const CodedDocument document = handCounted();
    const CodingReport report = makeCodingReport({document}, {codeNamed(document.codebook, "Resources").id});
    ASSERT_EQ(report.retrieved.size(), 3u);
    EXPECT_EQ(report.retrieved[0].text, "We never had the time");
    EXPECT_EQ(report.retrieved[1].codePath, "Resources / Access to resources / The user's resources");
    EXPECT_TRUE(report.retrieved[2].orphaned);
    const ReportContent content = codingReportContent(report);
    EXPECT_EQ(content.title, "Codings of fixture.odt");
    EXPECT_EQ(content.sections.back().heading, "Passages");
    EXPECT_EQ(content.sections.back().tables[0].rows[1][1][0].codingId, "c1");
}

TEST(CodingReport, ACorpusAddsUpItsDocuments)
{
    CodedDocument second = handCounted();
    second.name = "second.odt";
    const CodingReport report = makeCodingReport({handCounted(), second});
    EXPECT_EQ(report.codings, 8u);
    EXPECT_EQ(report.byDimension.at(Dimension::Resources).total(), 6u);
    EXPECT_EQ(report.byCode.front().path, "Resources");
    EXPECT_EQ(report.byCode.front().documents, 2u);
    const nlohmann::json json = codingReportToJson(report);
    EXPECT_EQ(json["byDimension"]["resources"]["barriers"], 4);
    EXPECT_EQ(json["documents"].size(), 2u);
    const std::string csv = codeFrequenciesCsv(report);
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "code,depth,dimension,enablers,barriers,either,total,documents");
    EXPECT_NE(csv.find("\r\nResources,0,resources,2,4,0,6,2\r\n"), std::string::npos) << csv;
}

TEST(CodingReport, CodingsOfCodesNoCodebookHasAreNotCountedButSaidToBeThere)
{
    CodedDocument document = handCounted();
    document.codings[0].codeId = "00000000-0000-4000-8000-00000000dead"; // c1, Lack of time, now dangling
    const CodingReport report = makeCodingReport({document});
    EXPECT_EQ(report.codings, 3u);
    EXPECT_EQ(report.withoutCode, 1u);
    EXPECT_EQ(report.byDimension.at(Dimension::Resources).total(), 2u);
    EXPECT_EQ(codingReportToJson(report)["withoutCode"], 1);
    const std::string text = reportAsText(codingReportContent(report));
    EXPECT_NE(text.find("1 more codings refer to codes that no codebook has"), std::string::npos) << text;
    EXPECT_EQ(makeCodingReport({handCounted()}).withoutCode, 0u);
}

TEST(CodingReport, CodingsOfEmergentCodesOutsideTheTriangleCountInNoDimension)
{
    CodedDocument document = handCounted();
    const Code emergent = emergentCode(document.codebook, "", "only a relative");
    document.codebook = withCodeAdded(document.codebook, emergent);
    document.codings[2].codeId = emergent.id; // "I'm only a relative." by Xia
    const CodingReport report = makeCodingReport({document});
    EXPECT_EQ(report.codings, 4u);
    EXPECT_EQ(report.outsideTriangle, 1u);
    std::size_t inDimensions = 0;
    for (const auto& [dimension, balance] : report.byDimension)
        inDimensions += balance.total();
    EXPECT_EQ(inDimensions, 3u);
    EXPECT_EQ(report.byCode.back().path, "only a relative") << "listed after the triangle";
    EXPECT_EQ(report.byCode.back().codings.total(), 1u);
    EXPECT_NE(codeFrequenciesCsv(report).find("\r\nonly a relative,0,,"), std::string::npos) << "no dimension in the CSV";
}
