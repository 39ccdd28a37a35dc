#include "core/CodingSet.hpp"
#include "core/Guid.hpp"

#include <gtest/gtest.h>

using namespace pt;

namespace {

std::string idOf(const std::string& name)
{
    for (const Code& code : defaultCodebook().codes())
        if (code.name == name)
            return code.id;
    throw std::runtime_error("no code " + name);
}

Coding coding(const std::string& codeName, const std::string& speaker = "", const std::string& coder = "Anna")
{
    Coding c;
    c.id = newGuid();
    c.codeId = idOf(codeName);
    c.speaker = speaker;
    c.coder = coder;
    c.text = "t";
    return c;
}

} // namespace

TEST(CodingSet, CountsFollowAddReplaceAndRemove)
{
    CodingSet set(Payload{defaultCodebook(), {coding("Lack of time"), coding("Lack of time")}, {}, {}, {}});
    EXPECT_EQ(set.size(), 2u);
    EXPECT_EQ(set.countsByCode().at(idOf("Lack of time")), 2u);

    Coding changed = *set.all().front();
    changed.codeId = idOf("Understaffing");
    set.put(changed);
    EXPECT_EQ(set.size(), 2u);
    EXPECT_EQ(set.countsByCode().at(idOf("Lack of time")), 1u);
    EXPECT_EQ(set.countsByCode().at(idOf("Understaffing")), 1u);
    EXPECT_EQ(set.find(changed.id)->codeId, idOf("Understaffing"));

    set.remove(changed.id);
    set.remove("not there");
    EXPECT_EQ(set.size(), 1u);
    EXPECT_EQ(set.countsByCode().count(idOf("Understaffing")), 0u);
    EXPECT_EQ(set.find(changed.id), nullptr);
}

TEST(CodingSet, KnowsTheCodingsThatRunAcrossParagraphs)
{
    Coding across = coding("Lack of time");
    across.text = "the end of one turn\nand the start of the next";
    Coding within = coding("Lack of time");
    CodingSet set(Payload{defaultCodebook(), {across, within}, {}, {}, {}});
    EXPECT_EQ(set.acrossParagraphs(), std::set<std::string>{across.id});
    within.text = "now\nacross";
    set.put(within);
    EXPECT_EQ(set.acrossParagraphs().size(), 2u);
    across.text = "edited into one";
    set.put(across);
    set.remove(within.id);
    EXPECT_TRUE(set.acrossParagraphs().empty());
}

TEST(CodingSet, SubtreeCountsAddUpToTheDimensions)
{
    CodingSet set(Payload{defaultCodebook(),
                          {coding("Lack of time"), coding("Understaffing"), coding("Lack of access to resources"),
                           coding("Among users")},
                          {}, {}, {}});
    const auto totals = subtreeCounts(set.codebook(), set.countsByCode());
    EXPECT_EQ(totals.at(idOf("Lack of time")), 1u);
    EXPECT_EQ(totals.at(idOf("Lack of access to resources")), 3u);
    EXPECT_EQ(totals.at(idOf("Resources")), 3u);
    EXPECT_EQ(totals.at(idOf("Discourses")), 1u);
    EXPECT_EQ(totals.at(idOf("Contexts")), 0u);
    EXPECT_EQ(totals.size(), defaultCodebook().codes().size());
}

TEST(CodingSet, FilterByCodeBranchSpeakerAndCoder)
{
    const Codebook& codebook = defaultCodebook();
    const Coding time = coding("Lack of time", "Coach 3", "Anna");
    const Coding users = coding("Among users", "Interviewer", "Bo");
    EXPECT_TRUE(matches({}, time, codebook));
    EXPECT_TRUE(matches({idOf("Lack of access to resources"), "", ""}, time, codebook));
    EXPECT_TRUE(matches({idOf("Resources"), "", ""}, time, codebook));
    EXPECT_FALSE(matches({idOf("Resources"), "", ""}, users, codebook));
    EXPECT_TRUE(matches({"", "Coach 3", ""}, time, codebook));
    EXPECT_FALSE(matches({"", "Coach 3", ""}, users, codebook));
    EXPECT_TRUE(matches({"", "", "Bo"}, users, codebook));
    EXPECT_FALSE(matches({idOf("Discourses"), "Interviewer", "Anna"}, users, codebook));
}
