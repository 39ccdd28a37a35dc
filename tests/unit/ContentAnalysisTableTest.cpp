#include "core/CodebookEditing.hpp"
#include "core/ContentAnalysisTable.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pt;
using pt::test::codeNamed;

namespace {

/// Five codings: a discourse, two resources (one in a sub-category added here), one on a category itself,
/// one of an emergent code outside the triangle; two coders.
CodedDocument analysed()
{
    CodedDocument document;
    document.name = "interview 3.odt";
    document.codebook = defaultCodebook();
    Code evenings;
    evenings.name = "Evenings";
    evenings.parentId = codeNamed(document.codebook, "Lack of time").id;
    document.codebook = withCodeAdded(document.codebook, evenings);
    document.codebook = withCodeAdded(document.codebook, emergentCode(document.codebook, "Notebook", ""));
    document.text = U"Coach 3: Time, above all. I'm only a relative, she said.\nThat notebook was the best data we had. We met in the evenings, 😀.";
    const auto add = [&](const std::string& id, const std::string& code, const std::string& coder, std::u32string_view passage,
                         const std::string& condensed) {
        Coding coding;
        coding.id = id;
        coding.codeId = codeNamed(document.codebook, code).id;
        coding.coder = coder;
        coding.condensed = condensed;
        coding.text = toUtf8(passage);
        const std::size_t at = document.text.find(passage);
        document.spans[id] = {at, at + passage.size()};
        document.codings.push_back(coding);
    };
    add("c1", "Among users", "Anna", U"I'm only a relative", "Relatives doubt their knowledge");
    add("c2", "Lack of time", "Anna", U"Time, above all.", "No time");
    add("c3", "Notebook", "Bo", U"That notebook was the best data we had.", "");
    add("c4", "Evenings", "Bo", U"We met in the evenings, 😀.", "Meetings after hours");
    add("c5", "Access to resources", "Anna", U"That notebook", "A resource of the user");
    return document;
}

} // namespace

TEST(ContentAnalysisTable, OneRowPerCodingGroupedByDimensionAndCategory)
{
    const std::vector<ContentAnalysisRow> rows = contentAnalysisRows({analysed()}, {});
    ASSERT_EQ(rows.size(), 5u);
    std::vector<std::string> ids;
    for (const ContentAnalysisRow& row : rows)
        ids.push_back(row.codingId);
    EXPECT_EQ(ids, (std::vector<std::string>{"c5", "c2", "c4", "c1", "c3"}))
        << "resources (a category's own coding before its codes'), then discourses, then the code outside the triangle";
    const ContentAnalysisRow& evenings = rows[2];
    EXPECT_EQ(evenings.meaningUnit, "We met in the evenings, 😀.");
    EXPECT_EQ(evenings.condensed, "Meetings after hours");
    EXPECT_EQ(evenings.code, "Evenings");
    EXPECT_EQ(evenings.subCategory, "Lack of time");
    EXPECT_EQ(evenings.category, "Lack of access to resources");
    EXPECT_EQ(evenings.dimension, "Resources");
    EXPECT_EQ(evenings.polarity, "Barrier");
    EXPECT_EQ(rows[1].subCategory, "") << "a code right under its category has no sub-category";
    EXPECT_EQ(rows[0].code, "Access to resources");
    EXPECT_EQ(rows[4].dimension, "") << "an emergent code outside the triangle has no dimension yet";
    EXPECT_EQ(rows[4].category, "Notebook");
}

TEST(ContentAnalysisTable, OptionsKeepOneDimensionOneCoderOrTheCondensedAndSpeakSwedish)
{
    const CodedDocument document = analysed();
    ContentAnalysisOptions options;
    options.dimension = Dimension::Discourses;
    EXPECT_EQ(contentAnalysisRows({document}, options).size(), 1u);
    options = {};
    options.coder = "Bo";
    EXPECT_EQ(contentAnalysisRows({document}, options).size(), 2u);
    options = {};
    options.onlyCondensed = true;
    EXPECT_EQ(contentAnalysisRows({document}, options).size(), 4u);
    options = parseContentAnalysisOptions(nlohmann::json{{"language", "sv"}, {"dimension", "resources"}});
    const std::vector<ContentAnalysisRow> rows = contentAnalysisRows({document}, options);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].dimension, "Resurser");
    EXPECT_EQ(rows[1].polarity, "Hinder");
    const std::string csv = contentAnalysisCsv(rows, TableLanguage::Swedish);
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
              "Meningsb\xc3\xa4rande enhet,Kondenserad meningsb\xc3\xa4rande enhet,Kod,Underkategori,Kategori,Dimension,Polaritet,"
              "Dokument,Kodare");
    EXPECT_NE(csv.find("\"We met in the evenings, 😀.\",Meetings after hours,Evenings,Lack of time,Lack of access to resources,"
                       "Resurser,Hinder,interview 3.odt,Bo"),
              std::string::npos)
        << csv;
    const std::vector<CodebookChange> history{{"2026-12-07T10:31:05Z", "Bo", "merged", "x", "Waiting \u2192 Lack of time"}};
    const ReportContent report = contentAnalysisReport("Table", rows, history, options, true);
    ASSERT_EQ(report.sections.size(), 2u) << "the table, then the codebook's history as an appendix";
    const ReportTable& table = report.sections[0].tables[0].rows;
    ASSERT_EQ(table.size(), 4u) << "a header and a row per coding";
    EXPECT_EQ(table[1][0][0].codingId, rows[0].codingId) << "the meaning unit links to its passage";
    EXPECT_EQ(report.sections[1].heading, "Bilaga: kodbokens utveckling");
    const ReportTable& appendix = report.sections[1].tables.at(0).rows;
    ASSERT_EQ(appendix.size(), 2u);
    EXPECT_EQ(appendix[1][0][0].text, "2026-12-07 10:31 UTC");
    EXPECT_EQ(appendix[1][2][0].text, "sammanslagen");
    EXPECT_EQ(appendix[1][3][0].text, "Waiting \u2192 Lack of time");
    const ReportContent withoutChanges = contentAnalysisReport("Table", rows, {}, options, true);
    EXPECT_TRUE(withoutChanges.sections[1].tables.empty());
    EXPECT_EQ(withoutChanges.sections[1].paragraphs, std::vector<std::string>{"Ingen \xc3\xa4ndring av kodboken \xc3\xa4r registrerad."});
    EXPECT_THROW(parseContentAnalysisOptions(nlohmann::json{{"dimension", "power"}}), InvalidInput);
    EXPECT_THROW(parseContentAnalysisOptions(nlohmann::json{{"language", "de"}}), InvalidInput);
    EXPECT_THROW(parseContentAnalysisOptions(nlohmann::json{{"colour", "red"}}), InvalidInput);
}
