#include "core/Anchor.hpp"
#include "core/FlatOdt.hpp"

#include <libxml/parser.h>

#include <gtest/gtest.h>

using namespace pt;

TEST(FlatOdt, AReportIsWellFormedWithARepeatedHeaderRowsKeptWholeAndLinks)
{
    ReportContent report;
    report.title = "Content analysis: <interview> & \"notes\"";
    report.introduction = {"Two codings\x01 here."};
    ReportSection section;
    section.heading = "Meaning units";
    ReportTable rows;
    rows.push_back({ReportCell{{"Meaning unit", {}, {}}}, ReportCell{{"Code", {}, {}}}});
    rows.push_back({ReportCell{{"Time, above all.\nSecond line 😀", "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "file:///t/a.odt"}},
                    ReportCell{{"Lack of time", {}, {}}}});
    section.tables.push_back({"", rows, false});
    report.sections.push_back(section);
    const std::string fodt = reportAsFlatOdt(report, std::string());
    xmlDocPtr doc = xmlReadMemory(fodt.data(), static_cast<int>(fodt.size()), "r.fodt", nullptr, XML_PARSE_NONET);
    EXPECT_NE(doc, nullptr) << fodt;
    xmlFreeDoc(doc);
    EXPECT_NE(fodt.find("Content analysis: &lt;interview&gt; &amp; &quot;notes&quot;"), std::string::npos);
    EXPECT_NE(fodt.find("Two codings here."), std::string::npos) << "a control character XML cannot hold is left out";
    EXPECT_NE(fodt.find("<table:table-header-rows><table:table-row table:style-name=\"KeptRow\">"), std::string::npos);
    EXPECT_NE(fodt.find("fo:keep-together=\"always\""), std::string::npos);
    EXPECT_NE(fodt.find("<text:a xlink:type=\"simple\" xlink:href=\"file:///t/a.odt#"
                        + anchorName("1b4e28ba-2fa1-11d2-883f-0016d3cca427") + "\">Time, above all.<text:line-break/>Second line 😀</text:a>"),
              std::string::npos)
        << fodt;
    EXPECT_NE(fodt.find("text:style-name=\"Table_20_Heading\">Meaning unit"), std::string::npos);
}

namespace {

std::size_t occurrences(const std::string& text, const std::string& part)
{
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

} // namespace

TEST(FlatOdt, ALongTableIsWrittenAsShortTablesEachWithItsHeader)
{
    ReportContent report;
    ReportSection section;
    ReportTable rows{{ReportCell{{"Meaning unit", {}, {}}}}};
    const std::size_t count = 2 * kRowsPerWriterTable + 1;
    for (std::size_t i = 0; i < count; ++i)
        rows.push_back({ReportCell{{"row " + std::to_string(i), {}, {}}}});
    section.tables.push_back({"", rows, false});
    report.sections.push_back(section);
    const std::string fodt = reportAsFlatOdt(report, std::string());
    EXPECT_EQ(occurrences(fodt, "<table:table table:name="), 3u);
    EXPECT_EQ(occurrences(fodt, ">Meaning unit<"), 3u) << "each part has the header";
    EXPECT_EQ(occurrences(fodt, "<text:p text:style-name=\"TableJoin\"/>"), 2u);
    EXPECT_EQ(occurrences(fodt, ">row "), count) << "every row once";
    const std::size_t last = fodt.rfind("<table:table table:name=");
    EXPECT_NE(fodt.find(">row " + std::to_string(count - 1) + "<", last), std::string::npos);
    EXPECT_EQ(fodt.find(">row " + std::to_string(2 * kRowsPerWriterTable - 1) + "<", last), std::string::npos);

    ReportContent headerOnly;
    headerOnly.sections.push_back({"", {}, {{"", {{ReportCell{{"Meaning unit", {}, {}}}}}, false}}});
    EXPECT_EQ(occurrences(reportAsFlatOdt(headerOnly, std::string()), "<table:table table:name="), 1u);
}
