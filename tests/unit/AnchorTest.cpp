#include "core/Anchor.hpp"
#include "core/Guid.hpp"

#include <gtest/gtest.h>

using namespace pt;

TEST(Anchor, NameFitsDocxAndRoundTrips)
{
    const std::string id = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    const std::string name = anchorName(id);
    EXPECT_EQ(name, "_PT1b4e28ba2fa111d2883f0016d3cca427");
    EXPECT_LE(name.size(), 40u); // DOCX cuts longer bookmark names
    EXPECT_EQ(codingIdFromAnchor(name), id);
}

TEST(Anchor, UpperCaseIdsGiveTheSameName)
{
    EXPECT_EQ(anchorName("1B4E28BA-2FA1-11D2-883F-0016D3CCA427"), anchorName("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
}

TEST(Anchor, CopiesAndOtherBookmarksAreNotAnchors)
{
    const std::string name = anchorName(newGuid());
    EXPECT_FALSE(codingIdFromAnchor(name + "1")); // LibreOffice's name for a pasted copy
    EXPECT_FALSE(codingIdFromAnchor(name.substr(0, name.size() - 1)));
    EXPECT_FALSE(codingIdFromAnchor("_Toc123456789"));
    EXPECT_FALSE(codingIdFromAnchor("PT1b4e28ba2fa111d2883f0016d3cca4271"));
    EXPECT_FALSE(codingIdFromAnchor("_PT1B4E28BA2FA111D2883F0016D3CCA427"));
    EXPECT_FALSE(codingIdFromAnchor("_PT1b4e28ba2fa111d2883f0016d3cca42z"));
}
