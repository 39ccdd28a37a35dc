#include "core/CodebookEditing.hpp"
#include "core/CodebookTemplates.hpp"
#include "core/Excerpt.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <fstream>

using namespace pt;

namespace {

class TemplatesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        folder = std::filesystem::temp_directory_path()
                 / ("pt-templates-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-"
                    + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(folder);
    }
    void TearDown() override { std::filesystem::remove_all(folder); }
    std::filesystem::path folder;
};

} // namespace

TEST_F(TemplatesTest, SaveListLoadRemove)
{
    const CodebookTemplates templates(folder / "not-yet-there");
    EXPECT_TRUE(templates.names().empty());
    Code extra;
    extra.name = "Volunteers";
    extra.parentId = defaultCodebook().codes()[1].id;
    const Codebook codebook = withCodeAdded(defaultCodebook(), extra);
    templates.save("Home care study / 2026: Åsa's", codebook);
    templates.save("Another", defaultCodebook());
    EXPECT_EQ(templates.names(), (std::vector<std::string>{"Another", "Home care study / 2026: Åsa's"}));
    const Codebook back = templates.load("Home care study / 2026: Åsa's");
    EXPECT_EQ(back.codes().size(), codebook.codes().size());
    EXPECT_EQ(codebookToJson(back), codebookToJson(codebook));
    EXPECT_EQ(templates.fileOf("a/b").filename().string().find('/'), std::string::npos);
    templates.remove("Another");
    EXPECT_EQ(templates.names(), (std::vector<std::string>{"Home care study / 2026: Åsa's"}));
}

TEST_F(TemplatesTest, BadNamesAndBrokenFilesAreRefused)
{
    const CodebookTemplates templates(folder);
    EXPECT_THROW(templates.save("  ", defaultCodebook()), InvalidInput);
    EXPECT_THROW(templates.load("missing"), InvalidInput);
    std::filesystem::create_directories(folder);
    std::ofstream(templates.fileOf("broken")) << "{\"codes\": [";
    EXPECT_THROW(templates.load("broken"), InvalidInput);
    std::ofstream(folder / "notes.txt") << "not a template";
    EXPECT_EQ(templates.names(), (std::vector<std::string>{"broken"}));
}

TEST(Excerpt, KeepsAFewWordsOnEachSide)
{
    const Excerpt short_ = excerptAround("We had ", " at all.", 8);
    EXPECT_EQ(short_.before, "We had ");
    EXPECT_EQ(short_.after, " at all.");

    const Excerpt cut = excerptAround("one two three four five six ", " seven eight nine ten", 3);
    EXPECT_EQ(cut.before, "\xe2\x80\xa6" "four five six ");
    EXPECT_EQ(cut.after, " seven eight nine\xe2\x80\xa6");

    const Excerpt unicode = excerptAround("Åsa läste upp listan över ", " från en enda vecka", 2);
    EXPECT_EQ(unicode.before, "\xe2\x80\xa6" "listan över ");
    EXPECT_EQ(unicode.after, " från en\xe2\x80\xa6");
}

#include "core/SearchPattern.hpp"

TEST(SearchPattern, ExplainsWhatIcuCannotCompile)
{
    EXPECT_EQ(regexError("time|staff(ing)?"), std::nullopt);
    EXPECT_EQ(regexError("\\bÅsa\\b"), std::nullopt);
    EXPECT_EQ(regexError("(unclosed"), "mismatched paren at character 10");
    EXPECT_NE(regexError("a{2,1}"), std::nullopt);
}
