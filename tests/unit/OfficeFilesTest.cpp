#include "core/OfficeFiles.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace pt;

TEST(OfficeFiles, ReadsTheSampleFlatOdtAsWriterShowsIt)
{
    std::ifstream in(std::string(PT_SAMPLES) + "/coach-interview.fodt", std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    const OfficeFile file = readFlatOdt("coach-interview.fodt", content.str());
    const std::string text = toUtf8(file.document.text);
    EXPECT_EQ(text.substr(0, text.find('\n')), "Interview 3: an improvement coach on co-production");
    EXPECT_NE(text.find("\nInterviewer: Thank you for taking the time."), std::string::npos);
    EXPECT_TRUE(file.document.codings.empty());
    EXPECT_TRUE(file.problems.empty());
}

TEST(OfficeFiles, ReadsAnchorsSpacesAndBreaksOfAnOdt)
{
    const std::string content = R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
 <office:body><office:text>
  <text:p>A:<text:s text:c="2"/>one<text:tab/>two</text:p>
  <text:p>B: <text:bookmark-start text:name="_PT0123456789abcdef0123456789abcdef"/>x<text:line-break/>y<text:bookmark-end text:name="_PT0123456789abcdef0123456789abcdef"/></text:p>
  <table:table><table:table-row><table:table-cell><text:p>c1</text:p></table:table-cell><table:table-cell><text:p>c2</text:p></table:table-cell></table:table-row></table:table>
 </office:text></office:body></office:document-content>)";
    const OfficeFile file = readOfficePackage("t.odt", [&](const std::string& path) -> std::optional<std::string> {
        return path == "content.xml" ? std::optional<std::string>(content) : std::nullopt;
    });
    EXPECT_EQ(toUtf8(file.document.text), "A:  one\ttwo\nB: x\ny\nc1\nc2");
    const auto span = file.document.spans.find("01234567-89ab-cdef-0123-456789abcdef");
    ASSERT_NE(span, file.document.spans.end());
    EXPECT_EQ(span->second.begin, 15u);
    EXPECT_EQ(span->second.end, 18u);
}

TEST(OfficeFiles, RefusesWhatIsNoTextDocument)
{
    const auto nothing = [](const std::string&) { return std::optional<std::string>(); };
    EXPECT_THROW(readOfficePackage("x.xlsx", nothing), InvalidInput);
    EXPECT_THROW(readFlatOdt("x.fodt", "<not-odt/>"), InvalidInput);
    EXPECT_THROW(readFlatOdt("x.fodt", "not xml"), InvalidInput);
}
