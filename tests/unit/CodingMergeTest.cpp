#include "core/CodingMerge.hpp"

#include "core/CodebookEditing.hpp"
#include "core/Guid.hpp"

#include "CodeNamed.hpp"

#include <gtest/gtest.h>

using namespace pt;
using pt::test::codeNamed;

namespace {

const std::u32string kText = U"Anna: We never had the time.\nBo: The forms took it all.\nAnna: Yes, the forms.\n";

ForeignCoding coding(const std::string& id, const std::string& codeId, const std::string& coder,
                     std::u32string_view text, std::u32string_view passage, std::size_t after = 0)
{
    const std::size_t at = text.find(passage, after);
    EXPECT_NE(at, std::u32string_view::npos);
    ForeignCoding foreign;
    foreign.coding.id = id;
    foreign.coding.codeId = codeId;
    foreign.coding.coder = coder;
    foreign.coding.memo = "memo of " + id;
    foreign.coding.time = "2026-11-20T10:00:00Z";
    foreign.coding.text = toUtf8(passage);
    foreign.span = TextSpan{at, at + passage.size()};
    return foreign;
}

} // namespace

TEST(CodingMerge, AddsTheOtherCodersCodingsWithCoderMemoAndTimeAndPlacesThemInTheEditedCopy)
{
    const Codebook& codebook = defaultCodebook();
    const std::string time = codeNamed(codebook, "Lack of time").id;
    const std::vector<ForeignCoding> ours{coding(newGuid(), time, "Anna", kText, U"We never had the time.")};
    const std::u32string edited = U"Interview 3\n" + kText;
    const std::vector<ForeignCoding> theirs{coding(newGuid(), time, "Bo", kText, U"The forms took it all."),
                                            coding(newGuid(), time, "Bo", kText, U"the forms", kText.find(U"Yes"))};
    const MergePlan plan = planMerge({codebook, ours, edited}, {codebook, theirs, kText});
    ASSERT_EQ(plan.toAdd.size(), 2u);
    EXPECT_EQ(plan.toAdd[0].first.coder, "Bo");
    EXPECT_EQ(plan.toAdd[0].first.memo, theirs[0].coding.memo);
    EXPECT_EQ(plan.toAdd[0].first.time, theirs[0].coding.time);
    EXPECT_EQ(plan.toAdd[0].first.id, theirs[0].coding.id);
    EXPECT_EQ(plan.toAdd[0].second.begin, edited.find(U"The forms took"));
    EXPECT_EQ(plan.toAdd[1].second.begin, edited.find(U"the forms", edited.find(U"Yes")));
    EXPECT_TRUE(plan.notPlaced.empty());
    EXPECT_TRUE(plan.codesAdded.empty());
}

TEST(CodingMerge, MergingTheSameCodingsAgainAddsNothing)
{
    const Codebook& codebook = defaultCodebook();
    const std::string time = codeNamed(codebook, "Lack of time").id;
    const std::vector<ForeignCoding> theirs{coding(newGuid(), time, "Bo", kText, U"The forms took it all.")};
    // After the first merge the document has Bo's coding under its own id ...
    const MergePlan again = planMerge({codebook, theirs, kText}, {codebook, theirs, kText});
    EXPECT_TRUE(again.toAdd.empty());
    EXPECT_EQ(again.alreadyHere, 1u);
    // ... and a copy that gave it a new id (another tool's round trip) is recognised by code, coder and passage.
    std::vector<ForeignCoding> renamed = theirs;
    renamed[0].coding.id = newGuid();
    EXPECT_TRUE(planMerge({codebook, theirs, kText}, {codebook, renamed, kText}).toAdd.empty());
}

TEST(CodingMerge, SaysWhichCodingsCouldNotBePlacedAndWhy)
{
    const Codebook& codebook = defaultCodebook();
    const std::string time = codeNamed(codebook, "Lack of time").id;
    std::vector<ForeignCoding> theirs{coding(newGuid(), time, "Bo", kText, U"The forms took it all."),
                                      coding(newGuid(), time, "Bo", kText, U"We never had the time.")};
    theirs[1].span.reset(); // orphaned in Bo's copy
    const std::u32string shortened = kText.substr(0, kText.find(U"Bo:"));
    const MergePlan plan = planMerge({codebook, {}, shortened}, {codebook, theirs, kText});
    EXPECT_TRUE(plan.toAdd.empty());
    ASSERT_EQ(plan.notPlaced.size(), 2u);
    EXPECT_NE(plan.notPlaced[0].where.find("Lack of time by Bo"), std::string::npos);
    EXPECT_NE(plan.notPlaced[0].what.find("no longer"), std::string::npos);
    EXPECT_NE(plan.notPlaced[1].what.find("deleted"), std::string::npos);
    const std::string summary = describeMerge(plan, "bo.odt");
    EXPECT_NE(summary.find("0 codings merged from bo.odt"), std::string::npos);
    EXPECT_NE(summary.find("Not merged:"), std::string::npos);
}

TEST(CodingMerge, BringsTheCodesTheCodingsNeedWithTheirAncestors)
{
    const Codebook& ours = defaultCodebook();
    Code category;
    category.name = "Peer support";
    category.parentId = codeNamed(ours, "Resources").id;
    category.codable = false;
    Codebook theirs = withCodeAdded(ours, category);
    const std::string categoryId = codeNamed(theirs, "Peer support").id;
    Code leaf;
    leaf.name = "Buddy nurse";
    leaf.parentId = categoryId;
    theirs = withCodeAdded(theirs, leaf);
    const std::string leafId = codeNamed(theirs, "Buddy nurse").id;
    const std::vector<ForeignCoding> incoming{coding(newGuid(), leafId, "Bo", kText, U"The forms took it all.")};
    const MergePlan plan = planMerge({ours, {}, kText}, {theirs, incoming, kText});
    ASSERT_EQ(plan.toAdd.size(), 1u);
    ASSERT_TRUE(plan.codebook.find(leafId));
    ASSERT_TRUE(plan.codebook.find(categoryId));
    EXPECT_EQ(plan.codesAdded, (std::vector<std::string>{"Resources / Peer support", "Resources / Peer support / Buddy nurse"}));
}

TEST(CodingMerge, AnotherToolsCodeWithTheSameNameAndParentIsOurs)
{
    const Codebook& ours = defaultCodebook();
    // Another tool's codebook: its own GUIDs, "Resources" at the top with "Lack of time" and a new code below.
    Code resources{newGuid(), "Resources", "", Dimension::Resources, Polarity::Either, "#112233", false, false, "", "", CodeOrigin::APriori, "", "", ""};
    Code time{newGuid(), "Time", resources.id, Dimension::Resources, Polarity::Either, "#445566", true, false, "", "", CodeOrigin::APriori, "", "", ""};
    const Codebook theirs({resources, time});
    const std::vector<ForeignCoding> incoming{coding(newGuid(), time.id, "Li", kText, U"We never had the time.")};
    const MergePlan plan = planMerge({ours, {}, kText}, {theirs, incoming, kText}, true);
    ASSERT_EQ(plan.toAdd.size(), 1u);
    EXPECT_EQ(plan.codesAdded, std::vector<std::string>{"Resources / Time"});
    const Code* added = plan.codebook.find(plan.toAdd[0].first.codeId);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->parentId, codeNamed(ours, "Resources").id);
    EXPECT_FALSE(plan.codebook.find(resources.id)) << "their Resources is ours, not a second one";
}
